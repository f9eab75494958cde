#include "repl/session.hpp"

#include <filesystem>
#include <fstream>
#include <cstdio>
#include <ostream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "base/atomic_file.hpp"
#include "base/text_escape.hpp"
#include "formats/formats.hpp"
#include "kg/references.hpp"
#include "kg/schema.hpp"
#include "engine/plan_cache.hpp"
#include "parser/normalise.hpp"
#include "parser/parse.hpp"
#include "parser/prescan.hpp"
#include "repl/error_render.hpp"

namespace liverkg::repl {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string timer_line(double ms) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "Time: %.3f ms\n", ms);
    return buf;
}

bool is_cypher_file(const fs::path& p) {
    auto ext = p.extension().string();
    return ext == ".cypher" || ext == ".cyp" || ext == ".cql";
}

}  // namespace

Session::Session(std::ostream& out, std::ostream& err)
    : out_(out), err_(err), engine_(graph_), printer_(make_printer("table")),
      db_(std::make_unique<storage::Database>(graph_)) {
    saved_version_ = graph_.version();
}

bool Session::set_format(std::string_view name) {
    auto p = make_printer(name);
    if (!p) return false;
    printer_ = std::move(p);
    format_name_ = std::string(name);
    return true;
}

// With a database directory a load is one transaction, committed by a checkpoint (one
// snapshot rather than a log record as large as what was loaded). Inside an explicit
// transaction it is part of that transaction.
bool Session::load(const std::string& path, bool show_warnings) {
    if (!db_->durable() || db_->in_transaction()) return load_into_graph(path, show_warnings);
    db_->begin();
    if (!load_into_graph(path, show_warnings)) {
        if (db_->in_transaction()) db_->rollback();
        return false;
    }
    if (!db_->in_transaction()) return true;   // a loaded script said COMMIT itself
    db_->set_type_signs(engine_.type_signs());
    db_->set_tables(tables_.to_rows());
    try {
        db_->commit_as_checkpoint();
    } catch (const storage::StorageError& e) {
        err_ << path << ":0: cannot load into the database: " << e.what() << '\n';
        return false;
    }
    return true;
}

bool Session::load_into_graph(const std::string& path, bool show_warnings) {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (fs::is_regular_file(status) && is_cypher_file(path)) return load_script(path);
    const formats::Format* format = fs::exists(status) ? formats::reader_for(path) : nullptr;
    if (!format) {
        err_ << escape_for_message(path) << ":0: cannot load: "
             << (fs::exists(status) ? "not " + formats::readable_kinds() + " or a .cypher file"
                                    : "no such file or directory" + files::interrupted_save_hint(path))
             << '\n';
        return false;
    }
    try {
        // A KG directory's references.tsv is read first: a bad one stops the load before the
        // graph changes. Its rows become Reference nodes (kg/references.hpp).
        std::vector<kg::ReferenceRow> references;
        auto references_file = fs::path(path) / "references.tsv";
        // Present but not a regular file (a FIFO...): read_references refuses it by name.
        bool has_references = fs::is_directory(status) && fs::exists(references_file, ec);
        if (has_references) references = kg::read_references(references_file.string());
        auto report = format->read(graph_, path, load_options_);
        if (has_references) kg::add_references(graph_, std::move(references));
        if (fs::is_directory(status)) loaded_dirs_.push_back(path);
        spdlog::info("loaded {}: {} nodes, {} relationships", path, report.nodes,
                     report.relationships);
        for (const auto& w : report.warnings) {
            spdlog::warn("{}", w);
            if (show_warnings) err_ << "warning: " << escape_for_message(w) << '\n';
        }
        if (fs::is_directory(status)) {
            load_signs(path, show_warnings);
            load_terms(path, show_warnings);
        }
        add_signs(report.signs);
        if (!report.summary.empty()) {
            spdlog::info("{}", report.summary);
            err_ << report.summary << '\n';
        }
        return true;
    } catch (const ErrorException& e) {
        err_ << error_headline(e.error()) << '\n';
    } catch (const std::exception& e) {
        err_ << escape_for_message(path) << ":0: cannot load: " << escape_for_message(e.what()) << '\n';
    }
    return false;
}

kg::DirectoryTables Session::directory_tables() const {
    kg::DirectoryTables tables = tables_;
    for (const auto& [type, sign] : engine_.type_signs()) tables.add_sign(type, sign);
    return tables;
}

// Signs a loaded file gives its relationship types (SIF's 1 and -1) join those known, without
// changing a sign schema.tsv already gave.
void Session::add_signs(const std::map<std::string, int, std::less<>>& signs) {
    if (signs.empty()) return;
    auto all = engine_.type_signs();
    for (const auto& [type, sign] : signs) {
        all.emplace(type, sign);
        tables_.add_sign(type, all.at(type));   // saved as a schema.tsv row, so PATHS keeps it
    }
    engine_.set_type_signs(std::move(all));
}

// A knowledge-graph directory's schema.tsv gives each relationship type a sign, which
// PATHS multiplies along a chain. Later directories add to (or override) earlier ones.
void Session::load_signs(const std::string& dir, bool show_warnings) {
    std::error_code ec;
    if (!fs::exists(fs::path(dir) / "schema.tsv", ec)) return;   // a FIFO is refused by name below
    try {
        auto signs = engine_.type_signs();
        kg::KgSchema schema = kg::load_schema(dir);
        for (const auto& [type, entry] : schema.types) signs[type] = entry.sign;
        engine_.set_type_signs(std::move(signs));
        tables_.add_schema(schema);   // written back by :save
    } catch (const ErrorException& e) {
        // The graph itself loaded; only PATHS ... SIGN is unavailable. Say so, do not fail.
        spdlog::warn("{}", e.error().message);
        if (show_warnings) err_ << "warning: " << e.error().message << '\n';
    } catch (const std::exception& e) {
        spdlog::warn("{}/schema.tsv: {}", dir, e.what());
        if (show_warnings) err_ << "warning: " << dir << "/schema.tsv: " << e.what() << '\n';
    }
}

// ontology_terms.tsv is not part of the graph, but --check of a saved copy needs it: it is
// kept to be written back by :save. A bad one is a warning (the graph itself loaded).
void Session::load_terms(const std::string& dir, bool show_warnings) {
    std::error_code ec;
    auto file = fs::path(dir) / "ontology_terms.tsv";
    if (!fs::exists(file, ec)) return;
    for (const auto& problem : tables_.add_terms_file(file.string())) {
        spdlog::warn("{}", problem);
        if (show_warnings) err_ << "warning: " << escape_for_message(problem) << '\n';
    }
}

bool Session::load_script(const std::string& path) {
    auto text = read_file(path);
    if (!text) {
        err_ << path << ":0: cannot read the file\n";
        return false;
    }
    RunTextOptions options{path, false, true};
    return run_text(*text, options) == RunStatus::Ok;
}

// With the plan cache on, statements are taken one at a time: each is normalised
// (parser/normalise.hpp) and, when a plan of its shape is kept, run without being parsed;
// otherwise it is parsed alone (positions still in the whole text) and its plan kept.
// Anything the normalising pass does not read, and any syntax error, sends the rest of the
// text down the path without the cache, so errors read exactly as they always have.
RunStatus Session::run_text(std::string_view text, const RunTextOptions& options) {
    engine_.plan_cache().set_capacity(limits_.plan_cache_size);
    if (limits_.plan_cache_size == 0) return run_parsed(text, 0, SourcePos{}, options);
    auto t0 = Clock::now();
    // An unterminated string anywhere stops the text before any of it runs, as a whole parse does.
    if (auto issue = parser::prescan(text)) {
        report(issue->error, text, options, issue->error.pos ? issue->error.pos->line : 1);
        return RunStatus::Failed;
    }
    SourcePos at;   // a position at or before the statement's (counted on only when needed)
    std::size_t from = 0;
    parser::NormalisedStatement next;   // reused, so its buffers are allocated once per text
    while (parser::next_statement(text, from, next)) {
        const parser::NormalisedStatement* n = &next;
        from = n->end;
        if (auto plan = engine_.cached_plan(text, *n)) {
            auto run = [&](const engine::RunOptions& o) { return engine_.run_cached(*plan, text, *n, at, o); };
            auto line = [&] { return parser::advance_position(text, at, n->begin).line; };
            if (run_and_print(run, text, options, ms_since(t0), line) == RunStatus::Failed) return RunStatus::Failed;
        } else {
            at = parser::advance_position(text, at, n->begin);
            if (!n->cacheable && n->end == text.size()) return run_parsed(text, n->begin, at, options);
            auto parsed = parser::parse_part(text, n->begin, n->end, at);
            if (parsed.error || parsed.statements.size() != 1) return run_parsed(text, n->begin, at, options);
            if (run_statement(parsed.statements[0], text, options, ms_since(t0), &*n) == RunStatus::Failed)
                return RunStatus::Failed;
        }
        t0 = Clock::now();
    }
    return RunStatus::Ok;
}

// The text from `from` (at position origin) parsed at once, its statements run in order.
RunStatus Session::run_parsed(std::string_view text, std::size_t from, SourcePos origin, const RunTextOptions& options) {
    auto t0 = Clock::now();
    auto parsed = parser::parse_part(text, from, text.size(), origin);
    double parse_ms = ms_since(t0);
    std::size_t total_chars = 0;
    for (const auto& st : parsed.statements) total_chars += st.text.size();
    for (const auto& st : parsed.statements) {
        // Statements after a syntax error are not run: the error stops the run where it is.
        if (parsed.error && parsed.error->pos && st.pos.offset >= parsed.error->pos->offset) break;
        // One parse serves all statements; each is charged its share by length for --timer.
        double share = total_chars ? parse_ms * double(st.text.size()) / double(total_chars) : 0;
        if (run_statement(st, text, options, share) == RunStatus::Failed) return RunStatus::Failed;
    }
    if (parsed.error) {
        report(*parsed.error, text, options, parsed.error->pos ? parsed.error->pos->line : 1);
        return RunStatus::Failed;
    }
    return RunStatus::Ok;
}

RunStatus Session::run_statement(const ast::Statement& st, std::string_view text,
                                 const RunTextOptions& options, double parse_ms,
                                 const parser::NormalisedStatement* normalised) {
    if (st.control != ast::TxCommand::None) return run_control(st, text, options, parse_ms);
    auto run = [&](const engine::RunOptions& o) { return engine_.run(st, o, normalised, text); };
    return run_and_print(run, text, options, parse_ms, [&] { return st.pos.line; });
}

// Runs a statement as its own transaction (or inside the open one), prints its result and
// notices, and reports its error. ms_before: time already spent on it (parsing).
RunStatus Session::run_and_print(const StatementRunner& run, std::string_view text, const RunTextOptions& options,
                                 double ms_before, const std::function<std::uint32_t()>& line_of) {
    if (cancel_) cancel_->store(false);
    engine::RunOptions run_options{&params_, cancel_, limits_};
    auto t0 = Clock::now();
    try {
        auto rs = execute(run, run_options);
        double ms = ms_before + ms_since(t0);
        for (const auto& n : rs.notices) err_ << "Notice: " << n << '\n';
        if (options.print_results) {
            print_limited(rs);
            out_.flush();
            last_result_ = std::move(rs);
        }
        if (timer_) err_ << timer_line(ms);   // after the result, where the eye ends up (psql's \timing)
        return RunStatus::Ok;
    } catch (const ErrorException& e) {
        report(e.error(), text, options, line_of());
        if (db_->in_transaction())
            err_ << "The transaction is still open: this statement's changes were undone, the earlier "
                    "statements' changes are kept (COMMIT or ROLLBACK).\n";
    } catch (const std::bad_alloc&) {
        report(Error{ErrorKind::ResourceLimit, "", "out of memory", std::nullopt}, text, options, line_of());
    } catch (const std::exception& e) {
        out_.flush();
        err_ << "Error: internal error: " << e.what() << '\n';
    }
    return RunStatus::Failed;
}

void Session::report(const Error& e, std::string_view text, const RunTextOptions& options,
                     std::uint32_t statement_line) {
    out_.flush();
    if (options.load_error_style) {
        // A --load script: "FILE:LINE: <Class>: ...", then the caret under the spot.
        std::uint32_t line = e.pos ? e.pos->line : statement_line;
        err_ << options.source_name << ':' << line << ": " << error_headline(e) << '\n';
        if (e.pos) err_ << caret_lines(text, e.pos->line, e.pos->column) << '\n';
        return;
    }
    err_ << render_error(e, text, options.source_name) << '\n';
}

engine::ResultSet Session::query(std::string_view text) {
    auto parsed = parser::parse(text);
    if (parsed.error) throw ErrorException(*parsed.error);
    if (parsed.statements.size() != 1)
        raise(ErrorKind::ArgumentError, "", "expected exactly one statement");
    if (parsed.statements.front().control != ast::TxCommand::None)
        raise(ErrorKind::ArgumentError, "", "expected a query, not transaction control");
    if (cancel_) cancel_->store(false);
    const ast::Statement& st = parsed.statements.front();
    return execute([&](const engine::RunOptions& o) { return engine_.run(st, o); },
                   engine::RunOptions{&params_, cancel_, limits_});
}

// :max_rows N: the reading formats show the first N rows and say how many more there are;
// json, csv and tsv are for programs and always get everything.
void Session::print_limited(const engine::ResultSet& rs) {
    bool reading = format_name_ == "table" || format_name_ == "vertical" || format_name_ == "tree";
    if (!reading || max_rows_ == 0 || rs.rows.size() <= max_rows_) return print(rs, *printer_, out_);
    engine::ResultSet head = rs;
    head.rows.resize(max_rows_);
    print(head, *printer_, out_);
    out_ << "(" << rs.rows.size() - max_rows_ << " more rows not shown: :max_rows 0 shows all " << rs.rows.size()
         << ")\n";
}

void Session::print(const engine::ResultSet& rs, const Printer& printer, std::ostream& out) const {
    printer.print(rs, PrintContext{graph_, width_, color_}, out);
}

}  // namespace liverkg::repl

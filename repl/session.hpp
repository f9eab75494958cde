#pragma once
// A session: the graph, the engine over it, the bound parameters and the output settings.
// The batch runner (-c, -f, stdin) and the interactive shell both run statements through it,
// so parsing, running, timing, printing and error rendering happen in one place.
#include <atomic>
#include <chrono>
#include <functional>
#include <cstdint>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/engine.hpp"
#include "formats/formats.hpp"
#include "graph/graph.hpp"
#include "kg/directory_tables.hpp"
#include "repl/format/printer.hpp"
#include "storage/database.hpp"

namespace liverkg::repl {

enum class RunStatus { Ok, Failed };

struct RunTextOptions {
    std::string_view source_name;   // a file name for error locations; empty for -c and the REPL
    bool print_results = true;      // false for --load scripts, which run silently
    bool load_error_style = false;  // errors as "FILE:LINE: ..." (a --load script)
};

class Session {
public:
    Session(std::ostream& out, std::ostream& err);

    graph::Graph& graph() { return graph_; }
    const graph::Graph& graph() const { return graph_; }
    engine::Params& params() { return params_; }
    // The limits every statement of the session runs under (--max-memory..., :set).
    engine::Limits& limits() { return limits_; }

    // Loads PATH with the reader the format registry picks for it (formats/formats.hpp: a
    // directory of KGX TSV files, or a file by its extension), or runs a .cypher file silently.
    // On failure the error goes to the error stream and false is returned (a failed load
    // leaves the graph as it was).
    // Load warnings (rows skipped or merged by policy) are logged; `show_warnings` prints them.
    bool load(const std::string& path, bool show_warnings = false);

    // Parses text once and runs its statements in order, printing each result;
    // stops at the first failing statement, whose error goes to the error stream.
    RunStatus run_text(std::string_view text, const RunTextOptions& options = {});

    // Runs one statement text and returns its result instead of printing it (:export).
    // Throws ErrorException.
    engine::ResultSet query(std::string_view text);

    // --db DIR: the graph becomes the database's (created when missing). Throws
    // storage::StorageError naming the file when DIR cannot be opened; recovery warnings
    // (a discarded torn log record) go to the error stream.
    void open_database(const std::string& dir, const storage::OpenOptions& options);
    storage::Database& database() { return *db_; }
    bool in_transaction() const { return db_->in_transaction(); }
    // Rolls back the open transaction, telling the error stream why (the end of a batch input).
    void rollback_open(std::string_view why);

    // Options the readers take (--sif-label, --merge-on, ...), set before loading.
    formats::LoadOptions& load_options() { return load_options_; }

    bool set_format(std::string_view name);
    const std::string& format() const { return format_name_; }
    void set_timer(bool on) { timer_ = on; }
    bool timer() const { return timer_; }
    void set_max_rows(std::size_t n) { max_rows_ = n; }   // 0: no limit
    std::size_t max_rows() const { return max_rows_; }
    void set_terminal(int width, bool color) { width_ = width, color_ = color; }
    void set_cancel_flag(std::atomic<bool>* flag) { cancel_ = flag; }

    // "Unsaved changes": the graph's version differs from the one last loaded or saved.
    // A database directory (--db) keeps every commit: nothing is ever unsaved there.
    bool unsaved() const { return !db_->durable() && graph_.version() != saved_version_; }
    void mark_saved() { saved_version_ = graph_.version(); }

    // Directories of TSV files loaded so far, in order (where :schema finds schema.tsv).
    const std::vector<std::string>& loaded_dirs() const { return loaded_dirs_; }

    // Relationship signs read from the loaded directories' schema.tsv (for PATHS ... SIGN).
    const engine::TypeSigns& type_signs() const { return engine_.type_signs(); }

    // schema.tsv and ontology_terms.tsv of the loaded directories, which :save writes back,
    // plus a schema row for every relationship sign known otherwise (a --db database keeps
    // the signs, not the rows), so PATHS ... SIGN works on what a save wrote.
    kg::DirectoryTables directory_tables() const;

    // The last result printed (for :export without a statement).
    const std::optional<engine::ResultSet>& last_result() const { return last_result_; }

    void print(const engine::ResultSet& rs, const Printer& printer, std::ostream& out) const;

private:
    using StatementRunner = std::function<engine::ResultSet(const engine::RunOptions&)>;
    RunStatus run_parsed(std::string_view text, std::size_t from, SourcePos origin, const RunTextOptions& options);
    RunStatus run_statement(const ast::Statement& st, std::string_view text, const RunTextOptions& options,
                            double parse_ms, const parser::NormalisedStatement* normalised = nullptr);
    RunStatus run_and_print(const StatementRunner& run, std::string_view text, const RunTextOptions& options,
                            double ms_before, const std::function<std::uint32_t()>& line_of);
    void report(const Error& e, std::string_view text, const RunTextOptions& options,
                std::uint32_t statement_line);
    bool load_script(const std::string& path);
    bool load_into_graph(const std::string& path, bool show_warnings);
    // session_tx.cpp: transaction control and the statement-as-a-transaction rule.
    RunStatus run_control(const ast::Statement& st, std::string_view text, const RunTextOptions& options,
                          double parse_ms);
    engine::ResultSet execute(const StatementRunner& run, const engine::RunOptions& options);
    void commit_open();
    void confirm(std::string_view message, const RunTextOptions& options, double ms);
    void print_limited(const engine::ResultSet& rs);
    void load_signs(const std::string& dir, bool show_warnings);
    void load_terms(const std::string& dir, bool show_warnings);
    void add_signs(const std::map<std::string, int, std::less<>>& signs);

    std::ostream& out_;
    std::ostream& err_;
    graph::Graph graph_;
    engine::Engine engine_;
    engine::Params params_;
    engine::Limits limits_;
    std::string format_name_ = "table";
    std::unique_ptr<Printer> printer_;
    bool timer_ = false;
    std::size_t max_rows_ = 0;
    int width_ = 0;
    bool color_ = false;
    std::atomic<bool>* cancel_ = nullptr;
    std::uint64_t saved_version_ = 0;
    std::optional<engine::ResultSet> last_result_;
    std::vector<std::string> loaded_dirs_;
    kg::DirectoryTables tables_;
    formats::LoadOptions load_options_;
    // Declared last: destroyed before the graph it works on.
    std::unique_ptr<storage::Database> db_;
};

}  // namespace liverkg::repl

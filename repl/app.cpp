#include "repl/app.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "base/text_escape.hpp"
#include "formats/formats.hpp"
#include "repl/check.hpp"
#include "repl/cli_options.hpp"
#include "repl/param_json.hpp"
#include "repl/script.hpp"
#include "repl/serve_command.hpp"
#include "repl/session.hpp"
#include "repl/shell.hpp"
#include "repl/terminal.hpp"
#include "repl/test_procedures.hpp"
#include "repl/version.hpp"
#include "storage/database.hpp"

namespace liverkg::repl {
namespace {

constexpr int exit_ok = 0, exit_failed = 1, exit_usage = 2;

int usage_error(const std::string& message) {
    std::cerr << "liverkg: " << message << "\nTry 'liverkg --help'.\n";
    return exit_usage;
}

void setup_logging(const std::string& level) {
    // Diagnostics only, on stderr: stdout stays clean for csv and json.
    auto logger = spdlog::stderr_color_mt("liverkg");
    spdlog::set_default_logger(logger);
    spdlog::set_level(spdlog::level::from_str(level));
}

std::string default_data_dir() {
    const char* env = std::getenv("LIVERKG_DATA");
    return env && *env ? env : LIVERKG_DEFAULT_DATA_DIR;
}

// The bundled graph is the starting point unless --empty, or a --load names a directory
// (then that graph is the one asked for: benchmark and test data must not mix with ours).
bool wants_bundled_graph(bool empty, const std::vector<std::string>& loads) {
    if (empty) return false;
    for (const auto& p : loads)
        if (std::filesystem::is_directory(p)) return false;
    return true;
}

bool load_all(Session& session, const CliOptions& o) {
    auto& options = session.load_options();
    options.sif_label = o.sif_label;
    options.sif_mapping = o.sif_mapping;
    std::string unused;
    options.merge_on = merge_ways(o.merge_on, unused);   // checked by parse_cli
    // A database is its own starting graph: the bundled one is not loaded into it.
    return load_startup_graph(session, o.empty || o.db.has_value(), o.loads);
}

bool bind_params(Session& session, const CliOptions& o) {
    for (const auto& text : o.params) {
        std::string error;
        auto binding = parse_param(text, error);
        if (!binding) {
            usage_error("--param: " + error);
            return false;
        }
        session.params()[binding->name] = binding->value;
    }
    return true;
}

bool register_procedures(const CliOptions& o) {
    for (const auto& path : o.test_procedures) {
        std::string error;
        if (!register_test_procedures(path, error)) {
            usage_error("--test-procedures: " + error);
            return false;
        }
    }
    return true;
}

std::optional<std::string> read_all(std::istream& in) {
    std::ostringstream s;
    s << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return s.str();
}

// --export FORMAT PATH (and --export-dot FILE): the last result after -c / -f, else the whole
// graph. After statements that returned no result, a format that writes only results has
// nothing to write and is skipped.
int export_all(const Session& session, const CliOptions& o) {
    bool ran = o.command || o.file;
    const auto& last = session.last_result();
    const kg::DirectoryTables tables = session.directory_tables();
    for (const auto& request : o.exports) {
        const formats::Format& f = *formats::find_format(request.format);   // checked by parse_cli
        if (ran && !last && !f.write_graph) continue;
        try {
            formats::export_with(f, formats::ExportJob{session.graph(), ran && last ? &*last : nullptr,
                                                       session.type_signs(), request.path, o.title, o.dpi,
                                                       &tables});
        } catch (const ErrorException& e) {
            std::cerr << "liverkg: --export " << request.format << ": " << escape_for_message(e.error().message) << '\n';
            return exit_failed;
        } catch (const std::exception& e) {
            std::cerr << "liverkg: --export " << request.format << ": " << escape_for_message(e.what()) << '\n';
            return exit_failed;
        }
    }
    return exit_ok;
}

int status_of(RunStatus s) { return s == RunStatus::Ok ? exit_ok : exit_failed; }

int run_batch(Session& session, const CliOptions& o, const std::optional<std::string>& file_text) {
    if (o.command) return status_of(run_script(session, *o.command));
    if (file_text) return status_of(run_script(session, *file_text, *o.file));
    auto text = read_all(std::cin);
    if (!text) {
        std::cerr << "liverkg: cannot read stdin\n";
        return exit_usage;
    }
    return status_of(run_script(session, *text));
}

// --db DIR: opened before anything loads or runs; a directory that cannot be a database
// (not ours, newer, corrupt, in use) stops the run with exit 2, never an empty graph.
bool open_database(Session& session, const CliOptions& o) {
    if (!o.db) return true;
    storage::OpenOptions options;
    if (o.checkpoint_after) options.checkpoint_after = o.checkpoint_after;
    try {
        session.open_database(*o.db, options);
        return true;
    } catch (const storage::StorageError& e) {
        std::cerr << "liverkg: cannot open the database: " << e.what() << '\n';
        return false;
    }
}

}  // namespace

bool load_startup_graph(Session& session, bool empty, const std::vector<std::string>& loads) {
    if (wants_bundled_graph(empty, loads) && !session.load(default_data_dir())) return false;
    for (const auto& path : loads)
        if (!session.load(path)) return false;
    session.mark_saved();
    return true;
}

// A batch run ends here without destroying the graph: freeing millions of nodes,
// relationships and properties one by one would only add time (tens of milliseconds at
// Hetionet's size) to a process that is about to exit. Output is flushed first.
[[noreturn]] void leave_now(int status) {
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    std::_Exit(status);
}

int run_app(int argc, const char* const* argv) {
    std::ios::sync_with_stdio(false);
    if (argc > 1 && std::string_view(argv[1]) == "serve") return run_serve(argc - 1, argv + 1);
    auto parsed = parse_cli(argc, argv);
    if (!parsed.error.empty()) return usage_error(parsed.error);
    const CliOptions& o = parsed.options;
    if (o.help) return std::cout << cli_help(), exit_ok;
    if (o.version) return std::cout << "liverkg " << version() << '\n', exit_ok;
    setup_logging(o.log_level);
    if (o.check) return check_directory(*o.check, std::cout, std::cerr);

    // Everything that can make the run impossible is checked before any statement runs.
    std::optional<std::string> file_text;
    if (o.file) {
        std::ifstream in(*o.file, std::ios::binary);
        if (in) file_text = read_all(in);
        if (!file_text) {
            std::cerr << *o.file << ":0: cannot read the file\n";
            return exit_usage;
        }
    }
    Session session(std::cout, std::cerr);
    session.set_format(o.format);
    session.set_timer(o.timer);
    session.limits() = o.limits;
    session.set_terminal(terminal_width(), use_color());
    if (!bind_params(session, o)) return exit_usage;
    if (!register_procedures(o)) return exit_usage;
    if (!open_database(session, o)) return exit_usage;
    if (!load_all(session, o)) return exit_usage;

    if (!o.exports.empty() && !o.command && !o.file) return export_all(session, o);
    bool interactive = !o.command && !o.file && stdin_is_tty();
    if (interactive) return run_shell(session, o);
    int status = run_batch(session, o, file_text);
    session.rollback_open("the input ended inside a transaction (no COMMIT)");
    if (status == exit_ok && !o.exports.empty()) status = export_all(session, o);
    leave_now(status);
}

}  // namespace liverkg::repl

#include "repl/cli_options.hpp"

#include <algorithm>
#include <sstream>

#include <boost/program_options.hpp>

#include "formats/formats.hpp"
#include "repl/format/printer.hpp"
#include "repl/limit_settings.hpp"

namespace liverkg::repl {
namespace po = boost::program_options;
namespace {

po::options_description describe(CliOptions& o) {
    po::options_description d("Options");
    d.add_options()
        ("help,h", po::bool_switch(&o.help), "print this help and exit")
        ("version", po::bool_switch(&o.version), "print the version and exit")
        ("empty", po::bool_switch(&o.empty), "start with an empty graph instead of the bundled data")
        ("load", po::value(&o.loads)->value_name("PATH")->composing(),
         ("load PATH first (repeatable, in order): " + formats::readable_kinds() +
          " (see Formats below), or a .cypher file whose statements run silently").c_str())
        ("db", po::value<std::string>()->value_name("DIR"),
         "open the database in DIR (created when missing or empty): statements commit to it "
         "durably, --load imports into it; without --db the graph lives in memory only")
        ("checkpoint-after", po::value<std::string>()->value_name("BYTES"),
         "with --db: write a checkpoint when the log grows past BYTES (suffix K, M or G; "
         "default 64M)")
        ("sif-label", po::value(&o.sif_label)->value_name("LABEL"),
         "label of the nodes a SIF file creates (default: Molecule)")
        ("sif-mapping", po::value(&o.sif_mapping)->value_name("FILE"),
         "SIF: a file of `interaction TYPE [SIGN]` lines mapping interaction names to types")
        ("merge-on", po::value(&o.merge_on)->value_name("WAYS"),
         "how a loaded network's nodes match existing nodes, in order: a comma-separated subset "
         "of id,xref,name,alias (default: all four), or none")
        ("command,c", po::value<std::string>()->value_name("TEXT"),
         "run TEXT (statements separated by ';'), print the results and exit")
        ("file,f", po::value<std::string>()->value_name("FILE"),
         "run the statements in FILE, print the results and exit")
        ("param", po::value(&o.params)->value_name("NAME=JSON")->composing(),
         "bind query parameter $NAME to a JSON value (repeatable)")
        ("test-procedures", po::value(&o.test_procedures)->value_name("FILE")->composing(),
         "register table-backed read-only procedures from a JSON list of {signature, columns, rows} "
         "(the openCypher TCK's test procedures; repeatable)")
        ("format", po::value(&o.format)->value_name("FMT"),
         ("output format: " + format_names() + " (default: table)").c_str())
        ("timer", po::bool_switch(&o.timer),
         "print `Time: <ms> ms` on stderr after each statement")
        ("check", po::value<std::string>()->value_name("DIR"),
         "validate the knowledge-graph directory DIR and exit")
        ("log-level", po::value(&o.log_level)->value_name("LEVEL"),
         "diagnostics on stderr: trace|debug|info|warn|error|critical|off (default: off)")
        ("verbose,v", "diagnostics on stderr at level debug (same as --log-level debug)")
        ("export", po::value<std::vector<std::string>>()->value_name("FORMAT PATH")->multitoken()->composing(),
         ("with -c or -f: write the last statement's result to PATH as FORMAT; alone: write the "
          "whole graph and exit (repeatable). FORMAT: " + formats::writer_names()).c_str())
        ("export-dot", po::value<std::vector<std::string>>()->value_name("FILE")->composing(),
         "the same as --export dot FILE")
        ("title", po::value(&o.title)->value_name("TEXT"),
         "the title of an exported drawing (dot, svg, png, pdf); default: start -> targets of the paths")
        ("dpi", po::value(&o.dpi)->value_name("N"), "resolution of an exported png, 36 to 1200 (default 96)")
        ("no-history", po::bool_switch(&o.no_history), "REPL: do not read or write a history file")
        ("history-file", po::value<std::string>()->value_name("PATH"),
         "REPL: history file (default: $LIVERKG_HISTORY or ~/.liverkg_history)");
    for (const auto& s : limit_settings())
        d.add_options()(s.name, po::value<std::string>()->value_name(s.unit), s.help);
    return d;
}

// --max-memory, --max-steps, --timeout: a bad value is bad usage (exit 2).
std::string copy_limits(const po::variables_map& vm, CliOptions& o) {
    std::string error;
    for (const auto& s : limit_settings())
        if (vm.count(s.name) && !set_limit(o.limits, s, vm[s.name].as<std::string>(), error)) return error;
    return {};
}

void copy_optionals(const po::variables_map& vm, CliOptions& o) {
    if (vm.count("command")) o.command = vm["command"].as<std::string>();
    if (vm.count("file")) o.file = vm["file"].as<std::string>();
    if (vm.count("check")) o.check = vm["check"].as<std::string>();
    if (vm.count("db")) o.db = vm["db"].as<std::string>();
    // Both flags keep their command-line order relative to each other only within a kind;
    // --export-dot files are written after the --export ones.
    if (vm.count("export")) {
        const auto& tokens = vm["export"].as<std::vector<std::string>>();
        for (std::size_t i = 0; i + 1 < tokens.size(); i += 2) o.exports.push_back({tokens[i], tokens[i + 1]});
        if (tokens.size() % 2) o.exports.push_back({tokens.back(), ""});
    }
    if (vm.count("export-dot"))
        for (const auto& file : vm["export-dot"].as<std::vector<std::string>>()) o.exports.push_back({"dot", file});
    if (vm.count("history-file")) o.history_file = vm["history-file"].as<std::string>();
    if (vm.count("verbose") && !vm.count("log-level")) o.log_level = "debug";
}


std::string validate(const CliOptions& o) {
    if (!make_printer(o.format))
        return "unknown format '" + o.format + "' (expected " + format_names() + ")";
    static const char* levels[] = {"trace", "debug", "info", "warn", "error", "critical", "off"};
    bool level_ok = false;
    for (const char* l : levels) level_ok = level_ok || o.log_level == l;
    if (!level_ok) return "unknown log level '" + o.log_level + "'";
    if (o.command && o.file) return "-c and -f cannot be used together";
    std::string merge_error;
    merge_ways(o.merge_on, merge_error);
    if (!merge_error.empty()) return "--merge-on: " + merge_error;
    if (o.dpi != 0 && (o.dpi < 36 || o.dpi > 1200)) return "--dpi must be between 36 and 1200";
    for (const auto& e : o.exports) {
        const auto* f = formats::find_format(e.format);
        if (!f || !(f->write_graph || f->write_result))
            return "--export: unknown format '" + e.format + "' (expected " + formats::writer_names() + ")";
        if (e.path.empty()) return "--export " + e.format + ": missing PATH (--export FORMAT PATH)";
        if (!f->write_graph && !o.command && !o.file)
            return "--export " + e.format + " writes a statement's result: give -c or -f";
    }
    return {};
}

}  // namespace

// "4096", "64K", "64M", "1G"; nullopt when not a positive size.
std::optional<std::uint64_t> byte_size(const std::string& text) {
    std::uint64_t n = 0, unit = 1;
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9' && digits < 15)
        n = n * 10 + std::uint64_t(text[digits++] - '0');
    std::string rest = text.substr(digits);
    if (rest == "K" || rest == "k") unit = 1ull << 10;
    else if (rest == "M" || rest == "m") unit = 1ull << 20;
    else if (rest == "G" || rest == "g") unit = 1ull << 30;
    else if (!rest.empty()) return std::nullopt;
    if (digits == 0 || n == 0) return std::nullopt;
    return n * unit;
}

std::vector<formats::MatchBy> merge_ways(const std::string& text, std::string& error) {
    std::vector<formats::MatchBy> ways;
    if (text.empty()) return formats::LoadOptions{}.merge_on;
    if (text == "none") return ways;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = std::min(text.find(',', start), text.size());
        auto way = formats::match_by_from_name(text.substr(start, end - start));
        if (!way) {
            error = "unknown way '" + text.substr(start, end - start) + "' (expected id, xref, name, alias or none)";
            return {};
        }
        ways.push_back(*way);
        start = end + 1;
    }
    return ways;
}

CliParse parse_cli(int argc, const char* const* argv) {
    CliParse result;
    auto desc = describe(result.options);
    try {
        po::variables_map vm;
        // No positional arguments: a stray word is a mistake, not a file to guess about.
        po::store(po::command_line_parser(argc, argv).options(desc).positional({}).run(), vm);
        po::notify(vm);
        copy_optionals(vm, result.options);
        result.error = copy_limits(vm, result.options);
        if (result.error.empty()) result.error = validate(result.options);
        if (result.error.empty() && vm.count("checkpoint-after")) {
            auto size = byte_size(vm["checkpoint-after"].as<std::string>());
            if (!size) result.error = "--checkpoint-after: expected a size in bytes such as 4096, 64K or 64M";
            else if (!result.options.db) result.error = "--checkpoint-after needs --db DIR";
            else result.options.checkpoint_after = *size;
        }
    } catch (const po::error& e) {
        result.error = e.what();
    }
    return result;
}

std::string cli_help() {
    CliOptions scratch;
    std::ostringstream out;
    out << "Usage: liverkg [options]\n"
           "       liverkg serve [options]   (a Bolt server for Neo4j's drivers: liverkg serve --help)\n"
           "  Without -c or -f: an interactive shell on the bundled liver knowledge graph when\n"
           "  stdin is a terminal, else the statements read from stdin.\n"
           "  Exit status: 0 success, 1 a statement failed, 2 bad usage or unreadable input.\n\n"
        << describe(scratch) << "\nFormats (--load reads, --export and :export write):\n"
        << formats::formats_help();
    return out.str();
}

}  // namespace liverkg::repl

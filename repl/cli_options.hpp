#pragma once
// The command line of `liverkg` (../shared/CONTRACT.md and docs/cli.md), parsed with
// Boost.Program_options into plain settings; nothing runs here.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/runtime/limits.hpp"
#include "formats/formats.hpp"

namespace liverkg::repl {

// One --export: a format of the registry (formats/formats.hpp) and where to write.
struct ExportRequest {
    std::string format;
    std::string path;
};

struct CliOptions {
    bool help = false;
    bool version = false;
    bool empty = false;                   // start without the bundled graph
    std::vector<std::string> loads;       // --load, in order
    std::optional<std::string> db;        // --db DIR: a durable database (storage/)
    std::uint64_t checkpoint_after = 0;   // --checkpoint-after BYTES (0: the default)
    std::optional<std::string> command;   // -c
    std::optional<std::string> file;      // -f
    std::vector<std::string> params;      // --param NAME=JSON, parsed later (errors → exit 2)
    std::vector<std::string> test_procedures;   // --test-procedures FILE, repeatable
    std::string format = "table";
    bool timer = false;
    std::string log_level = "off";
    std::optional<std::string> check;     // --check DIR
    bool no_history = false;
    std::optional<std::string> history_file;
    std::string sif_label = "Molecule";   // --sif-label
    std::string sif_mapping;              // --sif-mapping FILE
    std::string merge_on;                 // --merge-on id,xref,name,alias (empty: all four)
    std::vector<ExportRequest> exports;   // --export FORMAT PATH (and --export-dot FILE), in order
    std::string title;                    // --title: a drawing's title
    int dpi = 0;                          // --dpi: a PNG's resolution (0: Graphviz's 96)
    engine::Limits limits;                // --max-memory, --max-steps, --timeout (repl/limit_settings.hpp)
};

struct CliParse {
    CliOptions options;
    std::string error;   // non-empty: bad usage (exit 2)
};

CliParse parse_cli(int argc, const char* const* argv);

// --merge-on's text as the ways to match, in order ("" = all four, "none" = none).
std::vector<formats::MatchBy> merge_ways(const std::string& text, std::string& error);

// --help text: every flag with its help line.
std::string cli_help();

// "4096", "64K", "64M", "1G" (--checkpoint-after); nullopt when not a positive size.
std::optional<std::uint64_t> byte_size(const std::string& text);

}  // namespace liverkg::repl

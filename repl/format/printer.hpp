#pragma once
// One interface for every output mode of the terminal (--format, :format); the shell and the batch runner pick a printer by name
// from one table (output_formats()), the way SQLite's shell keeps its output modes as data.
#include <iosfwd>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "engine/result.hpp"
#include "graph/graph.hpp"

namespace liverkg::repl {

// What a printer may know about where its output goes.
struct PrintContext {
    const graph::Graph& graph;
    int width = 0;        // terminal columns to fit the table into; 0 = never truncate
    bool color = false;   // ANSI colours for labels, types, strings and numbers
};

class Printer {
public:
    virtual ~Printer() = default;
    virtual void print(const engine::ResultSet& result, const PrintContext& ctx,
                       std::ostream& out) const = 0;
};

struct FormatEntry {
    std::string_view name;
    std::string_view help;
    std::unique_ptr<Printer> (*make)();
};

std::span<const FormatEntry> output_formats();
// nullptr when no format has that name.
std::unique_ptr<Printer> make_printer(std::string_view name);
// "table|csv|tsv|json|vertical|tree", for usage messages.
std::string format_names();

}  // namespace liverkg::repl

#pragma once
// Tab completion that knows where the cursor is: keywords and functions in a clause, labels
// after ':' in a node pattern, relationship types after ':' in a relationship pattern,
// property keys after '.', parameters after '$', procedure names after CALL, node names and aliases inside quotes,
// meta-commands after a leading ':', and file paths as their arguments.
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"
#include "repl/line_reader.hpp"

namespace liverkg::repl {

// The names the graph can offer, gathered once per graph version.
struct CompletionNames {
    std::vector<std::string> labels;
    std::vector<std::string> types;
    std::vector<std::string> keys;
    // (a `name` or `aliases` value, the node's `name`): typing an alias completes the name
    std::vector<std::pair<std::string, std::string>> node_names;
    std::vector<std::string> help_topics;      // statements, clauses, procedures: for :help
    std::vector<std::string> params;
    std::vector<std::string> commands;     // ":help", ...
    std::vector<std::string> formats;          // output formats, for :format
    std::vector<std::string> export_formats;   // formats with a writer, for :export
};

CompletionNames gather_names(const graph::Graph& g);

Completion complete(std::string_view before_cursor, const CompletionNames& names);

// Context detection, exposed for tests.
enum class CompletionContext {
    Keyword, Label, RelType, PropertyKey, Parameter, NodeName, Procedure, Command, CommandArg, FilePath, None
};
CompletionContext completion_context(std::string_view before_cursor);

}  // namespace liverkg::repl

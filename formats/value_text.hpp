#pragma once
// Cypher-like text of a result value, shared by the table, csv, tsv and vertical printers.
#include <string>

#include "graph/graph.hpp"
#include "graph/value.hpp"

namespace liverkg::formats {

struct TextOptions {
    // Nodes show their labels and only a naming property (name, else id), as a table cell
    // must stay narrow; otherwise every property is shown.
    bool compact_nodes = false;
};

// Top-level strings are bare; strings nested in lists, maps, nodes are single-quoted.
std::string value_text(const graph::Value& v, const graph::Graph& g, const TextOptions& opts = {});

// Shortest text that reads back to the same double, always with '.' or an exponent;
// NaN, Infinity and -Infinity spelled as openCypher spells them.
std::string float_text(double d);

// 'text' with \ and ' escaped, as a Cypher string literal.
std::string quoted(const std::string& s);

}  // namespace liverkg::formats

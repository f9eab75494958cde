#pragma once
// Graphviz DOT export: the part of the graph a statement returned (or the whole graph) as a
// drawing. Nodes are shaped and coloured by label, relationships coloured by the sign their type
// carries in schema.tsv, and the paths of a result (a PATHS chain, `MATCH p = ...`) drawn bold.
// Output is deterministic: nodes sorted by id, relationships by id, the legend by name.
#include <cstdint>
#include <iosfwd>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine/engine.hpp"
#include "graph/graph.hpp"

namespace liverkg::formats {

// What a drawing shows. `path_rels` and `path_ends` are drawn highlighted.
struct DotSelection {
    std::set<graph::NodeId> nodes;
    std::set<graph::RelId> rels;
    std::set<graph::RelId> path_rels;
    std::set<graph::NodeId> path_ends;     // first and last node of each path
    std::set<graph::NodeId> path_starts;   // drawn leftmost
    std::set<graph::NodeId> path_targets;  // drawn rightmost
    std::set<graph::RelId> reversed;       // walked against their direction on a path (a subtype step)
    std::vector<graph::Path> paths;        // in result order: the legend lists each with its net sign
    bool empty() const { return nodes.empty(); }
};

// A drawing's title: given (--title, :export ... --title), else made from the paths drawn
// ("MSC → acute liver failure"), else none.
struct DotOptions {
    std::string title;
};

// Every node, relationship and path in the result's cells, looking inside lists and maps;
// the nodes at both ends of each relationship are included.
DotSelection select_result(const graph::Graph& g, const engine::ResultSet& result);
// Every node and relationship of the graph.
DotSelection select_graph(const graph::Graph& g);

// How a label is drawn: a fixed table for the knowledge graph's labels, and a shape and colour
// derived from the name (stable across runs and machines) for any other.
struct NodeStyle {
    std::string shape;
    std::string fill;  // "#rrggbb"
};
NodeStyle node_style(std::string_view label);

// The label that decides a node's look: the first of the knowledge graph's own labels it
// carries, else its alphabetically first label; "" for none. Also used by the cyjs export.
std::string style_label(const graph::Graph& g, graph::NodeId n);
// What a drawing calls a node: its name, else its id, else its label and store id.
std::string node_display_name(const graph::Graph& g, graph::NodeId n);
// A relationship's line by its `evidence`: "solid" clinical, "dashed" animal, "dotted" the rest.
std::string_view evidence_line_style(const graph::Graph& g, graph::RelId r);

// Colour of a relationship whose type has `sign` (+1, -1, 0), or none when the type has no sign.
std::string_view sign_color(const int* sign);

// A DOT double-quoted string: quotes and backslashes escaped, line breaks as \n, other control
// characters as spaces; UTF-8 text is kept as it is.
std::string dot_quoted(std::string_view text);

void write_dot(const graph::Graph& g, const DotSelection& selection, const engine::TypeSigns& signs,
               std::ostream& out, const DotOptions& options = {});

// The Graphviz `dot` program renders DOT text into FILE as `format` (svg, png). On failure
// returns false with a one-line reason (dot missing from PATH, or dot's own error message).
// `dpi` > 0 sets the resolution of a PNG (Graphviz -Gdpi).
bool render_with_dot(const std::string& dot_text, std::string_view format, const std::string& file,
                     std::string& error, int dpi = 0);

}  // namespace liverkg::formats

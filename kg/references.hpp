#pragma once
// The bibliography of a knowledge-graph directory as nodes: each row of DIR/references.tsv
// becomes (:Reference {id: 'ref:N', number: N, authors, year, title, journal, volume, pages,
// doi}) with no relationships, so that `MATCH (r:Reference {number: 54})` resolves a number
// of a relationship's `refs` list inside the tool.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/graph.hpp"

namespace liverkg::kg {

inline constexpr std::string_view kReferenceLabel = "Reference";

// "ref:54": the id a Reference node carries (every node of a TSV directory has an id).
std::string reference_id(std::int64_t number);

// One row of references.tsv, its cells converted (`ref` stored as `number`).
struct ReferenceRow {
    std::int64_t number = 0;
    std::vector<std::pair<std::string, graph::Value>> properties;
};

// Reads FILE: a `ref` column (typed `ref:int` or not) and any others, typed cells converted.
// Throws LoadError "FILE:LINE: message" on the first problem, before any graph is touched.
std::vector<ReferenceRow> read_references(const std::string& file);

// Adds one Reference node per row, or completes the node that already has its id (an
// earlier load, or a nodes.tsv saved with the graph): existing values are kept. Cannot fail
// on the rows read_references returns. Returns the number of rows.
std::size_t add_references(graph::Graph& g, std::vector<ReferenceRow> rows);

// The Reference node numbered `number`, if the graph has one.
std::optional<graph::NodeId> find_reference(const graph::Graph& g, std::int64_t number);

}  // namespace liverkg::kg

#pragma once
// A graph as a Cypher script of CREATE batches that liverkg (`--load FILE.cypher`), Neo4j
// (cypher-shell -f) and Memgraph (mgconsole) all run into an empty database.
#include <iosfwd>
#include <string>
#include <string_view>

#include "formats/dot.hpp"
#include "graph/graph.hpp"

namespace liverkg::formats::cypher {

// How many rows one UNWIND batch holds.
inline constexpr std::size_t kBatch = 500;
// The temporary label and key that tie relationships to the nodes just created; the script's
// last statement removes both.
inline constexpr std::string_view kExportLabel = "_LiverkgExport";
inline constexpr std::string_view kExportKey = "_liverkg_export_key";

void write(const graph::Graph& g, const DotSelection& selection, std::ostream& out);

// Cypher literals: 'text' with \n \t \' \\ and \uXXXX escapes; numbers, lists, temporal
// functions (date('2024-01-31')); NaN and infinities as 0.0/0.0 and 1.0/0.0.
std::string literal(const graph::Value& v);
// A label, type or key: as it is when it is a plain name, else in backticks.
std::string name(std::string_view s);

}  // namespace liverkg::formats::cypher

#pragma once
// Redo records: one committed transaction's changes (graph::Change) as bytes for the
// write-ahead log, and their replay over a graph. Labels, types and keys are written by
// name: dictionary ids are not logged (interning is never undone), so they may differ
// between the graph that wrote the log and the one that replays it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"

namespace liverkg::storage {

std::string encode_redo(std::uint64_t tx, const std::vector<graph::Change>& changes, const graph::Graph& g);
std::uint64_t redo_tx(std::string_view payload);   // throws DecodeError
// Applies a record's changes in order; throws DecodeError when the record does not fit the
// graph (an id that is not the next one, an entity that does not exist).
void apply_redo(std::string_view payload, graph::Graph& g);

}  // namespace liverkg::storage

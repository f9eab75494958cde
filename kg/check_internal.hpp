#pragma once
// Shared between the parts of check_kg (kg/check*.cpp); not a public header.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kg/check.hpp"
#include "kg/table.hpp"

namespace liverkg::kg::detail {

struct NodeInfo {
    std::size_t line;
    std::vector<std::string> labels;
};
using Nodes = std::map<std::string, NodeInfo, std::less<>>;

// nodes.tsv: ids, labels, aliases and the grounding of each node's xrefs.
Nodes check_nodes(const std::string& dir, CheckReport& report);

// edges.tsv against the nodes, the schema and the reference numbers.
void check_edges(const std::string& dir, const Nodes& nodes, const KgSchema& schema,
                 const std::set<std::int64_t>& refs, CheckReport& report);

// Parses an integer cell (or list of them, when `list`); a bad one becomes a problem.
std::vector<std::int64_t> ints(const Table& t, const Row& row, std::size_t col, bool list,
                               std::vector<std::string>& problems);

// Every cell of a typed column (`:int`, `:boolean`, `:string[]`, ...) must convert.
void check_typed_cells(const Table& t, const Row& row, std::vector<std::string>& problems);

}  // namespace liverkg::kg::detail

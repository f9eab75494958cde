#pragma once
// A sorted index of one string property over all nodes, for `n.k STARTS WITH 'x'`:
// the matching nodes are one contiguous range. Built on first use and kept until
// the graph changes (Graph::version()); only read-only statements use it, so a
// statement never sees an index older than its own writes.
#include <cstdint>
#include <map>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/graph.hpp"

namespace liverkg::engine {

class PrefixIndex {
public:
    PrefixIndex(const graph::Graph& g, graph::KeyId key);
    // Nodes whose property starts with `prefix`, in property order.
    std::vector<graph::NodeId> with_prefix(std::string_view prefix) const;

private:
    std::vector<std::pair<std::string_view, graph::NodeId>> entries_;
};

class IndexCache {
public:
    const PrefixIndex& prefix_index(const graph::Graph& g, graph::KeyId key);

private:
    std::uint64_t version_ = UINT64_MAX;
    std::map<graph::KeyId, PrefixIndex> indexes_;
};

}  // namespace liverkg::engine

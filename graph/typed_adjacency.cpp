// Building the snapshot from each node's adjacency list: a counting sort by type inside
// every node keeps the list's order within a type and touches the lists sequentially.
#include "graph/typed_adjacency.hpp"

#include <algorithm>
#include <memory>

#include "base/run_both.hpp"

namespace liverkg::graph {

TypedAdjacency::Side TypedAdjacency::build(const Graph& g, bool out) {
    const NodeId nodes = g.node_id_bound();
    const std::size_t types = g.type_dictionary_size();
    Side s;
    s.entry_offset.resize(nodes + 1, 0);
    for (NodeId n = 0; n < nodes; ++n)
        s.entry_offset[n + 1] = s.entry_offset[n] + static_cast<std::uint32_t>((out ? g.out(n) : g.in(n)).size());
    // Every entry is written below: allocate without zero-filling (tens of MB at Hetionet size).
    s.other = Entries(s.entry_offset[nodes]);
    s.rel = Entries(s.entry_offset[nodes]);
    s.run_offset.resize(nodes + 1);
    std::vector<std::uint32_t> slot(types + 1);
    for (NodeId n = 0; n < nodes; ++n) {
        s.run_offset[n] = static_cast<std::uint32_t>(s.run_type.size());
        auto list = out ? g.out(n) : g.in(n);
        if (list.empty()) continue;
        std::fill(slot.begin(), slot.end(), 0);
        for (const Adjacent& a : list) ++slot[a.type + 1];
        for (std::size_t t = 0; t < types; ++t) {
            if (slot[t + 1]) {   // a run of type t starts where the earlier types end
                s.run_type.push_back(static_cast<TypeId>(t));
                s.run_begin.push_back(s.entry_offset[n] + slot[t]);
            }
            slot[t + 1] += slot[t];
        }
        for (const Adjacent& a : list) {
            std::uint32_t i = s.entry_offset[n] + slot[a.type]++;
            s.other[i] = a.other;
            s.rel[i] = a.rel;
        }
    }
    s.run_offset[nodes] = static_cast<std::uint32_t>(s.run_type.size());
    s.run_begin.push_back(s.entry_offset[nodes]);
    return s;
}

TypedAdjacency::TypedAdjacency(const Graph& g) {
    // The two sides only read the graph: on a large graph they are built on both cores.
    constexpr std::size_t kParallelFrom = 200'000;   // relationships
    run_both(worth_two_threads(g.counts().relationships, kParallelFrom), [&] { out_ = build(g, true); },
             [&] { in_ = build(g, false); });
}

}  // namespace liverkg::graph

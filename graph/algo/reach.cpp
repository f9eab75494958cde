// reachable_within: BFS by depth, stopping at max_hops.
#include "graph/algo.hpp"
#include "graph/algo/hops.hpp"

namespace liverkg::graph {

using namespace algo;

std::vector<NodeId> reachable_within(const Graph& g, NodeId from, const Expand& expand, std::uint32_t min_hops,
                                     std::uint32_t max_hops) {
    std::vector<NodeId> result;
    if (!g.node_alive(from)) return result;
    Scratch& s = scratch();
    s.visited.start(g.node_id_bound());
    s.visited.visit(from);
    s.frontier_f.assign(1, from);
    TypeMask mask(g, expand.types);
    auto snapshot = g.typed_adjacency();
    std::uint32_t lowest = std::max<std::uint32_t>(1, min_hops);
    for (std::uint32_t d = 1; d <= max_hops && !s.frontier_f.empty(); ++d) {
        s.next.clear();
        for (NodeId u : s.frontier_f)
            for_each_hop(*snapshot, u, expand.dir, mask, [&](const Adjacent& a) {
                if (s.visited.visit(a.other)) s.next.push_back(a.other);
            });
        if (d >= lowest) result.insert(result.end(), s.next.begin(), s.next.end());
        s.frontier_f.swap(s.next);
    }
    std::sort(result.begin(), result.end());
    return result;
}

}  // namespace liverkg::graph

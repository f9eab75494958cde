// reachable_within: BFS by depth, stopping at max_hops.
#include <algorithm>

#include "graph/algo.hpp"
#include "graph/algo/hops.hpp"

namespace liverkg::graph {

using namespace algo;

std::vector<NodeId> reachable_within(const Graph& g, NodeId from, const Expand& expand, std::uint32_t min_hops,
                                     std::uint32_t max_hops) {
    std::vector<NodeId> result = reachable_within_unordered(g, from, expand, min_hops, max_hops);
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<NodeId> reachable_within_unordered(const Graph& g, NodeId from, const Expand& expand,
                                               std::uint32_t min_hops, std::uint32_t max_hops) {
    std::vector<NodeId> result;
    if (!g.node_alive(from)) return result;
    Scratch& s = scratch();
    const NodeId bound = g.node_id_bound();
    s.visited.start(bound);
    s.visited.visit(from);
    s.frontier_f.assign(1, from);
    TypeMask mask(g, expand.types);
    auto snapshot = g.typed_adjacency();
    std::uint32_t lowest = std::max<std::uint32_t>(1, min_hops);
    std::size_t visited = 1;
    std::vector<std::uint8_t> in_frontier;
    for (std::uint32_t d = 1; d <= max_hops && !s.frontier_f.empty(); ++d) {
        s.next.clear();
        std::size_t frontier_edges = 0;
        for (NodeId u : s.frontier_f) frontier_edges += hop_degree(*snapshot, u, expand.dir, mask);
        if (frontier_edges > bound - visited) {
            // A frontier with more edges than nodes left to find: search bottom-up, asking each
            // unvisited node whether a neighbour is in the frontier (direction-optimising BFS).
            in_frontier.assign(bound, 0);
            for (NodeId u : s.frontier_f) in_frontier[u] = 1;
            auto from_frontier = [&](NodeId u) { return in_frontier[u] != 0; };
            // A deleted node has no relationships left, so it never finds a neighbour in the
            // frontier: no liveness test is needed.
            for (NodeId v = 0; v < bound; ++v) {
                if (s.visited.seen(v)) continue;
                bool hit = (expand.dir != Expand::Dir::Out && snapshot->any_of(v, true, mask, from_frontier)) ||
                           (expand.dir != Expand::Dir::In && snapshot->any_of(v, false, mask, from_frontier));
                if (hit && s.visited.visit(v)) s.next.push_back(v);
            }
        } else {
            for (NodeId u : s.frontier_f)
                for_each_hop(*snapshot, u, expand.dir, mask, [&](const Adjacent& a) {
                    if (s.visited.visit(a.other)) s.next.push_back(a.other);
                });
        }
        visited += s.next.size();
        if (d >= lowest) result.insert(result.end(), s.next.begin(), s.next.end());
        s.frontier_f.swap(s.next);
    }
    return result;
}

}  // namespace liverkg::graph

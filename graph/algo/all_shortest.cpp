// all_shortest_paths: find the length with shortest_path, take BFS distances from
// both ends, then enumerate the relationships that lie on some shortest path
// (dist_from(u) + 1 + dist_to(v) == length) by depth-first search from `from`.
#include "graph/algo.hpp"
#include "graph/algo/hops.hpp"

namespace liverkg::graph {

using namespace algo;

namespace {

// BFS from root marking distances up to `limit`; intermediate nodes must pass ok_node.
void bfs_marks(const Graph& g, const TypedAdjacency& adj, NodeId root, NodeId other_end, Expand::Dir dir, const TypeMask& mask,
               std::uint32_t limit, const NodeFilter& ok_node, const RelFilter& ok_rel, Marks& m,
               std::vector<NodeId>& frontier, std::vector<NodeId>& next) {
    m.start(g.node_id_bound());
    m.mark(root, 0, root, 0);
    frontier.assign(1, root);
    for (std::uint32_t d = 1; d <= limit && !frontier.empty(); ++d) {
        next.clear();
        for (NodeId u : frontier)
            for_each_hop(adj, u, dir, mask, [&](const Adjacent& a) {
                if (m.seen(a.other) || (ok_rel && !ok_rel(a.rel))) return;
                if (a.other != other_end && ok_node && !ok_node(a.other)) return;
                m.mark(a.other, d, u, a.rel);
                if (a.other != other_end) next.push_back(a.other);   // paths end at other_end
            });
        frontier.swap(next);
    }
}

struct Enumerator {
    const TypedAdjacency& adj;
    const Scratch& s;
    NodeId to;
    std::uint32_t length;
    Expand::Dir dir;
    const TypeMask& mask;
    const RelFilter& ok_rel;
    Path current;
    std::vector<Path> out;

    void walk(NodeId u, std::uint32_t depth) {
        if (depth == length) {
            if (u == to) out.push_back(current);
            return;
        }
        for_each_hop(adj, u, dir, mask, [&](const Adjacent& a) {
            NodeId v = a.other;
            if (!s.bwd.seen(v) || !s.fwd.seen(v) || s.fwd.dist(v) != depth + 1) return;
            if (depth + 1 + s.bwd.dist(v) != length || (ok_rel && !ok_rel(a.rel))) return;
            current.nodes.push_back(v);
            current.rels.push_back(a.rel);
            walk(v, depth + 1);
            current.nodes.pop_back();
            current.rels.pop_back();
        });
    }
};

}  // namespace

std::vector<Path> all_shortest_paths(const Graph& g, NodeId from, NodeId to, const Expand& expand,
                                     std::uint32_t max_hops, NodeFilter ok_node, RelFilter ok_rel) {
    auto first = shortest_path(g, from, to, expand, max_hops, ok_node, ok_rel);
    if (!first) return {};
    auto length = static_cast<std::uint32_t>(first->rels.size());
    if (length == 0) return {*first};
    Scratch& s = scratch();
    TypeMask mask(g, expand.types);
    auto snapshot = g.typed_adjacency();
    bfs_marks(g, *snapshot, from, to, expand.dir, mask, length, ok_node, ok_rel, s.fwd, s.frontier_f, s.next);
    bfs_marks(g, *snapshot, to, from, reverse(expand.dir), mask, length, ok_node, ok_rel, s.bwd, s.frontier_b, s.next);
    Enumerator e{*snapshot, s, to, length, expand.dir, mask, ok_rel, Path{{from}, {}}, {}};
    e.walk(from, 0);
    return std::move(e.out);
}

}  // namespace liverkg::graph

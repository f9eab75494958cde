// shortest_path: level-synchronous bidirectional BFS. Before each level the two
// visited sets are disjoint, so the first meeting found is a shortest path.
#include "graph/algo.hpp"
#include "graph/algo/hops.hpp"

namespace liverkg::graph {

using namespace algo;

namespace {

constexpr NodeId kNoNode = 0xFFFFFFFFu;

struct Meeting {
    NodeId near = kNoNode;   // on the side that was expanding
    NodeId far = kNoNode;    // already seen by the other side
    RelId rel = 0;
};

// What a search is asked to respect beside the type mask (graph/algo.hpp).
struct Filters {
    const NodeFilter& ok_node;
    const RelFilter& ok_rel;
    const Progress& progress;
};

// Expands one whole level of `frontier` (marks `mine`); returns the first meeting with `other`.
Meeting expand_level(const TypedAdjacency& g, std::vector<NodeId>& frontier, std::vector<NodeId>& next, Marks& mine,
                     const Marks& other, Expand::Dir dir, const TypeMask& mask, const Filters& f) {
    next.clear();
    Meeting meet;
    for (NodeId u : frontier) {
        std::uint32_t d = mine.dist(u) + 1;
        // One relationship u - v: true when it meets the other side (the level ends there).
        auto visit = [&](NodeId v, RelId r) {
            if (mine.seen(v)) return false;   // u itself too: a self-loop leads nowhere new
            if (f.ok_rel && !f.ok_rel(r)) return false;
            if (other.seen(v)) {
                meet = {u, v, r};
                return true;
            }
            if (f.ok_node && !f.ok_node(v)) return false;
            mine.mark(v, d, u, r);
            next.push_back(v);
            return false;
        };
        std::uint64_t looked = 0;
        if (mask.any()) {
            // Every type: the node's entries straight from the arrays (same order as its runs).
            auto scan = [&](TypedAdjacency::Span s) {
                looked += s.size;
                for (std::uint32_t i = 0; i < s.size; ++i)
                    if (visit(s.other[i], s.rel[i])) return true;
                return false;
            };
            bool met = dir != Expand::Dir::In && scan(g.all(u, true));
            if (!met && dir != Expand::Dir::Out) scan(g.all(u, false));
        } else {
            for_each_hop(g, u, dir, mask, [&](const Adjacent& a) {
                ++looked;
                if (meet.near == kNoNode) visit(a.other, a.rel);
            });
        }
        if (f.progress) f.progress(looked);
        if (meet.near != kNoNode) break;
    }
    frontier.swap(next);
    return meet;
}

// Work to expand a frontier: the sum of the degrees it would walk. Choosing the cheaper
// side (not the smaller one) matters when one end is a hub.
std::size_t expansion_cost(const TypedAdjacency& adj, const std::vector<NodeId>& frontier, Expand::Dir dir,
                           const TypeMask& mask) {
    std::size_t cost = 0;
    for (NodeId n : frontier) cost += hop_degree(adj, n, dir, mask);
    return cost;
}

// Walks parents from n back to the side's root; appends nodes/rels in walk order.
void walk_back(const Marks& m, NodeId n, std::vector<NodeId>& nodes, std::vector<RelId>& rels) {
    while (m.dist(n) > 0) {
        rels.push_back(m.parent_rel(n));
        n = m.parent_node(n);
        nodes.push_back(n);
    }
}

Path build_path(const Scratch& s, NodeId f_end, RelId middle, NodeId b_end) {
    Path p;
    std::size_t length = s.fwd.dist(f_end) + 1 + s.bwd.dist(b_end);
    p.nodes.reserve(length + 1);
    p.rels.reserve(length);
    p.nodes.push_back(f_end);
    walk_back(s.fwd, f_end, p.nodes, p.rels);
    std::reverse(p.nodes.begin(), p.nodes.end());
    std::reverse(p.rels.begin(), p.rels.end());
    p.rels.push_back(middle);
    p.nodes.push_back(b_end);
    walk_back(s.bwd, b_end, p.nodes, p.rels);
    return p;
}

}  // namespace

std::optional<Path> shortest_path(const Graph& g, NodeId from, NodeId to, const Expand& expand,
                                  std::uint32_t max_hops, NodeFilter ok_node, RelFilter ok_rel, Progress progress) {
    if (!g.node_alive(from) || !g.node_alive(to)) return std::nullopt;
    if (from == to) return Path{{from}, {}};
    Scratch& s = scratch();
    s.fwd.start(g.node_id_bound());
    s.bwd.start(g.node_id_bound());
    s.fwd.mark(from, 0, from, 0);
    s.bwd.mark(to, 0, to, 0);
    s.frontier_f.assign(1, from);
    s.frontier_b.assign(1, to);
    TypeMask mask(g, expand.types);
    auto snapshot = g.typed_adjacency();
    const TypedAdjacency& adj = *snapshot;
    const Filters filters{ok_node, ok_rel, progress};
    std::uint32_t depth_f = 0, depth_b = 0;
    // A side's cost is computed when it is compared, and again only after that side grew:
    // the level that finds the meeting never pays for costing its own frontier.
    std::optional<std::size_t> cost_f, cost_b;
    while (depth_f + depth_b < max_hops && !s.frontier_f.empty() && !s.frontier_b.empty()) {
        if (!cost_f) cost_f = expansion_cost(adj, s.frontier_f, expand.dir, mask);
        if (!cost_b) cost_b = expansion_cost(adj, s.frontier_b, reverse(expand.dir), mask);
        if (*cost_f <= *cost_b) {
            ++depth_f;
            Meeting m = expand_level(adj, s.frontier_f, s.next, s.fwd, s.bwd, expand.dir, mask, filters);
            if (m.near != kNoNode) return build_path(s, m.near, m.rel, m.far);
            cost_f.reset();
        } else {
            ++depth_b;
            Meeting m = expand_level(adj, s.frontier_b, s.next, s.bwd, s.fwd, reverse(expand.dir), mask, filters);
            if (m.near != kNoNode) return build_path(s, m.far, m.rel, m.near);
            cost_b.reset();
        }
    }
    return std::nullopt;
}

}  // namespace liverkg::graph

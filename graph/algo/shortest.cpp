// shortest_path: level-synchronous bidirectional BFS. Before each level the two
// visited sets are disjoint, so the first meeting found is a shortest path.
#include "graph/algo.hpp"
#include "graph/algo/hops.hpp"

namespace liverkg::graph {

using namespace algo;

namespace {

constexpr NodeId kNoNode = 0xFFFFFFFFu;

struct Meeting {
    std::uint32_t near = kNoNode;   // the place, in the expanding side's list, of the node met from
    NodeId far = kNoNode;           // the node met, already seen by the other side
    RelId rel = 0;
};

// What a search is asked to respect beside the type mask (graph/algo.hpp).
struct Filters {
    const NodeFilter& ok_node;
    const RelFilter& ok_rel;
    const Progress& progress;
};

// One side of the search. Its visited set is a bitmap (1 bit a node: both sides' bitmaps of
// a 47,000-node graph fit in 12 KB of L1, where the test for every relationship scanned
// lands); the nodes it visited are a list in visiting order, each with its parent's place
// in that list and the relationship that led to it, so marking a node writes only the
// bitmap and the end of the list (no per-node arrays touched at random), the levels are
// ranges of the list, and the next search clears exactly the bits it set.
class Side {
public:
    void start(NodeId root, NodeId bound) {
        for (const Visit& v : visited_) bits_[v.node >> 6] &= ~(std::uint64_t{1} << (v.node & 63));
        visited_.clear();
        std::size_t words = (std::size_t(bound) + 63) / 64;
        if (bits_.size() < words) bits_.resize(words, 0);
        mark(root, 0, 0);
        frontier_begin_ = 0;
    }
    bool seen(NodeId n) const { return (bits_[n >> 6] >> (n & 63)) & 1; }
    // parent: the place in the list of the node n was reached from.
    void mark(NodeId n, std::uint32_t parent, RelId rel) {
        bits_[n >> 6] |= std::uint64_t{1} << (n & 63);
        visited_.push_back({n, parent, rel});
    }
    // The frontier (the last level found) is the list's [frontier_begin(), visited_count()).
    std::size_t frontier_begin() const { return frontier_begin_; }
    std::size_t visited_count() const { return visited_.size(); }
    bool frontier_empty() const { return frontier_begin_ == visited_.size(); }
    void set_frontier_begin(std::size_t i) { frontier_begin_ = i; }
    NodeId at(std::size_t i) const { return visited_[i].node; }
    // The place of a node this side has seen (once per search, for the meeting node).
    std::uint32_t place_of(NodeId n) const {
        std::uint32_t i = 0;
        while (visited_[i].node != n) ++i;
        return i;
    }
    // Appends the path from the node at `place` back to the root (walk order) to nodes/rels.
    void walk_back(std::uint32_t place, std::vector<NodeId>& nodes, std::vector<RelId>& rels) const {
        while (place != 0) {
            rels.push_back(visited_[place].rel);
            place = visited_[place].parent;
            nodes.push_back(visited_[place].node);
        }
    }

private:
    struct Visit {
        NodeId node;
        std::uint32_t parent;
        RelId rel;
    };
    std::vector<std::uint64_t> bits_;
    std::vector<Visit> visited_;
    std::size_t frontier_begin_ = 0;
};

struct Sides {
    Side fwd, bwd;
};

Sides& sides() {
    thread_local Sides s;
    return s;
}

// Expands the current level of `mine`; returns the first meeting with `other`.
Meeting expand_level(const TypedAdjacency& g, Side& mine, const Side& other, Expand::Dir dir, const TypeMask& mask,
                     const Filters& f) {
    Meeting meet;
    // Nodes this level marks are appended after the frontier: they are the next one.
    std::size_t end = mine.visited_count();
    for (std::size_t at = mine.frontier_begin(); at < end; ++at) {
        NodeId u = mine.at(at);
        auto place = static_cast<std::uint32_t>(at);
        // One relationship u - v: true when it meets the other side (the level ends there).
        // rel() reads the relationship id only for a node that is taken.
        auto visit = [&](NodeId v, auto rel) {
            if (mine.seen(v)) return false;   // u itself too: a self-loop leads nowhere new
            if (f.ok_rel && !f.ok_rel(rel())) return false;
            if (other.seen(v)) {
                meet = {place, v, rel()};
                return true;
            }
            if (f.ok_node && !f.ok_node(v)) return false;
            mine.mark(v, place, rel());
            return false;
        };
        std::uint64_t looked = 0;
        if (mask.any()) {
            // Every type: the node's entries straight from the arrays (same order as its runs).
            auto scan = [&](TypedAdjacency::Span s) {
                looked += s.size;
                for (std::uint32_t i = 0; i < s.size; ++i)
                    if (visit(s.other[i], [&] { return s.rel[i]; })) return true;
                return false;
            };
            bool met = dir != Expand::Dir::In && scan(g.all(u, true));
            if (!met && dir != Expand::Dir::Out) scan(g.all(u, false));
        } else {
            for_each_hop(g, u, dir, mask, [&](const Adjacent& a) {
                ++looked;
                if (meet.near == kNoNode) visit(a.other, [&] { return a.rel; });
            });
        }
        if (f.progress) f.progress(looked);
        if (meet.near != kNoNode) break;
    }
    mine.set_frontier_begin(end);
    return meet;
}

// Work to expand a side's level: the sum of the degrees it would walk. Choosing the cheaper
// side (not the smaller one) matters when one end is a hub.
std::size_t expansion_cost(const TypedAdjacency& adj, const Side& side, Expand::Dir dir, const TypeMask& mask) {
    std::size_t cost = 0;
    for (std::size_t i = side.frontier_begin(); i < side.visited_count(); ++i)
        cost += hop_degree(adj, side.at(i), dir, mask);
    return cost;
}

// The path through a meeting: the forward side's node at f_place, the middle relationship,
// then the backward side's node at b_place. max_length: the depths the two sides reached,
// which bound the path's length.
Path build_path(const Sides& s, std::uint32_t f_place, RelId middle, std::uint32_t b_place, std::size_t max_length) {
    Path p;
    p.nodes.reserve(max_length + 1);
    p.rels.reserve(max_length);
    p.nodes.push_back(s.fwd.at(f_place));
    s.fwd.walk_back(f_place, p.nodes, p.rels);
    std::reverse(p.nodes.begin(), p.nodes.end());
    std::reverse(p.rels.begin(), p.rels.end());
    p.rels.push_back(middle);
    p.nodes.push_back(s.bwd.at(b_place));
    s.bwd.walk_back(b_place, p.nodes, p.rels);
    return p;
}

}  // namespace

std::optional<Path> shortest_path(const Graph& g, NodeId from, NodeId to, const Expand& expand,
                                  std::uint32_t max_hops, NodeFilter ok_node, RelFilter ok_rel, Progress progress) {
    if (!g.node_alive(from) || !g.node_alive(to)) return std::nullopt;
    if (from == to) return Path{{from}, {}};
    Sides& s = sides();
    s.fwd.start(from, g.node_id_bound());
    s.bwd.start(to, g.node_id_bound());
    TypeMask mask(g, expand.types);
    auto snapshot = g.typed_adjacency();
    const TypedAdjacency& adj = *snapshot;
    const Filters filters{ok_node, ok_rel, progress};
    std::uint32_t depth_f = 0, depth_b = 0;
    // A side's cost is computed when it is compared, and again only after that side grew:
    // the level that finds the meeting never pays for costing its own frontier.
    std::optional<std::size_t> cost_f, cost_b;
    while (depth_f + depth_b < max_hops && !s.fwd.frontier_empty() && !s.bwd.frontier_empty()) {
        if (!cost_f) cost_f = expansion_cost(adj, s.fwd, expand.dir, mask);
        if (!cost_b) cost_b = expansion_cost(adj, s.bwd, reverse(expand.dir), mask);
        if (*cost_f <= *cost_b) {
            ++depth_f;
            Meeting m = expand_level(adj, s.fwd, s.bwd, expand.dir, mask, filters);
            if (m.near != kNoNode) return build_path(s, m.near, m.rel, s.bwd.place_of(m.far), depth_f + depth_b);
            cost_f.reset();
        } else {
            ++depth_b;
            Meeting m = expand_level(adj, s.bwd, s.fwd, reverse(expand.dir), mask, filters);
            if (m.near != kNoNode) return build_path(s, s.fwd.place_of(m.far), m.rel, m.near, depth_f + depth_b);
            cost_b.reset();
        }
    }
    return std::nullopt;
}

}  // namespace liverkg::graph

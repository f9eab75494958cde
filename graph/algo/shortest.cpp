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

// One side of the search. Its visited set is a bitmap (1 bit a node: both sides' bitmaps of
// a 47,000-node graph fit in 12 KB of L1, where the test for every relationship scanned
// lands), each visited node's parent sits apart (written once, read only to build the
// path), and the nodes it visited are kept in visiting order: the levels are ranges of that
// list, and the next search clears their bits (no per-node stamps, no O(n) reset after a
// small search).
class Side {
public:
    void start(NodeId root, NodeId bound) {
        // Bit by bit when the last search was small; a search that visited more nodes than a
        // quarter of the bitmap's words is cleared faster whole (one memset).
        if (visited_.size() * 4 > bits_.size())
            std::fill(bits_.begin(), bits_.end(), 0);
        else
            for (NodeId n : visited_) bits_[n >> 6] &= ~(std::uint64_t{1} << (n & 63));
        visited_.clear();
        std::size_t words = (std::size_t(bound) + 63) / 64;
        if (bits_.size() < words) bits_.resize(words, 0);
        if (parents_.size() < bound) parents_.resize(bound);
        root_ = root;
        mark(root, root, 0);
        frontier_begin_ = 0;
    }
    bool seen(NodeId n) const { return (bits_[n >> 6] >> (n & 63)) & 1; }
    void mark(NodeId n, NodeId parent, RelId rel) {
        bits_[n >> 6] |= std::uint64_t{1} << (n & 63);
        parents_[n] = {parent, rel};
        visited_.push_back(n);
    }
    // The frontier (the last level found) is visited_[frontier_begin(), visited_count()).
    std::size_t frontier_begin() const { return frontier_begin_; }
    std::size_t visited_count() const { return visited_.size(); }
    bool frontier_empty() const { return frontier_begin_ == visited_.size(); }
    void set_frontier_begin(std::size_t i) { frontier_begin_ = i; }
    NodeId at(std::size_t i) const { return visited_[i]; }
    // Appends the path from n back to the root (walk order) to nodes/rels.
    void walk_back(NodeId n, std::vector<NodeId>& nodes, std::vector<RelId>& rels) const {
        while (n != root_) {
            rels.push_back(parents_[n].rel);
            n = parents_[n].node;
            nodes.push_back(n);
        }
    }

private:
    struct Parent {
        NodeId node = 0;
        RelId rel = 0;
    };
    std::vector<std::uint64_t> bits_;
    std::vector<Parent> parents_;
    std::vector<NodeId> visited_;
    NodeId root_ = 0;
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
        // One relationship u - v: true when it meets the other side (the level ends there).
        auto visit = [&](NodeId v, RelId r) {
            if (mine.seen(v)) return false;   // u itself too: a self-loop leads nowhere new
            if (f.ok_rel && !f.ok_rel(r)) return false;
            if (other.seen(v)) {
                meet = {u, v, r};
                return true;
            }
            if (f.ok_node && !f.ok_node(v)) return false;
            mine.mark(v, u, r);
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

// max_length: the depths the two sides reached, which bound the path's length.
Path build_path(const Sides& s, NodeId f_end, RelId middle, NodeId b_end, std::size_t max_length) {
    Path p;
    p.nodes.reserve(max_length + 1);
    p.rels.reserve(max_length);
    p.nodes.push_back(f_end);
    s.fwd.walk_back(f_end, p.nodes, p.rels);
    std::reverse(p.nodes.begin(), p.nodes.end());
    std::reverse(p.rels.begin(), p.rels.end());
    p.rels.push_back(middle);
    p.nodes.push_back(b_end);
    s.bwd.walk_back(b_end, p.nodes, p.rels);
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
            if (m.near != kNoNode) return build_path(s, m.near, m.rel, m.far, depth_f + depth_b);
            cost_f.reset();
        } else {
            ++depth_b;
            Meeting m = expand_level(adj, s.bwd, s.fwd, reverse(expand.dir), mask, filters);
            if (m.near != kNoNode) return build_path(s, m.far, m.rel, m.near, depth_f + depth_b);
            cost_b.reset();
        }
    }
    return std::nullopt;
}

}  // namespace liverkg::graph

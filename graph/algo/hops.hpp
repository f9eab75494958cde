#pragma once
// Shared helpers of the path algorithms: one hop in a direction with a type filter,
// and reusable per-thread scratch arrays stamped by generation (no clearing per search).
#include <algorithm>
#include <cstdint>
#include <vector>

#include "graph/algo.hpp"
#include "graph/typed_adjacency.hpp"

namespace liverkg::graph::algo {

// Type filter as a byte table indexed by TypeId (empty = every type passes).
class TypeMask {
public:
    TypeMask(const Graph& g, const std::vector<TypeId>& types) : any_(types.empty()) {
        if (any_) return;
        allowed_.assign(g.type_dictionary_size() + 1, 0);
        for (TypeId t : types)
            if (t < allowed_.size()) allowed_[t] = 1;
    }
    bool operator()(TypeId t) const { return any_ || (t < allowed_.size() && allowed_[t]); }
    bool any() const { return any_; }

private:
    bool any_;
    std::vector<std::uint8_t> allowed_;
};

inline Expand::Dir reverse(Expand::Dir d) {
    return d == Expand::Dir::Out ? Expand::Dir::In : d == Expand::Dir::In ? Expand::Dir::Out : d;
}

// Calls f(adjacent) for every hop from n in direction d whose type passes the mask.
template <class F>
[[gnu::always_inline]] inline void for_each_hop(const TypedAdjacency& adj, NodeId n, Expand::Dir d, const TypeMask& mask, F&& f) {
    if (d != Expand::Dir::In) adj.for_each(n, true, mask, f);
    if (d == Expand::Dir::In) adj.for_each(n, false, mask, f);
    if (d == Expand::Dir::Both)
        adj.for_each(n, false, mask, [&](const Adjacent& a) {
            if (a.other != n) f(a);   // a self-loop once, not twice
        });
}

// Work to expand n: the relationships a hop would walk.
inline std::size_t hop_degree(const TypedAdjacency& adj, NodeId n, Expand::Dir d, const TypeMask& mask) {
    return (d == Expand::Dir::In ? 0 : adj.degree(n, true, mask)) + (d == Expand::Dir::Out ? 0 : adj.degree(n, false, mask));
}

// Per-node marks valid for one search generation: reset is O(1). The stamps (tested
// for every relationship scanned) are a dense 4-byte array apart from the parent
// records (written once per visited node), so tests stay in cache.
class Marks {
public:
    void start(NodeId bound) {
        if (stamp_.size() < bound) {
            stamp_.resize(bound, 0);
            records_.resize(bound);
        }
        if (++generation_ == 0) {   // wrapped: clear once every 4 billion searches
            std::fill(stamp_.begin(), stamp_.end(), 0);
            generation_ = 1;
        }
    }
    bool seen(NodeId n) const { return stamp_[n] == generation_; }
    void mark(NodeId n, std::uint32_t dist, NodeId parent, RelId rel) {
        stamp_[n] = generation_;
        records_[n] = {dist, parent, rel};
    }
    std::uint32_t dist(NodeId n) const { return records_[n].dist; }
    NodeId parent_node(NodeId n) const { return records_[n].parent_node; }
    RelId parent_rel(NodeId n) const { return records_[n].parent_rel; }

private:
    struct Record {
        std::uint32_t dist = 0;
        NodeId parent_node = 0;
        RelId parent_rel = 0;
    };
    std::uint32_t generation_ = 0;
    std::vector<std::uint32_t> stamp_;
    std::vector<Record> records_;
};

// Visited flags only (4 bytes per node) for searches that need no parents.
class Stamps {
public:
    void start(NodeId bound) {
        if (stamp_.size() < bound) stamp_.resize(bound, 0);
        if (++generation_ == 0) {
            std::fill(stamp_.begin(), stamp_.end(), 0);
            generation_ = 1;
        }
    }
    bool seen(NodeId n) const { return stamp_[n] == generation_; }
    // Marks n; false when it was already marked in this generation.
    bool visit(NodeId n) {
        if (stamp_[n] == generation_) return false;
        stamp_[n] = generation_;
        return true;
    }

private:
    std::uint32_t generation_ = 0;
    std::vector<std::uint32_t> stamp_;
};

// Two mark sets (forward, backward) and frontiers, one per thread, reused by every search.
struct Scratch {
    Marks fwd, bwd;
    Stamps visited;
    std::vector<NodeId> frontier_f, frontier_b, next;
};

inline Scratch& scratch() {
    thread_local Scratch s;
    return s;
}

}  // namespace liverkg::graph::algo

#pragma once
// Shared helpers of the path algorithms: one hop in a direction with a type filter,
// and reusable per-thread scratch arrays stamped by generation (no clearing per search).
#include <algorithm>
#include <cstdint>
#include <vector>

#include "graph/algo.hpp"

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

private:
    bool any_;
    std::vector<std::uint8_t> allowed_;
};

inline Expand::Dir reverse(Expand::Dir d) {
    return d == Expand::Dir::Out ? Expand::Dir::In : d == Expand::Dir::In ? Expand::Dir::Out : d;
}

// Calls f(adjacent) for every hop from n in direction d whose type passes the mask.
template <class F>
inline void for_each_hop(const Graph& g, NodeId n, Expand::Dir d, const TypeMask& mask, F&& f) {
    if (d != Expand::Dir::In)
        for (const Adjacent& a : g.out(n))
            if (mask(a.type)) f(a);
    if (d != Expand::Dir::Out)
        for (const Adjacent& a : g.in(n))
            if (mask(a.type)) {
                if (d == Expand::Dir::Both && a.other == n) continue;   // a self-loop once, not twice
                f(a);
            }
}

// Per-node marks valid for one search generation: reset is O(1).
class Marks {
public:
    void start(NodeId bound) {
        if (stamp_.size() < bound) {
            stamp_.resize(bound, 0);
            dist_.resize(bound);
            parent_node_.resize(bound);
            parent_rel_.resize(bound);
        }
        if (++generation_ == 0) {   // wrapped: clear once every 4 billion searches
            std::fill(stamp_.begin(), stamp_.end(), 0);
            generation_ = 1;
        }
    }
    bool seen(NodeId n) const { return stamp_[n] == generation_; }
    void mark(NodeId n, std::uint32_t dist, NodeId parent, RelId rel) {
        stamp_[n] = generation_;
        dist_[n] = dist;
        parent_node_[n] = parent;
        parent_rel_[n] = rel;
    }
    std::uint32_t dist(NodeId n) const { return dist_[n]; }
    NodeId parent_node(NodeId n) const { return parent_node_[n]; }
    RelId parent_rel(NodeId n) const { return parent_rel_[n]; }

private:
    std::uint32_t generation_ = 0;
    std::vector<std::uint32_t> stamp_, dist_;
    std::vector<NodeId> parent_node_;
    std::vector<RelId> parent_rel_;
};

// Two mark sets (forward, backward) and frontiers, one per thread, reused by every search.
struct Scratch {
    Marks fwd, bwd;
    std::vector<NodeId> frontier_f, frontier_b, next;
};

inline Scratch& scratch() {
    thread_local Scratch s;
    return s;
}

}  // namespace liverkg::graph::algo

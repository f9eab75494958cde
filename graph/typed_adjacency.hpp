#pragma once
// TypedAdjacency: a read-only snapshot of the adjacency in CSR form, grouped by
// relationship type inside each node, for the path algorithms (graph/algo.hpp).
//
// Graph keeps each node's out/in lists in insertion order (what MATCH observes); a
// type-filtered search over them scans every entry. Here a node's entries of one type
// are one contiguous run and neighbour ids sit in their own 4-byte array, so a search
// touches only the bytes it needs. Graph::typed_adjacency() builds it on first use and
// again after any change.
#include <cstdint>
#include <memory>
#include <vector>

#include "graph/graph.hpp"

namespace liverkg::graph {

class TypedAdjacency {
public:
    explicit TypedAdjacency(const Graph& g);

    // Calls f(Adjacent) for each relationship of n on one side (out = starting at n),
    // run by run, skipping runs whose type fails `pass(type)`.
    template <class Pass, class F>
    [[gnu::always_inline]] void for_each(NodeId n, bool out, const Pass& pass, F&& f) const {
        const Side& s = out ? out_ : in_;
        if (n + 1 >= s.run_offset.size()) return;
        for (std::uint32_t run = s.run_offset[n]; run < s.run_offset[n + 1]; ++run) {
            TypeId t = s.run_type[run];
            if (!pass(t)) continue;
            for (std::uint32_t i = s.run_begin[run]; i < s.run_begin[run + 1]; ++i) f(Adjacent{s.rel[i], s.other[i], t});
        }
    }

    // The relationships of n on one side, every type, in the order for_each gives them: other
    // ends and relationship ids side by side (a search that needs no type reads only these).
    struct Span {
        const std::uint32_t* other = nullptr;
        const std::uint32_t* rel = nullptr;
        std::uint32_t size = 0;
    };
    Span all(NodeId n, bool out) const {
        const Side& s = out ? out_ : in_;
        if (n + 1 >= s.entry_offset.size()) return {};
        std::uint32_t b = s.entry_offset[n];
        return {s.other.data() + b, s.rel.data() + b, s.entry_offset[n + 1] - b};
    }

    // Whether some relationship of n on one side, of a type that passes, satisfies pred;
    // stops at the first one (bottom-up BFS asks "does any neighbour lie in the frontier?").
    template <class Pass, class Pred>
    bool any_of(NodeId n, bool out, const Pass& pass, Pred&& pred) const {
        const Side& s = out ? out_ : in_;
        if (n + 1 >= s.run_offset.size()) return false;
        for (std::uint32_t run = s.run_offset[n]; run < s.run_offset[n + 1]; ++run) {
            if (!pass(s.run_type[run])) continue;
            for (std::uint32_t i = s.run_begin[run]; i < s.run_begin[run + 1]; ++i)
                if (pred(s.other[i])) return true;
        }
        return false;
    }

    // Number of relationships of n on one side whose type passes.
    template <class Pass>
    std::size_t degree(NodeId n, bool out, const Pass& pass) const {
        const Side& s = out ? out_ : in_;
        if (n + 1 >= s.run_offset.size()) return 0;
        if constexpr (requires { pass.any(); })   // a filter that can say "every type" (algo::TypeMask)
            if (pass.any()) return s.entry_offset[n + 1] - s.entry_offset[n];
        std::size_t d = 0;
        for (std::uint32_t run = s.run_offset[n]; run < s.run_offset[n + 1]; ++run)
            if (pass(s.run_type[run])) d += s.run_begin[run + 1] - s.run_begin[run];
        return d;
    }

private:
    // A fixed-size array of 4-byte entries, left uninitialised on allocation.
    class Entries {
    public:
        Entries() = default;
        explicit Entries(std::size_t n) : data_(new std::uint32_t[n]), size_(n) {}
        std::uint32_t& operator[](std::size_t i) { return data_[i]; }
        std::uint32_t operator[](std::size_t i) const { return data_[i]; }
        std::size_t size() const { return size_; }
        const std::uint32_t* data() const { return data_.get(); }

    private:
        std::unique_ptr<std::uint32_t[]> data_;
        std::size_t size_ = 0;
    };

    struct Side {
        std::vector<std::uint32_t> entry_offset; // per node: its entries are [entry_offset[n], entry_offset[n+1])
        std::vector<std::uint32_t> run_offset;   // per node: its runs are [run_offset[n], run_offset[n+1])
        std::vector<TypeId> run_type;            // per run
        std::vector<std::uint32_t> run_begin;    // per run (+ sentinel): entries [run_begin[r], run_begin[r+1])
        Entries other;                           // per entry: the node at the other end
        Entries rel;                             // per entry: the relationship
    };
    static Side build(const Graph& g, bool out);

    Side out_, in_;
};

}  // namespace liverkg::graph

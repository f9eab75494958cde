#pragma once
// Path algorithms over Graph for the engine: shortest paths (bidirectional BFS),
// all shortest paths, and nodes reachable within a hop range.
#include <cstdint>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "graph/graph.hpp"

namespace liverkg::graph {

// How one hop may be taken: the direction relative to the walk and the allowed types.
struct Expand {
    enum class Dir { Out, In, Both } dir = Dir::Out;
    std::vector<TypeId> types;   // empty = any type
};

// A non-owning reference to a callable (lighter than std::function: no allocation).
// Default-constructed = null = "accept everything". Only pass it down, never store it.
template <class Sig>
class FunctionRef;

template <class R, class... A>
class FunctionRef<R(A...)> {
public:
    FunctionRef() = default;
    FunctionRef(std::nullptr_t) {}
    template <class F, class = std::enable_if_t<!std::is_same_v<std::decay_t<F>, FunctionRef>>>
    FunctionRef(F&& f)   // NOLINT: implicit on purpose, like std::function
        : object_(const_cast<void*>(static_cast<const void*>(&f))),
          call_([](void* o, A... a) -> R { return (*static_cast<std::remove_reference_t<F>*>(o))(a...); }) {}
    explicit operator bool() const { return call_ != nullptr; }
    R operator()(A... a) const { return call_(object_, a...); }

private:
    void* object_ = nullptr;
    R (*call_)(void*, A...) = nullptr;
};

using NodeFilter = FunctionRef<bool(NodeId)>;
using RelFilter = FunctionRef<bool(RelId)>;
// Told how many relationships a search has just looked at, node by node (a statement's
// step count and its cancellation check live there).
using Progress = FunctionRef<void(std::uint64_t)>;

// A shortest path from `from` to `to` of at most max_hops relationships, or nullopt.
// ok_node is asked about intermediate nodes only (not the two ends), ok_rel about every
// relationship, both during the search. from == to gives the zero-length path.
std::optional<Path> shortest_path(const Graph& g, NodeId from, NodeId to, const Expand& expand,
                                  std::uint32_t max_hops, NodeFilter ok_node = {}, RelFilter ok_rel = {},
                                  Progress progress = {});

// Every shortest path (same rules), in a deterministic order (adjacency order from `from`).
// Parallel relationships give distinct paths.
std::vector<Path> all_shortest_paths(const Graph& g, NodeId from, NodeId to, const Expand& expand,
                                     std::uint32_t max_hops, NodeFilter ok_node = {}, RelFilter ok_rel = {});

// Distinct nodes whose BFS distance from `from` lies in [max(1, min_hops), max_hops], in
// increasing id order. This is count(DISTINCT b) over (a)-[*min..max]-(b) when min_hops <= 1,
// except that `from` itself (reachable again only through a cycle) is never included.
std::vector<NodeId> reachable_within(const Graph& g, NodeId from, const Expand& expand, std::uint32_t min_hops,
                                     std::uint32_t max_hops);
// The same nodes in the order the BFS found them (by distance): for callers that only
// count them, which then skip the sort.
std::vector<NodeId> reachable_within_unordered(const Graph& g, NodeId from, const Expand& expand,
                                               std::uint32_t min_hops, std::uint32_t max_hops);

// BFS hop distance from `from` to every node (-1 when unreachable), by Boost.Graph's
// breadth_first_search over the graph/bgl.hpp view. Indexed by NodeId.
std::vector<std::int32_t> bfs_distances(const Graph& g, NodeId from, const Expand& expand);

}  // namespace liverkg::graph

#pragma once
// Boost.Graph adaptor: OutView presents a Graph, one direction and a type filter as an
// IncidenceGraph + VertexListGraph, so BGL algorithms (breadth_first_search, ...) run
// on the store without copying it. Vertices are node ids [0, node_id_bound()); dead ids
// have no edges. Edges are {rel, source, target} in the walk's direction.
#include <cstdint>
#include <utility>
#include <vector>

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>

#include "graph/algo.hpp"
#include "graph/graph.hpp"

namespace liverkg::graph {

struct OutView {
    const Graph& graph;
    Expand::Dir dir = Expand::Dir::Out;
    std::vector<std::uint8_t> allowed;   // by TypeId; empty = any type

    OutView(const Graph& g, const Expand& e) : graph(g), dir(e.dir) {
        if (e.types.empty()) return;
        allowed.assign(g.type_dictionary_size() + 1, 0);
        for (TypeId t : e.types)
            if (t < allowed.size()) allowed[t] = 1;
    }
    bool passes(TypeId t) const { return allowed.empty() || (t < allowed.size() && allowed[t]); }
};

struct ViewEdge {
    RelId rel = 0;
    NodeId source = 0;
    NodeId target = 0;
    bool operator==(const ViewEdge& o) const { return rel == o.rel && source == o.source; }
};

// Walks out(n) then in(n) (as the direction asks), skipping filtered types and, in
// Both, the second copy of a self-loop.
class ViewEdgeIterator : public boost::iterator_facade<ViewEdgeIterator, ViewEdge, boost::forward_traversal_tag, ViewEdge> {
public:
    ViewEdgeIterator() = default;
    ViewEdgeIterator(const OutView* v, NodeId n, std::size_t i) : view_(v), node_(n), index_(i) { settle(); }

private:
    friend class boost::iterator_core_access;
    std::size_t out_size() const { return view_->dir == Expand::Dir::In ? 0 : view_->graph.out(node_).size(); }
    std::size_t in_size() const { return view_->dir == Expand::Dir::Out ? 0 : view_->graph.in(node_).size(); }
    const Adjacent& at(std::size_t i) const {
        std::size_t o = out_size();
        return i < o ? view_->graph.out(node_)[i] : view_->graph.in(node_)[i - o];
    }
    bool skip(std::size_t i) const {
        const Adjacent& a = at(i);
        bool second_loop = view_->dir == Expand::Dir::Both && i >= out_size() && a.other == node_;
        return !view_->passes(a.type) || second_loop;
    }
    void settle() {
        std::size_t end = out_size() + in_size();
        while (index_ < end && skip(index_)) ++index_;
    }
    void increment() {
        ++index_;
        settle();
    }
    bool equal(const ViewEdgeIterator& o) const { return index_ == o.index_ && node_ == o.node_; }
    ViewEdge dereference() const { return {at(index_).rel, node_, at(index_).other}; }

    const OutView* view_ = nullptr;
    NodeId node_ = 0;
    std::size_t index_ = 0;
};

// ---- the BGL free functions, found by argument-dependent lookup
inline std::pair<ViewEdgeIterator, ViewEdgeIterator> out_edges(NodeId n, const OutView& v) {
    std::size_t end = (v.dir == Expand::Dir::In ? 0 : v.graph.out(n).size()) +
                      (v.dir == Expand::Dir::Out ? 0 : v.graph.in(n).size());
    return {ViewEdgeIterator(&v, n, 0), ViewEdgeIterator(&v, n, end)};
}
inline std::size_t out_degree(NodeId n, const OutView& v) {
    auto [b, e] = out_edges(n, v);
    return static_cast<std::size_t>(std::distance(b, e));
}
inline NodeId source(const ViewEdge& e, const OutView&) { return e.source; }
inline NodeId target(const ViewEdge& e, const OutView&) { return e.target; }
inline std::pair<boost::counting_iterator<NodeId>, boost::counting_iterator<NodeId>> vertices(const OutView& v) {
    return {boost::counting_iterator<NodeId>(0), boost::counting_iterator<NodeId>(v.graph.node_id_bound())};
}
inline std::size_t num_vertices(const OutView& v) { return v.graph.node_id_bound(); }

// Vertex index map: a node id is its own index.
inline boost::typed_identity_property_map<NodeId> get(boost::vertex_index_t, const OutView&) { return {}; }

}  // namespace liverkg::graph

namespace boost {

template <>
struct graph_traits<liverkg::graph::OutView> {
    struct traversal_category : incidence_graph_tag, vertex_list_graph_tag {};
    using vertex_descriptor = liverkg::graph::NodeId;
    using edge_descriptor = liverkg::graph::ViewEdge;
    using directed_category = directed_tag;
    using edge_parallel_category = allow_parallel_edge_tag;
    using out_edge_iterator = liverkg::graph::ViewEdgeIterator;
    using vertex_iterator = counting_iterator<liverkg::graph::NodeId>;
    using degree_size_type = std::size_t;
    using vertices_size_type = std::size_t;
    using edges_size_type = std::size_t;
    using in_edge_iterator = void;
    using adjacency_iterator = void;
    using edge_iterator = void;
    static vertex_descriptor null_vertex() { return 0xFFFFFFFFu; }
};

template <>
struct property_map<liverkg::graph::OutView, vertex_index_t> {
    using type = typed_identity_property_map<liverkg::graph::NodeId>;
    using const_type = type;
};

}  // namespace boost

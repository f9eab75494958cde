// Which nodes and relationships a DOT drawing shows: those a result holds, or the whole graph.
#include "formats/dot.hpp"

namespace liverkg::formats {
namespace {

void add_rel(const graph::Graph& g, graph::RelId r, DotSelection& s) {
    if (!g.rel_alive(r)) return;
    s.rels.insert(r);
    s.nodes.insert(g.rel_start(r));
    s.nodes.insert(g.rel_end(r));
}

void add_path(const graph::Graph& g, const graph::Path& p, DotSelection& s) {
    for (auto n : p.nodes)
        if (g.node_alive(n)) s.nodes.insert(n);
    for (std::size_t i = 0; i < p.rels.size(); ++i) {
        graph::RelId r = p.rels[i];
        add_rel(g, r, s);
        if (!g.rel_alive(r)) continue;
        s.path_rels.insert(r);
        if (g.rel_start(r) != p.nodes[i]) s.reversed.insert(r);
    }
    if (!p.nodes.empty()) {
        s.path_ends.insert(p.nodes.front());
        s.path_ends.insert(p.nodes.back());
        s.path_starts.insert(p.nodes.front());
        s.path_targets.insert(p.nodes.back());
        s.paths.push_back(p);
    }
}

void collect(const graph::Graph& g, const graph::Value& v, DotSelection& s) {
    switch (v.type()) {
    case graph::ValueType::Node:
        if (g.node_alive(v.as_node())) s.nodes.insert(v.as_node());
        break;
    case graph::ValueType::Rel: add_rel(g, v.as_rel(), s); break;
    case graph::ValueType::Path: add_path(g, v.as_path(), s); break;
    case graph::ValueType::List:
        for (const auto& x : v.as_list()) collect(g, x, s);
        break;
    case graph::ValueType::Map:
        for (const auto& [k, x] : v.as_map()) collect(g, x, s);
        break;
    default: break;
    }
}

}  // namespace

DotSelection select_result(const graph::Graph& g, const engine::ResultSet& result) {
    DotSelection s;
    for (const auto& row : result.rows)
        for (const auto& cell : row) collect(g, cell, s);
    return s;
}

DotSelection select_graph(const graph::Graph& g) {
    DotSelection s;
    for (graph::NodeId n = 0; n < g.node_id_bound(); ++n)
        if (g.node_alive(n)) s.nodes.insert(n);
    for (graph::RelId r = 0; r < g.rel_id_bound(); ++r)
        if (g.rel_alive(r)) s.rels.insert(r);
    return s;
}

}  // namespace liverkg::formats

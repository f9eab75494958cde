// Writing checked staging into the graph: nodes, then exact adjacency reservations,
// then relationships, so that no vector grows by doubling during a large load.
#include "graph/tsv/stage.hpp"

namespace liverkg::graph::tsv {

namespace {

// New nodes get everything; an existing node (same id, earlier load) keeps its values.
NodeId apply_node(Graph& g, StagedNode& n) {
    bool fresh = n.existing == kNone;
    NodeId id = fresh ? g.add_node() : n.existing;
    for (LabelId l : n.labels) g.add_label(id, l);
    for (auto& [k, v] : n.props)
        if (fresh || !g.node_property(id, k)) g.set_node_property(id, k, std::move(v));
    return id;
}

}  // namespace

TsvLoadReport apply_staging(Graph& g, Staging& s) {
    TsvLoadReport report;
    std::size_t rels = 0;
    for (const EdgeChunk& c : s.chunks) rels += c.edges.size();
    g.reserve(s.nodes.size(), rels);
    std::vector<NodeId> ids(s.nodes.size());
    for (std::size_t i = 0; i < s.nodes.size(); ++i) {
        report.nodes += s.nodes[i].existing == kNone;
        ids[i] = apply_node(g, s.nodes[i]);
    }
    s.nodes = {};
    auto node_of = [&](std::uint32_t end) { return end & kExistingNode ? end & ~kExistingNode : ids[end]; };
    std::vector<std::uint32_t> out_degree(ids.size()), in_degree(ids.size());
    for (const EdgeChunk& c : s.chunks)
        for (const StagedEdge& e : c.edges) {
            if (!(e.from & kExistingNode)) ++out_degree[e.from];
            if (!(e.to & kExistingNode)) ++in_degree[e.to];
        }
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (out_degree[i] || in_degree[i]) g.reserve_adjacency(ids[i], out_degree[i], in_degree[i]);
    for (EdgeChunk& c : s.chunks) {
        for (const StagedEdge& e : c.edges) {
            RelId r = g.add_rel(node_of(e.from), node_of(e.to), e.type);
            if (e.props != kNone)
                for (auto& [k, v] : c.props[e.props]) g.set_rel_property(r, k, std::move(v));
        }
        c = EdgeChunk{};
    }
    report.relationships = rels;
    report.warnings = std::move(s.warnings);
    if (s.warnings_dropped)
        report.warnings.push_back("... and " + std::to_string(s.warnings_dropped) + " more warnings");
    return report;
}

}  // namespace liverkg::graph::tsv

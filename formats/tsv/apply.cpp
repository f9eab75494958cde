// Writing checked staging into the graph: nodes one by one, then each chunk of
// relationships through Graph::add_rels (exact reservations, two threads).
#include "formats/tsv/stage.hpp"

namespace liverkg::formats::tsv {

namespace {

// New nodes get everything; an existing node (same id, earlier load) keeps its values.
NodeId apply_node(Graph& g, StagedNode& n) {
    bool fresh = n.existing == kNone;
    NodeId id = fresh ? g.add_node() : n.existing;
    for (LabelId l : n.labels) g.add_label(id, l);
    if (fresh) {
        g.set_new_node_properties(id, std::move(n.props));
        return id;
    }
    for (auto& [k, v] : n.props)
        if (!g.node_property(id, k)) g.set_node_property(id, k, std::move(v));
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
    // Map staged ends to node ids in place and reserve every adjacency list once, exactly,
    // for all chunks; then each chunk goes to add_rels as it is (no copy of 2 M edges).
    std::vector<std::uint32_t> out_degree(g.node_id_bound()), in_degree(g.node_id_bound());
    for (EdgeChunk& c : s.chunks)
        for (StagedEdge& e : c.edges) {
            e.from = node_of(e.from);
            e.to = node_of(e.to);
            ++out_degree[e.from];
            ++in_degree[e.to];
        }
    g.reserve_adjacency(out_degree, in_degree);
    for (EdgeChunk& c : s.chunks) {
        RelId first = g.add_rels(c.edges);
        c.edges = {};
        for (auto& [index, props] : c.props)
            for (auto& [k, v] : props) g.set_rel_property(first + index, k, std::move(v));
        c = EdgeChunk{};
    }
    report.relationships = rels;
    report.warnings = std::move(s.warnings);
    if (s.warnings_dropped)
        report.warnings.push_back("... and " + std::to_string(s.warnings_dropped) + " more warnings");
    return report;
}

}  // namespace liverkg::formats::tsv

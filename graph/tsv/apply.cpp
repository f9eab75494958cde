// Writing checked staging into the graph: nodes one by one, then each chunk of
// relationships through Graph::add_rels (exact reservations, two threads).
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
    // One batch for all chunks, so every adjacency list is reserved once, exactly. The
    // staged edges are released as they are copied, to keep the peak memory down.
    struct PropsAt {
        std::uint32_t offset, chunk, props;
    };
    std::vector<PropsAt> with_props;
    std::vector<NewRel> batch;
    batch.reserve(rels);
    for (std::uint32_t ci = 0; ci < s.chunks.size(); ++ci) {
        for (const StagedEdge& e : s.chunks[ci].edges) {
            if (e.props != kNone) with_props.push_back({static_cast<std::uint32_t>(batch.size()), ci, e.props});
            batch.push_back({node_of(e.from), node_of(e.to), e.type});
        }
        s.chunks[ci].edges = {};
    }
    RelId first = g.add_rels(batch);
    batch = {};
    for (const PropsAt& p : with_props)
        for (auto& [k, v] : s.chunks[p.chunk].props[p.props]) g.set_rel_property(first + p.offset, k, std::move(v));
    s.chunks.clear();
    report.relationships = rels;
    report.warnings = std::move(s.warnings);
    if (s.warnings_dropped)
        report.warnings.push_back("... and " + std::to_string(s.warnings_dropped) + " more warnings");
    return report;
}

}  // namespace liverkg::graph::tsv

// Building the snapshot: relationships sorted by type (counting sort), then scattered
// by node, so each node's entries come out grouped by type, by id within a type.
#include "graph/typed_adjacency.hpp"

namespace liverkg::graph {

namespace {

// Alive relationship ids ordered by (type, id).
std::vector<RelId> rels_by_type(const Graph& g) {
    std::vector<std::uint32_t> start(g.type_dictionary_size() + 1, 0);
    for (RelId r = 0; r < g.rel_id_bound(); ++r)
        if (g.rel_alive(r)) ++start[g.rel_type(r) + 1];
    for (std::size_t t = 1; t < start.size(); ++t) start[t] += start[t - 1];
    std::vector<RelId> order(start.back());
    for (RelId r = 0; r < g.rel_id_bound(); ++r)
        if (g.rel_alive(r)) order[start[g.rel_type(r)]++] = r;
    return order;
}

}  // namespace

TypedAdjacency::Side TypedAdjacency::build(const Graph& g, const std::vector<RelId>& by_type, bool out) {
    const NodeId nodes = g.node_id_bound();
    Side s;
    std::vector<std::uint32_t> next(nodes + 1, 0);   // per node: where its next entry goes
    for (RelId r : by_type) ++next[(out ? g.rel_start(r) : g.rel_end(r)) + 1];
    for (NodeId n = 1; n <= nodes; ++n) next[n] += next[n - 1];
    s.entry_offset.assign(next.begin(), next.end());
    const std::vector<std::uint32_t>& entry_begin = s.entry_offset;
    s.other.resize(by_type.size());
    s.rel.resize(by_type.size());
    std::vector<TypeId> type(by_type.size());
    for (RelId r : by_type) {
        NodeId here = out ? g.rel_start(r) : g.rel_end(r);
        std::uint32_t i = next[here]++;
        s.other[i] = out ? g.rel_end(r) : g.rel_start(r);
        s.rel[i] = r;
        type[i] = g.rel_type(r);
    }
    s.run_offset.resize(nodes + 1);
    for (NodeId n = 0; n < nodes; ++n) {
        s.run_offset[n] = static_cast<std::uint32_t>(s.run_type.size());
        for (std::uint32_t i = entry_begin[n]; i < entry_begin[n + 1]; ++i)
            if (i == entry_begin[n] || type[i] != type[i - 1]) {
                s.run_type.push_back(type[i]);
                s.run_begin.push_back(i);
            }
    }
    s.run_offset[nodes] = static_cast<std::uint32_t>(s.run_type.size());
    s.run_begin.push_back(static_cast<std::uint32_t>(by_type.size()));
    return s;
}

TypedAdjacency::TypedAdjacency(const Graph& g) {
    std::vector<RelId> order = rels_by_type(g);
    out_ = build(g, order, true);
    in_ = build(g, order, false);
}

}  // namespace liverkg::graph

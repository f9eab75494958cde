// Graph::restore_rels: a checkpoint's relationship columns put back in bulk (one exact
// allocation and one copy each) and the adjacency lists built from them. Storing the lists
// as built was tried (format 3 drafts): the file grew from 31 to 86 MB at Hetionet scale and
// mapping and copying the extra 55 MB cost more than this pass (docs/performance.md).
#include "base/error.hpp"
#include "graph/graph.hpp"
#include "graph/store/graph_impl.hpp"

namespace liverkg::graph {

using namespace store;

namespace {

[[noreturn]] void bad(const std::string& what) { raise(ErrorKind::EntityNotFound, "", what); }

// Out lists and in lists in relationship id order, each reserved once from the degrees.
void build_lists(std::vector<NodeRecord>& nodes, const RelColumns& c) {
    std::vector<std::uint32_t> out_degree(nodes.size()), in_degree(nodes.size());
    for (std::size_t r = 0; r < c.start.size(); ++r)
        if (c.alive[r]) {
            ++out_degree[c.start[r]];
            ++in_degree[c.end[r]];
        }
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        if (out_degree[n]) nodes[n].out.reserve(out_degree[n]);
        if (in_degree[n]) nodes[n].in.reserve(in_degree[n]);
    }
    for (std::size_t i = 0; i < c.start.size(); ++i) {
        if (!c.alive[i]) continue;
        auto r = static_cast<RelId>(i);
        nodes[c.start[i]].out.push_back({r, c.end[i], c.type[i]});
        nodes[c.end[i]].in.push_back({r, c.start[i], c.type[i]});
    }
}

}  // namespace

void Graph::restore_rels(const RelColumns& c) {
    Impl& m = *impl_;
    const std::size_t rels = c.start.size(), nodes = m.nodes.size(), types = m.types.size();
    if (!m.rels.start.empty()) bad("restore_rels needs a graph without relationships");
    if (c.end.size() != rels || c.type.size() != rels || c.alive.size() != rels) bad("relationship columns of unequal length");
    std::size_t alive = 0;
    for (std::size_t r = 0; r < rels; ++r) {
        if (c.start[r] >= nodes || c.end[r] >= nodes) bad("relationship " + std::to_string(r) + " ends at no node");
        if (c.type[r] >= types) bad("relationship " + std::to_string(r) + " has no type");
        alive += c.alive[r] != 0;
    }
    RelTable& t = m.rels;
    t.start.assign(c.start.begin(), c.start.end());
    t.end.assign(c.end.begin(), c.end.end());
    t.type.assign(c.type.begin(), c.type.end());
    t.alive.assign(c.alive.begin(), c.alive.end());
    if (m.type_counts.size() < types) m.type_counts.resize(types, 0);
    for (std::size_t r = 0; r < rels; ++r) m.type_counts[c.type[r]] += c.alive[r] != 0;
    m.alive_rels = alive;
    build_lists(m.nodes, c);
}

}  // namespace liverkg::graph

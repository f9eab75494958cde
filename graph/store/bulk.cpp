// Graph::add_rels and Graph::reserve_adjacency: the loader's path for millions of
// relationships. Everything is checked first; then each side of the adjacency is
// reserved exactly and filled by a thread of its own, the relationship columns split
// between the two. On a virtual machine most of this phase is the first touch of fresh
// memory (the kernel zeroes each page, the hypervisor backs it), which the two threads
// also share.
#include "base/error.hpp"
#include "base/run_both.hpp"
#include "graph/graph.hpp"
#include "graph/store/graph_impl.hpp"

namespace liverkg::graph {

using namespace store;

namespace {

constexpr std::size_t kParallelRels = 1u << 16;   // below this a second thread costs more than it saves

using Side = std::vector<Adjacent> NodeRecord::*;

void reserve_side(std::vector<NodeRecord>& nodes, Side side, std::span<const std::uint32_t> degree) {
    for (std::size_t n = 0; n < degree.size() && n < nodes.size(); ++n)
        if (degree[n]) (nodes[n].*side).reserve((nodes[n].*side).size() + degree[n]);
}

}  // namespace

void Graph::reserve_adjacency(std::span<const std::uint32_t> out_degree, std::span<const std::uint32_t> in_degree) {
    std::vector<NodeRecord>& nodes = impl_->nodes;
    run_both(worth_two_threads(nodes.size() * 4, kParallelRels), [&] { reserve_side(nodes, &NodeRecord::out, out_degree); },
         [&] { reserve_side(nodes, &NodeRecord::in, in_degree); });
}

RelId Graph::add_rels(std::span<const NewRel> batch) {
    Impl& m = *impl_;
    auto alive = [&](NodeId n) { return n < m.nodes.size() && m.nodes[n].alive; };
    for (const NewRel& e : batch) {
        for (NodeId n : {e.from, e.to})
            if (!alive(n)) raise(ErrorKind::EntityNotFound, "", "node " + std::to_string(n) + " does not exist");
        if (e.type >= m.types.size())
            raise(ErrorKind::EntityNotFound, "", "relationship type " + std::to_string(e.type) + " does not exist");
    }
    RelTable& t = m.rels;
    const auto first = static_cast<RelId>(t.start.size());
    // Everything that allocates comes first (the columns, then each side's lists counted and
    // reserved exactly), so a failure (out of memory) leaves the graph as it was; the fills
    // after it cannot fail.
    reserve(0, batch.size());
    if (m.in_tx) m.undo.reserve(m.undo.size() + batch.size());
    auto reserve_lists = [&](Side side, bool out) {
        std::vector<std::uint32_t> degree(m.nodes.size());
        for (const NewRel& e : batch) ++degree[out ? e.from : e.to];
        reserve_side(m.nodes, side, degree);
    };
    bool parallel = worth_two_threads(batch.size(), kParallelRels);
    run_both(parallel, [&] { reserve_lists(&NodeRecord::out, true); }, [&] { reserve_lists(&NodeRecord::in, false); });
    // Each side is its own set of vectors, and so is each column: two threads fill them.
    run_both(
        parallel,
        [&] {
            for (const NewRel& e : batch) {
                t.start.push_back(e.from);
                t.end.push_back(e.to);
            }
            for (std::size_t i = 0; i < batch.size(); ++i)
                m.nodes[batch[i].from].out.push_back({first + static_cast<RelId>(i), batch[i].to, batch[i].type});
        },
        [&] {
            for (const NewRel& e : batch) {
                t.type.push_back(e.type);
                t.alive.push_back(1);
                ++m.type_counts[e.type];
            }
            for (std::size_t i = 0; i < batch.size(); ++i)
                m.nodes[batch[i].to].in.push_back({first + static_cast<RelId>(i), batch[i].from, batch[i].type});
        });
    m.alive_rels += batch.size();
    for (std::size_t i = 0; i < batch.size(); ++i) m.record(UndoOp::AddRel, first + static_cast<RelId>(i));
    return first;
}

}  // namespace liverkg::graph

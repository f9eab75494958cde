// Graph::add_rels: the loader's path for millions of relationships. Checks everything
// first, reserves every adjacency list exactly, then fills the out lists and the in
// lists (independent vectors) on two threads.
#include <thread>

#include "base/error.hpp"
#include "graph/graph.hpp"
#include "graph/store/graph_impl.hpp"

namespace liverkg::graph {

using namespace store;

namespace {

constexpr std::size_t kParallelRels = 1u << 16;   // below this a second thread costs more than it saves

}  // namespace

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
    reserve(0, batch.size());
    std::vector<std::uint32_t> out_degree(m.nodes.size()), in_degree(m.nodes.size());
    for (const NewRel& e : batch) {
        t.start.push_back(e.from);
        t.end.push_back(e.to);
        t.type.push_back(e.type);
        t.alive.push_back(1);
        ++out_degree[e.from];
        ++in_degree[e.to];
        ++m.type_counts[e.type];
    }
    for (std::size_t n = 0; n < m.nodes.size(); ++n)
        if (out_degree[n] || in_degree[n]) reserve_adjacency(static_cast<NodeId>(n), out_degree[n], in_degree[n]);
    auto fill_out = [&] {
        for (std::size_t i = 0; i < batch.size(); ++i)
            m.nodes[batch[i].from].out.push_back({first + static_cast<RelId>(i), batch[i].to, batch[i].type});
    };
    auto fill_in = [&] {
        for (std::size_t i = 0; i < batch.size(); ++i)
            m.nodes[batch[i].to].in.push_back({first + static_cast<RelId>(i), batch[i].from, batch[i].type});
    };
    if (batch.size() >= kParallelRels && std::thread::hardware_concurrency() > 1) {
        std::thread in_lists(fill_in);
        fill_out();
        in_lists.join();
    } else {
        fill_out();
        fill_in();
    }
    m.alive_rels += batch.size();
    for (std::size_t i = 0; i < batch.size(); ++i) m.record(UndoOp::AddRel, first + static_cast<RelId>(i));
    return first;
}

}  // namespace liverkg::graph

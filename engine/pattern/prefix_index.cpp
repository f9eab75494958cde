#include "engine/pattern/prefix_index.hpp"

#include <algorithm>

namespace liverkg::engine {

PrefixIndex::PrefixIndex(const graph::Graph& g, graph::KeyId key) {
    for (graph::NodeId n = 0; n < g.node_id_bound(); ++n) {
        if (!g.node_alive(n)) continue;
        const graph::Value* v = g.node_property(n, key);
        if (v && v->is_string()) entries_.emplace_back(v->as_string(), n);
    }
    std::sort(entries_.begin(), entries_.end());
}

std::vector<graph::NodeId> PrefixIndex::with_prefix(std::string_view prefix) const {
    std::vector<graph::NodeId> out;
    auto it = std::lower_bound(entries_.begin(), entries_.end(), prefix,
                               [](const auto& e, std::string_view p) { return e.first < p; });
    for (; it != entries_.end() && it->first.substr(0, prefix.size()) == prefix; ++it) out.push_back(it->second);
    std::sort(out.begin(), out.end());   // id order, like the other scans
    return out;
}

const PrefixIndex& IndexCache::prefix_index(const graph::Graph& g, graph::KeyId key) {
    if (version_ != g.change_count()) {   // not version(): it stands still inside a transaction
        indexes_.clear();
        version_ = g.change_count();
    }
    auto it = indexes_.find(key);
    if (it == indexes_.end()) it = indexes_.emplace(key, PrefixIndex(g, key)).first;
    return it->second;
}

}  // namespace liverkg::engine

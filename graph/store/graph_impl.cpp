// Raw mutations of Graph::Impl: they keep adjacency, label and property indexes and
// counts consistent, and never log. See graph_impl.hpp.
#include "graph/store/graph_impl.hpp"

#include <algorithm>

namespace liverkg::graph {

using namespace store;

namespace {

void sorted_insert(std::vector<NodeId>& v, NodeId n) {
    if (v.empty() || v.back() < n) {
        v.push_back(n);   // the common case: the newest node
        return;
    }
    v.insert(std::lower_bound(v.begin(), v.end(), n), n);
}

void sorted_erase(std::vector<NodeId>& v, NodeId n) {
    auto it = std::lower_bound(v.begin(), v.end(), n);
    if (it != v.end() && *it == n) v.erase(it);
}

// Sets or removes (null) key k in a sorted property list; returns the old value.
Value set_in_list(PropertyList& props, KeyId k, Value v) {
    auto it = std::lower_bound(props.begin(), props.end(), k,
                               [](const auto& p, KeyId key) { return p.first < key; });
    bool found = it != props.end() && it->first == k;
    Value old = found ? it->second : Value{};
    if (v.is_null()) {
        if (found) props.erase(it);
    } else if (found) {
        it->second = std::move(v);
    } else {
        props.insert(it, {k, std::move(v)});
    }
    return old;
}

std::uint32_t position_of(const std::vector<Adjacent>& adj, RelId r) {
    auto it = std::find_if(adj.begin(), adj.end(), [r](const Adjacent& a) { return a.rel == r; });
    return static_cast<std::uint32_t>(it - adj.begin());
}

}  // namespace

const Value* store::find_property(const PropertyList& props, KeyId k) {
    auto it = std::lower_bound(props.begin(), props.end(), k,
                               [](const auto& p, KeyId key) { return p.first < key; });
    return it != props.end() && it->first == k ? &it->second : nullptr;
}

StringIndex* Graph::Impl::index_for(KeyId k) {
    for (auto& [key, index] : property_indexes)
        if (key == k) return &index;
    return nullptr;
}

const StringIndex* Graph::Impl::index_for(KeyId k) const {
    return const_cast<Impl*>(this)->index_for(k);
}

void Graph::Impl::index_insert(KeyId k, const Value& v, NodeId n) {
    if (!v.is_string()) return;
    if (StringIndex* index = index_for(k)) index->insert(v.as_string(), n);
}

void Graph::Impl::index_erase(KeyId k, const Value& v, NodeId n) {
    if (!v.is_string()) return;
    if (StringIndex* index = index_for(k)) index->erase(v.as_string(), n);
}

void Graph::Impl::raw_add_label(NodeId n, LabelId l) {
    auto& ls = nodes[n].labels;
    ls.insert(std::lower_bound(ls.begin(), ls.end(), l), l);
    if (label_index.size() <= l) label_index.resize(l + 1);
    sorted_insert(label_index[l], n);
    if (label_bits.size() <= l) label_bits.resize(l + 1);
    auto& bits = label_bits[l];
    if (bits.size() <= n / 64) bits.resize(std::max<std::size_t>(n / 64 + 1, nodes.size() / 64 + 1), 0);
    bits[n / 64] |= std::uint64_t{1} << (n % 64);
}

void Graph::Impl::raw_remove_label(NodeId n, LabelId l) {
    auto& ls = nodes[n].labels;
    auto it = std::lower_bound(ls.begin(), ls.end(), l);
    if (it != ls.end() && *it == l) ls.erase(it);
    sorted_erase(label_index[l], n);
    label_bits[l][n / 64] &= ~(std::uint64_t{1} << (n % 64));
}

Value Graph::Impl::raw_set_node_prop(NodeId n, KeyId k, Value v) {
    Value old = set_in_list(nodes[n].props, k, std::move(v));
    if (index_for(k)) {
        index_erase(k, old, n);
        if (const Value* now = find_property(nodes[n].props, k)) index_insert(k, *now, n);
    }
    return old;
}

Value Graph::Impl::raw_set_rel_prop(RelId r, KeyId k, Value v) {
    auto it = rels.props.find(r);
    if (it == rels.props.end()) {
        if (v.is_null()) return Value{};
        it = rels.props.emplace(r, PropertyList{}).first;
    }
    Value old = set_in_list(it->second, k, std::move(v));
    if (it->second.empty()) rels.props.erase(it);
    return old;
}

std::pair<std::uint32_t, std::uint32_t> Graph::Impl::raw_detach(RelId r) {
    auto& out = nodes[rels.start[r]].out;
    auto& in = nodes[rels.end[r]].in;
    std::uint32_t op = position_of(out, r);
    out.erase(out.begin() + op);
    std::uint32_t ip = position_of(in, r);
    in.erase(in.begin() + ip);
    rels.alive[r] = 0;
    --type_counts[rels.type[r]];
    --alive_rels;
    return {op, ip};
}

void Graph::Impl::raw_attach(RelId r, std::uint32_t out_pos, std::uint32_t in_pos) {
    NodeId s = rels.start[r], e = rels.end[r];
    TypeId t = rels.type[r];
    auto& out = nodes[s].out;
    out.insert(out.begin() + out_pos, Adjacent{r, e, t});
    auto& in = nodes[e].in;
    in.insert(in.begin() + in_pos, Adjacent{r, s, t});
    rels.alive[r] = 1;
    ++type_counts[t];
    ++alive_rels;
}

// Undoes the newest add_rel: its adjacency entries are the last ones of both lists.
void Graph::Impl::raw_pop_rel() {
    RelId r = static_cast<RelId>(rels.start.size() - 1);
    if (rels.alive[r]) {
        nodes[rels.start[r]].out.pop_back();
        nodes[rels.end[r]].in.pop_back();
        --type_counts[rels.type[r]];
        --alive_rels;
    }
    rels.props.erase(r);
    rels.start.pop_back();
    rels.end.pop_back();
    rels.type.pop_back();
    rels.alive.pop_back();
}

void Graph::Impl::undo_one(const UndoEntry& e) {
    switch (e.op) {
    case UndoOp::AddNode:
        nodes.pop_back();
        --alive_nodes;
        break;
    case UndoOp::RemoveNode:
        nodes[e.id].alive = true;
        ++alive_nodes;
        break;
    case UndoOp::AddLabel: raw_remove_label(e.id, e.a); break;
    case UndoOp::RemoveLabel: raw_add_label(e.id, e.a); break;
    case UndoOp::AddRel: raw_pop_rel(); break;
    case UndoOp::RemoveRel: raw_attach(e.id, e.a, e.b); break;
    case UndoOp::SetNodeProp: raw_set_node_prop(e.id, e.a, e.old); break;
    case UndoOp::SetRelProp: raw_set_rel_prop(e.id, e.a, e.old); break;
    }
}

}  // namespace liverkg::graph

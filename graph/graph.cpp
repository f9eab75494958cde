// Graph's public members: precondition checks, then a raw mutation (store/graph_impl.cpp)
// whose inverse is logged for rollback.
#include "graph/graph.hpp"

#include <algorithm>

#include "base/error.hpp"
#include "graph/store/graph_impl.hpp"
#include "graph/typed_adjacency.hpp"

namespace liverkg::graph {

using namespace store;

namespace {

const PropertyList kNoProperties;

[[noreturn]] void missing(const char* what, std::uint32_t id) {
    raise(ErrorKind::EntityNotFound, "", std::string(what) + " " + std::to_string(id) + " does not exist");
}

}  // namespace

Graph::Graph() : impl_(std::make_unique<Impl>()) {}
Graph::~Graph() = default;
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;

// ---- dictionaries

LabelId Graph::intern_label(std::string_view name) { return impl_->labels.intern(name); }
TypeId Graph::intern_type(std::string_view name) {
    TypeId t = impl_->types.intern(name);
    if (impl_->type_counts.size() <= t) impl_->type_counts.resize(t + 1, 0);
    return t;
}
KeyId Graph::intern_key(std::string_view name) {
    auto known = impl_->keys.find(name);
    KeyId k = impl_->keys.intern(name);
    // `id` and `name` are what users look nodes up by: index them from the start.
    if (!known && (name == "id" || name == "name")) impl_->property_indexes.emplace_back(k, StringIndex{});
    return k;
}
std::optional<LabelId> Graph::find_label(std::string_view name) const { return impl_->labels.find(name); }
std::optional<TypeId> Graph::find_type(std::string_view name) const { return impl_->types.find(name); }
std::optional<KeyId> Graph::find_key(std::string_view name) const { return impl_->keys.find(name); }
const std::string& Graph::label_name(LabelId id) const { return impl_->labels.name(id); }
const std::string& Graph::type_name(TypeId id) const { return impl_->types.name(id); }
const std::string& Graph::key_name(KeyId id) const { return impl_->keys.name(id); }
std::size_t Graph::label_dictionary_size() const { return impl_->labels.size(); }
std::size_t Graph::type_dictionary_size() const { return impl_->types.size(); }
std::size_t Graph::key_dictionary_size() const { return impl_->keys.size(); }

// ---- nodes

NodeId Graph::add_node() {
    auto n = static_cast<NodeId>(impl_->nodes.size());
    impl_->nodes.emplace_back();
    ++impl_->alive_nodes;
    impl_->record(UndoOp::AddNode, n);
    return n;
}

void Graph::remove_node(NodeId n) {
    if (!node_alive(n)) missing("node", n);
    NodeRecord& rec = impl_->nodes[n];
    if (!rec.out.empty() || !rec.in.empty())
        raise(ErrorKind::ConstraintVerificationFailed, "DeleteConnectedNode",
              "Cannot delete node " + std::to_string(n) + ", because it still has relationships");
    // Labels and properties go one by one so that each is logged and indexes follow.
    while (!rec.labels.empty()) remove_label(n, rec.labels.back());
    while (!rec.props.empty()) set_node_property(n, rec.props.back().first, Value{});
    rec.alive = false;
    --impl_->alive_nodes;
    impl_->record(UndoOp::RemoveNode, n);
}

bool Graph::node_alive(NodeId n) const { return n < impl_->nodes.size() && impl_->nodes[n].alive; }
NodeId Graph::node_id_bound() const { return static_cast<NodeId>(impl_->nodes.size()); }
std::span<const LabelId> Graph::labels(NodeId n) const { return impl_->nodes.at(n).labels; }

bool Graph::has_label(NodeId n, LabelId l) const {
    if (n >= impl_->nodes.size()) missing("node", n);
    if (l >= impl_->label_bits.size()) return false;
    const auto& bits = impl_->label_bits[l];
    return n / 64 < bits.size() && (bits[n / 64] >> (n % 64)) & 1;
}

bool Graph::add_label(NodeId n, LabelId l) {
    if (!node_alive(n)) missing("node", n);
    if (l >= impl_->labels.size()) missing("label", l);
    if (has_label(n, l)) return false;
    impl_->raw_add_label(n, l);
    impl_->record(UndoOp::AddLabel, n, l);
    return true;
}

bool Graph::remove_label(NodeId n, LabelId l) {
    if (!node_alive(n)) missing("node", n);
    if (!has_label(n, l)) return false;
    impl_->raw_remove_label(n, l);
    impl_->record(UndoOp::RemoveLabel, n, l);
    return true;
}

std::span<const NodeId> Graph::nodes_with_label(LabelId l) const {
    if (l >= impl_->label_index.size()) return {};
    return impl_->label_index[l];
}

std::size_t Graph::nodes_with_label_count(LabelId l) const { return nodes_with_label(l).size(); }

// ---- relationships

RelId Graph::add_rel(NodeId from, NodeId to, TypeId type) {
    if (!node_alive(from)) missing("node", from);
    if (!node_alive(to)) missing("node", to);
    if (type >= impl_->types.size()) missing("relationship type", type);
    RelTable& rels = impl_->rels;
    auto r = static_cast<RelId>(rels.start.size());
    rels.start.push_back(from);
    rels.end.push_back(to);
    rels.type.push_back(type);
    rels.alive.push_back(1);
    impl_->nodes[from].out.push_back({r, to, type});
    impl_->nodes[to].in.push_back({r, from, type});
    ++impl_->type_counts[type];
    ++impl_->alive_rels;
    impl_->record(UndoOp::AddRel, r);
    return r;
}

void Graph::remove_rel(RelId r) {
    if (!rel_alive(r)) missing("relationship", r);
    auto it = impl_->rels.props.find(r);
    while (it != impl_->rels.props.end()) {   // clear properties first: each clear is logged
        set_rel_property(r, it->second.back().first, Value{});
        it = impl_->rels.props.find(r);
    }
    auto [out_pos, in_pos] = impl_->raw_detach(r);
    impl_->record(UndoOp::RemoveRel, r, out_pos, in_pos);
}

bool Graph::rel_alive(RelId r) const { return r < impl_->rels.alive.size() && impl_->rels.alive[r]; }
RelId Graph::rel_id_bound() const { return static_cast<RelId>(impl_->rels.start.size()); }
NodeId Graph::rel_start(RelId r) const { return impl_->rels.start.at(r); }
NodeId Graph::rel_end(RelId r) const { return impl_->rels.end.at(r); }
TypeId Graph::rel_type(RelId r) const { return impl_->rels.type.at(r); }
std::span<const Adjacent> Graph::out(NodeId n) const { return impl_->nodes.at(n).out; }
std::span<const Adjacent> Graph::in(NodeId n) const { return impl_->nodes.at(n).in; }

std::size_t Graph::rels_with_type(TypeId t) const {
    return t < impl_->type_counts.size() ? impl_->type_counts[t] : 0;
}

// ---- properties

const Value* Graph::node_property(NodeId n, KeyId k) const {
    return find_property(impl_->nodes.at(n).props, k);
}

const PropertyList& Graph::node_properties(NodeId n) const { return impl_->nodes.at(n).props; }

bool Graph::set_node_property(NodeId n, KeyId k, Value v) {
    if (!node_alive(n)) missing("node", n);
    if (k >= impl_->keys.size()) missing("property key", k);
    const Value* now = node_property(n, k);
    if (now ? same_value(*now, v) : v.is_null()) return false;
    Value old = impl_->raw_set_node_prop(n, k, std::move(v));
    impl_->record(UndoOp::SetNodeProp, n, k, 0, std::move(old));
    return true;
}

void Graph::set_new_node_properties(NodeId n, PropertyList props) {
    if (!node_alive(n)) missing("node", n);
    NodeRecord& rec = impl_->nodes[n];
    if (!rec.props.empty()) {   // not new after all: the general path keeps the log right
        for (auto& [k, v] : props) set_node_property(n, k, std::move(v));
        return;
    }
    for (const auto& [k, v] : props)
        if (k >= impl_->keys.size()) missing("property key", k);
    // Sorted by key; for a repeated key the last value stays (stable sort, keep the last).
    std::stable_sort(props.begin(), props.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    PropertyList kept;
    kept.reserve(props.size());
    for (std::size_t i = 0; i < props.size(); ++i) {
        bool superseded = i + 1 < props.size() && props[i + 1].first == props[i].first;
        if (!superseded && !props[i].second.is_null()) kept.push_back(std::move(props[i]));
    }
    rec.props = std::move(kept);
    for (const auto& [k, v] : rec.props) {
        impl_->index_insert(k, v, n);
        impl_->record(UndoOp::SetNodeProp, n, k, 0, Value{});
    }
}

const Value* Graph::rel_property(RelId r, KeyId k) const {
    auto it = impl_->rels.props.find(r);
    return it == impl_->rels.props.end() ? nullptr : find_property(it->second, k);
}

const PropertyList& Graph::rel_properties(RelId r) const {
    auto it = impl_->rels.props.find(r);
    return it == impl_->rels.props.end() ? kNoProperties : it->second;
}

bool Graph::set_rel_property(RelId r, KeyId k, Value v) {
    if (!rel_alive(r)) missing("relationship", r);
    if (k >= impl_->keys.size()) missing("property key", k);
    const Value* now = rel_property(r, k);
    if (now ? same_value(*now, v) : v.is_null()) return false;
    Value old = impl_->raw_set_rel_prop(r, k, std::move(v));
    impl_->record(UndoOp::SetRelProp, r, k, 0, std::move(old));
    return true;
}

// ---- index

bool Graph::is_indexed(KeyId k) const { return impl_->index_for(k) != nullptr; }

std::span<const NodeId> Graph::nodes_with_property(KeyId k, std::string_view value) const {
    const StringIndex* index = impl_->index_for(k);
    return index ? index->find(value) : std::span<const NodeId>{};
}

GraphCounts Graph::counts() const { return {impl_->alive_nodes, impl_->alive_rels}; }

void Graph::reserve(std::size_t nodes, std::size_t rels) {
    impl_->nodes.reserve(impl_->nodes.size() + nodes);
    // Most nodes have an id and a name: size the equality indexes once instead of rehashing
    // them again and again while a bulk load fills them.
    for (auto& [key, index] : impl_->property_indexes) index.reserve(index.size() + nodes);
    RelTable& t = impl_->rels;
    std::size_t want = t.start.size() + rels;
    t.start.reserve(want);
    t.end.reserve(want);
    t.type.reserve(want);
    t.alive.reserve(want);
}

std::shared_ptr<const TypedAdjacency> Graph::typed_adjacency() const {
    std::lock_guard lock(impl_->snapshot_mutex);
    if (!impl_->snapshot || impl_->snapshot_changes != impl_->changes) {
        impl_->snapshot = std::make_shared<const TypedAdjacency>(*this);
        impl_->snapshot_changes = impl_->changes;
    }
    return impl_->snapshot;
}

// ---- transactions

void Graph::begin() {
    if (impl_->in_tx) {
        impl_->savepoints.push_back(impl_->undo.size());
        return;
    }
    impl_->in_tx = true;
    impl_->undo.clear();
}

void Graph::commit() {
    if (!impl_->savepoints.empty()) {   // an inner commit keeps its changes in the outer log
        impl_->savepoints.pop_back();
        return;
    }
    if (!impl_->undo.empty()) ++impl_->version;
    impl_->undo.clear();
    impl_->in_tx = false;
}

void Graph::rollback() {
    if (!impl_->savepoints.empty()) {
        std::size_t mark = impl_->savepoints.back();
        impl_->savepoints.pop_back();
        while (impl_->undo.size() > mark) {
            impl_->undo_one(impl_->undo.back());
            impl_->undo.pop_back();
        }
        ++impl_->changes;
        return;
    }
    for (auto it = impl_->undo.rbegin(); it != impl_->undo.rend(); ++it) impl_->undo_one(*it);
    ++impl_->changes;
    impl_->undo.clear();
    impl_->in_tx = false;
}

bool Graph::in_transaction() const { return impl_->in_tx; }

std::size_t Graph::transaction_depth() const {
    return impl_->in_tx ? impl_->savepoints.size() + 1 : 0;
}

// The undo log names what changed; the values are read now, at commit time. Replaying the
// changes in order with these values gives the same graph: a key set several times holds
// its final value from the first set on, which later sets only repeat.
static_assert(static_cast<int>(ChangeKind::SetRelProperty) == static_cast<int>(UndoOp::SetRelProp) &&
              static_cast<int>(ChangeKind::AddRel) == static_cast<int>(UndoOp::AddRel));

std::vector<Change> Graph::pending_changes() const {
    std::vector<Change> out;
    out.reserve(impl_->undo.size());
    for (const UndoEntry& e : impl_->undo) {
        Change c{static_cast<ChangeKind>(e.op), e.id, 0, 0, 0, Value{}};
        switch (e.op) {
        case UndoOp::AddLabel:
        case UndoOp::RemoveLabel: c.what = e.a; break;
        case UndoOp::AddRel:
            c.what = impl_->rels.type[e.id];
            c.from = impl_->rels.start[e.id];
            c.to = impl_->rels.end[e.id];
            break;
        case UndoOp::SetNodeProp:
            c.what = e.a;
            if (const Value* v = find_property(impl_->nodes[e.id].props, e.a)) c.value = *v;
            break;
        case UndoOp::SetRelProp:
            c.what = e.a;
            if (const Value* v = rel_property(e.id, e.a)) c.value = *v;
            break;
        default: break;
        }
        out.push_back(std::move(c));
    }
    return out;
}
std::uint64_t Graph::version() const { return impl_->version; }
std::uint64_t Graph::change_count() const { return impl_->changes; }

}  // namespace liverkg::graph

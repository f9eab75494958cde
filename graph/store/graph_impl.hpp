#pragma once
// The private state of Graph (pimpl) and its raw, unlogged mutations.
// Public Graph members check preconditions, call a raw mutation and log its inverse;
// rollback replays inverses through the same raw mutations, so indexes stay in step.
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "graph/graph.hpp"
#include "graph/store/dictionary.hpp"
#include "graph/store/string_index.hpp"

namespace liverkg::graph {

namespace store {

struct NodeRecord {
    std::vector<LabelId> labels;   // sorted
    PropertyList props;            // sorted by key
    std::vector<Adjacent> out;
    std::vector<Adjacent> in;
    bool alive = true;
};

// Column-wise relationship table: 13 bytes per relationship, properties live aside.
struct RelTable {
    std::vector<NodeId> start;
    std::vector<NodeId> end;
    std::vector<TypeId> type;
    std::vector<std::uint8_t> alive;
    std::unordered_map<RelId, PropertyList> props;   // only relationships that have some
};

// Same order as ChangeKind (graph.hpp), which pending_changes() converts to.
enum class UndoOp : std::uint8_t { AddNode, RemoveNode, AddLabel, RemoveLabel, AddRel, RemoveRel, SetNodeProp, SetRelProp };

// One logged mutation. a/b: label, key, or adjacency positions; old: previous property value.
struct UndoEntry {
    UndoEntry(UndoOp o, std::uint32_t i, std::uint32_t x = 0, std::uint32_t y = 0, Value v = {})
        : op(o), id(i), a(x), b(y), old(std::move(v)) {}
    UndoOp op;
    std::uint32_t id;
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    Value old;
};

const Value* find_property(const PropertyList& props, KeyId k);   // nullptr when absent

}  // namespace store

struct Graph::Impl {
    store::Dictionary labels, types, keys;
    std::vector<store::NodeRecord> nodes;
    store::RelTable rels;
    std::vector<std::vector<NodeId>> label_index;   // by LabelId, sorted
    // By LabelId: one bit per node id. has_label asks it for every candidate node of a
    // match; a few KB per label stay in cache where the node records would not.
    std::vector<std::vector<std::uint64_t>> label_bits;
    std::vector<std::size_t> type_counts;           // by TypeId
    std::vector<std::pair<KeyId, store::StringIndex>> property_indexes;   // `id`, `name`
    std::size_t alive_nodes = 0;
    std::size_t alive_rels = 0;
    bool in_tx = false;
    std::vector<store::UndoEntry> undo;
    // Nested begin(): the undo log's length at each inner begin, so an inner rollback
    // (a failed statement inside an explicit transaction) undoes only its own changes.
    std::vector<std::size_t> savepoints;
    std::uint64_t version = 0;
    std::uint64_t changes = 0;   // every mutation and undo, transaction or not
    mutable std::mutex snapshot_mutex;
    mutable std::shared_ptr<const TypedAdjacency> snapshot;
    mutable std::uint64_t snapshot_changes = 0;

    // Logs inside a transaction; outside, the change is committed at once.
    template <class... Args>
    void record(Args&&... args) {
        ++changes;
        if (in_tx)
            undo.emplace_back(std::forward<Args>(args)...);
        else
            ++version;
    }

    store::StringIndex* index_for(KeyId k);
    const store::StringIndex* index_for(KeyId k) const;
    void index_insert(KeyId k, const Value& v, NodeId n);
    void index_erase(KeyId k, const Value& v, NodeId n);

    void raw_add_label(NodeId n, LabelId l);
    void raw_remove_label(NodeId n, LabelId l);
    Value raw_set_node_prop(NodeId n, KeyId k, Value v);   // returns the old value (null = absent)
    Value raw_set_rel_prop(RelId r, KeyId k, Value v);
    std::pair<std::uint32_t, std::uint32_t> raw_detach(RelId r);   // positions in out/in
    void raw_attach(RelId r, std::uint32_t out_pos, std::uint32_t in_pos);
    void raw_pop_rel();
    void undo_one(const store::UndoEntry& e);
};

}  // namespace liverkg::graph

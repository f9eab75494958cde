#pragma once
// Graph: liverkg's typed property graph store.
//
// Node labels, relationship types and property keys are interned as small
// integers. Node and relationship ids are stable for the life of the graph:
// a deleted id is never reused. Every mutation can be recorded in an undo log,
// so a statement or a load that fails is rolled back and leaves the graph as
// it was (begin / commit / rollback).
//
// The store knows nothing of query text. Algorithms that walk the graph
// (graph/algo.hpp) use Boost.Graph through the adaptor in graph/bgl.hpp.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/value.hpp"

namespace liverkg::graph {

using LabelId = std::uint32_t;
using TypeId = std::uint32_t;
using KeyId = std::uint32_t;

// One entry of a node's adjacency: the relationship, the node at its other end
// and its type (kept here so that type filters never touch the relationship table).
struct Adjacent {
    RelId rel;
    NodeId other;
    TypeId type;
};

using PropertyList = std::vector<std::pair<KeyId, Value>>;  // sorted by KeyId

class TypedAdjacency;   // graph/typed_adjacency.hpp

// One change of a transaction, as storage/ logs it for redo. The kinds mirror the graph's
// mutations; ids are those of the graph that made the change.
enum class ChangeKind : std::uint8_t { AddNode, RemoveNode, AddLabel, RemoveLabel, AddRel, RemoveRel, SetNodeProperty, SetRelProperty };
struct Change {
    ChangeKind kind;
    std::uint32_t id;          // the node (or relationship for *Rel*)
    std::uint32_t what = 0;    // label, relationship type (AddRel) or property key
    NodeId from = 0, to = 0;   // AddRel
    Value value;               // Set*Property: the value at commit time (null: removed)
};

// One relationship of a bulk insertion (Graph::add_rels).
struct NewRel {
    NodeId from;
    NodeId to;
    TypeId type;
};

// The relationships of a whole graph as columns (storage/'s checkpoint holds them so;
// Graph::restore_rels).
struct RelColumns {
    std::span<const NodeId> start, end;
    std::span<const TypeId> type;
    std::span<const std::uint8_t> alive;
};

struct GraphCounts {
    std::size_t nodes = 0;
    std::size_t relationships = 0;
};

class Graph {
public:
    Graph();
    ~Graph();
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;
    Graph(Graph&&) noexcept;
    Graph& operator=(Graph&&) noexcept;

    // ---- dictionaries (interning never fails; find_* answer nullopt for unknown names)
    LabelId intern_label(std::string_view name);
    TypeId intern_type(std::string_view name);
    KeyId intern_key(std::string_view name);
    std::optional<LabelId> find_label(std::string_view name) const;
    std::optional<TypeId> find_type(std::string_view name) const;
    std::optional<KeyId> find_key(std::string_view name) const;
    const std::string& label_name(LabelId id) const;
    const std::string& type_name(TypeId id) const;
    const std::string& key_name(KeyId id) const;
    std::size_t label_dictionary_size() const;
    std::size_t type_dictionary_size() const;
    std::size_t key_dictionary_size() const;

    // ---- nodes
    NodeId add_node();
    // Precondition: the node has no relationships (DETACH first).
    void remove_node(NodeId n);
    bool node_alive(NodeId n) const;
    NodeId node_id_bound() const;   // every node id is < this; iterate and skip !node_alive
    std::span<const LabelId> labels(NodeId n) const;   // sorted
    bool has_label(NodeId n, LabelId l) const;
    bool add_label(NodeId n, LabelId l);      // false when it was already there
    bool remove_label(NodeId n, LabelId l);   // false when it was not there
    // Alive nodes carrying label l, in increasing id order.
    std::span<const NodeId> nodes_with_label(LabelId l) const;

    // ---- relationships
    RelId add_rel(NodeId from, NodeId to, TypeId type);
    // Same as add_rel for each, in order (consecutive ids; returns the first), all or none:
    // every end and type is checked first. For loaders: adjacency is reserved exactly.
    RelId add_rels(std::span<const NewRel> rels);
    void remove_rel(RelId r);
    // For storage: every relationship of a graph that has its nodes and no relationships
    // yet: the columns copied in bulk and checked (ends, types; ErrorException otherwise, the
    // graph then unusable), the adjacency lists built from them in id order (the order the
    // graph keeps them in), each reserved exactly. Not logged. It touches only the
    // relationship table and the adjacency lists, so it may run on one thread while another
    // gives the same nodes labels and properties.
    void restore_rels(const RelColumns& columns);
    bool rel_alive(RelId r) const;
    RelId rel_id_bound() const;
    NodeId rel_start(RelId r) const;
    NodeId rel_end(RelId r) const;
    TypeId rel_type(RelId r) const;
    std::span<const Adjacent> out(NodeId n) const;   // relationships starting at n
    std::span<const Adjacent> in(NodeId n) const;    // relationships ending at n
    std::size_t rels_with_type(TypeId t) const;      // count of alive relationships of type t
    std::size_t nodes_with_label_count(LabelId l) const;

    // ---- properties (a null Value is never stored: setting null removes the key)
    const Value* node_property(NodeId n, KeyId k) const;   // nullptr when absent
    const PropertyList& node_properties(NodeId n) const;
    bool set_node_property(NodeId n, KeyId k, Value v);    // false when nothing changed
    // For loaders: gives a node without properties all of its properties at once (nulls
    // are dropped; of two values for one key the later wins). Same effect as setting them
    // one by one, without growing the property list and re-searching it for each.
    void set_new_node_properties(NodeId n, PropertyList props);
    const Value* rel_property(RelId r, KeyId k) const;
    const PropertyList& rel_properties(RelId r) const;
    bool set_rel_property(RelId r, KeyId k, Value v);

    // ---- equality index on string values of the `id` and `name` properties
    bool is_indexed(KeyId k) const;
    // Alive nodes whose indexed property k is the string `value`, in increasing id order.
    // The span is valid until the graph next changes.
    std::span<const NodeId> nodes_with_property(KeyId k, std::string_view value) const;

    GraphCounts counts() const;

    // ---- bulk loading hints (no observable effect beyond speed and memory)
    void reserve(std::size_t nodes, std::size_t rels);
    // Makes room, for every node n, for out_degree[n] more outgoing and in_degree[n] more
    // incoming relationships (the two sides on two threads when the counts are large).
    void reserve_adjacency(std::span<const std::uint32_t> out_degree, std::span<const std::uint32_t> in_degree);

    // ---- for the path algorithms: a type-grouped CSR copy of the adjacency
    // (graph/typed_adjacency.hpp), built on first use and rebuilt after any change.
    std::shared_ptr<const TypedAdjacency> typed_adjacency() const;

    // ---- atomicity: mutations between begin() and commit()/rollback() are logged;
    // rollback() undoes them in reverse order. A begin() inside a transaction opens a
    // savepoint: its rollback() undoes the changes since that begin() only, its commit()
    // leaves them to the enclosing transaction.
    void begin();
    void commit();
    void rollback();
    bool in_transaction() const;
    std::size_t transaction_depth() const;   // 0 outside, 1 + open savepoints inside
    // The changes of the open transaction so far, in order, as a redo log (storage/ writes
    // them to its write-ahead log before the outermost commit).
    std::vector<Change> pending_changes() const;
    // Monotonic counter bumped by every committed change (the REPL's "unsaved changes").
    std::uint64_t version() const;
    // Monotonic counter bumped by every change and every undo, committed or not: what a
    // cache of derived data must follow (inside an explicit transaction version() stands still).
    std::uint64_t change_count() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace liverkg::graph

// Updating clauses: CREATE, MERGE, SET, REMOVE, DELETE / DETACH DELETE.
#include <algorithm>

#include "engine/clauses/ops.hpp"
#include "engine/pattern/pattern.hpp"
#include "engine/clauses/update.hpp"

namespace liverkg::engine {

using graph::NodeId;
using graph::RelId;

// ---------------------------------------------------------------- property writes

void check_property_value(const Value& v) {
    auto bad = [&](const char* what) {
        raise(ErrorKind::TypeError, "InvalidPropertyType",
              std::string("a property value cannot be a ") + what);
    };
    if (v.is_map()) bad("Map");
    if (v.is_node() || v.is_rel() || v.is_path()) bad(type_name(v));
    if (!v.is_list()) return;
    std::optional<graph::ValueType> kind;
    for (const Value& x : v.as_list()) {
        if (x.is_list() || x.is_map() || x.is_node() || x.is_rel() || x.is_path()) bad("nested collection");
        if (x.is_null()) bad("list holding null");
        if (kind && *kind != x.type()) bad("list mixing element types");
        kind = x.type();
    }
}

void write_property(ExecContext& ex, const Value& target, const std::string& key, const Value& v) {
    if (target.is_null()) return;
    if (!target.is_node() && !target.is_rel())
        raise(ErrorKind::TypeError, "InvalidArgumentType",
              std::string("cannot set a property on a ") + type_name(target));
    check_property_value(v);
    graph::KeyId k = ex.g.intern_key(key);
    bool node = target.is_node();
    bool alive = node ? ex.g.node_alive(target.as_node()) : ex.g.rel_alive(target.as_rel());
    if (!alive) raise(ErrorKind::EntityNotFound, "DeletedEntityAccess", "cannot set a property on a deleted entity");
    bool had = node ? ex.g.node_property(target.as_node(), k) != nullptr : ex.g.rel_property(target.as_rel(), k) != nullptr;
    node ? ex.g.set_node_property(target.as_node(), k, v) : ex.g.set_rel_property(target.as_rel(), k, v);
    if (v.is_null()) {
        if (had) ++ex.stats.properties_removed;
    } else {
        ++ex.stats.properties_set;
    }
}

namespace {

graph::Map properties_as_map(ExecContext& ex, const Value& v) {
    if (v.is_map()) return v.as_map();
    graph::Map out;
    const auto& props = v.is_node() ? ex.g.node_properties(v.as_node()) : ex.g.rel_properties(v.as_rel());
    for (const auto& [k, x] : props) out[ex.g.key_name(k)] = x;
    return out;
}

void replace_properties(ExecContext& ex, const Value& target, const Value& source, bool merge) {
    if (target.is_null()) return;
    if (!source.is_null() && !source.is_map() && !source.is_node() && !source.is_rel())
        raise(ErrorKind::TypeError, "InvalidArgumentType",
              std::string("SET = / += expects a Map, got ") + type_name(source));
    graph::Map incoming = source.is_null() ? graph::Map{} : properties_as_map(ex, source);
    if (!merge) {
        graph::Map current = properties_as_map(ex, target);
        for (const auto& [k, x] : current)
            if (!incoming.count(k)) write_property(ex, target, k, Value());
    }
    for (const auto& [k, x] : incoming) write_property(ex, target, k, x);
}

}  // namespace

CompiledSetItem compile_set_item(CompileState& st, const ast::SetItem& item) {
    ExprCompiler ec(st.scope, st.g, st.params);
    CompiledSetItem c;
    c.kind = item.kind;
    auto variable = [&](const std::string& name) {
        const Scope::Var* v = st.scope.find(name);
        if (!v) compile_error("UndefinedVariable", "variable `" + name + "` not defined", item.pos);
        return v->slot;
    };
    switch (item.kind) {
    case ast::SetItem::Kind::Property:
        c.target = ec.compile(*item.target->args[0]);
        c.key = item.target->name;
        c.value = ec.compile(*item.value);
        break;
    case ast::SetItem::Kind::Replace:
    case ast::SetItem::Kind::Merge:
        c.slot = variable(item.variable);
        c.value = ec.compile(*item.value);
        break;
    case ast::SetItem::Kind::Labels:
        c.slot = variable(item.variable);
        c.labels = item.labels;
        break;
    }
    return c;
}

void apply_set_item(ExecContext& ex, Row& row, const CompiledSetItem& item) {
    EvalCtx c{ex, row};
    switch (item.kind) {
    case ast::SetItem::Kind::Property: {
        Value target = item.target(c);
        write_property(ex, target, item.key, item.value(c));
        break;
    }
    case ast::SetItem::Kind::Replace:
    case ast::SetItem::Kind::Merge:
        replace_properties(ex, row[item.slot], item.value(c), item.kind == ast::SetItem::Kind::Merge);
        break;
    case ast::SetItem::Kind::Labels: {
        const Value& n = row[item.slot];
        if (n.is_null()) break;
        if (!n.is_node()) raise(ErrorKind::TypeError, "InvalidArgumentType", "labels can only be set on nodes");
        for (const auto& l : item.labels)
            if (ex.g.add_label(n.as_node(), ex.g.intern_label(l))) ++ex.stats.labels_added;
        break;
    }
    }
}

namespace {

class SetOp : public Operator {
public:
    std::vector<CompiledSetItem> items;
    void run(ExecContext& ex, std::vector<Row>& rows) override {
        for (Row& r : rows)
            for (const auto& item : items) apply_set_item(ex, r, item);
    }
    std::string describe() const override { return "SetProperties (" + std::to_string(items.size()) + " items)"; }
};

struct CompiledRemoveItem {
    ast::RemoveItem::Kind kind;
    CompiledExpr target;
    std::string key;
    std::size_t slot = 0;
    std::vector<std::string> labels;
};

class RemoveOp : public Operator {
public:
    std::vector<CompiledRemoveItem> items;
    void run(ExecContext& ex, std::vector<Row>& rows) override {
        for (Row& r : rows) {
            EvalCtx c{ex, r};
            for (const auto& item : items) {
                if (item.kind == ast::RemoveItem::Kind::Property) {
                    write_property(ex, item.target(c), item.key, Value());
                    continue;
                }
                const Value& n = r[item.slot];
                if (n.is_null()) continue;
                if (!n.is_node()) raise(ErrorKind::TypeError, "InvalidArgumentType", "labels belong to nodes");
                for (const auto& l : item.labels) {
                    auto id = ex.g.find_label(l);
                    if (id && ex.g.remove_label(n.as_node(), *id)) ++ex.stats.labels_removed;
                }
            }
        }
    }
    std::string describe() const override { return "Remove (" + std::to_string(items.size()) + " items)"; }
};

class DeleteOp : public Operator {
public:
    bool detach = false;
    std::vector<CompiledExpr> targets;

    void run(ExecContext& ex, std::vector<Row>& rows) override {
        std::vector<NodeId> nodes;
        std::vector<RelId> rels;
        for (Row& r : rows) {
            EvalCtx c{ex, r};
            for (const auto& t : targets) collect(t(c), nodes, rels);
        }
        for (RelId rel : rels) delete_rel(ex, rel);
        for (NodeId n : nodes) {
            if (!ex.g.node_alive(n)) continue;
            if (detach) {
                while (!ex.g.out(n).empty()) delete_rel(ex, ex.g.out(n).front().rel);
                while (!ex.g.in(n).empty()) delete_rel(ex, ex.g.in(n).front().rel);
            }
            ex.g.remove_node(n);
            ++ex.stats.nodes_deleted;
        }
    }

    std::string describe() const override { return detach ? "DetachDelete" : "Delete"; }

private:
    static void delete_rel(ExecContext& ex, RelId r) {
        if (!ex.g.rel_alive(r)) return;
        ex.g.remove_rel(r);
        ++ex.stats.relationships_deleted;
    }

    static void collect(const Value& v, std::vector<NodeId>& nodes, std::vector<RelId>& rels) {
        if (v.is_null()) return;
        if (v.is_node()) nodes.push_back(v.as_node());
        else if (v.is_rel()) rels.push_back(v.as_rel());
        else if (v.is_path()) {
            rels.insert(rels.end(), v.as_path().rels.begin(), v.as_path().rels.end());
            nodes.insert(nodes.end(), v.as_path().nodes.begin(), v.as_path().nodes.end());
        } else if (v.is_list()) {
            for (const Value& x : v.as_list()) collect(x, nodes, rels);
        } else {
            raise(ErrorKind::TypeError, "InvalidArgumentType",
                  std::string("DELETE expects a node, relationship or path, got ") + type_name(v));
        }
    }
};

}  // namespace

void compile_set(CompileState& st, const ast::SetClause& s) {
    auto op = std::make_unique<SetOp>();
    for (const auto& item : s.items) op->items.push_back(compile_set_item(st, item));
    st.ops.push_back(std::move(op));
}

void compile_remove(CompileState& st, const ast::RemoveClause& r) {
    auto op = std::make_unique<RemoveOp>();
    ExprCompiler ec(st.scope, st.g, st.params);
    for (const auto& item : r.items) {
        CompiledRemoveItem c;
        c.kind = item.kind;
        if (item.kind == ast::RemoveItem::Kind::Property) {
            c.target = ec.compile(*item.target->args[0]);
            c.key = item.target->name;
        } else {
            const Scope::Var* v = st.scope.find(item.variable);
            if (!v) compile_error("UndefinedVariable", "variable `" + item.variable + "` not defined", item.pos);
            c.slot = v->slot;
            c.labels = item.labels;
        }
        op->items.push_back(std::move(c));
    }
    st.ops.push_back(std::move(op));
}

void compile_delete(CompileState& st, const ast::DeleteClause& d) {
    auto op = std::make_unique<DeleteOp>();
    op->detach = d.detach;
    ExprCompiler ec(st.scope, st.g, st.params);
    for (const auto& e : d.expressions) {
        if (e->kind == ast::ExprKind::Literal || e->kind == ast::ExprKind::Map ||
            e->kind == ast::ExprKind::Binary || e->kind == ast::ExprKind::Unary)
            compile_error("InvalidArgumentType", "DELETE expects a node, relationship or path", e->pos);
        if (e->kind == ast::ExprKind::HasLabels)
            compile_error("InvalidDelete", "DELETE expects a node, relationship or path, not a label predicate", e->pos);
        op->targets.push_back(ec.compile(*e));
    }
    st.ops.push_back(std::move(op));
}

}  // namespace liverkg::engine

// List comprehensions, quantifiers, reduce, map projections and pattern predicates:
// the expressions that bind a variable of their own or read the graph's structure.
#include "engine/expr/expr.hpp"

namespace liverkg::engine {

using graph::List;
using graph::Map;

namespace {

// Binds `name` to a fresh slot for the duration of compiling a sub-expression.
class LocalVariable {
public:
    LocalVariable(Scope& scope, const std::string& name, VarKind kind = VarKind::Value) : scope_(scope), name_(name) {
        slot_ = scope.add(name, kind);
    }
    ~LocalVariable() { scope_.remove(name_); }
    std::size_t slot() const { return slot_; }

private:
    Scope& scope_;
    std::string name_;
    std::size_t slot_;
};

const List& list_argument(const Value& v, const char* what) {
    if (!v.is_list())
        raise(ErrorKind::TypeError, "InvalidArgumentType", std::string(what) + " expects a List, got " + type_name(v));
    return v.as_list();
}

// What every element of a list literal is known to be (Value when they differ or are unknown):
// the kind of a variable iterating over it, so `x % 2` over ['a', 'b'] fails before running.
VarKind element_kind(const ast::Expr& list, const Scope& scope) {
    if (list.kind != ast::ExprKind::List || list.args.empty()) return VarKind::Value;
    VarKind k = static_kind(*list.args[0], scope);
    for (const auto& a : list.args)
        if (static_kind(*a, scope) != k) return VarKind::Value;
    return k;
}

// Rows are sized when a clause starts; local variables may need a wider row.
void ensure_width(Row& row, std::size_t slot) {
    if (row.size() <= slot) row.resize(slot + 1);
}

}  // namespace

CompiledExpr ExprCompiler::compile_comprehension(const ast::Expr& e) {
    auto source = compile(*e.args[0]);
    LocalVariable local(scope_, e.name, element_kind(*e.args[0], scope_));
    CompiledExpr where = e.args.size() > 1 && e.args[1] ? compile(*e.args[1]) : nullptr;
    CompiledExpr map = e.args.size() > 2 && e.args[2] ? compile(*e.args[2]) : nullptr;
    std::size_t slot = local.slot();
    return [source, where, map, slot](EvalCtx& c) -> Value {
        Value src = source(c);
        if (src.is_null()) return src;
        const List& items = list_argument(src, "a list comprehension");
        ensure_width(c.row, slot);
        List out;
        for (const Value& x : items) {
            c.ex.poll();
            c.row[slot] = x;
            if (where && !is_true(where(c))) continue;
            out.push_back(map ? map(c) : x);
            check_nesting(out.back());
        }
        return out;
    };
}

CompiledExpr ExprCompiler::compile_quantifier(const ast::Expr& e) {
    auto source = compile(*e.args[0]);
    LocalVariable local(scope_, e.name, element_kind(*e.args[0], scope_));
    CompiledExpr pred = e.args.size() > 1 && e.args[1] ? compile(*e.args[1]) : nullptr;
    if (!pred) compile_error("UnexpectedSyntax", "a quantifier needs a WHERE predicate", e.pos);
    std::size_t slot = local.slot();
    ast::Quantifier q = e.quantifier;
    return [source, pred, slot, q](EvalCtx& c) -> Value {
        Value src = source(c);
        if (src.is_null()) return src;
        const List& items = list_argument(src, "a quantifier");
        ensure_width(c.row, slot);
        std::size_t trues = 0, nulls = 0;
        for (const Value& x : items) {
            c.ex.poll();
            c.row[slot] = x;
            Value r = pred(c);
            if (r.is_null()) ++nulls;
            else if (is_true(r)) ++trues;
            else if (q == ast::Quantifier::All) return false;
            if (q == ast::Quantifier::Any && trues) return true;
            if (q == ast::Quantifier::None && trues) return false;
            if (q == ast::Quantifier::Single && trues > 1) return false;
        }
        switch (q) {
        case ast::Quantifier::Any: return nulls ? Value() : Value(false);
        case ast::Quantifier::All: return nulls ? Value() : Value(true);
        case ast::Quantifier::None: return nulls ? Value() : Value(true);
        case ast::Quantifier::Single: return nulls ? Value() : Value(trues == 1);
        }
        return Value();
    };
}

CompiledExpr ExprCompiler::compile_reduce(const ast::Expr& e) {
    // reduce(acc = init, x IN list | expr): keys[0] = acc, args = {init, list, expr}
    auto init = compile(*e.args[0]);
    auto source = compile(*e.args[1]);
    LocalVariable acc(scope_, e.keys.at(0));
    LocalVariable local(scope_, e.name);
    auto step = compile(*e.args[2]);
    std::size_t acc_slot = acc.slot();
    std::size_t slot = local.slot();
    return [init, source, step, acc_slot, slot](EvalCtx& c) -> Value {
        Value a = init(c);
        Value src = source(c);
        if (src.is_null()) return src;
        const List& items = list_argument(src, "reduce");
        ensure_width(c.row, std::max(acc_slot, slot));
        for (const Value& x : items) {
            c.ex.poll();
            c.row[acc_slot] = a;
            c.row[slot] = x;
            a = step(c);
        }
        return a;
    };
}

namespace {

Map all_properties(ExecContext& ex, const Value& v) {
    Map out;
    if (v.is_map()) return v.as_map();
    const graph::PropertyList& props =
        v.is_node() ? ex.g.node_properties(v.as_node()) : ex.g.rel_properties(v.as_rel());
    for (const auto& [k, x] : props) out[ex.g.key_name(k)] = x;
    return out;
}

}  // namespace

CompiledExpr ExprCompiler::compile_map_projection(const ast::Expr& e) {
    const Scope::Var* base = scope_.find(e.name);
    if (!base) compile_error("UndefinedVariable", "variable `" + e.name + "` not defined", e.pos);
    std::size_t base_slot = base->slot;
    struct Item {
        ast::MapProjectionItem::Kind kind;
        std::string key;
        CompiledExpr value;
    };
    std::vector<Item> items;
    for (const auto& it : e.map_items) {
        Item item{it.kind, it.key, nullptr};
        if (it.kind == ast::MapProjectionItem::Kind::Literal) item.value = compile(*it.value);
        if (it.kind == ast::MapProjectionItem::Kind::Variable) {
            ast::Expr var;
            var.kind = ast::ExprKind::Variable;
            var.name = it.key;
            var.pos = e.pos;
            item.value = compile(var);
        }
        items.push_back(std::move(item));
    }
    return [base_slot, items](EvalCtx& c) -> Value {
        Value b = c.row[base_slot];
        if (b.is_null()) return b;
        if (!b.is_node() && !b.is_rel() && !b.is_map())
            raise(ErrorKind::TypeError, "InvalidArgumentType",
                  std::string("map projection on a ") + type_name(b));
        Map out;
        for (const auto& it : items) {
            using K = ast::MapProjectionItem::Kind;
            if (it.kind == K::AllProperties) {
                for (auto& [k, v] : all_properties(c.ex, b)) out[k] = v;
            } else if (it.kind == K::Property) {
                std::optional<graph::KeyId> cache;
                out[it.key] = property_of(c.ex, b, it.key, cache);
            } else {
                Value v = it.value(c);
                check_nesting(v);
                out[it.key] = std::move(v);
            }
        }
        return out;
    };
}

CompiledExpr ExprCompiler::compile_pattern_predicate(const ast::Expr& e) {
    return compile_pattern_exists(*e.pattern, scope_, g_, params_);
}

}  // namespace liverkg::engine

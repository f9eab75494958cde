// Compile-time knowledge of what an expression yields: enough to reject, before
// anything runs, the type errors openCypher reports at compile time (a Boolean
// operator on a list literal, type() of a node, a node variable reused as a list...).
#include "engine/expr.hpp"

namespace liverkg::engine {

namespace {

VarKind literal_kind(const ast::Literal& lit) {
    switch (lit.index()) {
    case 1: return VarKind::Bool;
    case 2: return VarKind::Int;
    case 3: return VarKind::Float;
    case 4: return VarKind::String;
    default: return VarKind::Value;
    }
}

VarKind function_kind(const std::string& name) {
    if (name == "labels" || name == "keys" || name == "nodes" || name == "range" || name == "split" ||
        name == "collect" || name == "tail" || name == "reverse")
        return name == "reverse" ? VarKind::Value : VarKind::List;
    if (name == "relationships") return VarKind::RelList;
    if (name == "type" || name == "tostring" || name == "tolower" || name == "toupper" || name == "trim" ||
        name == "substring" || name == "replace")
        return VarKind::String;
    if (name == "length" || name == "size" || name == "count" || name == "id") return VarKind::Int;
    if (name == "startnode" || name == "endnode") return VarKind::Node;
    if (name == "properties") return VarKind::Map;
    return VarKind::Value;
}

}  // namespace

VarKind static_kind(const ast::Expr& e, const Scope& scope) {
    using K = ast::ExprKind;
    switch (e.kind) {
    case K::Literal: return literal_kind(e.literal);
    case K::List:
    case K::ListComprehension:
    case K::PatternComprehension: return VarKind::List;
    case K::Map:
    case K::MapProjection: return VarKind::Map;
    case K::Variable: {
        const Scope::Var* v = scope.find(e.name);
        return v ? v->kind : VarKind::Value;
    }
    case K::IsNull:
    case K::HasLabels:
    case K::Quantifier:
    case K::PatternPredicate: return VarKind::Bool;
    case K::Unary: return e.op == ast::Op::Not ? VarKind::Bool : VarKind::Value;
    case K::Binary:
        switch (e.op) {
        case ast::Op::Add: case ast::Op::Sub: case ast::Op::Mul: case ast::Op::Div: case ast::Op::Mod:
        case ast::Op::Pow: return VarKind::Value;
        default: return VarKind::Bool;
        }
    case K::Function: return function_kind(lower(e.name));
    case K::CountStar: return VarKind::Int;
    default: return VarKind::Value;
    }
}

namespace {

bool is_one_of(VarKind k, std::initializer_list<VarKind> ks) {
    for (VarKind x : ks)
        if (k == x) return true;
    return false;
}

[[noreturn]] void wrong_type(const std::string& what, VarKind got, const SourcePos& pos) {
    compile_error("InvalidArgumentType", what + " cannot take a " + var_kind_name(got), pos);
}

}  // namespace

void check_static_types(const ast::Expr& e, const Scope& scope) {
    using K = ast::ExprKind;
    auto kind = [&](std::size_t i) { return static_kind(*e.args[i], scope); };
    if (e.kind == K::Binary && (e.op == ast::Op::And || e.op == ast::Op::Or || e.op == ast::Op::Xor)) {
        for (std::size_t i = 0; i < 2; ++i)
            if (!is_one_of(kind(i), {VarKind::Bool, VarKind::Value}))
                wrong_type("a Boolean operator", kind(i), e.args[i]->pos);
    }
    if (e.kind == K::Unary && e.op == ast::Op::Not && !is_one_of(kind(0), {VarKind::Bool, VarKind::Value}))
        wrong_type("NOT", kind(0), e.args[0]->pos);
    if (e.kind == K::Binary && e.op == ast::Op::In &&
        !is_one_of(kind(1), {VarKind::List, VarKind::RelList, VarKind::Value}))
        wrong_type("the right side of IN", kind(1), e.args[1]->pos);
    if (e.kind == K::Property && kind(0) == VarKind::Path)
        wrong_type("property access", kind(0), e.args[0]->pos);
    if (e.kind == K::Function && e.args.size() == 1) {
        std::string n = lower(e.name);
        VarKind k = kind(0);
        auto need = [&](std::initializer_list<VarKind> ok) {
            if (!is_one_of(k, ok) && k != VarKind::Value) wrong_type(e.name + "()", k, e.args[0]->pos);
        };
        if (n == "type") need({VarKind::Rel});
        if (n == "labels") need({VarKind::Node});
        if (n == "length") need({VarKind::Path});
        if (n == "properties") need({VarKind::Node, VarKind::Rel, VarKind::Map});
        if (n == "nodes" || n == "relationships") need({VarKind::Path});
        if (n == "startnode" || n == "endnode") need({VarKind::Rel});
    }
}

}  // namespace liverkg::engine

// Compile-time knowledge of what an expression yields: enough to reject, before
// anything runs, the type errors openCypher reports at compile time (a Boolean
// operator on a list literal, type() of a node, a node variable reused as a list...).
#include "engine/expr/expr.hpp"
#include "engine/registry/registry.hpp"

namespace liverkg::engine {

// What a function's declared result type tells before it runs.
VarKind kind_of_type(const CypherType& t) {
    switch (t.kinds) {
    case kBoolean: return VarKind::Bool;
    case kInteger: return VarKind::Int;
    case kFloat: return VarKind::Float;
    case kString: return VarKind::String;
    case kList: return t.elements == kRelationship ? VarKind::RelList : VarKind::List;
    case kMap: return VarKind::Map;
    case kNode: return VarKind::Node;
    case kRelationship: return VarKind::Rel;
    case kPath: return VarKind::Path;
    default: return VarKind::Value;
    }
}

// The type bit a statically known kind stands for (0: not known).
std::uint32_t type_bit(VarKind k) {
    switch (k) {
    case VarKind::Node: return kNode;
    case VarKind::Rel: return kRelationship;
    case VarKind::Path: return kPath;
    case VarKind::RelList: case VarKind::List: return kList;
    case VarKind::Bool: return kBoolean;
    case VarKind::Int: return kInteger;
    case VarKind::Float: return kFloat;
    case VarKind::String: return kString;
    case VarKind::Map: return kMap;
    case VarKind::Value: return 0;
    }
    return 0;
}

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
    const FunctionDef* f = registry().find_function(name);
    return f ? kind_of_type(f->signature.result) : VarKind::Value;
}

}  // namespace

VarKind static_kind(const ast::Expr& e, const Scope& scope) {
    using K = ast::ExprKind;
    switch (e.kind) {
    case K::Literal: return literal_kind(e.literal);
    case K::List:
    case K::ListComprehension:
    case K::PatternComprehension: return VarKind::List;
    case K::Subquery:
        return e.subquery_kind == ast::SubqueryKind::Exists  ? VarKind::Bool
               : e.subquery_kind == ast::SubqueryKind::Count ? VarKind::Int
                                                             : VarKind::List;
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
    case K::Function: return function_kind(e.name);
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
    compile_error("InvalidArgumentType", what + " cannot take " + with_article(var_kind_name(got)), pos);
}

// An argument whose kind is known and which its parameter cannot take. Checked before the
// statement runs only for parameters that take graph elements (and maps): elsewhere openCypher
// reports the mismatch when the value arrives.
void check_argument_kinds(const ast::Expr& e, const Scope& scope) {
    const FunctionDef* f = registry().find_function(e.name);
    if (!f || f->is_aggregate()) return;
    constexpr std::uint32_t structural = kNode | kRelationship | kPath | kMap;
    const auto& inputs = f->signature.inputs;
    for (std::size_t i = 0; i < e.args.size() && i < inputs.size(); ++i) {
        const CypherType& t = inputs[i].type;
        if ((t.kinds & ~structural) != 0) continue;
        VarKind k = static_kind(*e.args[i], scope);
        std::uint32_t bit = type_bit(k);
        if (bit != 0 && !t.admits(bit)) wrong_type(e.name + "()", k, e.args[i]->pos);
    }
}

}  // namespace

void check_predicate_kind(const ast::Expr& e, const Scope& scope) {
    VarKind k = static_kind(e, scope);
    if (!is_one_of(k, {VarKind::Bool, VarKind::Value})) wrong_type("WHERE", k, e.pos);
}

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
    if (e.kind == K::Binary && (e.op == ast::Op::Sub || e.op == ast::Op::Mul || e.op == ast::Op::Div ||
                                e.op == ast::Op::Mod || e.op == ast::Op::Pow)) {
        // Only numbers (and, for temporal values, durations) take part in - * / % ^.
        for (std::size_t i = 0; i < 2; ++i)
            if (is_one_of(kind(i), {VarKind::Bool, VarKind::String, VarKind::Map, VarKind::Node, VarKind::Rel,
                                    VarKind::Path, VarKind::List, VarKind::RelList}))
                wrong_type("an arithmetic operator", kind(i), e.args[i]->pos);
    }
    if (e.kind == K::Property && kind(0) == VarKind::Path)
        wrong_type("property access", kind(0), e.args[0]->pos);
    if (e.kind == K::Function) check_argument_kinds(e, scope);
}

}  // namespace liverkg::engine

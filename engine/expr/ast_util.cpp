// Scopes and AST queries used while compiling: structural equality, aggregate
// detection and the free variables of an expression.
#include <algorithm>

#include "engine/expr/expr.hpp"
#include "engine/registry/registry.hpp"

namespace liverkg::engine {

const char* var_kind_name(VarKind k) {
    switch (k) {
    case VarKind::Node: return "Node";
    case VarKind::Rel: return "Relationship";
    case VarKind::Path: return "Path";
    case VarKind::RelList: return "List<Relationship>";
    case VarKind::Value: return "Any";
    case VarKind::Bool: return "Boolean";
    case VarKind::Int: return "Integer";
    case VarKind::Float: return "Float";
    case VarKind::String: return "String";
    case VarKind::List: return "List";
    case VarKind::Map: return "Map";
    }
    return "Any";
}

void compile_error(const std::string& code, const std::string& message, const SourcePos& pos) {
    raise(ErrorKind::SyntaxError, code, message, pos);
}

const Scope::Var* Scope::find(std::string_view name) const {
    for (auto it = vars_.rbegin(); it != vars_.rend(); ++it)
        if (it->name == name) return &*it;
    return nullptr;
}

std::size_t Scope::add(const std::string& name, VarKind kind) {
    vars_.push_back(Var{name, width_, kind});
    return width_++;
}

std::size_t Scope::hidden() { return width_++; }

void Scope::bind(const std::string& name, std::size_t slot, VarKind kind) {
    vars_.push_back(Var{name, slot, kind});
    width_ = std::max(width_, slot + 1);
}

void Scope::remove(std::string_view name) {
    for (auto it = vars_.rbegin(); it != vars_.rend(); ++it) {
        if (it->name == name) {
            vars_.erase(std::next(it).base());
            return;
        }
    }
}

bool is_aggregate_function(std::string_view name) {
    const FunctionDef* f = registry().find_function(name);
    return f && f->is_aggregate();
}

void check_argument_count(const FunctionDef& f, const ast::Expr& e) {
    std::size_t n = e.args.size();
    if (n >= f.signature.min_args() && n <= f.signature.max_args()) return;
    compile_error("InvalidNumberOfArguments",
                  "wrong number of arguments for " + e.name + "(): " + std::to_string(n) + " given; its signature is " +
                      f.signature.text(false),
                  e.pos);
}

namespace {

bool same_list(const std::vector<ast::ExprPtr>& a, const std::vector<ast::ExprPtr>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!a[i] || !b[i]) {
            if (a[i] != b[i]) return false;
            continue;
        }
        if (!same_expr(*a[i], *b[i])) return false;
    }
    return true;
}

bool same_opt(const ast::ExprPtr& a, const ast::ExprPtr& b) {
    if (!a || !b) return !a && !b;
    return same_expr(*a, *b);
}

template <typename F>
void for_each_child(const ast::Expr& e, F&& f) {
    for (const auto& a : e.args)
        if (a) f(*a);
    if (e.case_subject) f(*e.case_subject);
    for (const auto& a : e.case_when) f(*a);
    for (const auto& a : e.case_then) f(*a);
    if (e.case_else) f(*e.case_else);
    for (const auto& it : e.map_items)
        if (it.value) f(*it.value);
}

}  // namespace

bool same_expr(const ast::Expr& a, const ast::Expr& b) {
    if (a.kind != b.kind || a.name != b.name || a.op != b.op || a.distinct != b.distinct ||
        a.negated != b.negated || a.quantifier != b.quantifier || a.keys != b.keys || a.labels != b.labels)
        return false;
    if (a.kind == ast::ExprKind::Function && lower(a.name) != lower(b.name)) return false;
    if (a.kind == ast::ExprKind::Literal) {
        if (a.literal.index() != b.literal.index()) return false;
        if (!same_value(literal_value(a.literal), literal_value(b.literal))) return false;
    }
    if (a.kind == ast::ExprKind::PatternPredicate) return a.pattern == b.pattern;
    if (a.kind == ast::ExprKind::Subquery) return a.subquery == b.subquery && a.subquery_kind == b.subquery_kind;
    if (a.kind == ast::ExprKind::MapProjection) {
        if (a.map_items.size() != b.map_items.size()) return false;
        for (std::size_t i = 0; i < a.map_items.size(); ++i) {
            const auto& x = a.map_items[i];
            const auto& y = b.map_items[i];
            if (x.kind != y.kind || x.key != y.key || !same_opt(x.value, y.value)) return false;
        }
    }
    return same_list(a.args, b.args) && same_opt(a.case_subject, b.case_subject) &&
           same_list(a.case_when, b.case_when) && same_list(a.case_then, b.case_then) &&
           same_opt(a.case_else, b.case_else);
}

bool calls_nondeterministic_function(const ast::Expr& e) {
    if (e.kind == ast::ExprKind::Function) {
        const FunctionDef* f = registry().find_function(e.name);
        if (f && !f->deterministic) return true;
    }
    bool found = false;
    for_each_child(e, [&](const ast::Expr& c) { found = found || calls_nondeterministic_function(c); });
    return found;
}

bool contains_aggregate(const ast::Expr& e) {
    if (e.kind == ast::ExprKind::CountStar) return true;
    if (e.kind == ast::ExprKind::Function && is_aggregate_function(e.name)) return true;
    bool found = false;
    for_each_child(e, [&](const ast::Expr& c) { found = found || contains_aggregate(c); });
    return found;
}

namespace {

void collect_free(const ast::Expr& e, std::vector<std::string>& bound, std::vector<std::string>& out);

// Every name a subquery's clauses mention: the outer variables it reads are among them. Names it
// binds itself are included too, which only makes a caller wait for them (conservative).
void collect_subquery(const ast::SubqueryBody& body, std::vector<std::string>& bound, std::vector<std::string>& out) {
    auto expr = [&](const ast::ExprPtr& x) {
        if (x) collect_free(*x, bound, out);
    };
    auto name = [&](const std::optional<std::string>& n) {
        if (n && std::find(out.begin(), out.end(), *n) == out.end()) out.push_back(*n);
    };
    auto part = [&](const ast::PatternPart& p) {
        name(p.path_variable);
        name(p.start.variable);
        expr(p.start.properties);
        for (const auto& s : p.steps) {
            name(s.rel.variable);
            expr(s.rel.properties);
            name(s.node.variable);
            expr(s.node.properties);
        }
    };
    auto projection = [&](const ast::Projection& p) {
        for (const auto& i : p.items) expr(i.expression);
        for (const auto& o : p.order_by) expr(o.expression);
        expr(p.skip);
        expr(p.limit);
    };
    for (const auto& c : body.clauses) {
        if (const auto* m = std::get_if<ast::MatchClause>(&c)) {
            for (const auto& p : m->pattern) part(p);
            expr(m->where);
        } else if (const auto* u = std::get_if<ast::UnwindClause>(&c)) {
            expr(u->expression);
        } else if (const auto* w = std::get_if<ast::WithClause>(&c)) {
            projection(w->projection);
            expr(w->where);
        } else if (const auto* r = std::get_if<ast::ReturnClause>(&c)) {
            projection(r->projection);
        } else if (const auto* call = std::get_if<ast::CallClause>(&c)) {
            for (const auto& a : call->arguments) expr(a);
            expr(call->where);
        }
    }
}

void collect_free(const ast::Expr& e, std::vector<std::string>& bound, std::vector<std::string>& out) {
    using K = ast::ExprKind;
    auto is_bound = [&](const std::string& n) { return std::find(bound.begin(), bound.end(), n) != bound.end(); };
    auto add = [&](const std::string& n) {
        if (!is_bound(n) && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
    };
    switch (e.kind) {
    case K::Variable: add(e.name); return;
    case K::MapProjection:
        add(e.name);
        for (const auto& it : e.map_items) {
            if (it.kind == ast::MapProjectionItem::Kind::Variable) add(it.key);
            if (it.value) collect_free(*it.value, bound, out);
        }
        return;
    case K::ListComprehension:
    case K::Quantifier:
    case K::Reduce: {
        // The source list (and reduce's initial value) see the outer scope only.
        std::size_t outer = e.kind == K::Reduce ? 2 : 1;
        for (std::size_t i = 0; i < outer && i < e.args.size(); ++i)
            if (e.args[i]) collect_free(*e.args[i], bound, out);
        bound.push_back(e.name);
        if (e.kind == K::Reduce && !e.keys.empty()) bound.push_back(e.keys[0]);
        for (std::size_t i = outer; i < e.args.size(); ++i)
            if (e.args[i]) collect_free(*e.args[i], bound, out);
        bound.pop_back();
        if (e.kind == K::Reduce && !e.keys.empty()) bound.pop_back();
        return;
    }
    case K::Subquery:
        collect_subquery(*e.subquery, bound, out);
        return;
    case K::PatternPredicate: {
        const ast::PatternPart& p = *e.pattern;
        if (p.start.variable) add(*p.start.variable);
        for (const auto& s : p.steps) {
            if (s.rel.variable) add(*s.rel.variable);
            if (s.node.variable) add(*s.node.variable);
        }
        return;
    }
    default:
        for_each_child(e, [&](const ast::Expr& c) { collect_free(c, bound, out); });
    }
}

}  // namespace

void free_variables(const ast::Expr& e, std::vector<std::string>& out) {
    std::vector<std::string> bound;
    collect_free(e, bound, out);
}

}  // namespace liverkg::engine

#include "engine/expr/expr.hpp"
#include "engine/registry/registry.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <boost/regex.hpp>

#include "engine/temporal/temporal_ops.hpp"

namespace liverkg::engine {

using graph::List;
using graph::Map;

// Function names are ASCII: lower-case them without the locale.
std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

Value literal_value(const ast::Literal& lit) {
    return std::visit(
        [](const auto& x) -> Value {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ast::Null>) return Value();
            else return Value(x);
        },
        lit);
}

bool is_true(const Value& v) {
    if (v.is_null()) return false;
    if (!v.is_bool()) raise(ErrorKind::TypeError, "InvalidArgumentType",
                            std::string("expected a Boolean condition but got ") + type_name(v));
    return v.as_bool();
}

namespace {

Tri truth(const Value& v) {
    if (v.is_null()) return Tri::Null;
    if (!v.is_bool()) raise(ErrorKind::TypeError, "InvalidArgumentType",
                            std::string("expected a Boolean but got ") + type_name(v));
    return tri_of(v.as_bool());
}

}  // namespace

Value property_of(ExecContext& ex, const Value& base, std::string_view key, std::optional<graph::KeyId>& key_cache) {
    if (base.is_null()) return Value();
    if (base.is_map()) {
        auto it = base.as_map().find(key);
        return it == base.as_map().end() ? Value() : it->second;
    }
    if (base.is_temporal()) return temporal::component(base.as_temporal(), key);
    if (!base.is_node() && !base.is_rel())
        raise(ErrorKind::TypeError, "InvalidArgumentType",
              std::string("cannot read property '") + std::string(key) + "' of a " + type_name(base));
    if (!key_cache) key_cache = ex.g.find_key(key);
    if (!key_cache) return Value();
    const Value* v = nullptr;
    if (base.is_node()) {
        if (!ex.g.node_alive(base.as_node()))
            raise(ErrorKind::EntityNotFound, "DeletedEntityAccess", "the node was deleted in this statement");
        v = ex.g.node_property(base.as_node(), *key_cache);
    } else {
        if (!ex.g.rel_alive(base.as_rel()))
            raise(ErrorKind::EntityNotFound, "DeletedEntityAccess",
                  "the relationship was deleted in this statement");
        v = ex.g.rel_property(base.as_rel(), *key_cache);
    }
    return v ? *v : Value();
}

thread_local std::uint64_t lifted_literal_reads_while_compiling = 0;

ExprCompiler::ExprCompiler(Scope& scope, graph::Graph& g, const Params& params)
    : scope_(scope), g_(g), params_(params) {}

std::vector<CompiledExpr> ExprCompiler::compile_all(const std::vector<ast::ExprPtr>& es) {
    std::vector<CompiledExpr> out;
    out.reserve(es.size());
    for (const auto& e : es) out.push_back(compile(*e));
    return out;
}

CompiledExpr ExprCompiler::compile(const ast::Expr& e) {
    if (agg_) {
        for (const auto& [key, slot] : agg_->keys) {
            if (same_expr(*key, e)) {
                std::size_t s = slot;
                return [s](EvalCtx& c) { return c.row[s]; };
            }
        }
    }
    check_static_types(e, scope_);
    return compile_node(e);
}

std::optional<std::size_t> ExprCompiler::slot_read(const ast::Expr& e) const {
    if (agg_)
        for (const auto& [key, slot] : agg_->keys)
            if (same_expr(*key, e)) return slot;
    if (e.kind != ast::ExprKind::Variable) return std::nullopt;
    const Scope::Var* v = scope_.find(e.name);
    return v ? std::optional<std::size_t>(v->slot) : std::nullopt;
}

CompiledExpr ExprCompiler::compile_node(const ast::Expr& e) {
    using K = ast::ExprKind;
    switch (e.kind) {
    case K::Literal: {
        Value v = literal_value(e.literal);
        if (e.lifted < 0) return [v](EvalCtx&) { return v; };
        // A lifted literal is read when the plan runs. Read while compiling (a constant
        // evaluated early), its value went into the plan: the plan is then not cached.
        auto slot = static_cast<std::size_t>(e.lifted);
        return [v, slot](EvalCtx& c) {
            if (c.ex.literals) return (*c.ex.literals)[slot];
            ++lifted_literal_reads_while_compiling;
            return v;
        };
    }
    case K::Parameter: {
        auto it = params_.find(e.name);
        if (it == params_.end())
            raise(ErrorKind::SemanticError, "ParameterMissing", "expected a parameter named $" + e.name, e.pos);
        Value v = it->second;
        return [v](EvalCtx&) { return v; };
    }
    case K::Variable: return compile_variable(e);
    case K::Property: return compile_property(e);
    case K::List: {
        auto items = compile_all(e.args);
        return [items](EvalCtx& c) {
            List out;
            out.reserve(items.size());
            for (const auto& f : items) {
                out.push_back(f(c));
                check_nesting(out.back());
            }
            return Value(std::move(out));
        };
    }
    case K::Map: {
        auto items = compile_all(e.args);
        auto keys = e.keys;
        return [items, keys](EvalCtx& c) {
            Map out;
            for (std::size_t i = 0; i < items.size(); ++i) {
                Value v = items[i](c);
                check_nesting(v);
                out[keys[i]] = std::move(v);
            }
            return Value(std::move(out));
        };
    }
    case K::Unary: return compile_unary(e);
    case K::Binary: return compile_binary(e);
    case K::IsNull: {
        auto arg = compile(*e.args[0]);
        bool neg = e.negated;
        return [arg, neg](EvalCtx& c) { return Value(arg(c).is_null() != neg); };
    }
    case K::HasLabels: return compile_has_labels(e);
    case K::Function: return compile_function(e);
    case K::CountStar: return compile_aggregate(e);
    case K::Case: return compile_case(e);
    case K::Index: return compile_index(e);
    case K::Slice: return compile_slice(e);
    case K::ListComprehension: return compile_comprehension(e);
    case K::Quantifier: return compile_quantifier(e);
    case K::Reduce: return compile_reduce(e);
    case K::MapProjection: return compile_map_projection(e);
    case K::PatternPredicate: return compile_pattern_predicate(e);
    case K::PatternComprehension: return compile_pattern_comprehension(e, scope_, g_, params_);
    case K::Subquery: return compile_subquery(e, scope_, g_, params_);
    }
    compile_error("UnexpectedSyntax", "unsupported expression", e.pos);
}

CompiledExpr ExprCompiler::compile_variable(const ast::Expr& e) {
    const Scope::Var* v = scope_.find(e.name);
    if (!v) {
        if (agg_ && agg_->aggregates && agg_->input && agg_->input->find(e.name))
            compile_error("AmbiguousAggregationExpression",
                          "variable `" + e.name + "` is neither a grouping key nor inside an aggregate", e.pos);
        compile_error("UndefinedVariable", "variable `" + e.name + "` not defined", e.pos);
    }
    std::size_t slot = v->slot;
    return [slot](EvalCtx& c) { return c.row[slot]; };
}

CompiledExpr ExprCompiler::compile_property(const ast::Expr& e) {
    std::string key = e.name;
    auto cache = std::make_shared<std::optional<graph::KeyId>>();
    // `n.key`, the common case, reads the variable's value in place instead of copying it.
    if (auto slot = slot_read(*e.args[0]); slot && e.args[0]->kind == ast::ExprKind::Variable) {
        std::size_t s = *slot;
        return [s, key, cache](EvalCtx& c) { return property_of(c.ex, c.row[s], key, *cache); };
    }
    auto base = compile(*e.args[0]);
    return [base, key, cache](EvalCtx& c) { return property_of(c.ex, base(c), key, *cache); };
}

CompiledExpr ExprCompiler::compile_unary(const ast::Expr& e) {
    auto arg = compile(*e.args[0]);
    switch (e.op) {
    case ast::Op::Not: return [arg](EvalCtx& c) { return value_of(tri_not(truth(arg(c)))); };
    case ast::Op::Negate:
        return [arg](EvalCtx& c) -> Value {
            Value v = arg(c);
            if (v.is_null()) return v;
            if (v.is_int()) {
                if (v.as_int() == std::numeric_limits<std::int64_t>::min())
                    raise(ErrorKind::ArgumentError, "NumberOutOfRange", "integer overflow");
                return -v.as_int();
            }
            if (v.is_float()) return -v.as_float();
            raise(ErrorKind::TypeError, "InvalidArgumentType", std::string("cannot negate a ") + type_name(v));
        };
    default:
        return [arg](EvalCtx& c) -> Value {
            Value v = arg(c);
            if (!v.is_null() && !v.is_number())
                raise(ErrorKind::TypeError, "InvalidArgumentType",
                      std::string("unary + expects a number, got ") + type_name(v));
            return v;
        };
    }
}

CompiledExpr ExprCompiler::compile_logical(const ast::Expr& e) {
    auto a = compile(*e.args[0]);
    auto b = compile(*e.args[1]);
    switch (e.op) {
    case ast::Op::And:
        return [a, b](EvalCtx& c) {
            Tri x = truth(a(c));
            if (x == Tri::False) return Value(false);
            return value_of(tri_and(x, truth(b(c))));
        };
    case ast::Op::Or:
        return [a, b](EvalCtx& c) {
            Tri x = truth(a(c));
            if (x == Tri::True) return Value(true);
            return value_of(tri_or(x, truth(b(c))));
        };
    default:
        return [a, b](EvalCtx& c) { return value_of(tri_xor(truth(a(c)), truth(b(c)))); };
    }
}

namespace {

Value string_predicate(ast::Op op, const Value& a, const Value& b) {
    if (!a.is_string() || !b.is_string()) return Value();
    const std::string& s = a.as_string();
    const std::string& t = b.as_string();
    switch (op) {
    case ast::Op::StartsWith: return s.compare(0, t.size(), t) == 0 && s.size() >= t.size();
    case ast::Op::EndsWith: return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
    default: return s.find(t) != std::string::npos;
    }
}

Value in_list(const Value& x, const Value& list) {
    if (list.is_null()) return Value();
    if (!list.is_list())
        raise(ErrorKind::TypeError, "InvalidArgumentType",
              std::string("IN expects a List on its right, got ") + type_name(list));
    bool saw_null = false;
    for (const Value& y : list.as_list()) {
        Tri t = equals(x, y);
        if (t == Tri::True) return true;
        if (t == Tri::Null) saw_null = true;
    }
    return saw_null ? Value() : Value(false);
}

// Boost.Regex in Perl syntax: the Java-style patterns Cypher users write, inline flags
// such as (?i) included. Unlike std::regex it reports runaway matching (deep recursion
// on long strings, catastrophic backtracking) as an error instead of crashing.
CompiledExpr compile_regex(CompiledExpr a, CompiledExpr b) {
    auto cache = std::make_shared<std::pair<std::string, boost::regex>>();
    auto valid = std::make_shared<bool>(false);
    return [a, b, cache, valid](EvalCtx& c) -> Value {
        Value s = a(c);
        Value p = b(c);
        if (!s.is_string() || !p.is_string()) return Value();
        if (!*valid || cache->first != p.as_string()) {
            try {
                // no_mod_s: as in Java, '.' does not match a line break unless (?s) says so.
                cache->second = boost::regex(p.as_string(), boost::regex::perl | boost::regex::no_mod_s);
            } catch (const std::exception& e) {
                raise(ErrorKind::ArgumentError, "InvalidArgumentValue",
                      "invalid regular expression '" + p.as_string() + "': " + e.what());
            }
            cache->first = p.as_string();
            *valid = true;
        }
        try {
            return boost::regex_match(s.as_string(), cache->second);
        } catch (const std::exception& e) {
            raise(ErrorKind::ResourceLimit, "", std::string("regular expression match gave up: ") + e.what());
        }
    };
}

}  // namespace

CompiledExpr ExprCompiler::compile_binary(const ast::Expr& e) {
    using O = ast::Op;
    if (e.op == O::And || e.op == O::Or || e.op == O::Xor) return compile_logical(e);
    auto a = compile(*e.args[0]);
    auto b = compile(*e.args[1]);
    O op = e.op;
    switch (op) {
    case O::Eq: case O::Neq: case O::Lt: case O::Le: case O::Gt: case O::Ge:
        return [a, b, op](EvalCtx& c) { return value_of(compare_op(op, a(c), b(c))); };
    case O::StartsWith: case O::EndsWith: case O::Contains:
        return [a, b, op](EvalCtx& c) { return string_predicate(op, a(c), b(c)); };
    case O::RegexMatch: return compile_regex(a, b);
    case O::In: return [a, b](EvalCtx& c) { return in_list(a(c), b(c)); };
    case O::Add:
        // Concatenation copies both sides: a step per 64 bytes, so that a reduce() that
        // doubles a string or grows a list item by item runs into the step limit.
        return [a, b](EvalCtx& c) {
            Value r = arithmetic(O::Add, a(c), b(c));
            if (r.is_string()) c.ex.poll(r.as_string().size() / 64);
            else if (r.is_list()) c.ex.poll(r.as_list().size() / 2);
            return r;
        };
    default: return [a, b, op](EvalCtx& c) { return arithmetic(op, a(c), b(c)); };
    }
}

CompiledExpr ExprCompiler::compile_has_labels(const ast::Expr& e) {
    auto arg = compile(*e.args[0]);
    auto labels = e.labels;
    return [arg, labels](EvalCtx& c) -> Value {
        Value v = arg(c);
        if (v.is_null()) return v;
        if (!v.is_node()) raise(ErrorKind::TypeError, "InvalidArgumentType",
                                std::string("label check on a ") + type_name(v));
        for (const auto& l : labels) {
            auto id = c.ex.g.find_label(l);
            if (!id || !c.ex.g.has_label(v.as_node(), *id)) return false;
        }
        return true;
    };
}

CompiledExpr ExprCompiler::compile_function(const ast::Expr& e) {
    const FunctionDef* f = registry().find_function(e.name);
    if (!f) compile_error("UnknownFunction", "unknown function '" + e.name + "'", e.pos);
    if (f->is_aggregate()) return compile_aggregate(e);
    check_argument_count(*f, e);
    if (e.distinct) compile_error("InvalidArgumentType", "DISTINCT is only allowed in aggregate functions", e.pos);
    auto args = compile_all(e.args);
    auto call = f->call;
    return [args, call](EvalCtx& c) {
        std::vector<Value> vals;
        vals.reserve(args.size());
        for (const auto& a : args) vals.push_back(a(c));
        return call(c.ex, vals);
    };
}

CompiledExpr ExprCompiler::compile_aggregate(const ast::Expr& e) {
    if (!agg_ || !agg_->aggregates)
        compile_error("InvalidAggregation", "aggregate functions are only allowed in WITH, RETURN and ORDER BY", e.pos);
    for (const auto& spec : *agg_->aggregates) {
        if (same_expr(*spec.expr, e)) {
            std::size_t s = spec.slot;
            return [s](EvalCtx& c) { return c.row[s]; };
        }
    }
    if (!agg_->new_aggregates_allowed) {
        // Reading only projected names gives UndefinedVariable for anything else.
        for (const auto& a : e.args) compile_node(*a);
        compile_error("InvalidAggregation", "ORDER BY can only use aggregates that the projection returns", e.pos);
    }
    AggregateSpec spec;
    spec.count_star = e.kind == ast::ExprKind::CountStar;
    const FunctionDef* def = registry().find_function(spec.count_star ? "count" : e.name);
    spec.name = lower(def->name());
    spec.make = def->aggregate;
    spec.distinct = e.distinct;
    spec.expr = &e;
    if (!spec.count_star) {
        check_argument_count(*def, e);
        for (const auto& a : e.args) {
            if (contains_aggregate(*a))
                compile_error("NestedAggregation", "aggregate functions cannot be nested", a->pos);
            if (calls_nondeterministic_function(*a))
                compile_error("NonConstantExpression",
                              "aggregating over a non-deterministic function such as rand() is not allowed", a->pos);
        }
        ExprCompiler inner(*agg_->input, g_, params_);
        for (const auto& a : e.args) {
            spec.args.push_back(inner.compile(*a));
            std::vector<std::string> vars;
            free_variables(*a, vars);
            spec.args_constant.push_back(vars.empty());
        }
    }
    spec.slot = agg_->output->hidden();
    std::size_t s = spec.slot;
    agg_->aggregates->push_back(std::move(spec));
    return [s](EvalCtx& c) { return c.row[s]; };
}

CompiledExpr ExprCompiler::compile_case(const ast::Expr& e) {
    CompiledExpr subject = e.case_subject ? compile(*e.case_subject) : nullptr;
    auto whens = compile_all(e.case_when);
    auto thens = compile_all(e.case_then);
    CompiledExpr otherwise = e.case_else ? compile(*e.case_else) : nullptr;
    return [subject, whens, thens, otherwise](EvalCtx& c) -> Value {
        Value s = subject ? subject(c) : Value();
        for (std::size_t i = 0; i < whens.size(); ++i) {
            Value w = whens[i](c);
            bool hit = subject ? equals(s, w) == Tri::True : (w.is_bool() && w.as_bool());
            if (hit) return thens[i](c);
        }
        return otherwise ? otherwise(c) : Value();
    };
}

CompiledExpr ExprCompiler::compile_index(const ast::Expr& e) {
    auto base = compile(*e.args[0]);
    auto index = compile(*e.args[1]);
    return [base, index](EvalCtx& c) -> Value {
        Value b = base(c);
        Value i = index(c);
        if (b.is_null() || i.is_null()) return Value();
        if (b.is_list()) {
            if (!i.is_int())
                raise(ErrorKind::TypeError, "InvalidArgumentType",
                      std::string("list index must be an Integer, got ") + type_name(i));
            const List& l = b.as_list();
            std::int64_t k = i.as_int();
            if (k < 0) k += static_cast<std::int64_t>(l.size());
            if (k < 0 || k >= static_cast<std::int64_t>(l.size())) return Value();
            return l[static_cast<std::size_t>(k)];
        }
        if (b.is_map() || b.is_node() || b.is_rel()) {
            if (!i.is_string())
                raise(ErrorKind::TypeError, "MapElementAccessByNonString",
                      std::string("map keys must be Strings, got ") + type_name(i));
            std::optional<graph::KeyId> cache;
            return property_of(c.ex, b, i.as_string(), cache);
        }
        raise(ErrorKind::TypeError, "InvalidArgumentType", std::string("cannot index a ") + type_name(b));
    };
}

CompiledExpr ExprCompiler::compile_slice(const ast::Expr& e) {
    auto base = compile(*e.args[0]);
    CompiledExpr from = e.args.size() > 1 && e.args[1] ? compile(*e.args[1]) : nullptr;
    CompiledExpr to = e.args.size() > 2 && e.args[2] ? compile(*e.args[2]) : nullptr;
    return [base, from, to](EvalCtx& c) -> Value {
        Value b = base(c);
        if (b.is_null()) return b;
        if (!b.is_list()) raise(ErrorKind::TypeError, "InvalidArgumentType",
                                std::string("cannot slice a ") + type_name(b));
        const List& l = b.as_list();
        auto n = static_cast<std::int64_t>(l.size());
        auto bound = [&](const CompiledExpr& f, std::int64_t dflt) -> std::optional<std::int64_t> {
            if (!f) return dflt;
            Value v = f(c);
            if (v.is_null()) return std::nullopt;
            if (!v.is_int()) raise(ErrorKind::TypeError, "InvalidArgumentType", "slice bounds must be Integers");
            std::int64_t k = v.as_int();
            if (k < 0) k += n;
            return std::clamp<std::int64_t>(k, 0, n);
        };
        auto lo = bound(from, 0);
        auto hi = bound(to, n);
        if (!lo || !hi) return Value();
        if (*lo >= *hi) return List{};
        return List(l.begin() + *lo, l.begin() + *hi);
    };
}

}  // namespace liverkg::engine

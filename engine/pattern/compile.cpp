// Compiling patterns: variables to slots, orientation of each part towards its
// most selective end, and WHERE conjuncts attached to the earliest binding event.
#include <algorithm>
#include <limits>

#include "engine/clauses/ops.hpp"
#include "engine/pattern/pattern.hpp"

namespace liverkg::engine {

std::vector<PropertyConstraint> compile_property_map(const ast::ExprPtr& props, Scope& scope, graph::Graph& g,
                                                     const Params& params, CompiledExpr& map) {
    std::vector<PropertyConstraint> out;
    if (!props) return out;
    ExprCompiler ec(scope, g, params);
    if (props->kind != ast::ExprKind::Map) {
        map = ec.compile(*props);
        return out;
    }
    for (std::size_t i = 0; i < props->keys.size(); ++i) out.push_back({props->keys[i], ec.compile(*props->args[i])});
    return out;
}

void split_conjuncts(const ast::ExprPtr& e, std::vector<ast::ExprPtr>& out) {
    if (!e) return;
    if (e->kind == ast::ExprKind::Binary && e->op == ast::Op::And) {
        split_conjuncts(e->args[0], out);
        split_conjuncts(e->args[1], out);
        return;
    }
    out.push_back(e);
}

namespace {

// Hop bound when a pattern writes `*` or `*n..` with no upper bound.
constexpr std::uint32_t kUnboundedHops = std::numeric_limits<std::uint32_t>::max();

struct PatternCompiler {
    Scope& scope;
    graph::Graph& g;
    const Params& params;
    bool allow_new_vars;
    bool reorient;
    PatternPlan plan;
    int next_event = 0;
    std::vector<std::pair<std::string, int>> bound_here;   // variable -> event that binds it

    void fail_kind(const std::string& name, VarKind have, VarKind want, const SourcePos& pos) {
        compile_error("VariableTypeConflict",
                      "variable `" + name + "` is a " + var_kind_name(have) + ", not a " + var_kind_name(want),
                      pos);
    }

    std::vector<PropertyConstraint> compile_props(const ast::ExprPtr& props, CompiledExpr& props_map) {
        if (props && props->kind == ast::ExprKind::Parameter)
            compile_error("InvalidParameterUse",
                          "a parameter cannot stand for the properties of a pattern to match; write {key: $param}",
                          props->pos);
        return compile_property_map(props, scope, g, params, props_map);
    }

    // Resolves a pattern variable: a new slot, or a check against an earlier binding.
    std::pair<std::size_t, BindMode> variable(const std::optional<std::string>& name, VarKind kind,
                                              const SourcePos& pos, int event) {
        if (!name) return {scope.hidden(), BindMode::Bind};
        if (const Scope::Var* v = scope.find(*name)) {
            bool list_ok = kind == VarKind::RelList && v->kind == VarKind::List;
            if (v->kind != kind && v->kind != VarKind::Value && !list_ok) fail_kind(*name, v->kind, kind, pos);
            return {v->slot, BindMode::Check};
        }
        if (!allow_new_vars)
            compile_error("UndefinedVariable", "variable `" + *name + "` not defined", pos);
        std::size_t slot = scope.add(*name, kind);
        plan.new_slots.push_back(slot);
        bound_here.emplace_back(*name, event);
        return {slot, BindMode::Bind};
    }

    NodeMatcher node(const ast::NodePattern& np) {
        NodeMatcher m;
        m.event = next_event++;
        auto [slot, mode] = variable(np.variable, VarKind::Node, np.pos, m.event);
        m.slot = slot;
        m.mode = mode;
        m.name = np.variable.value_or("");
        m.labels = np.labels;
        m.props = compile_props(np.properties, m.props_map);
        return m;
    }

    RelMatcher rel(const ast::RelPattern& rp) {
        RelMatcher m;
        m.event = next_event++;
        m.variable_length = rp.variable_length;
        VarKind kind = rp.variable_length ? VarKind::RelList : VarKind::Rel;

        auto [slot, mode] = variable(rp.variable, kind, rp.pos, m.event);
        m.slot = slot;
        m.mode = mode;
        m.name = rp.variable.value_or("");
        m.types = rp.types;
        m.props = compile_props(rp.properties, m.props_map);
        m.direction = rp.direction;
        if (rp.variable_length) {
            m.segment_slot = scope.hidden();
            std::int64_t lo = rp.min_hops.value_or(1);
            std::int64_t hi = rp.max_hops ? *rp.max_hops : static_cast<std::int64_t>(kUnboundedHops);
            if (lo < 0 || hi < 0) compile_error("NegativeIntegerArgument", "hop bounds must not be negative", rp.pos);
            m.min_hops = static_cast<std::uint32_t>(std::min<std::int64_t>(lo, kUnboundedHops));
            m.max_hops = static_cast<std::uint32_t>(std::min<std::int64_t>(hi, kUnboundedHops));
        }
        return m;
    }

    // Estimated number of start candidates for a node of the part (lower is better).
    double selectivity(const ast::NodePattern& np) {
        if (np.variable && scope.find(*np.variable)) return 0;
        if (np.properties && np.properties->kind == ast::ExprKind::Map)
            for (const auto& k : np.properties->keys)
                if (k == "id" || k == "name") return 1;
        double best = static_cast<double>(g.counts().nodes) + 1;
        for (const auto& l : np.labels) {
            auto id = g.find_label(l);
            best = std::min(best, id ? static_cast<double>(g.nodes_with_label_count(*id)) : 0.0);
        }
        return best + 0.5;
    }

    static ast::Direction flipped(ast::Direction d) {
        if (d == ast::Direction::Outgoing) return ast::Direction::Incoming;
        if (d == ast::Direction::Incoming) return ast::Direction::Outgoing;
        return d;
    }

    void choose_start(PartPlan& part) {
        if (part.nodes[0].mode == BindMode::Check) return;
        const NodeMatcher& n = part.nodes[0];
        for (std::size_t i = 0; i < n.props.size(); ++i) {
            const PropertyConstraint& p = n.props[i];
            if (p.key != "id" && p.key != "name") continue;
            auto key = g.find_key(p.key);
            if (key && !g.is_indexed(*key)) continue;
            part.seek_key = p.key;
            part.seek_value = p.value;
            part.seek_constraint = i;
            return;
        }
        std::size_t best = std::numeric_limits<std::size_t>::max();
        for (const auto& l : n.labels) {
            auto id = g.find_label(l);
            std::size_t c = id ? g.nodes_with_label_count(*id) : 0;
            if (c < best) {
                best = c;
                part.start_label = l;
            }
        }
    }

    void part(const ast::PatternPart& pp) {
        PartPlan part;
        part.path_function = pp.path_function;
        bool shortest = pp.path_function != ast::PathFunction::None;
        // Orientation: start from the more selective end (shortest paths keep the written order).
        bool reverse = reorient && !shortest && !pp.steps.empty() &&
                       selectivity(pp.steps.back().node) < selectivity(pp.start);
        std::vector<const ast::NodePattern*> nodes{&pp.start};
        std::vector<const ast::RelPattern*> rels;
        for (const auto& s : pp.steps) {
            rels.push_back(&s.rel);
            nodes.push_back(&s.node);
        }
        if (reverse) {
            std::reverse(nodes.begin(), nodes.end());
            std::reverse(rels.begin(), rels.end());
        }
        part.reversed = reverse;
        part.nodes.push_back(node(*nodes[0]));
        for (std::size_t i = 0; i < rels.size(); ++i) {
            RelMatcher r = rel(*rels[i]);
            if (reverse) r.direction = flipped(r.direction);
            if (shortest && !r.variable_length) {
                r.variable_length = true;
                r.segment_slot = scope.hidden();
            }
            part.rels.push_back(std::move(r));
            part.nodes.push_back(node(*nodes[i + 1]));
        }
        if (shortest && (rels.size() != 1))
            compile_error("InvalidArgumentType", "shortestPath needs a pattern with exactly one relationship", pp.pos);
        choose_start(part);
        if (pp.path_variable) {
            if (scope.find(*pp.path_variable))
                compile_error("VariableAlreadyBound", "variable `" + *pp.path_variable + "` is already bound", pp.pos);
            part.path_event = next_event++;
            part.path_slot = scope.add(*pp.path_variable, VarKind::Path);
            plan.new_slots.push_back(*part.path_slot);
            bound_here.emplace_back(*pp.path_variable, part.path_event);
        }
        plan.parts.push_back(std::move(part));
    }

    int event_of(const std::string& var) const {
        int ev = -1;
        for (const auto& [n, e] : bound_here)
            if (n == var) ev = std::max(ev, e);
        return ev;
    }

    // WHERE n.k STARTS WITH 'constant' on the start node of a part: scan the prefix range.
    void prefix_start(const ast::Expr& e) {
        if (e.kind != ast::ExprKind::Binary || e.op != ast::Op::StartsWith) return;
        const ast::Expr& lhs = *e.args[0];
        const ast::Expr& rhs = *e.args[1];
        if (lhs.kind != ast::ExprKind::Property || lhs.args[0]->kind != ast::ExprKind::Variable) return;
        std::vector<std::string> vars;
        free_variables(rhs, vars);
        if (!vars.empty()) return;
        for (auto& part : plan.parts) {
            NodeMatcher& start = part.nodes[0];
            if (start.name != lhs.args[0]->name || start.mode != BindMode::Bind || part.seek_value ||
                part.path_function != ast::PathFunction::None)
                continue;
            ExprCompiler ec(scope, g, params);
            part.prefix_key = lhs.name;
            part.prefix_value = ec.compile(rhs);
        }
    }

    // all(x IN nodes(p) WHERE pred) and none(...), over nodes(p) or relationships(p) of a path
    // of this pattern, where pred reads only x and variables bound before this pattern.
    bool path_filter(const ast::Expr& e) {
        if (e.kind != ast::ExprKind::Quantifier || e.args.size() < 2 || !e.args[1]) return false;
        if (e.quantifier != ast::Quantifier::All && e.quantifier != ast::Quantifier::None) return false;
        const ast::Expr& source = *e.args[0];
        if (source.kind != ast::ExprKind::Function || source.args.size() != 1 ||
            source.args[0]->kind != ast::ExprKind::Variable)
            return false;
        std::string fn = lower(source.name);
        if (fn != "nodes" && fn != "relationships") return false;
        std::vector<std::string> vars;
        free_variables(*e.args[1], vars);
        for (const auto& v : vars)
            if (v != e.name && event_of(v) >= 0) return false;   // reads something this pattern binds
        for (auto& part : plan.parts) {
            if (!part.path_slot) continue;
            const Scope::Var* pv = scope.find(source.args[0]->name);
            if (!pv || pv->slot != *part.path_slot) continue;
            PathFilter f;
            f.slot = scope.add(e.name, VarKind::Value);
            ExprCompiler ec(scope, g, params);
            f.predicate = ec.compile(*e.args[1]);
            scope.remove(e.name);
            f.negate = e.quantifier == ast::Quantifier::None;
            (fn == "nodes" ? part.node_filters : part.rel_filters).push_back(std::move(f));
            return true;
        }
        return false;
    }

    void conjunct(const ast::ExprPtr& e) {
        prefix_start(*e);
        bool pushed = path_filter(*e);
        std::vector<std::string> vars;
        free_variables(*e, vars);
        Conjunct c;
        for (const auto& v : vars) c.event = std::max(c.event, event_of(v));
        ExprCompiler ec(scope, g, params);
        c.predicate = ec.compile(*e);
        c.pushed_into_path = pushed;
        plan.conjuncts.push_back(std::move(c));
    }
};

void check_duplicate_rel_vars(const ast::Pattern& pattern) {
    std::vector<std::string> seen;
    for (const auto& p : pattern)
        for (const auto& s : p.steps)
            if (s.rel.variable) {
                if (std::find(seen.begin(), seen.end(), *s.rel.variable) != seen.end())
                    compile_error("RelationshipUniquenessViolation",
                                  "relationship variable `" + *s.rel.variable + "` is used twice in one pattern",
                                  s.rel.pos);
                seen.push_back(*s.rel.variable);
            }
}

}  // namespace

PatternPlan compile_pattern(const ast::Pattern& pattern, const ast::ExprPtr& where, Scope& scope,
                            graph::Graph& g, const Params& params, bool allow_new_vars, bool reorient) {
    check_duplicate_rel_vars(pattern);
    PatternCompiler pc{scope, g, params, allow_new_vars, reorient, {}, 0, {}};
    for (const auto& part : pattern) pc.part(part);
    std::vector<ast::ExprPtr> conjuncts;
    split_conjuncts(where, conjuncts);
    for (const auto& c : conjuncts) {
        check_predicate_kind(*c, scope);
        pc.conjunct(c);
    }
    pc.plan.width = scope.width();
    return std::move(pc.plan);
}

}  // namespace liverkg::engine

namespace liverkg::engine {

std::vector<std::string> describe_pattern(const PatternPlan& plan) {
    std::vector<std::string> lines;
    auto node_text = [](const NodeMatcher& n) {
        std::string s = "(" + n.name;
        for (const auto& l : n.labels) s += ":" + l;
        if (!n.props.empty() || n.props_map) s += " {...}";
        return s + ")";
    };
    for (const auto& part : plan.parts) {
        const NodeMatcher& start = part.nodes[0];
        std::string how;
        if (start.mode == BindMode::Check) how = "Argument " + node_text(start);
        else if (part.seek_value) how = "NodeIndexSeek " + node_text(start) + " on " + part.seek_key;
        else if (part.prefix_value) how = "NodePrefixScan " + node_text(start) + " on " + part.prefix_key;
        else if (!part.start_label.empty()) how = "NodeByLabelScan " + node_text(start) + " on :" + part.start_label;
        else how = "AllNodesScan " + node_text(start);
        if (part.path_function != ast::PathFunction::None) how += " -> ShortestPath";
        lines.push_back(how);
        if (!part.node_filters.empty() || !part.rel_filters.empty())
            lines.push_back("PathFilter: " + std::to_string(part.node_filters.size()) + " node and " +
                            std::to_string(part.rel_filters.size()) +
                            " relationship test(s) on every element, applied while walking");
        for (std::size_t i = 0; i < part.rels.size(); ++i) {
            const RelMatcher& r = part.rels[i];
            std::string s = r.variable_length ? "VarLengthExpand " : "Expand ";
            s += r.direction == ast::Direction::Outgoing ? "-[" : (r.direction == ast::Direction::Incoming ? "<-[" : "-[");
            s += r.name;
            for (std::size_t t = 0; t < r.types.size(); ++t) s += (t ? "|" : ":") + r.types[t];
            if (r.variable_length)
                s += "*" + std::to_string(r.min_hops) + ".." +
                     (r.max_hops == UINT32_MAX ? std::string() : std::to_string(r.max_hops));
            s += r.direction == ast::Direction::Outgoing ? "]->" : "]-";
            lines.push_back(s + node_text(part.nodes[i + 1]));
        }
    }
    std::size_t early = 0;
    for (const auto& c : plan.conjuncts)
        if (c.event >= 0) ++early;
    if (!plan.conjuncts.empty())
        lines.push_back("Filter: " + std::to_string(plan.conjuncts.size()) + " predicate(s), " +
                        std::to_string(early) + " applied during expansion");
    return lines;
}

}  // namespace liverkg::engine

// Plan optimisation after compilation.
//
// 1. A MATCH followed by a projection streams its matches straight into it (the
//    group table, or the projected rows) instead of materialising every match;
//    a LIMIT with nothing to sort stops the match once it is full.
// 2. Three shapes common in knowledge-graph work get a specialised producer that
//    feeds the same group table with weighted rows:
//    - count per relationship type over `()-[r]->()`: read from the store's counts;
//    - count(*) over a chain of typed hops grouped by one end node: dynamic
//      programming over the chain (path counts per node), never enumerating paths;
//    - count(DISTINCT b) over `(a)-[:T*..n]-(b)`: a depth-bounded BFS.
//    Each applies only when it gives exactly the generic answer (see the conditions).
#include <algorithm>
#include <set>

#include "engine/clauses/ops.hpp"
#include "engine/pattern/pattern.hpp"
#include "graph/algo.hpp"
#include "graph/typed_adjacency.hpp"

namespace liverkg::engine {

using graph::NodeId;
using graph::RelId;

namespace {

using Emit = std::function<bool(Row&, std::int64_t)>;   // false: the sink is full
using Producer = std::function<void(ExecContext&, Row&, const Emit&)>;

class StreamOp : public Operator {
public:
    StreamOp(OperatorPtr source, OperatorPtr sink, Producer produce, std::string name, std::size_t width)
        : source_(std::move(source)), sink_owner_(std::move(sink)), produce_(std::move(produce)),
          name_(std::move(name)), width_(width) {
        sink_ = static_cast<RowSink*>(sink_owner_.get());
    }

    void run(ExecContext& ex, std::vector<Row>& rows) override {
        sink_->begin_stream(ex);
        bool more = true;
        streamed_ = 0;
        ran_ = true;
        Emit emit = [&](Row& r, std::int64_t w) {
            streamed_ += static_cast<std::uint64_t>(w);
            return more = sink_->add_row(ex, r, w);
        };
        for (Row& r : rows) {
            if (!more) break;
            if (r.size() < width_) r.resize(width_);
            produce_(ex, r, emit);
        }
        sink_->end_stream(ex, rows);
    }

    // After a run (PROFILE), also how many rows went from the producer into the sink.
    std::string describe() const override {
        std::string streamed = ran_ ? " (streamed: " + std::to_string(streamed_) + " rows)" : " (streamed)";
        return name_ + streamed + " -> " + sink_->describe();
    }
    std::vector<std::string> details() const override { return source_ ? source_->details() : std::vector<std::string>{}; }
    void forget_run() override {
        Operator::forget_run();
        ran_ = false;
        streamed_ = 0;
    }

private:
    OperatorPtr source_;
    OperatorPtr sink_owner_;
    RowSink* sink_;
    Producer produce_;
    std::string name_;
    std::size_t width_;   // the pattern's row width: producers write any of its slots
    bool ran_ = false;
    std::uint64_t streamed_ = 0;
};

// ---------------------------------------------------------------- helpers on the AST

struct ReturnShape {
    std::vector<const ast::Expr*> keys;
    std::vector<const ast::Expr*> aggregates;
};

std::optional<ReturnShape> return_shape(const ast::Statement& s) {
    if (s.clauses.size() != 2 || !std::holds_alternative<ast::MatchClause>(s.clauses[0]) ||
        !std::holds_alternative<ast::ReturnClause>(s.clauses[1]))
        return std::nullopt;
    const auto& m = std::get<ast::MatchClause>(s.clauses[0]);
    const auto& r = std::get<ast::ReturnClause>(s.clauses[1]);
    if (m.optional || r.projection.star || m.pattern.size() != 1) return std::nullopt;
    ReturnShape shape;
    for (const auto& item : r.projection.items)
        (contains_aggregate(*item.expression) ? shape.aggregates : shape.keys).push_back(item.expression.get());
    return shape;
}

bool is_count_of(const ast::Expr& e, const std::string& var, bool distinct) {
    if (e.kind == ast::ExprKind::CountStar) return !distinct && var.empty();
    return e.kind == ast::ExprKind::Function && lower(e.name) == "count" && e.distinct == distinct &&
           e.args.size() == 1 && e.args[0]->kind == ast::ExprKind::Variable && e.args[0]->name == var;
}

// count(*), or count(v) of a variable the pattern always binds (never null).
bool only_row_counts(const ReturnShape& shape, const std::vector<std::string>& bound) {
    for (const ast::Expr* a : shape.aggregates) {
        bool ok = is_count_of(*a, "", false);
        for (const auto& v : bound) ok = ok || is_count_of(*a, v, false);
        if (!ok) return false;
    }
    return true;
}

std::vector<std::string> key_variables(const ReturnShape& shape) {
    std::vector<std::string> vars;
    for (const ast::Expr* k : shape.keys) free_variables(*k, vars);
    return vars;
}

bool constant_props(const ast::NodePattern& n) {
    if (!n.properties) return true;
    std::vector<std::string> vars;
    free_variables(*n.properties, vars);
    return vars.empty();
}

// ---------------------------------------------------------------- helpers on nodes

std::vector<NodeId> candidates(ExecContext& ex, const NodeMatcher& matcher, Row& row) {
    std::vector<NodeId> out;
    NodeCheck m(ex.g, matcher);
    EvalCtx c{ex, row};
    for (const auto& p : matcher.props) {
        auto k = ex.g.find_key(p.key);
        if (!k || !ex.g.is_indexed(*k)) continue;
        Value v = p.value(c);
        if (!v.is_string()) continue;
        for (NodeId n : ex.g.nodes_with_property(*k, v.as_string()))
            if (node_accepts(ex, m, row, n)) out.push_back(n);
        return out;
    }
    std::optional<graph::LabelId> best;
    if (m.impossible) return out;
    for (const auto& l : matcher.labels) {
        auto id = ex.g.find_label(l);
        if (!best || ex.g.nodes_with_label_count(*id) < ex.g.nodes_with_label_count(*best)) best = id;
    }
    if (best) {
        for (NodeId n : ex.g.nodes_with_label(*best))
            if (node_accepts(ex, m, row, n)) out.push_back(n);
        return out;
    }
    for (NodeId n = 0; n < ex.g.node_id_bound(); ++n)
        if (ex.g.node_alive(n) && node_accepts(ex, m, row, n)) out.push_back(n);
    return out;
}

std::vector<graph::TypeId> resolve_types(const graph::Graph& g, const std::vector<std::string>& names) {
    std::vector<graph::TypeId> ids;
    for (const auto& t : names)
        if (auto id = g.find_type(t)) ids.push_back(*id);
    return ids;
}

// ---------------------------------------------------------------- count per type

std::optional<Producer> count_by_type(const ast::Statement& s, const PatternPlan& plan) {
    auto shape = return_shape(s);
    if (!shape || plan.parts.size() != 1 || !plan.conjuncts.empty()) return std::nullopt;
    const PartPlan& part = plan.parts[0];
    if (part.rels.size() != 1 || part.path_slot) return std::nullopt;
    const RelMatcher& r = part.rels[0];
    if (r.variable_length || r.direction == ast::Direction::Undirected || r.name.empty() || !r.props.empty() ||
        r.props_map || r.mode != BindMode::Bind)
        return std::nullopt;
    for (const auto& n : part.nodes)
        if (!n.labels.empty() || !n.props.empty() || n.props_map || n.mode != BindMode::Bind) return std::nullopt;
    for (const ast::Expr* k : shape->keys)
        if (k->kind != ast::ExprKind::Function || lower(k->name) != "type" || k->args.size() != 1 ||
            k->args[0]->kind != ast::ExprKind::Variable || k->args[0]->name != r.name)
            return std::nullopt;
    if (!only_row_counts(*shape, {r.name})) return std::nullopt;
    std::size_t slot = r.slot;
    std::vector<std::string> wanted = r.types;
    return Producer([slot, wanted](ExecContext& ex, Row& row, const Emit& emit) {
        std::size_t ntypes = ex.g.type_dictionary_size();
        std::vector<bool> want(ntypes, wanted.empty());
        for (auto t : resolve_types(ex.g, wanted)) want[t] = true;
        // The grouping key type(r) is the type's name: the sink reads it from r's slot
        // (optimise_plan points the keys there), so no relationship need be visited.
        for (graph::TypeId t = 0; t < ntypes; ++t) {
            std::size_t n = ex.g.rels_with_type(t);
            if (!want[t] || n == 0) continue;
            row[slot] = ex.g.type_name(t);
            emit(row, static_cast<std::int64_t>(n));
        }
    });
}

// ---------------------------------------------------------------- chain path counts

struct Hop {
    const NodeMatcher* to;   // checked through a NodeCheck built per run
    graph::Expand::Dir dir;
    std::vector<std::string> types;
};

graph::Expand::Dir dir_of(ast::Direction d, bool flip) {
    if (d == ast::Direction::Undirected) return graph::Expand::Dir::Both;
    bool out = (d == ast::Direction::Outgoing) != flip;
    return out ? graph::Expand::Dir::Out : graph::Expand::Dir::In;
}

bool disjoint_types(const PartPlan& part) {
    std::set<std::string> seen;
    for (const auto& r : part.rels) {
        if (r.types.empty()) return false;
        for (const auto& t : r.types)
            if (!seen.insert(t).second) return false;
    }
    return true;
}

std::optional<Producer> chain_count(const ast::Statement& s, const PatternPlan& plan) {
    auto shape = return_shape(s);
    if (!shape || plan.parts.size() != 1 || !plan.conjuncts.empty()) return std::nullopt;
    const PartPlan& part = plan.parts[0];
    if (part.rels.empty() || part.path_slot || !disjoint_types(part)) return std::nullopt;
    for (const auto& r : part.rels)
        if (r.variable_length || !r.props.empty() || r.props_map || r.mode != BindMode::Bind) return std::nullopt;
    const auto& written = std::get<ast::MatchClause>(s.clauses[0]).pattern[0];
    if (!constant_props(written.start)) return std::nullopt;
    for (const auto& st : written.steps)
        if (!constant_props(st.node)) return std::nullopt;
    for (const auto& n : part.nodes)
        if (n.props_map || n.mode != BindMode::Bind) return std::nullopt;
    if (!only_row_counts(*shape, {})) return std::nullopt;
    auto keys = key_variables(*shape);
    if (keys.size() > 1) return std::nullopt;
    // Count from the far end towards the grouping node (or along the plan without keys).
    bool backward = false;
    if (keys.size() == 1) {
        if (part.nodes.back().name == keys[0]) backward = false;
        else if (part.nodes.front().name == keys[0]) backward = true;
        else return std::nullopt;
        for (std::size_t i = 1; i + 1 < part.nodes.size(); ++i)
            if (part.nodes[i].name == keys[0]) return std::nullopt;
    }
    const NodeMatcher* first = backward ? &part.nodes.back() : &part.nodes.front();
    std::vector<Hop> hops;
    std::size_t n = part.rels.size();
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t r = backward ? n - 1 - i : i;
        const NodeMatcher* to = backward ? &part.nodes[r] : &part.nodes[r + 1];
        hops.push_back({to, dir_of(part.rels[r].direction, backward), part.rels[r].types});
    }
    std::size_t group_slot = backward ? part.nodes.front().slot : part.nodes.back().slot;
    bool grouped = keys.size() == 1;
    return Producer([first, hops, group_slot, grouped](ExecContext& ex, Row& row, const Emit& emit) {
        std::size_t bound = ex.g.node_id_bound();
        std::vector<std::int64_t> count(bound, 0), next(bound, 0);
        std::vector<NodeId> frontier = candidates(ex, *first, row), reached;
        for (NodeId v : frontier) count[v] = 1;
        // The type-grouped adjacency snapshot: a hop reads only the runs of its types.
        auto typed = ex.g.typed_adjacency();
        for (const Hop& h : hops) {
            auto types = resolve_types(ex.g, h.types);
            std::vector<bool> wanted(ex.g.type_dictionary_size(), false);
            for (auto t : types) wanted[t] = true;
            auto pass = [&](graph::TypeId t) { return wanted[t]; };
            NodeCheck to(ex.g, *h.to);
            reached.clear();
            for (NodeId u : frontier) {
                ex.poll();
                auto visit = [&](const graph::Adjacent& a, bool second_side) {
                    if (second_side && a.other == u) return;   // an undirected self-loop counts once
                    if (next[a.other] == 0) {
                        if (!node_accepts(ex, to, row, a.other)) return;
                        reached.push_back(a.other);
                    }
                    next[a.other] += count[u];
                };
                if (h.dir != graph::Expand::Dir::In)
                    typed->for_each(u, true, pass, [&](const graph::Adjacent& a) { visit(a, false); });
                if (h.dir != graph::Expand::Dir::Out)
                    typed->for_each(u, false, pass,
                                    [&](const graph::Adjacent& a) { visit(a, h.dir == graph::Expand::Dir::Both); });
            }
            for (NodeId u : frontier) count[u] = 0;
            std::swap(count, next);
            frontier.swap(reached);
        }
        std::sort(frontier.begin(), frontier.end());
        if (!grouped) {
            std::int64_t total = 0;
            for (NodeId v : frontier) total += count[v];
            if (total > 0) emit(row, total);
            return;
        }
        for (NodeId v : frontier) {
            row[group_slot] = graph::NodeRef{v};
            emit(row, count[v]);
        }
    });
}

// ---------------------------------------------------------------- distinct reach

bool is_inequality_of(const ast::Expr& e, const std::string& a, const std::string& b) {
    if (e.kind != ast::ExprKind::Binary || e.op != ast::Op::Neq) return false;
    auto var = [](const ast::ExprPtr& x, const std::string& n) {
        return x->kind == ast::ExprKind::Variable && x->name == n;
    };
    return (var(e.args[0], a) && var(e.args[1], b)) || (var(e.args[0], b) && var(e.args[1], a));
}

std::optional<Producer> distinct_reach(const ast::Statement& s, const PatternPlan& plan) {
    auto shape = return_shape(s);
    if (!shape || !shape->keys.empty() || shape->aggregates.size() != 1 || plan.parts.size() != 1)
        return std::nullopt;
    const PartPlan& part = plan.parts[0];
    if (part.rels.size() != 1 || part.path_slot || part.reversed) return std::nullopt;
    const RelMatcher& r = part.rels[0];
    const NodeMatcher& a = part.nodes[0];
    const NodeMatcher& b = part.nodes[1];
    if (!r.variable_length || !r.name.empty() || !r.props.empty() || r.props_map || r.min_hops > 1 ||
        r.max_hops > 64 || a.name.empty() || b.name.empty() || !b.props.empty() || b.props_map ||
        a.props_map || a.mode != BindMode::Bind || b.mode != BindMode::Bind)
        return std::nullopt;
    if (!is_count_of(*shape->aggregates[0], b.name, true)) return std::nullopt;
    // The start is never counted by the BFS; the query must exclude it too.
    const auto& m = std::get<ast::MatchClause>(s.clauses[0]);
    if (!m.where || !is_inequality_of(*m.where, a.name, b.name)) return std::nullopt;
    if (!constant_props(m.pattern[0].start)) return std::nullopt;
    graph::Expand::Dir dir = dir_of(r.direction, false);
    std::vector<std::string> types = r.types;
    std::uint32_t lo = r.min_hops, hi = r.max_hops;
    return Producer([&a, &b, dir, types, lo, hi](ExecContext& ex, Row& row, const Emit& emit) {
        graph::Expand how;
        how.dir = dir;
        how.types = resolve_types(ex.g, types);
        if (how.types.empty() && !types.empty()) return;
        // The union of what every start reaches, counted once: the sink's count(DISTINCT b)
        // becomes a plain count of one weighted row (optimise_plan tells the sink).
        std::vector<bool> seen(ex.g.node_id_bound(), false);
        std::int64_t distinct = 0;
        std::optional<NodeId> some;
        NodeCheck end(ex.g, b);
        for (NodeId start : candidates(ex, a, row)) {
            row[a.slot] = graph::NodeRef{start};
            for (NodeId n : graph::reachable_within_unordered(ex.g, start, how, lo, hi)) {
                if (n == start || seen[n] || !node_accepts(ex, end, row, n)) continue;
                seen[n] = true;
                ++distinct;
                some = n;
            }
        }
        if (!some) return;
        row[b.slot] = graph::NodeRef{*some};
        emit(row, distinct);
    });
}

Producer generic_producer(const PatternPlan* plan) {
    return [plan](ExecContext& ex, Row& row, const Emit& emit) {
        match_pattern(*plan, ex, row, [&](Row& m) { return emit(m, 1); });
    };
}

}  // namespace

void optimise_plan(CompileState& st, const ast::Statement& statement) {
    for (std::size_t i = 0; i + 1 < st.ops.size(); ++i) {
        const PatternPlan* plan = required_match_plan(*st.ops[i]);
        auto* sink = dynamic_cast<RowSink*>(st.ops[i + 1].get());
        if (!plan || !sink || !sink->streams()) continue;
        std::optional<Producer> fast;
        std::string name;
        if (i == 0 && sink->groups()) {
            if ((fast = count_by_type(statement, *plan))) {
                name = "RelationshipCountByType";
                sink->read_keys_from(plan->parts[0].rels[0].slot);
            }
            else if ((fast = chain_count(statement, *plan))) name = "ChainPathCount";
            else if ((fast = distinct_reach(statement, *plan))) {
                name = "DistinctReachBFS";
                sink->inputs_already_distinct();
            }
        }
        if (!fast) {
            fast = generic_producer(plan);
            name = "Match";
        }
        auto op = std::make_unique<StreamOp>(std::move(st.ops[i]), std::move(st.ops[i + 1]), std::move(*fast), name,
                                             plan->width);
        st.ops[i] = std::move(op);
        st.ops.erase(st.ops.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
}

}  // namespace liverkg::engine

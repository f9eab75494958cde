// The backtracking matcher: binds one pattern element at a time, checks the
// WHERE conjuncts that became evaluable, and keeps relationships unique within
// the match as openCypher requires.
#include <algorithm>

#include "engine/pattern/pattern.hpp"
#include "engine/pattern/prefix_index.hpp"
#include "graph/algo.hpp"
#include "graph/typed_adjacency.hpp"

namespace liverkg::engine {

using graph::Adjacent;
using graph::NodeId;
using graph::RelId;

NodeCheck::NodeCheck(const graph::Graph& g, const NodeMatcher& m) : matcher(&m) {
    for (const auto& l : m.labels) {
        if (auto id = g.find_label(l)) labels.push_back(*id);
        else impossible = true;
    }
    accepts_any = m.labels.empty() && m.props.empty() && !m.props_map;
}

bool properties_match(ExecContext& ex, Row& row, const std::vector<PropertyConstraint>& props,
                      const CompiledExpr& props_map, bool is_node, std::uint32_t id, const PropertyConstraint* met) {
    // The stored value itself, not a copy (a string would be copied for each candidate).
    static const Value absent;
    auto prop = [&](std::string_view key) -> const Value& {
        auto k = ex.g.find_key(key);
        if (!k) return absent;
        const Value* v = is_node ? ex.g.node_property(id, *k) : ex.g.rel_property(id, *k);
        return v ? *v : absent;
    };
    EvalCtx c{ex, row};
    for (const auto& p : props)
        if (&p != met && equals(prop(p.key), p.value(c)) != Tri::True) return false;
    if (!props_map) return true;
    Value m = props_map(c);
    if (m.is_null()) return true;
    if (!m.is_map()) raise(ErrorKind::TypeError, "InvalidArgumentType", "pattern properties must be a Map");
    for (const auto& [k, v] : m.as_map())
        if (equals(prop(k), v) != Tri::True) return false;
    return true;
}

bool node_accepts_checked(ExecContext& ex, const NodeCheck& check, Row& row, NodeId n, const PropertyConstraint* met) {
    if (check.impossible) return false;
    for (auto l : check.labels)
        if (!ex.g.has_label(n, l)) return false;
    const NodeMatcher& m = *check.matcher;
    return (m.props.empty() && !m.props_map) || properties_match(ex, row, m.props, m.props_map, true, n, met);
}

struct ResolvedPart {
    std::vector<NodeCheck> nodes;
    std::vector<std::vector<graph::TypeId>> rel_types;      // per rel; empty = any
    std::vector<bool> rel_impossible;
};

// Valid while the graph's label and type dictionaries keep their sizes: they only grow (names
// are kept across rollback), so equal sizes mean the same names with the same ids.
struct ResolvedPattern {
    const graph::Graph* graph = nullptr;
    std::size_t labels = 0, types = 0;
    std::vector<ResolvedPart> parts;
    std::vector<bool> event_has_conjunct;   // indexed by event + 1 (event -1: before matching)
    bool typed_hops = false;                // some hop names types
};

namespace {

std::shared_ptr<const ResolvedPattern> resolve(const PatternPlan& plan, const graph::Graph& g) {
    const auto& kept = plan.resolved.value;
    if (kept && kept->graph == &g && kept->labels == g.label_dictionary_size() &&
        kept->types == g.type_dictionary_size())
        return kept;
    auto out = std::make_shared<ResolvedPattern>();
    out->graph = &g;
    out->labels = g.label_dictionary_size();
    out->types = g.type_dictionary_size();
    for (const auto& c : plan.conjuncts) {
        auto e = static_cast<std::size_t>(c.event + 1);
        if (e >= out->event_has_conjunct.size()) out->event_has_conjunct.resize(e + 1, false);
        out->event_has_conjunct[e] = true;
    }
    out->parts.reserve(plan.parts.size());
    for (const auto& part : plan.parts) {
        ResolvedPart r;
        r.nodes.reserve(part.nodes.size());
        r.rel_types.reserve(part.rels.size());
        for (const auto& n : part.nodes) r.nodes.emplace_back(g, n);
        for (const auto& rel : part.rels) {
            std::vector<graph::TypeId> ids;
            for (const auto& t : rel.types)
                if (auto id = g.find_type(t)) ids.push_back(*id);
            r.rel_impossible.push_back(!rel.types.empty() && ids.empty());
            r.rel_types.push_back(std::move(ids));
            out->typed_hops = out->typed_hops || !rel.types.empty();
        }
        out->parts.push_back(std::move(r));
    }
    plan.resolved.value = out;
    return out;
}

class Matcher {
public:
    Matcher(const PatternPlan& plan, ExecContext& ex, Row& row, const std::function<bool(Row&)>& emit)
        : plan_(plan), ex_(ex), row_(row), emit_(emit), pattern_(resolve(plan, ex.g)), resolved_(pattern_->parts),
          event_has_conjunct_(pattern_->event_has_conjunct) {
        // Read-only statements walk typed hops through the type-grouped snapshot: a hop
        // then reads only the relationships of its types, not the whole adjacency.
        if (ex_.indexes && pattern_->typed_hops) typed_ = ex_.g.typed_adjacency();
    }

    void run() {
        if (!conjuncts_hold(-1)) return;
        match_part(0);
    }

private:
    const PatternPlan& plan_;
    ExecContext& ex_;
    Row& row_;
    const std::function<bool(Row&)>& emit_;
    std::shared_ptr<const ResolvedPattern> pattern_;   // held: a later run may replace the plan's
    const std::vector<ResolvedPart>& resolved_;
    std::vector<RelId> used_;
    bool stop_ = false;
    bool stop_branch_ = false;   // shortestPath found its one path
    bool walked_full_length_ = false;   // the deepening reached its current length somewhere
    std::shared_ptr<const graph::TypedAdjacency> typed_;
    const std::vector<bool>& event_has_conjunct_;

    EvalCtx ctx() { return EvalCtx{ex_, row_}; }

    // Checked after every binding: most events have no conjunct to evaluate.
    [[gnu::always_inline]] bool conjuncts_hold(int event) {
        auto e = static_cast<std::size_t>(event + 1);
        return e >= event_has_conjunct_.size() || !event_has_conjunct_[e] || evaluate_conjuncts(event);
    }

    bool evaluate_conjuncts(int event) {
        for (const auto& c : plan_.conjuncts) {
            if (c.event != event) continue;
            EvalCtx e = ctx();
            if (!is_true(c.predicate(e))) return false;
        }
        return true;
    }

    [[gnu::always_inline]] bool node_ok(std::size_t p, std::size_t i, NodeId n, const PropertyConstraint* met = nullptr) {
        return node_accepts(ex_, resolved_[p].nodes[i], row_, n, met);
    }

    [[gnu::always_inline]] bool type_ok(std::size_t p, std::size_t i, graph::TypeId t) const {
        const auto& types = resolved_[p].rel_types[i];
        return types.empty() || std::find(types.begin(), types.end(), t) != types.end();
    }

    [[gnu::always_inline]] bool rel_ok(std::size_t p, std::size_t i, RelId r) {
        const RelMatcher& m = plan_.parts[p].rels[i];
        if (std::find(used_.begin(), used_.end(), r) != used_.end()) return false;
        return (m.props.empty() && !m.props_map) || properties_match(ex_, row_, m.props, m.props_map, false, r);
    }

    // all(...) keeps an element whose test is true; none(...) one whose test is false.
    bool passes(const std::vector<PathFilter>& filters, const Value& element) {
        for (const auto& f : filters) {
            row_[f.slot] = element;
            EvalCtx e = ctx();
            Value r = f.predicate(e);
            if (r.is_null() || is_true(r) == f.negate) return false;
        }
        return true;
    }

    [[gnu::always_inline]] bool node_passes(std::size_t p, NodeId n) {
        const auto& fs = plan_.parts[p].node_filters;
        return fs.empty() || passes(fs, graph::NodeRef{n});
    }

    [[gnu::always_inline]] bool rel_passes(std::size_t p, RelId r) {
        const auto& fs = plan_.parts[p].rel_filters;
        return fs.empty() || passes(fs, graph::RelRef{r});
    }

    // Binds node i of part p to n (or checks it against its earlier binding). met: a property
    // constraint n is known to meet (see for_each_start).
    bool bind_node(std::size_t p, std::size_t i, NodeId n, const PropertyConstraint* met = nullptr) {
        const NodeMatcher& m = plan_.parts[p].nodes[i];
        if (m.mode == BindMode::Check) {
            const Value& v = row_[m.slot];
            if (!v.is_node() || v.as_node() != n) return false;
        }
        if (!node_ok(p, i, n, met) || !node_passes(p, n)) return false;
        if (m.mode == BindMode::Bind) row_[m.slot] = graph::NodeRef{n};
        return conjuncts_hold(m.event);
    }

    void match_part(std::size_t p) {
        if (stop_) return;
        if (p == plan_.parts.size()) {
            if (!emit_(row_)) stop_ = true;
            return;
        }
        const PartPlan& part = plan_.parts[p];
        if (part.path_function != ast::PathFunction::None) return match_shortest(p);
        for_each_start(p, [&](NodeId n, const PropertyConstraint* met) {
            if (bind_node(p, 0, n, met)) expand(p, 0, n);
            return !stop_;
        });
    }

    // Calls f(node, met) for each candidate start node of part p; met is the property
    // constraint the candidate is known to meet (found through the index on it), or nullptr.
    template <typename F>
    void for_each_start(std::size_t p, F&& f) {
        const PartPlan& part = plan_.parts[p];
        const NodeMatcher& start = part.nodes[0];
        if (start.mode == BindMode::Check) {
            const Value& v = row_[start.slot];
            if (v.is_node()) f(v.as_node(), nullptr);
            return;
        }
        if (part.seek_value) {
            EvalCtx e = ctx();
            Value key_value = part.seek_value(e);
            auto key = ex_.g.find_key(part.seek_key);
            if (!key || key_value.is_null()) return;
            if (key_value.is_string() && ex_.g.is_indexed(*key)) {
                auto hits = ex_.g.nodes_with_property(*key, key_value.as_string());
                const PropertyConstraint* met = &part.nodes[0].props[part.seek_constraint];
                // A read-only statement cannot change the index under the loop; otherwise
                // (MERGE creating nodes) walk a copy.
                if (ex_.indexes) {
                    for (NodeId n : hits)
                        if (!f(n, met)) return;
                    return;
                }
                // ...and check each node again: an earlier one's update may have changed it.
                std::vector<NodeId> copy(hits.begin(), hits.end());
                for (NodeId n : copy)
                    if (!f(n, nullptr)) return;
                return;
            }
        }
        if (part.prefix_value && ex_.indexes) {
            EvalCtx e = ctx();
            Value prefix = part.prefix_value(e);
            auto key = ex_.g.find_key(part.prefix_key);
            if (!prefix.is_string() || !key) return;   // STARTS WITH a non-string is never true
            for (NodeId n : ex_.indexes->prefix_index(ex_.g, *key).with_prefix(prefix.as_string()))
                if (!f(n, nullptr)) return;
            return;
        }
        if (!part.start_label.empty()) {
            auto label = ex_.g.find_label(part.start_label);
            if (!label) return;
            auto span = ex_.g.nodes_with_label(*label);
            // Copy: the callback may create or delete nodes (MERGE), which changes the index.
            std::vector<NodeId> ids(span.begin(), span.end());
            for (NodeId n : ids) {
                ex_.poll();
                if (ex_.g.node_alive(n) && !f(n, nullptr)) return;
            }
            return;
        }
        NodeId bound = ex_.g.node_id_bound();
        for (NodeId n = 0; n < bound; ++n) {
            ex_.poll();
            if (ex_.g.node_alive(n) && !f(n, nullptr)) return;
        }
    }

    template <typename F>
    void for_each_adjacent(NodeId n, ast::Direction dir, F&& f) {
        if (dir != ast::Direction::Incoming)
            for (const Adjacent& a : ex_.g.out(n))
                if (!f(a)) return;
        if (dir != ast::Direction::Outgoing)
            for (const Adjacent& a : ex_.g.in(n)) {
                // an undirected pattern sees a self-loop once, through out()
                if (dir == ast::Direction::Undirected && a.other == n) continue;
                if (!f(a)) return;
            }
    }

    // The relationships of hop i of part p at n: through the snapshot when the hop is typed.
    template <typename F>
    void for_each_rel_of(std::size_t p, std::size_t i, NodeId n, ast::Direction dir, F&& f) {
        const auto& types = resolved_[p].rel_types[i];
        if (!typed_ || types.empty()) return for_each_adjacent(n, dir, f);
        auto pass = [&](graph::TypeId t) { return std::find(types.begin(), types.end(), t) != types.end(); };
        bool go = true;
        if (dir != ast::Direction::Incoming)
            typed_->for_each(n, true, pass, [&](const Adjacent& a) { go = go && f(a); });
        if (go && dir != ast::Direction::Outgoing)
            typed_->for_each(n, false, pass, [&](const Adjacent& a) {
                if (dir == ast::Direction::Undirected && a.other == n) return;   // a self-loop once
                go = go && f(a);
            });
    }

    void expand(std::size_t p, std::size_t i, NodeId from) {
        const PartPlan& part = plan_.parts[p];
        if (i == part.rels.size()) return finish_part(p);
        const RelMatcher& m = part.rels[i];
        if (m.variable_length) {
            graph::Path seg;
            seg.nodes.push_back(from);
            // A type that does not exist still allows the zero-length walk of *0..n.
            if (resolved_[p].rel_impossible[i]) {
                if (m.min_hops == 0 && m.mode == BindMode::Bind) {
                    bind_segment(p, i, seg);
                    if (conjuncts_hold(m.event) && bind_node(p, i + 1, from)) expand(p, i + 1, from);
                }
                return;
            }
            if (m.mode == BindMode::Check) return follow_bound_list(p, i, seg);
            return expand_var(p, i, from, seg);
        }
        if (resolved_[p].rel_impossible[i]) return;
        for_each_rel_of(p, i, from, m.direction, [&](const Adjacent& a) {
            ex_.poll();
            if (!type_ok(p, i, a.type)) return true;
            if (m.mode == BindMode::Check) {
                const Value& v = row_[m.slot];
                if (!v.is_rel() || v.as_rel() != a.rel) return true;
            }
            if (!rel_ok(p, i, a.rel) || !rel_passes(p, a.rel)) return true;
            if (m.mode == BindMode::Bind) row_[m.slot] = graph::RelRef{a.rel};
            used_.push_back(a.rel);
            if (conjuncts_hold(m.event) && bind_node(p, i + 1, a.other)) expand(p, i + 1, a.other);
            used_.pop_back();
            return !stop_;
        });
    }

    // A variable-length relationship already bound to a list: the walk must follow it.
    void follow_bound_list(std::size_t p, std::size_t i, graph::Path& seg) {
        const RelMatcher& m = plan_.parts[p].rels[i];
        const Value& bound = row_[m.slot];
        if (!bound.is_list()) return;
        std::vector<RelId> rels;
        for (const Value& v : bound.as_list()) {
            if (!v.is_rel()) return;
            rels.push_back(v.as_rel());
        }
        if (plan_.parts[p].reversed) std::reverse(rels.begin(), rels.end());
        if (rels.size() < m.min_hops || rels.size() > m.max_hops) return;
        std::size_t used_before = used_.size();
        for (RelId r : rels) {
            NodeId at = seg.nodes.back();
            NodeId start = ex_.g.rel_start(r), end = ex_.g.rel_end(r);
            bool fwd = start == at && m.direction != ast::Direction::Incoming;
            bool bwd = end == at && m.direction != ast::Direction::Outgoing;
            if ((!fwd && !bwd) || !type_ok(p, i, ex_.g.rel_type(r)) || !rel_ok(p, i, r)) {
                used_.resize(used_before);
                return;
            }
            used_.push_back(r);
            seg.rels.push_back(r);
            seg.nodes.push_back(fwd ? end : start);
        }
        row_[m.segment_slot] = seg;
        if (conjuncts_hold(m.event) && bind_node(p, i + 1, seg.nodes.back())) expand(p, i + 1, seg.nodes.back());
        used_.resize(used_before);
    }

    void bind_segment(std::size_t p, std::size_t i, const graph::Path& seg) { bind_segment(p, i, Value(seg)); }

    // The same with the walk already a value (shared, not copied, by the slots that hold it).
    void bind_segment(std::size_t p, std::size_t i, const Value& walk) {
        const RelMatcher& m = plan_.parts[p].rels[i];
        row_[m.segment_slot] = walk;
        const graph::Path& seg = walk.as_path();
        graph::List rels;
        rels.reserve(seg.rels.size());
        for (RelId r : seg.rels) rels.emplace_back(graph::RelRef{r});
        if (plan_.parts[p].reversed) std::reverse(rels.begin(), rels.end());
        row_[m.slot] = std::move(rels);
    }

    void expand_var(std::size_t p, std::size_t i, NodeId at, graph::Path& seg) {
        const RelMatcher& m = plan_.parts[p].rels[i];
        auto depth = static_cast<std::uint32_t>(seg.rels.size());
        // A walk is bound as a list of its relationships: the step costs its length.
        ex_.poll(1 + depth);
        if (depth >= m.min_hops) {
            bind_segment(p, i, seg);
            if (conjuncts_hold(m.event) && bind_node(p, i + 1, at)) expand(p, i + 1, at);
            if (stop_) return;
        }
        if (depth >= m.max_hops) return;
        for_each_rel_of(p, i, at, m.direction, [&](const Adjacent& a) {
            ex_.poll();
            if (!type_ok(p, i, a.type) || !rel_ok(p, i, a.rel) || !rel_passes(p, a.rel) ||
                !node_passes(p, a.other))
                return true;
            used_.push_back(a.rel);
            seg.rels.push_back(a.rel);
            seg.nodes.push_back(a.other);
            expand_var(p, i, a.other, seg);
            seg.rels.pop_back();
            seg.nodes.pop_back();
            used_.pop_back();
            return !stop_;
        });
    }

    graph::Path build_path(std::size_t p) {
        const PartPlan& part = plan_.parts[p];
        graph::Path path;
        path.nodes.push_back(row_[part.nodes[0].slot].as_node());
        for (std::size_t i = 0; i < part.rels.size(); ++i) {
            const RelMatcher& m = part.rels[i];
            if (m.variable_length) {
                const graph::Path& seg = row_[m.segment_slot].as_path();
                path.rels.insert(path.rels.end(), seg.rels.begin(), seg.rels.end());
                path.nodes.insert(path.nodes.end(), seg.nodes.begin() + 1, seg.nodes.end());
            } else {
                path.rels.push_back(row_[m.slot].as_rel());
                path.nodes.push_back(row_[part.nodes[i + 1].slot].as_node());
            }
        }
        if (part.reversed) {
            std::reverse(path.nodes.begin(), path.nodes.end());
            std::reverse(path.rels.begin(), path.rels.end());
        }
        return path;
    }

    void finish_part(std::size_t p) {
        const PartPlan& part = plan_.parts[p];
        if (part.path_slot) {
            row_[*part.path_slot] = build_path(p);
            if (!conjuncts_hold(part.path_event)) return;
        }
        match_part(p + 1);
    }

    // Conjuncts that read the path or its relationships must hold on the path that is
    // returned: the search then deepens length by length instead of filtering afterwards.
    bool path_filtered(const PartPlan& part) const {
        for (const auto& c : plan_.conjuncts) {
            if (c.pushed_into_path) continue;   // enforced hop by hop, also by the BFS
            if (c.event == part.rels[0].event || (part.path_slot && c.event == part.path_event)) return true;
        }
        return false;
    }

    void match_shortest(std::size_t p) {
        const PartPlan& part = plan_.parts[p];
        if (resolved_[p].rel_impossible[0]) return;
        for_each_start(p, [&](NodeId a, const PropertyConstraint* met) {
            if (!bind_node(p, 0, a, met)) return !stop_;
            for_each_end(p, [&](NodeId b) {
                if (bind_node(p, 1, b)) shortest_between(p, a, b, part.path_function == ast::PathFunction::AllShortestPaths);
                return !stop_;
            });
            return !stop_;
        });
    }

    // Emits the shortest trails from a to b (all of them, or the first), by increasing length.
    void shortest_between(std::size_t p, NodeId a, NodeId b, bool all) {
        const RelMatcher& m = plan_.parts[p].rels[0];
        if (a == b) return;   // a shortest path joins two different nodes
        if (!path_filtered(plan_.parts[p]) && m.min_hops <= 1) return shortest_by_bfs(p, a, b, all);
        stop_branch_ = false;
        std::uint32_t lo = std::max<std::uint32_t>(m.min_hops, 1);
        std::uint32_t hi = std::min<std::uint32_t>(m.max_hops, static_cast<std::uint32_t>(ex_.g.counts().relationships));
        for (std::uint32_t len = lo; len <= hi && !stop_; ++len) {
            bool found = false;
            walked_full_length_ = false;
            graph::Path seg;
            seg.nodes.push_back(a);
            exact_trails(p, b, len, seg, all, found);
            stop_branch_ = false;
            if (found) return;
            if (!walked_full_length_) return;   // no trail is this long, so none is longer
        }
    }

    // No predicate reads the path: a bidirectional BFS finds it (graph/algo.hpp).
    void shortest_by_bfs(std::size_t p, NodeId a, NodeId b, bool all) {
        const RelMatcher& m = plan_.parts[p].rels[0];
        graph::Expand how;
        how.dir = m.direction == ast::Direction::Outgoing   ? graph::Expand::Dir::Out
                  : m.direction == ast::Direction::Incoming ? graph::Expand::Dir::In
                                                            : graph::Expand::Dir::Both;
        how.types = resolved_[p].rel_types[0];
        const PartPlan& part = plan_.parts[p];
        bool check_rels = !used_.empty() || !m.props.empty() || m.props_map || !part.rel_filters.empty();
        auto ok_node = [&](NodeId n) { return node_passes(p, n); };
        graph::NodeFilter node_filter = part.node_filters.empty() ? graph::NodeFilter() : graph::NodeFilter(ok_node);
        if (all) {
            // Every relationship the search looks at is a step of the statement.
            auto ok_rel = [&](RelId r) {
                ex_.poll();
                return !check_rels || (rel_ok(p, 0, r) && rel_passes(p, r));
            };
            for (graph::Path& path : graph::all_shortest_paths(ex_.g, a, b, how, m.max_hops, node_filter, ok_rel))
                if (!emit_shortest(p, path)) return;
            return;
        }
        // The steps are counted node by node; a relationship filter is asked only when there is one.
        auto ok_rel = [&](RelId r) { return rel_ok(p, 0, r) && rel_passes(p, r); };
        auto progress = [&](std::uint64_t looked) { ex_.poll(looked); };
        graph::RelFilter rel_filter = check_rels ? graph::RelFilter(ok_rel) : graph::RelFilter();
        if (auto one = graph::shortest_path(ex_.g, a, b, how, m.max_hops, node_filter, rel_filter, progress))
            emit_shortest(p, *one);
    }

    // Binds a path a search found and goes on with the next part; false once the match stops.
    bool emit_shortest(std::size_t p, graph::Path& path) {
        Value found(std::move(path));   // one stored path for the walk and the path variable
        bind_segment(p, 0, found);
        if (plan_.parts[p].path_slot) row_[*plan_.parts[p].path_slot] = std::move(found);
        match_part(p + 1);
        return !stop_;
    }

    void exact_trails(std::size_t p, NodeId target, std::uint32_t len, graph::Path& seg, bool all, bool& found) {
        const RelMatcher& m = plan_.parts[p].rels[0];
        NodeId at = seg.nodes.back();
        if (seg.rels.size() == len) {
            walked_full_length_ = true;
            if (at != target) return;
            bind_segment(p, 0, seg);
            if (!conjuncts_hold(m.event)) return;
            if (plan_.parts[p].path_slot) {
                row_[*plan_.parts[p].path_slot] = seg;
                if (!conjuncts_hold(plan_.parts[p].path_event)) return;
            }
            found = true;
            match_part(p + 1);
            if (!all) stop_branch_ = true;
            return;
        }
        for_each_rel_of(p, 0, at, m.direction, [&](const Adjacent& a) {
            ex_.poll();
            if (!type_ok(p, 0, a.type) || !rel_ok(p, 0, a.rel) || !rel_passes(p, a.rel) ||
                !node_passes(p, a.other))
                return true;
            used_.push_back(a.rel);
            seg.rels.push_back(a.rel);
            seg.nodes.push_back(a.other);
            exact_trails(p, target, len, seg, all, found);
            seg.rels.pop_back();
            seg.nodes.pop_back();
            used_.pop_back();
            return !stop_ && !stop_branch_;
        });
    }

    template <typename F>
    void for_each_end(std::size_t p, F&& f) {
        const NodeMatcher& end = plan_.parts[p].nodes[1];
        if (end.mode == BindMode::Check) {
            const Value& v = row_[end.slot];
            if (v.is_node()) f(v.as_node());
            return;
        }
        NodeId bound = ex_.g.node_id_bound();
        for (NodeId n = 0; n < bound; ++n) {
            ex_.poll();
            if (ex_.g.node_alive(n) && node_ok(p, 1, n) && !f(n)) return;
        }
    }
};

}  // namespace

void match_pattern(const PatternPlan& plan, ExecContext& ex, Row& row, const std::function<bool(Row&)>& emit) {
    if (row.size() < plan.width) row.resize(plan.width);
    Matcher m(plan, ex, row, emit);
    m.run();
}

}  // namespace liverkg::engine

// Walks the reading parts of a statement (MATCH patterns and WHERE, WITH, RETURN, UNWIND) for
// labels, relationship types and property keys the graph has none of. Writing clauses are left
// out: CREATE (n:NewLabel) is how a label comes to exist. Property keys are checked only on
// variables a MATCH binds, so `WITH {a: 1} AS m RETURN m.a` says nothing.
#include "engine/runtime/notices.hpp"

#include <set>
#include <type_traits>

#include "engine/procedures/lookup.hpp"

namespace liverkg::engine {
namespace {

using graph::Value;

class NameCheck {
public:
    NameCheck(const graph::Graph& g, const std::vector<Value>* literals) : g_(g), literals_(literals) {}

    void pattern(const ast::Pattern& p) {
        for (const auto& part : p) {
            node(part.start);
            for (const auto& step : part.steps) {
                if (step.rel.variable) bound_.insert(*step.rel.variable);
                for (const auto& t : step.rel.types) type(t);
                map_keys(step.rel.properties);
                node(step.node);
            }
        }
    }

    void node(const ast::NodePattern& n) {
        if (n.variable) bound_.insert(*n.variable);
        for (const auto& l : n.labels) label(l);
        map_keys(n.properties);
        if (n.properties && n.properties->kind == ast::ExprKind::Map)
            for (std::size_t i = 0; i < n.properties->keys.size(); ++i)
                if (n.properties->keys[i] == "name" && n.properties->args[i] &&
                    n.properties->args[i]->kind == ast::ExprKind::Literal)
                    literal_name(*n.properties->args[i]);
    }

    void expr(const ast::ExprPtr& e) {
        if (!e) return;
        if (e->kind == ast::ExprKind::Property && !e->args.empty() && e->args[0] &&
            e->args[0]->kind == ast::ExprKind::Variable && bound_.count(e->args[0]->name))
            key(e->name);
        if (e->kind == ast::ExprKind::HasLabels)
            for (const auto& l : e->labels) label(l);
        for (const auto& a : e->args) expr(a);
        expr(e->case_subject);
        for (const auto& x : e->case_when) expr(x);
        for (const auto& x : e->case_then) expr(x);
        expr(e->case_else);
        if (e->pattern) pattern({*e->pattern});
    }

    void projection(const ast::Projection& p) {
        for (const auto& item : p.items) expr(item.expression);
        for (const auto& s : p.order_by) expr(s.expression);
    }

    std::vector<std::string> unknown_names() const {
        std::vector<std::string> out;
        for (const auto& l : labels_)
            out.push_back("the label :" + l + " is not in the graph (no node has it); known labels: :schema");
        for (const auto& t : types_)
            out.push_back("the relationship type :" + t + " is not in the graph; known types: :schema");
        for (const auto& k : keys_) out.push_back("the property key `" + k + "` is not in the graph");
        return out;
    }

    // "{name: 'mesenchymal stem cell'}" names no node but is MSC's alias.
    std::vector<std::string> alias_hints() const {
        std::vector<std::string> out;
        auto name_key = g_.find_key("name");
        if (!name_key) return out;
        for (const auto& wanted : names_) {
            if (!g_.nodes_with_property(*name_key, wanted).empty() || any_name_is(*name_key, wanted)) continue;
            for (const auto& hit : lookup_nodes(g_, wanted)) {
                if (hit.score < 0.8) break;
                const Value* name = g_.node_property(hit.node, *name_key);
                if (!name || !name->is_string() || name->as_string() == wanted) continue;
                std::string labels;
                for (auto l : g_.labels(hit.node)) labels += ":" + g_.label_name(l);
                out.push_back("no node is named '" + wanted + "', but it is an alias of " + name->as_string() +
                              ": did you mean (" + labels + " {name: '" + name->as_string() + "'})?");
                break;
            }
        }
        return out;
    }

    void label(const std::string& l) {
        auto id = g_.find_label(l);
        if (!id || g_.nodes_with_label_count(*id) == 0) labels_.insert(l);
    }

private:
    const graph::Graph& g_;
    const std::vector<Value>* literals_;

    // A cached plan's statement holds the literal of the statement it was compiled for.
    void literal_name(const ast::Expr& e) {
        if (e.lifted >= 0 && literals_) {
            const Value& v = (*literals_)[static_cast<std::size_t>(e.lifted)];
            if (v.is_string()) names_.insert(v.as_string());
        } else if (auto* s = std::get_if<std::string>(&e.literal)) {
            names_.insert(*s);
        }
    }

    std::set<std::string> bound_, labels_, types_, keys_, names_;

    void type(const std::string& t) {
        auto id = g_.find_type(t);
        if (!id || g_.rels_with_type(*id) == 0) types_.insert(t);
    }
    void key(const std::string& k) {
        if (!g_.find_key(k)) keys_.insert(k);
    }
    void map_keys(const ast::ExprPtr& m) {
        if (!m || m->kind != ast::ExprKind::Map) return;
        for (const auto& k : m->keys) key(k);
        for (const auto& a : m->args) expr(a);
    }
    // nodes_with_property answers only for indexed keys; otherwise look.
    bool any_name_is(graph::KeyId name_key, const std::string& wanted) const {
        if (g_.is_indexed(name_key)) return false;
        for (graph::NodeId n = 0; n < g_.node_id_bound(); ++n) {
            if (!g_.node_alive(n)) continue;
            const Value* v = g_.node_property(n, name_key);
            if (v && v->is_string() && v->as_string() == wanted) return true;
        }
        return false;
    }
};

}  // namespace

std::vector<std::string> statement_notices(const graph::Graph& g, const ast::Statement& statement, bool no_rows,
                                           const std::vector<Value>* literals) {
    NameCheck check(g, literals);
    if (statement.paths) {
        check.node(statement.paths->from);
        check.node(statement.paths->to);
        if (statement.paths->via_node) check.node(*statement.paths->via_node);
        for (const auto& l : statement.paths->via_labels) check.label(l);
        // PATHS matches aliases itself: no alias hint
        return check.unknown_names();
    }
    for (const auto& clause : statement.clauses)
        std::visit(
            [&](const auto& c) {
                using C = std::decay_t<decltype(c)>;
                if constexpr (std::is_same_v<C, ast::MatchClause>) {
                    check.pattern(c.pattern);
                    check.expr(c.where);
                } else if constexpr (std::is_same_v<C, ast::WithClause>) {
                    check.projection(c.projection);
                    check.expr(c.where);
                } else if constexpr (std::is_same_v<C, ast::ReturnClause>) {
                    check.projection(c.projection);
                } else if constexpr (std::is_same_v<C, ast::UnwindClause>) {
                    check.expr(c.expression);
                }
            },
            clause);
    auto out = check.unknown_names();
    if (no_rows)
        for (auto& hint : check.alias_hints()) out.push_back(std::move(hint));
    return out;
}

}  // namespace liverkg::engine

// CREATE and MERGE: writing patterns into the graph.
#include <algorithm>

#include "engine/clauses/ops.hpp"
#include "engine/pattern/pattern.hpp"
#include "engine/clauses/update.hpp"

namespace liverkg::engine {

using graph::NodeId;

namespace {

struct NewNode {
    std::size_t slot = 0;
    bool create = true;
    std::vector<std::string> labels;
    std::vector<PropertyConstraint> props;
    CompiledExpr props_map;
};

struct NewRel {
    std::size_t slot = 0;
    std::size_t from = 0, to = 0;     // indices into the part's nodes
    std::string type;
    std::vector<PropertyConstraint> props;
    CompiledExpr props_map;
};

struct NewPart {
    std::vector<NewNode> nodes;
    std::vector<NewRel> rels;
    std::optional<std::size_t> path_slot;
};

// Creates what a part describes in one row; `merge` rejects null property values.
void create_part(ExecContext& ex, Row& row, const NewPart& part, bool merge) {
    EvalCtx c{ex, row};
    auto set_props = [&](const Value& target, const std::vector<PropertyConstraint>& props, const CompiledExpr& map) {
        for (const auto& p : props) {
            Value v = p.value(c);
            if (merge && v.is_null())
                raise(ErrorKind::SemanticError, "MergeReadOwnWrites",
                      "cannot merge an element using a null property value (" + p.key + ")");
            if (!v.is_null()) write_property(ex, target, p.key, v);
        }
        if (map) {
            Value m = map(c);
            if (m.is_null()) return;
            if (!m.is_map()) raise(ErrorKind::TypeError, "InvalidArgumentType", "properties must be a Map");
            for (const auto& [k, v] : m.as_map())
                if (!v.is_null()) write_property(ex, target, k, v);
        }
    };
    std::vector<NodeId> ids;
    for (const auto& n : part.nodes) {
        if (!n.create) {
            const Value& v = row[n.slot];
            if (!v.is_node())
                raise(ErrorKind::SemanticError, "InvalidArgumentType",
                      "cannot create a relationship to a missing (null) node");
            ids.push_back(v.as_node());
            continue;
        }
        NodeId id = ex.g.add_node();
        ++ex.stats.nodes_created;
        for (const auto& l : n.labels)
            if (ex.g.add_label(id, ex.g.intern_label(l))) ++ex.stats.labels_added;
        row[n.slot] = graph::NodeRef{id};
        set_props(row[n.slot], n.props, n.props_map);
        ids.push_back(id);
    }
    graph::Path path;
    path.nodes.push_back(ids.empty() ? 0 : ids[0]);
    for (const auto& r : part.rels) {
        graph::RelId id = ex.g.add_rel(ids[r.from], ids[r.to], ex.g.intern_type(r.type));
        ++ex.stats.relationships_created;
        row[r.slot] = graph::RelRef{id};
        set_props(row[r.slot], r.props, r.props_map);
        path.rels.push_back(id);
    }
    if (part.path_slot) {
        for (std::size_t i = 1; i < ids.size(); ++i) path.nodes.push_back(ids[i]);
        row[*part.path_slot] = std::move(path);
    }
}

class CreateOp : public Operator {
public:
    std::vector<NewPart> parts;
    std::size_t width = 0;
    void run(ExecContext& ex, std::vector<Row>& rows) override {
        for (Row& r : rows) {
            r.resize(std::max(r.size(), width));
            for (const auto& p : parts) create_part(ex, r, p, false);
        }
    }
    std::string describe() const override { return "Create (" + std::to_string(parts.size()) + " parts)"; }
};

std::vector<PropertyConstraint> compile_props(CompileState& st, const ast::ExprPtr& props, CompiledExpr& map) {
    return compile_property_map(props, st.scope, st.g, st.params, map);
}

void check_creatable_rel(const ast::RelPattern& r, const Scope& scope, const char* clause) {
    if (r.variable_length)
        compile_error("CreatingVarLength", std::string(clause) + " cannot create a variable-length relationship", r.pos);
    if (r.types.size() != 1)
        compile_error("NoSingleRelationshipType",
                      std::string(clause) + " needs exactly one relationship type", r.pos);
    if (r.variable && scope.find(*r.variable))
        compile_error("VariableAlreadyBound", "variable `" + *r.variable + "` is already bound", r.pos);
}

std::size_t create_node(CompileState& st, NewPart& part, const ast::NodePattern& np, std::vector<std::string>& made) {
    NewNode n;
    if (np.variable) {
        if (const Scope::Var* v = st.scope.find(*np.variable)) {
            if (v->kind != VarKind::Node && v->kind != VarKind::Value)
                compile_error("VariableTypeConflict", "variable `" + *np.variable + "` is not a node", np.pos);
            if (!np.labels.empty() || np.properties)
                compile_error("VariableAlreadyBound", "variable `" + *np.variable + "` is already bound", np.pos);
            n.slot = v->slot;
            n.create = false;
            part.nodes.push_back(std::move(n));
            return part.nodes.size() - 1;
        }
        made.push_back(*np.variable);
        n.slot = st.scope.add(*np.variable, VarKind::Node);
    } else {
        n.slot = st.scope.hidden();
    }
    n.labels = np.labels;
    n.props = compile_props(st, np.properties, n.props_map);
    part.nodes.push_back(std::move(n));
    return part.nodes.size() - 1;
}

}  // namespace

void compile_create(CompileState& st, const ast::CreateClause& cl) {
    auto op = std::make_unique<CreateOp>();
    std::vector<std::string> made;
    for (const auto& pp : cl.pattern) {
        NewPart part;
        std::size_t prev = create_node(st, part, pp.start, made);
        if (pp.steps.empty() && pp.start.variable &&
            std::find(made.begin(), made.end(), *pp.start.variable) == made.end())
            compile_error("VariableAlreadyBound", "variable `" + *pp.start.variable + "` is already bound", pp.start.pos);
        for (const auto& s : pp.steps) {
            check_creatable_rel(s.rel, st.scope, "CREATE");
            if (s.rel.direction == ast::Direction::Undirected)
                compile_error("RequiresDirectedRelationship", "CREATE needs a direction (-> or <-)", s.rel.pos);
            NewRel r;
            r.type = s.rel.types[0];
            r.props = compile_props(st, s.rel.properties, r.props_map);
            std::size_t next = create_node(st, part, s.node, made);
            r.from = s.rel.direction == ast::Direction::Incoming ? next : prev;
            r.to = s.rel.direction == ast::Direction::Incoming ? prev : next;
            r.slot = s.rel.variable ? st.scope.add(*s.rel.variable, VarKind::Rel) : st.scope.hidden();
            part.rels.push_back(std::move(r));
            prev = next;
        }
        if (pp.path_variable) part.path_slot = st.scope.add(*pp.path_variable, VarKind::Path);
        op->parts.push_back(std::move(part));
    }
    op->width = st.scope.width();
    st.ops.push_back(std::move(op));
}

// ---------------------------------------------------------------- MERGE

namespace {

class MergeOp : public Operator {
public:
    PatternPlan plan;
    NewPart create;
    std::vector<CompiledSetItem> on_create, on_match;

    void run(ExecContext& ex, std::vector<Row>& rows) override {
        std::vector<Row> out;
        for (Row& r : rows) {
            std::vector<Row> matches;
            match_pattern(plan, ex, r, [&](Row& m) {
                matches.push_back(m);
                return true;
            });
            if (matches.empty()) {
                r.resize(std::max(r.size(), plan.width));
                create_part(ex, r, create, true);
                for (const auto& s : on_create) apply_set_item(ex, r, s);
                out.push_back(std::move(r));
                continue;
            }
            for (Row& m : matches) {
                for (const auto& s : on_match) apply_set_item(ex, m, s);
                out.push_back(std::move(m));
            }
        }
        rows = std::move(out);
    }
    std::string describe() const override { return "Merge"; }
    std::vector<std::string> details() const override { return describe_pattern(plan); }
};

// The creation side of a MERGE, read off its compiled match plan.
NewPart creation_of(const PartPlan& part) {
    NewPart np;
    for (const auto& n : part.nodes)
        np.nodes.push_back(NewNode{n.slot, n.mode == BindMode::Bind, n.labels, n.props, n.props_map});
    for (std::size_t i = 0; i < part.rels.size(); ++i) {
        const RelMatcher& m = part.rels[i];
        NewRel r;
        r.slot = m.slot;
        r.type = m.types.at(0);
        r.props = m.props;
        r.props_map = m.props_map;
        bool incoming = m.direction == ast::Direction::Incoming;
        r.from = incoming ? i + 1 : i;
        r.to = incoming ? i : i + 1;
        np.rels.push_back(std::move(r));
    }
    np.path_slot = part.path_slot;
    return np;
}

}  // namespace

void compile_merge(CompileState& st, const ast::MergeClause& m) {
    const ast::PatternPart& pp = m.pattern;
    for (const auto& s : pp.steps) check_creatable_rel(s.rel, st.scope, "MERGE");
    auto check_node = [&](const ast::NodePattern& n) {
        if (n.variable && st.scope.find(*n.variable) && (!n.labels.empty() || n.properties))
            compile_error("VariableAlreadyBound", "variable `" + *n.variable + "` is already bound", n.pos);
    };
    check_node(pp.start);
    for (const auto& s : pp.steps) check_node(s.node);
    if (pp.steps.empty() && pp.start.variable && st.scope.find(*pp.start.variable))
        compile_error("VariableAlreadyBound", "variable `" + *pp.start.variable + "` is already bound", pp.start.pos);

    auto op = std::make_unique<MergeOp>();
    // Written order (no reorientation): what is created follows the pattern as written.
    op->plan = compile_pattern({pp}, nullptr, st.scope, st.g, st.params, true, false);
    op->create = creation_of(op->plan.parts[0]);
    for (const auto& s : m.on_create) op->on_create.push_back(compile_set_item(st, s));
    for (const auto& s : m.on_match) op->on_match.push_back(compile_set_item(st, s));
    st.ops.push_back(std::move(op));
}

}  // namespace liverkg::engine

// MATCH, OPTIONAL MATCH, UNWIND and pattern predicates.
#include "engine/clauses/ops.hpp"
#include "engine/pattern/pattern.hpp"

namespace liverkg::engine {

namespace {

constexpr std::size_t kRowSlack = 8;

class MatchOp : public Operator {
public:
    MatchOp(PatternPlan plan, bool optional) : plan_(std::move(plan)), optional_(optional) {}

    void run(ExecContext& ex, std::vector<Row>& rows) override {
        std::vector<Row> out;
        for (Row& r : rows) {
            bool matched = false;
            match_pattern(plan_, ex, r, [&](Row& m) {
                matched = true;
                ex.poll();
                // Room for the columns later clauses add, so they do not reallocate every row.
                out.emplace_back();
                out.back().reserve(m.size() + kRowSlack);
                out.back().assign(m.begin(), m.end());
                return true;
            });
            if (!matched && optional_) {
                r.resize(std::max(r.size(), plan_.width));
                for (auto s : plan_.new_slots) r[s] = Value();
                out.push_back(std::move(r));
            }
        }
        rows = std::move(out);
    }

    std::string describe() const override { return optional_ ? "OptionalMatch" : "Match"; }
    // Rendered only when EXPLAIN or PROFILE asks: most statements never need the text.
    std::vector<std::string> details() const override { return describe_pattern(plan_); }
    const PatternPlan& plan() const { return plan_; }
    bool optional() const { return optional_; }

private:
    PatternPlan plan_;
    bool optional_;
};

class UnwindOp : public Operator {
public:
    UnwindOp(CompiledExpr list, std::size_t slot, std::size_t width, std::string var)
        : list_(std::move(list)), slot_(slot), width_(width), var_(std::move(var)) {}

    void run(ExecContext& ex, std::vector<Row>& rows) override {
        std::vector<Row> out;
        for (Row& r : rows) {
            r.resize(std::max(r.size(), width_));
            EvalCtx c{ex, r};
            Value v = list_(c);
            if (v.is_null()) continue;
            if (!v.is_list()) {
                r[slot_] = v;
                out.push_back(std::move(r));
                continue;
            }
            for (const Value& x : v.as_list()) {
                ex.poll();
                Row copy = r;
                copy[slot_] = x;
                out.push_back(std::move(copy));
            }
        }
        rows = std::move(out);
    }

    std::string describe() const override { return "Unwind AS " + var_; }

private:
    CompiledExpr list_;
    std::size_t slot_;
    std::size_t width_;
    std::string var_;
};

}  // namespace

const PatternPlan* required_match_plan(const Operator& op) {
    auto* m = dynamic_cast<const MatchOp*>(&op);
    return m && !m->optional() ? &m->plan() : nullptr;
}

void compile_match(CompileState& st, const ast::MatchClause& m) {
    PatternPlan plan = compile_pattern(m.pattern, m.where, st.scope, st.g, st.params);
    st.ops.push_back(std::make_unique<MatchOp>(std::move(plan), m.optional));
}

void compile_unwind(CompileState& st, const ast::UnwindClause& u) {
    ExprCompiler ec(st.scope, st.g, st.params);
    CompiledExpr list = ec.compile(*u.expression);
    if (st.scope.find(u.variable))
        compile_error("VariableAlreadyBound", "variable `" + u.variable + "` is already bound", u.pos);
    std::size_t slot = st.scope.add(u.variable, VarKind::Value);
    st.ops.push_back(std::make_unique<UnwindOp>(std::move(list), slot, st.scope.width(), u.variable));
}

CompiledExpr compile_pattern_exists(const ast::PatternPart& part, Scope& scope, graph::Graph& g,
                                    const Params& params) {
    // Anonymous elements get hidden slots; named ones must already be bound.
    auto plan = std::make_shared<PatternPlan>(compile_pattern({part}, nullptr, scope, g, params, false));
    return [plan](EvalCtx& c) -> Value {
        Row row = c.row;
        bool found = false;
        match_pattern(*plan, c.ex, row, [&](Row&) {
            found = true;
            return false;
        });
        return found;
    };
}

CompiledExpr compile_pattern_comprehension(const ast::Expr& e, Scope& scope, graph::Graph& g, const Params& params) {
    // The pattern's new variables live only inside the comprehension: compile in a copy.
    Scope local = scope;
    ast::ExprPtr where = e.args.size() > 0 ? e.args[0] : nullptr;
    auto plan = std::make_shared<PatternPlan>(compile_pattern({*e.pattern}, where, local, g, params));
    ExprCompiler ec(local, g, params);
    CompiledExpr map = ec.compile(*e.args.at(1));
    plan->width = local.width();
    return [plan, map](EvalCtx& c) -> Value {
        Row row = c.row;
        graph::List out;
        match_pattern(*plan, c.ex, row, [&](Row& m) {
            EvalCtx inner{c.ex, m};
            out.push_back(map(inner));
            return true;
        });
        return out;
    };
}

}  // namespace liverkg::engine

// EXISTS { ... }, COUNT { ... }, COLLECT { ... }: the inner query is compiled with the outer
// scope (so it reads the outer variables in place) and run, for each outer row, on a copy of
// that row. EXISTS and COUNT accept a query without RETURN (the short form always is one);
// COLLECT needs a RETURN of exactly one column. A subquery may not change the graph.
#include "engine/clauses/ops.hpp"

namespace liverkg::engine {

namespace {

bool updates(const ast::Clause& c) {
    return std::holds_alternative<ast::CreateClause>(c) || std::holds_alternative<ast::MergeClause>(c) ||
           std::holds_alternative<ast::SetClause>(c) || std::holds_alternative<ast::RemoveClause>(c) ||
           std::holds_alternative<ast::DeleteClause>(c);
}

SourcePos clause_pos(const ast::Clause& c) {
    return std::visit([](const auto& x) { return x.pos; }, c);
}

const char* kind_name(ast::SubqueryKind k) {
    return k == ast::SubqueryKind::Exists ? "EXISTS" : k == ast::SubqueryKind::Count ? "COUNT" : "COLLECT";
}

void check_body(const ast::Expr& e) {
    const auto& clauses = e.subquery->clauses;
    for (std::size_t i = 0; i < clauses.size(); ++i) {
        if (updates(clauses[i]))
            compile_error("InvalidClauseComposition",
                          std::string(kind_name(e.subquery_kind)) + " { ... } cannot change the graph",
                          clause_pos(clauses[i]));
        if (i + 1 < clauses.size() && std::holds_alternative<ast::ReturnClause>(clauses[i]))
            compile_error("InvalidClauseComposition", "RETURN can only be the last clause", clause_pos(clauses[i]));
    }
    bool returns = std::holds_alternative<ast::ReturnClause>(clauses.back());
    if (e.subquery_kind == ast::SubqueryKind::Collect && !returns)
        compile_error("InvalidClauseComposition", "COLLECT { ... } must end with a RETURN of one column", e.pos);
}

}  // namespace

CompiledExpr compile_subquery(const ast::Expr& e, Scope& scope, graph::Graph& g, const Params& params) {
    check_body(e);
    CompileState st{g, params, scope, {}, {}, {}};
    for (const auto& c : e.subquery->clauses) compile_clause(st, c);
    if (e.subquery_kind == ast::SubqueryKind::Collect && st.columns.size() != 1)
        compile_error("InvalidClauseComposition", "COLLECT { ... } must return exactly one column", e.pos);
    auto ops = std::make_shared<std::vector<OperatorPtr>>(std::move(st.ops));
    auto synthesized = std::make_shared<std::vector<ast::ExprPtr>>(std::move(st.synthesized));
    ast::SubqueryKind kind = e.subquery_kind;
    return [ops, synthesized, kind](EvalCtx& c) -> Value {
        std::vector<Row> rows{c.row};
        for (auto& op : *ops) op->run(c.ex, rows);   // (an aggregation turns no rows into one)
        if (kind == ast::SubqueryKind::Exists) return !rows.empty();
        if (kind == ast::SubqueryKind::Count) return static_cast<std::int64_t>(rows.size());
        graph::List out;
        for (Row& r : rows) out.push_back(std::move(r[0]));
        return out;
    };
}

}  // namespace liverkg::engine

// The statement driver: compile every clause into operators (all semantic
// errors surface here, before anything runs), then run the plan inside a graph
// transaction that is rolled back if any operator throws.
#include "engine/engine.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "engine/ops.hpp"
#include "engine/notices.hpp"
#include "engine/paths.hpp"
#include "engine/prefix_index.hpp"
#include "engine/registry/registry.hpp"

namespace liverkg::engine {

bool Stats::any() const {
    return nodes_created || nodes_deleted || relationships_created || relationships_deleted || properties_set ||
           properties_removed || labels_added || labels_removed;
}

Engine::Engine(graph::Graph& g) : graph_(g), indexes_(std::make_shared<IndexCache>()) {}

namespace {

bool is_update(const ast::Clause& c) {
    if (const auto* call = std::get_if<ast::CallClause>(&c)) return is_writing_call(*call);
    return std::holds_alternative<ast::CreateClause>(c) || std::holds_alternative<ast::MergeClause>(c) ||
           std::holds_alternative<ast::SetClause>(c) || std::holds_alternative<ast::RemoveClause>(c) ||
           std::holds_alternative<ast::DeleteClause>(c);
}

SourcePos clause_pos(const ast::Clause& c) {
    return std::visit([](const auto& x) { return x.pos; }, c);
}

bool is_standalone_call(const ast::Statement& s) {
    return s.clauses.size() == 1 && std::holds_alternative<ast::CallClause>(s.clauses[0]);
}

void check_composition(const ast::Statement& s) {
    if (s.clauses.empty()) compile_error("UnexpectedSyntax", "empty query", s.pos);
    if (is_standalone_call(s)) return;
    for (std::size_t i = 0; i + 1 < s.clauses.size(); ++i)
        if (std::holds_alternative<ast::ReturnClause>(s.clauses[i]))
            compile_error("InvalidClauseComposition", "RETURN can only be the last clause", clause_pos(s.clauses[i]));
    const ast::Clause& last = s.clauses.back();
    // A query may end with a CALL that yields nothing (an unknown procedure is reported when compiled).
    if (const auto* call = std::get_if<ast::CallClause>(&last))
        if (is_void_call(*call) || !registry().find_procedure(call->procedure)) return;
    if (!std::holds_alternative<ast::ReturnClause>(last) && !is_update(last))
        compile_error("InvalidClauseComposition",
                      "a query cannot end with this clause: finish it with RETURN or an updating clause",
                      clause_pos(last));
}

void compile_clause(CompileState& st, const ast::Clause& c, bool standalone) {
    std::visit(
        [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ast::MatchClause>) compile_match(st, x);
            else if constexpr (std::is_same_v<T, ast::UnwindClause>) compile_unwind(st, x);
            else if constexpr (std::is_same_v<T, ast::WithClause>) compile_with(st, x);
            else if constexpr (std::is_same_v<T, ast::ReturnClause>) compile_return(st, x);
            else if constexpr (std::is_same_v<T, ast::CreateClause>) compile_create(st, x);
            else if constexpr (std::is_same_v<T, ast::MergeClause>) compile_merge(st, x);
            else if constexpr (std::is_same_v<T, ast::SetClause>) compile_set(st, x);
            else if constexpr (std::is_same_v<T, ast::RemoveClause>) compile_remove(st, x);
            else if constexpr (std::is_same_v<T, ast::DeleteClause>) compile_delete(st, x);
            else if constexpr (std::is_same_v<T, ast::CallClause>) compile_call(st, x, standalone);
        },
        c);
}

std::string render_plan(const std::vector<OperatorPtr>& ops, bool profiled) {
    std::string out;
    int step = 1;
    for (const auto& op : ops) {
        out += std::to_string(step++) + ". " + op->describe();
        if (profiled) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "   [rows: %zu, time: %.3f ms]", op->rows_out, op->millis);
            out += buf;
        }
        out += "\n";
        for (const auto& line : op->details()) out += "     " + line + "\n";
    }
    return out;
}

}  // namespace

ResultSet Engine::run(const ast::Statement& statement, const RunOptions& options) {
    ResultSet result = run_statement(statement, options);
    bool ran = statement.mode != ast::StatementMode::Explain;
    for (auto& n : statement_notices(graph_, statement, ran && result.rows.empty()))
        result.notices.push_back(std::move(n));
    return result;
}

ResultSet Engine::run_statement(const ast::Statement& statement, const RunOptions& options) {
    static const Params no_params;
    const Params& params = options.params ? *options.params : no_params;
    if (statement.paths) return run_paths(graph_, signs_, statement, params, options.cancel);

    check_composition(statement);
    CompileState st{graph_, params, {}, {}, {}, {}};
    bool standalone = is_standalone_call(statement);
    for (const auto& c : statement.clauses) compile_clause(st, c, standalone);
    optimise_plan(st, statement);

    ResultSet result;
    result.columns = st.columns;
    if (statement.mode == ast::StatementMode::Explain) {
        result.plan = render_plan(st.ops, false);
        return result;
    }
    ExecContext ex{graph_, params, result.stats, options.cancel};
    bool read_only = std::none_of(statement.clauses.begin(), statement.clauses.end(), is_update);
    if (read_only) ex.indexes = indexes_.get();
    std::vector<Row> rows(1);
    graph_.begin();
    try {
        for (auto& op : st.ops) {
            auto t0 = std::chrono::steady_clock::now();
            op->run(ex, rows);
            op->millis = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            op->rows_out = rows.size();
        }
        graph_.commit();
    } catch (...) {
        graph_.rollback();
        throw;
    }
    if (!st.columns.empty()) result.rows = std::move(rows);
    if (statement.mode == ast::StatementMode::Profile) result.plan = render_plan(st.ops, true);
    return result;
}

}  // namespace liverkg::engine

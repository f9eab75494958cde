// The statement driver: compile every clause into operators (all semantic
// errors surface here, before anything runs), then run the plan inside a graph
// transaction that is rolled back if any operator throws.
#include "engine/engine.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <unordered_set>

#include "engine/clauses/ops.hpp"
#include "engine/runtime/notices.hpp"
#include "engine/paths/paths.hpp"
#include "engine/pattern/prefix_index.hpp"
#include "engine/registry/registry.hpp"

namespace liverkg::engine {

bool Stats::any() const {
    return nodes_created || nodes_deleted || relationships_created || relationships_deleted || properties_set ||
           properties_removed || labels_added || labels_removed;
}

Engine::Engine(graph::Graph& g) : graph_(g), indexes_(std::make_shared<IndexCache>()) {}

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

namespace {

// UNION and UNION ALL cannot be mixed in one statement, and every part returns the same columns.
void check_union(const ast::Statement& s) {
    for (std::size_t i = 1; i < s.unions.size(); ++i)
        if (s.unions[i].all != s.unions[0].all)
            compile_error("InvalidClauseComposition", "UNION and UNION ALL cannot be mixed in one statement",
                          s.unions[i].pos);
}

std::vector<std::size_t> column_order(const std::vector<std::string>& first, const std::vector<std::string>& other,
                                      const SourcePos& pos) {
    std::vector<std::size_t> order;
    for (const auto& c : first) {
        auto it = std::find(other.begin(), other.end(), c);
        if (it == other.end() || other.size() != first.size())
            compile_error("DifferentColumnsInUnion",
                          "all queries joined by UNION must return the same column names", pos);
        order.push_back(static_cast<std::size_t>(it - other.begin()));
    }
    return order;
}

struct RowsHash {
    std::size_t operator()(const Row& r) const {
        std::size_t h = r.size();
        for (const auto& v : r) h = h * 1000003 ^ equivalence_hash(v);
        return h;
    }
};
struct RowsEquiv {
    bool operator()(const Row& a, const Row& b) const {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Value& x, const Value& y) {
            return equivalent(x, y);
        });
    }
};

void drop_duplicates(std::vector<Row>& rows) {
    std::unordered_set<Row, RowsHash, RowsEquiv> seen;
    std::vector<Row> out;
    for (Row& r : rows)
        if (seen.insert(r).second) out.push_back(std::move(r));
    rows = std::move(out);
}

void run_ops(ExecContext& ex, std::vector<OperatorPtr>& ops, std::vector<Row>& rows) {
    for (auto& op : ops) {
        auto t0 = std::chrono::steady_clock::now();
        op->run(ex, rows);
        op->millis = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        op->rows_out = rows.size();
    }
}

}  // namespace

// The statement boundary for running out of memory: the statement's own budget, or the machine's
// (std::bad_alloc from operator new, engine/runtime/memory_budget.cpp); the graph was rolled back.
ResultSet Engine::run(const ast::Statement& statement, const RunOptions& options) {
    // Transactions belong to whoever owns the graph's storage (repl/session_tx.cpp).
    if (statement.control != ast::TxCommand::None)
        raise(ErrorKind::TransactionError, "", "transaction control is not available here", statement.pos);
    Governor gov(options.limits, options.cancel);
    try {
        ResultSet result = run_statement(statement, options, gov);
        bool ran = statement.mode != ast::StatementMode::Explain;
        for (auto& n : statement_notices(graph_, statement, ran && result.rows.empty()))
            result.notices.push_back(std::move(n));
        return result;
    } catch (const MemoryBudgetExceeded&) {
        gov.memory_exceeded();
    } catch (const std::bad_alloc&) {
        gov.out_of_memory();
    }
}

ResultSet Engine::run_statement(const ast::Statement& statement, const RunOptions& options, Governor& gov) {
    static const Params no_params;
    const Params& params = options.params ? *options.params : no_params;
    if (statement.paths) return run_paths(graph_, signs_, statement, params, gov);

    // The queries of the statement: the first, then one per UNION (each compiled on its own).
    check_union(statement);
    std::vector<ast::Statement> union_parts;
    for (const auto& u : statement.unions) {
        ast::Statement part;
        part.mode = statement.mode;
        part.clauses = u.clauses;
        part.pos = u.pos;
        union_parts.push_back(std::move(part));
    }
    std::vector<const ast::Statement*> parts{&statement};
    for (const auto& p : union_parts) parts.push_back(&p);

    std::vector<std::unique_ptr<CompileState>> plans;
    for (const ast::Statement* part : parts) {
        check_composition(*part);
        auto st = std::make_unique<CompileState>(CompileState{graph_, params, {}, {}, {}, {}});
        bool standalone = is_standalone_call(*part) && parts.size() == 1;
        for (const auto& c : part->clauses) compile_clause(*st, c, standalone);
        optimise_plan(*st, *part);
        plans.push_back(std::move(st));
    }
    std::vector<std::vector<std::size_t>> orders;
    for (std::size_t i = 1; i < plans.size(); ++i)
        orders.push_back(column_order(plans[0]->columns, plans[i]->columns, statement.unions[i - 1].pos));

    ResultSet result;
    result.columns = plans[0]->columns;
    auto render = [&](bool profiled) {
        std::string out;
        for (std::size_t i = 0; i < plans.size(); ++i) {
            if (i > 0) out += statement.unions[i - 1].all ? "UNION ALL\n" : "UNION\n";
            out += render_plan(plans[i]->ops, profiled);
        }
        return out;
    };
    if (statement.mode == ast::StatementMode::Explain) {
        result.plan = render(false);
        return result;
    }
    ExecContext ex{graph_, params, result.stats, &gov};
    ex.signs = &signs_;
    ex.notices = &result.notices;
    bool read_only = true;
    for (const ast::Statement* part : parts)
        read_only = read_only && std::none_of(part->clauses.begin(), part->clauses.end(), is_update);
    if (read_only) ex.indexes = indexes_.get();
    std::vector<Row> all;
    graph_.begin();
    try {
        for (std::size_t i = 0; i < plans.size(); ++i) {
            std::vector<Row> rows(1);
            run_ops(ex, plans[i]->ops, rows);
            if (plans[i]->columns.empty()) continue;
            if (i == 0) {
                all = std::move(rows);
                continue;
            }
            for (Row& r : rows) {
                Row ordered;
                for (std::size_t k : orders[i - 1]) ordered.push_back(std::move(r[k]));
                all.push_back(std::move(ordered));
            }
        }
        graph_.commit();
    } catch (...) {
        graph_.rollback();
        throw;
    }
    if (!statement.unions.empty() && !statement.unions[0].all) drop_duplicates(all);
    if (!result.columns.empty()) result.rows = std::move(all);
    if (statement.mode == ast::StatementMode::Profile) result.plan = render(true);
    return result;
}

}  // namespace liverkg::engine

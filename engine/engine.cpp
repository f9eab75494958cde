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
#include "engine/plan_cache.hpp"
#include "engine/registry/registry.hpp"

namespace liverkg::engine {

bool Stats::any() const {
    return nodes_created || nodes_deleted || relationships_created || relationships_deleted || properties_set ||
           properties_removed || labels_added || labels_removed;
}

Engine::Engine(graph::Graph& g)
    : graph_(g), indexes_(std::make_shared<IndexCache>()), cache_(std::make_shared<PlanCache>()) {}

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

// The plans of one statement: the first query's, then one per UNION part. They point into
// the statement's AST, which they keep alive.
struct CompiledStatement {
    std::shared_ptr<const ast::Statement> statement;
    std::vector<ast::Statement> union_parts;
    std::vector<std::unique_ptr<CompileState>> plans;
    std::vector<std::vector<std::size_t>> orders;   // per UNION part: its columns in the first's order
    bool read_only = true;
};

namespace {

std::shared_ptr<CompiledStatement> compile_statement(graph::Graph& g, std::shared_ptr<const ast::Statement> s,
                                                     const Params& params) {
    const ast::Statement& statement = *s;
    check_union(statement);
    auto out = std::make_shared<CompiledStatement>();
    out->statement = std::move(s);
    for (const auto& u : statement.unions) {
        ast::Statement part;
        part.mode = statement.mode;
        part.clauses = u.clauses;
        part.pos = u.pos;
        out->union_parts.push_back(std::move(part));
    }
    std::vector<const ast::Statement*> parts{&statement};
    for (const auto& p : out->union_parts) parts.push_back(&p);
    for (const ast::Statement* part : parts) {
        check_composition(*part);
        auto st = std::make_unique<CompileState>(CompileState{g, params, {}, {}, {}, {}});
        bool standalone = is_standalone_call(*part) && parts.size() == 1;
        for (const auto& c : part->clauses) compile_clause(*st, c, standalone);
        optimise_plan(*st, *part);
        out->plans.push_back(std::move(st));
        out->read_only = out->read_only && std::none_of(part->clauses.begin(), part->clauses.end(), is_update);
    }
    const auto& plans = out->plans;
    for (std::size_t i = 1; i < plans.size(); ++i)
        out->orders.push_back(column_order(plans[0]->columns, plans[i]->columns, statement.unions[i - 1].pos));
    return out;
}

std::string render(const CompiledStatement& c, bool profiled) {
    std::string out;
    for (std::size_t i = 0; i < c.plans.size(); ++i) {
        if (i > 0) out += c.statement->unions[i - 1].all ? "UNION ALL\n" : "UNION\n";
        out += render_plan(c.plans[i]->ops, profiled);
    }
    return out;
}

std::vector<Value> literal_values(const parser::NormalisedStatement& n) {
    std::vector<Value> out;
    out.reserve(n.values.size());
    for (const auto& v : n.values) out.push_back(literal_value(v));
    return out;
}

// A position in the statement a plan was compiled from, moved to the same place of `n`,
// which differs from it only in the length of its literals.
SourcePos moved_position(const CachedPlan& plan, std::string_view text, const parser::NormalisedStatement& n,
                         SourcePos origin, std::uint32_t offset) {
    std::int64_t moved = static_cast<std::int64_t>(offset) - static_cast<std::int64_t>(plan.body);
    std::int64_t rel = moved;
    for (std::size_t i = 0; i < plan.literals.size() && i < n.literals.size(); ++i) {
        std::int64_t start = static_cast<std::int64_t>(plan.literals[i].offset - plan.body);
        if (start >= rel) break;
        if (start + plan.literals[i].length > rel) {   // inside the literal: its start
            moved = static_cast<std::int64_t>(n.literals[i].offset - n.body);
            rel = -1;
            break;
        }
        moved += static_cast<std::int64_t>(n.literals[i].length) - plan.literals[i].length;
    }
    auto at = static_cast<std::size_t>(std::max<std::int64_t>(0, moved)) + n.body;
    return parser::advance_position(text, origin, std::min(at, text.size()));
}

const char* const kCacheHit = "Plan cache: hit (the plan of an earlier statement that differs only in literals)";
const char* const kCacheStored = "Plan cache: miss (compiled now and kept for statements that differ only in literals)";
const char* const kCacheNotKept = "Plan cache: miss (this statement's plan is not kept: it names parameters or reads a literal while compiling)";
const char* const kCacheOff = "Plan cache: off";

}  // namespace

// The statement boundary for running out of memory: the statement's own budget, or the machine's
// (std::bad_alloc from operator new, engine/runtime/memory_budget.cpp); the graph was rolled back.
ResultSet Engine::run(const ast::Statement& statement, const RunOptions& options,
                      const parser::NormalisedStatement* normalised, std::string_view text) {
    // Transactions belong to whoever owns the graph's storage (repl/session_tx.cpp).
    if (statement.control != ast::TxCommand::None)
        raise(ErrorKind::TransactionError, "", "transaction control is not available here", statement.pos);
    Governor gov(options.limits, options.cancel);
    try {
        std::vector<Value> literals;
        ResultSet result = run_statement(statement, options, gov, normalised, text, literals);
        bool ran = statement.mode != ast::StatementMode::Explain;
        for (auto& n : statement_notices(graph_, statement, ran && result.rows.empty(), &literals))
            result.notices.push_back(std::move(n));
        return result;
    } catch (const MemoryBudgetExceeded&) {
        gov.memory_exceeded();
    } catch (const std::bad_alloc&) {
        gov.out_of_memory();
    }
}

std::shared_ptr<const CachedPlan> Engine::cached_plan(std::string_view text, const parser::NormalisedStatement& n) {
    if (!n.cacheable || cache_->capacity() == 0) return nullptr;
    return cache_->find(text, n, SchemaGeneration::of(graph_));
}

ResultSet Engine::run_cached(const CachedPlan& plan, std::string_view text, const parser::NormalisedStatement& n,
                             SourcePos origin, const RunOptions& options) {
    static const Params no_params;
    const Params& params = options.params ? *options.params : no_params;
    Governor gov(options.limits, options.cancel);
    try {
        std::vector<Value> literals = literal_values(n);
        ResultSet result = execute(*plan.compiled, n.mode, params, gov, &literals);
        if (n.mode == ast::StatementMode::Explain) result.plan += std::string(kCacheHit) + "\n";
        bool no_rows = n.mode != ast::StatementMode::Explain && result.rows.empty();
        if (no_rows || plan.notices_at != graph_.change_count()) {
            auto found = statement_notices(graph_, *plan.compiled->statement, no_rows, &literals);
            if (!no_rows) plan.notices = found, plan.notices_at = graph_.change_count();
            result.notices.insert(result.notices.end(), found.begin(), found.end());
        } else {
            result.notices.insert(result.notices.end(), plan.notices.begin(), plan.notices.end());
        }
        return result;
    } catch (const MemoryBudgetExceeded&) {
        gov.memory_exceeded();
    } catch (const std::bad_alloc&) {
        gov.out_of_memory();
    } catch (const ErrorException& e) {
        if (!e.error().pos) throw;
        Error moved = e.error();
        moved.pos = moved_position(plan, text, n, origin, moved.pos->offset);
        throw ErrorException(std::move(moved));
    }
}

ResultSet Engine::run_statement(const ast::Statement& statement, const RunOptions& options, Governor& gov,
                                const parser::NormalisedStatement* n, std::string_view text,
                                std::vector<Value>& literals) {
    static const Params no_params;
    const Params& params = options.params ? *options.params : no_params;
    if (statement.paths) return run_paths(graph_, signs_, statement, params, gov);

    bool caching = n && n->cacheable && cache_->capacity() > 0;
    std::vector<bool> lifted;
    if (caching) {
        lifted = lift_literals(statement, *n);
        literals = literal_values(*n);
    }
    std::uint64_t reads_before = lifted_literal_reads_while_compiling;
    // A plan that is kept owns a copy of the statement; otherwise it borrows it.
    auto owned = caching ? std::make_shared<const ast::Statement>(statement)
                         : std::shared_ptr<const ast::Statement>(std::shared_ptr<void>(), &statement);
    auto compiled = compile_statement(graph_, std::move(owned), params);
    const char* cache_line = n ? kCacheOff : nullptr;
    if (caching && lifted_literal_reads_while_compiling == reads_before) {
        cache_->store(text, *n, lifted, CachedPlan{compiled, n->body, n->literals, ~std::uint64_t(0), {}}, SchemaGeneration::of(graph_));
        cache_line = kCacheStored;
    } else if (caching) {
        cache_line = kCacheNotKept;
    } else if (n && !n->cacheable && cache_->capacity() > 0) {
        cache_line = kCacheNotKept;
    }
    ResultSet result = execute(*compiled, statement.mode, params, gov, caching ? &literals : nullptr);
    if (cache_line && statement.mode == ast::StatementMode::Explain) result.plan += std::string(cache_line) + "\n";
    return result;
}

ResultSet Engine::execute(CompiledStatement& c, ast::StatementMode mode, const Params& params, Governor& gov,
                          const std::vector<Value>* literals) {
    auto& plans = c.plans;
    ResultSet result;
    result.columns = plans[0]->columns;
    if (mode == ast::StatementMode::Explain) {
        for (auto& p : plans)
            for (auto& op : p->ops) op->forget_run();
        result.plan = render(c, false);
        return result;
    }
    ExecContext ex{graph_, params, result.stats, &gov};
    ex.signs = &signs_;
    ex.notices = &result.notices;
    ex.literals = literals;
    if (c.read_only) ex.indexes = indexes_.get();
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
                for (std::size_t k : c.orders[i - 1]) ordered.push_back(std::move(r[k]));
                all.push_back(std::move(ordered));
            }
        }
        graph_.commit();
    } catch (...) {
        graph_.rollback();
        throw;
    }
    const ast::Statement& statement = *c.statement;
    if (!statement.unions.empty() && !statement.unions[0].all) drop_duplicates(all);
    if (!result.columns.empty()) result.rows = std::move(all);
    if (mode == ast::StatementMode::Profile) result.plan = render(c, true);
    return result;
}

}  // namespace liverkg::engine

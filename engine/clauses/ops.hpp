#pragma once
// The physical plan: one operator per clause (or part of a clause). A plan runs
// clause at a time over a batch of rows, which gives openCypher's semantics for
// updates (each clause sees every effect of the clauses before it) for free.
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "engine/exec.hpp"
#include "engine/expr/expr.hpp"
#include "parser/ast.hpp"

namespace liverkg::engine {

class Operator {
public:
    virtual ~Operator() = default;
    // Transforms the batch of rows flowing through the plan.
    virtual void run(ExecContext& ex, std::vector<Row>& rows) = 0;
    // One line for EXPLAIN, e.g. "NodeIndexSeek (c:Compound {id})".
    virtual std::string describe() const = 0;
    // Lines below the operator in EXPLAIN (the expand steps of a match...).
    virtual std::vector<std::string> details() const { return {}; }

    // Forgets what PROFILE recorded: a cached plan that ran before is EXPLAINed as new.
    virtual void forget_run() {
        rows_out = 0;
        millis = 0;
    }

    // Filled by PROFILE.
    std::size_t rows_out = 0;
    double millis = 0;
};

using OperatorPtr = std::unique_ptr<Operator>;

// An operator that can also consume rows one at a time: a projection (WITH, RETURN).
// A MATCH (or a fast path) in front of it then streams rows, weighted, without
// materialising them.
class RowSink : public Operator {
public:
    virtual bool streams() const = 0;
    // Aggregating sinks may be fed by the fast paths (weighted rows, keys read from a slot).
    virtual bool groups() const = 0;
    virtual void begin_stream(ExecContext& ex) = 0;
    // False once the sink needs no more rows (a LIMIT is full): the producer may stop.
    virtual bool add_row(ExecContext& ex, Row& row, std::int64_t weight) = 0;
    virtual void end_stream(ExecContext& ex, std::vector<Row>& rows) = 0;
    // For a fast path whose grouping keys are all one value it computes itself: every
    // key then reads that value from `slot` instead of evaluating its expression.
    virtual void read_keys_from(std::size_t slot) = 0;
    // For a fast path that already removed duplicates: DISTINCT aggregates count plainly.
    virtual void inputs_already_distinct() = 0;
};

struct PatternPlan;
// The pattern of a (non-optional) MATCH operator, or null for any other operator.
const PatternPlan* required_match_plan(const Operator& op);

// Everything the clause compilers share while a statement is compiled.
struct CompileState {
    graph::Graph& g;
    const Params& params;
    Scope scope;
    std::vector<OperatorPtr> ops;
    std::vector<std::string> columns;      // set by RETURN
    // Expressions the compiler made up (the variables behind RETURN *): they live as long as the plan.
    std::vector<ast::ExprPtr> synthesized;
};

// Compiles one clause into operators (engine.cpp). standalone: a CALL that is the whole statement.
void compile_clause(CompileState& st, const ast::Clause& c, bool standalone = false);
void compile_match(CompileState& st, const ast::MatchClause& m);
// Fuses "MATCH then aggregate" pairs and applies the fast paths (fastpath.cpp).
void optimise_plan(CompileState& st, const ast::Statement& statement);
void compile_unwind(CompileState& st, const ast::UnwindClause& u);
void compile_with(CompileState& st, const ast::WithClause& w);
void compile_return(CompileState& st, const ast::ReturnClause& r);
void compile_create(CompileState& st, const ast::CreateClause& c);
void compile_merge(CompileState& st, const ast::MergeClause& m);
void compile_set(CompileState& st, const ast::SetClause& s);
void compile_remove(CompileState& st, const ast::RemoveClause& r);
void compile_delete(CompileState& st, const ast::DeleteClause& d);
// CALL (procedures/call.cpp). standalone: the CALL is the whole statement.
void compile_call(CompileState& st, const ast::CallClause& c, bool standalone);
bool is_void_call(const ast::CallClause& c);      // the procedure exists and yields nothing
bool is_writing_call(const ast::CallClause& c);   // the procedure exists and writes

// Splits a WHERE predicate into its top-level AND-ed parts.
void split_conjuncts(const ast::ExprPtr& e, std::vector<ast::ExprPtr>& out);

}  // namespace liverkg::engine

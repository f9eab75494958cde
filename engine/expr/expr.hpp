#pragma once
// Compiles AST expressions into closures over a row: variables are resolved
// to slots and names checked once, at compile time.
#include <optional>
#include <vector>

#include "engine/exec.hpp"
#include "engine/registry/registry.hpp"
#include "parser/ast.hpp"

namespace liverkg::engine {

// One aggregate call found in a projection (count(*), collect(DISTINCT x)...).
struct AggregateSpec {
    std::string name;                 // lower-case function name
    AggregatorFactory make = nullptr;  // the function's, from the registry
    bool distinct = false;
    bool count_star = false;
    std::vector<CompiledExpr> args;   // evaluated against the input row
    std::vector<bool> args_constant;  // percentile arguments must not depend on the row
    std::size_t slot = 0;             // where the result lands in the aggregated row
    const ast::Expr* expr = nullptr;
};

// How aggregate calls are handled while compiling a projection item.
struct AggregationContext {
    Scope* input = nullptr;                       // scope the aggregate arguments see
    std::vector<AggregateSpec>* aggregates = nullptr;
    // Grouping keys: an expression structurally equal to one of these reads its slot.
    std::vector<std::pair<const ast::Expr*, std::size_t>> keys;
    Scope* output = nullptr;                      // where aggregate result slots are allocated
    // ORDER BY may only reuse the projection's aggregates, not introduce new ones.
    bool new_aggregates_allowed = true;
};

class ExprCompiler {
public:
    ExprCompiler(Scope& scope, graph::Graph& g, const Params& params);
    CompiledExpr compile(const ast::Expr& e);
    // While set, aggregate calls become reads of result slots (projection items, ORDER BY).
    void set_aggregation(AggregationContext* agg) { agg_ = agg; }
    // The slot that compile(e) would simply read (a variable, a grouping key), if any:
    // callers that only compare values can then look at the row in place.
    std::optional<std::size_t> slot_read(const ast::Expr& e) const;

private:
    CompiledExpr compile_node(const ast::Expr& e);
    CompiledExpr compile_variable(const ast::Expr& e);
    CompiledExpr compile_property(const ast::Expr& e);
    CompiledExpr compile_unary(const ast::Expr& e);
    CompiledExpr compile_binary(const ast::Expr& e);
    CompiledExpr compile_logical(const ast::Expr& e);
    CompiledExpr compile_function(const ast::Expr& e);
    CompiledExpr compile_aggregate(const ast::Expr& e);
    CompiledExpr compile_case(const ast::Expr& e);
    CompiledExpr compile_index(const ast::Expr& e);
    CompiledExpr compile_slice(const ast::Expr& e);
    CompiledExpr compile_comprehension(const ast::Expr& e);
    CompiledExpr compile_quantifier(const ast::Expr& e);
    CompiledExpr compile_reduce(const ast::Expr& e);
    CompiledExpr compile_map_projection(const ast::Expr& e);
    CompiledExpr compile_has_labels(const ast::Expr& e);
    CompiledExpr compile_pattern_predicate(const ast::Expr& e);
    std::vector<CompiledExpr> compile_all(const std::vector<ast::ExprPtr>& es);

    Scope& scope_;
    graph::Graph& g_;
    const Params& params_;
    AggregationContext* agg_ = nullptr;
};

// --- AST helpers shared by the clause compilers

bool is_aggregate_function(std::string_view name);   // any case
bool contains_aggregate(const ast::Expr& e);
// Structural equality of two expressions (same kinds, names, literals, children).
bool same_expr(const ast::Expr& a, const ast::Expr& b);
// Names of the variables an expression reads (excluding ones it binds itself).
void free_variables(const ast::Expr& e, std::vector<std::string>& out);
std::string lower(std::string_view s);
Value literal_value(const ast::Literal& lit);

// Counts lifted literals (ast::Expr::lifted) evaluated with no values at hand, i.e. at compile
// time: a plan compiled while it moved has a literal's value built in and is not cached.
extern thread_local std::uint64_t lifted_literal_reads_while_compiling;

// Value of a property of a node, relationship or map (null when absent); TypeError otherwise.
Value property_of(ExecContext& ex, const Value& base, std::string_view key, std::optional<graph::KeyId>& key_cache);

// InvalidNumberOfArguments unless the call e passes as many arguments as f's signature takes.
void check_argument_count(const FunctionDef& f, const ast::Expr& e);
// Whether e calls a function the registry marks non-deterministic (rand()).
bool calls_nondeterministic_function(const ast::Expr& e);

// Aggregate state (engine/functions/aggregates.cpp).
class Aggregator {
public:
    virtual ~Aggregator() = default;
    virtual void add(const std::vector<Value>& args) = 0;
    // `weight` identical rows at once (fast paths count rows without producing them).
    virtual void add_weighted(const std::vector<Value>& args, std::int64_t weight) {
        for (std::int64_t i = 0; i < weight; ++i) add(args);
    }
    virtual Value result() = 0;
};
std::unique_ptr<Aggregator> make_aggregator(const AggregateSpec& spec);

// What an expression is known to yield before it runs (static_types.cpp).
VarKind static_kind(const ast::Expr& e, const Scope& scope);
// What a declared type (a function's result, a procedure's output) tells before the statement runs.
VarKind kind_of_type(const CypherType& t);
// The type bit a statically known kind stands for (0: not known).
std::uint32_t type_bit(VarKind k);
// InvalidArgumentType unless a WHERE condition may be a Boolean (WHERE (n) cannot).
void check_predicate_kind(const ast::Expr& e, const Scope& scope);
// Throws the compile-time InvalidArgumentType errors that static kinds reveal.
void check_static_types(const ast::Expr& e, const Scope& scope);

// [p = (a)-->(b) WHERE ... | expr] (match.cpp).
CompiledExpr compile_pattern_comprehension(const ast::Expr& e, Scope& scope, graph::Graph& g, const Params& params);

// EXISTS { ... }, COUNT { ... }, COLLECT { ... }: the inner query runs once per row, seeing the
// row's variables (subquery.cpp).
CompiledExpr compile_subquery(const ast::Expr& e, Scope& scope, graph::Graph& g, const Params& params);

// Pattern existence used by pattern predicates in WHERE (match.cpp).
CompiledExpr compile_pattern_exists(const ast::PatternPart& part, Scope& scope, graph::Graph& g,
                                    const Params& params);

}  // namespace liverkg::engine

#pragma once
// The engine's driver: runs a parsed statement (parser/ast.hpp) over a graph (graph/graph.hpp).
//
// A statement either succeeds completely or leaves the graph exactly as it was.
// Errors are thrown as liverkg::ErrorException (SemanticError before anything
// runs, TypeError/ArgumentError/... while running) and caught by the caller.
// The result types (ResultSet, Row, Stats, Params) are in engine/result.hpp.
#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "engine/result.hpp"
#include "engine/runtime/limits.hpp"
#include "graph/graph.hpp"
#include "parser/ast.hpp"
#include "parser/normalise.hpp"

namespace liverkg::engine {

class IndexCache;
class Governor;
class PlanCache;
struct CachedPlan;
struct CompiledStatement;

struct RunOptions {
    const Params* params = nullptr;
    const std::atomic<bool>* cancel = nullptr;   // set to true (e.g. by SIGINT) to stop the statement
    Limits limits;                               // memory, steps and time of the statement
};

// Sign of each relationship type (+1 promotes, -1 inhibits, 0 neutral), from a
// knowledge graph's schema.tsv; PATHS multiplies them along a chain.
using TypeSigns = std::map<std::string, int, std::less<>>;

class Engine {
public:
    explicit Engine(graph::Graph& g);
    // Runs one statement. Throws ErrorException; the graph is unchanged then.
    // With `normalised` (the statement as parser/normalise.hpp read it from `text`), its plan
    // is kept in the plan cache when it can be, and EXPLAIN says what the cache did.
    ResultSet run(const ast::Statement& statement, const RunOptions& options = {},
                  const parser::NormalisedStatement* normalised = nullptr, std::string_view text = {});

    // The plan cache (engine/plan_cache.hpp): the kept plan of a statement of n's shape, or null;
    // then runs it with n's literals (origin: a position in text at or before n.begin, for
    // error positions).
    std::shared_ptr<const CachedPlan> cached_plan(std::string_view text, const parser::NormalisedStatement& n);
    ResultSet run_cached(const CachedPlan& plan, std::string_view text, const parser::NormalisedStatement& n,
                         SourcePos origin, const RunOptions& options);
    PlanCache& plan_cache() { return *cache_; }
    void set_type_signs(TypeSigns signs) { signs_ = std::move(signs); }
    const TypeSigns& type_signs() const { return signs_; }

private:
    ResultSet run_statement(const ast::Statement& statement, const RunOptions& options, Governor& gov,
                            const parser::NormalisedStatement* n, std::string_view text, std::vector<Value>& literals);
    ResultSet execute(CompiledStatement& c, ast::StatementMode mode, const Params& params, Governor& gov,
                      const std::vector<Value>* literals);

    graph::Graph& graph_;
    TypeSigns signs_;
    std::shared_ptr<IndexCache> indexes_;
    std::shared_ptr<PlanCache> cache_;
};

}  // namespace liverkg::engine

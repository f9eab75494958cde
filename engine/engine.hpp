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

#include "base/error.hpp"
#include "engine/result.hpp"
#include "engine/runtime/limits.hpp"
#include "graph/graph.hpp"
#include "parser/ast.hpp"

namespace liverkg::engine {

class IndexCache;
class Governor;

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
    ResultSet run(const ast::Statement& statement, const RunOptions& options = {});
    void set_type_signs(TypeSigns signs) { signs_ = std::move(signs); }
    const TypeSigns& type_signs() const { return signs_; }

private:
    ResultSet run_statement(const ast::Statement& statement, const RunOptions& options, Governor& gov);

    graph::Graph& graph_;
    TypeSigns signs_;
    std::shared_ptr<IndexCache> indexes_;
};

}  // namespace liverkg::engine

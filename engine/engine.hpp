#pragma once
// The engine: runs a parsed statement (parser/ast.hpp) over a graph (graph/graph.hpp).
//
// A statement either succeeds completely or leaves the graph exactly as it was.
// Errors are thrown as liverkg::ErrorException (SemanticError before anything
// runs, TypeError/ArgumentError/... while running) and caught by the caller.
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/error.hpp"
#include "graph/graph.hpp"
#include "graph/value.hpp"
#include "engine/limits.hpp"
#include "parser/ast.hpp"

namespace liverkg::engine {

class IndexCache;
class Governor;
using graph::Value;
using Params = std::map<std::string, Value, std::less<>>;
using Row = std::vector<Value>;

struct Stats {
    std::int64_t nodes_created = 0;
    std::int64_t nodes_deleted = 0;
    std::int64_t relationships_created = 0;
    std::int64_t relationships_deleted = 0;
    std::int64_t properties_set = 0;
    std::int64_t properties_removed = 0;
    std::int64_t labels_added = 0;
    std::int64_t labels_removed = 0;
    bool any() const;
};

struct ResultSet {
    std::vector<std::string> columns;
    std::vector<Row> rows;
    Stats stats;
    std::string plan;                    // EXPLAIN / PROFILE: the operator tree, rendered
    std::vector<std::string> notices;    // e.g. "PATHS stopped at LIMIT 20"
    // When non-zero, the formats meant for reading (table, vertical) show only this many leading
    // columns; the rest (a PATHS result's path value and per-hop evidence) go to json, csv, tsv
    // and the tree view.
    std::size_t summary_columns = 0;
};

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

#pragma once
// Notices about a statement that ran, in the spirit of Neo4j's notifications: names the graph
// does not know (a typo in `:CelType` or `c.nmae` would otherwise just give 0 rows) and, when
// nothing came back, a `{name: '…'}` that is some node's alias. They never change the result.
#include <string>
#include <vector>

#include "graph/graph.hpp"
#include "parser/ast.hpp"

namespace liverkg::engine {

// literals: the values of the literals the plan cache lifted (ast::Expr::lifted), by slot, or null.
std::vector<std::string> statement_notices(const graph::Graph& g, const ast::Statement& statement, bool no_rows,
                                           const std::vector<graph::Value>* literals = nullptr);

}  // namespace liverkg::engine

#pragma once
// Mechanism paths: signed, context-true, scored chains from cell types to diseases
// (docs/query-language.md, "PATHS" and "kg.paths"). The PATHS statement and the
// kg.paths procedure both describe a search as a PathSpec and run find_paths.
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/engine.hpp"
#include "engine/runtime/governor.hpp"

namespace liverkg::engine {

constexpr std::uint32_t kPathsDefaultMaxHops = 4;
constexpr std::size_t kPathsDefaultLimit = 20;
constexpr std::int64_t kPathsMaxHopsBound = 8;
constexpr std::int64_t kPathsLimitBound = 10'000;

struct PathSpec {
    std::vector<graph::NodeId> from;
    std::vector<graph::NodeId> to;
    std::vector<graph::LabelId> via_labels;           // at least one intermediate node with one of them
    std::function<bool(graph::NodeId)> via_node;      // ... or matching this test
    bool via_impossible = false;                      // VIA names only labels the graph does not have
    std::vector<std::string> unknown_via;             // kg.paths' via names no node has (for a notice)
    std::uint32_t max_hops = kPathsDefaultMaxHops;
    std::optional<char> sign;                         // '+' or '-'
    bool any_context = false;                         // lift the context rule
    std::size_t limit = kPathsDefaultLimit;
};

// Every column a path row has, in order: chain, sign, score, weakest_evidence, citations
// (the summary a table shows), then hops, refs, path, evidence.
const std::vector<std::string>& path_columns();
constexpr std::size_t kPathSummaryColumns = 5;

// Runs the search; rows follow path_columns(), best score first. Notices say where a cap cut.
ResultSet find_paths(graph::Graph& g, const TypeSigns& signs, const PathSpec& spec, Governor& gov);

// The PATHS statement (statement.paths is set).
ResultSet run_paths(graph::Graph& g, const TypeSigns& signs, const ast::Statement& statement, const Params& params,
                    Governor& gov);

}  // namespace liverkg::engine

namespace liverkg::engine {

// The options map of kg.paths, read without a graph: via (list of label names), maxHops
// (1 to 8), sign ('+' or '-'), anyContext (boolean), limit (1 to 10000). An unknown key or a
// value of the wrong type or range is an ArgumentError naming the option and what it expects.
struct PathOptions {
    std::vector<std::string> via;
    std::uint32_t max_hops = kPathsDefaultMaxHops;
    std::size_t limit = kPathsDefaultLimit;
    std::optional<char> sign;
    bool any_context = false;
};
PathOptions path_options_of(const Value& options);

// kg.paths(start, target, options) as a search: start and target are a node, a list of nodes
// (nulls in it skipped) or null (no paths). Errors as path_options_of; `sign` also needs signs.
PathSpec path_spec_of(const graph::Graph& g, const TypeSigns& signs, const Value& from, const Value& to,
                      const Value& options);

}  // namespace liverkg::engine

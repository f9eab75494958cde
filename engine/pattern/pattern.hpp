#pragma once
// Compiled graph patterns and the backtracking matcher that walks them.
//
// Each pattern part is oriented so that matching starts from its more selective
// end (a bound variable, an index seek on `id`/`name`, the smallest label).
// WHERE conjuncts are attached to the earliest point at which every variable
// they read is bound, so that they prune the search instead of filtering after it.
#include <functional>
#include <optional>
#include <string>
#include <memory>
#include <vector>

#include "engine/exec.hpp"
#include "engine/expr/expr.hpp"

namespace liverkg::engine {

enum class BindMode { Bind, Check };

struct PropertyConstraint {
    std::string key;
    CompiledExpr value;
};

struct NodeMatcher {
    std::string name;                 // empty when anonymous
    std::size_t slot = 0;
    BindMode mode = BindMode::Bind;
    std::vector<std::string> labels;
    std::vector<PropertyConstraint> props;
    CompiledExpr props_map;           // ($param) properties, or null
    int event = 0;                    // event index at which this node is bound
};

struct RelMatcher {
    std::string name;
    std::size_t slot = 0;             // RelRef, or List of RelRef when variable length
    std::size_t segment_slot = 0;     // variable length: the walked segment as a Path
    BindMode mode = BindMode::Bind;
    std::vector<std::string> types;
    std::vector<PropertyConstraint> props;
    CompiledExpr props_map;
    ast::Direction direction = ast::Direction::Outgoing;
    bool variable_length = false;
    std::uint32_t min_hops = 1;
    std::uint32_t max_hops = 1;
    int event = 0;
};

// `all(x IN nodes(p) WHERE pred)` / `none(...)`, and the same over relationships(p):
// a test every element of the path must pass, checked as soon as the element is walked.
struct PathFilter {
    std::size_t slot = 0;             // where the element is put for `predicate`
    CompiledExpr predicate;
    bool negate = false;              // none(...)
};

struct PartPlan {
    std::vector<NodeMatcher> nodes;   // nodes.size() == rels.size() + 1, in traversal order
    std::vector<RelMatcher> rels;
    bool reversed = false;            // traversal order is the reverse of the written order
    std::optional<std::size_t> path_slot;
    ast::PathFunction path_function = ast::PathFunction::None;
    int path_event = -1;
    // Index seek for the start node: property key and constant value expression, and which
    // of the start node's property constraints it is (its candidates meet it already).
    std::string seek_key;
    CompiledExpr seek_value;
    std::size_t seek_constraint = 0;
    std::string start_label;          // label scan when no seek applies
    std::vector<PathFilter> node_filters;   // on every node of this part (from WHERE on its path)
    std::vector<PathFilter> rel_filters;    // on every relationship of this part
    // `start.key STARTS WITH <constant>` from WHERE: a prefix range scan (read-only statements).
    std::string prefix_key;
    CompiledExpr prefix_value;
};

struct Conjunct {
    CompiledExpr predicate;
    int event = -1;                   // -1: evaluable before anything is matched
    // Also enforced element by element during the search (a PathFilter): a shortest
    // path then needs no deepening for it.
    bool pushed_into_path = false;
};

// A compiled pattern (one MATCH, a MERGE pattern or a pattern predicate).
struct ResolvedPattern;   // matcher.cpp: a plan's labels and types as ids of one graph's dictionaries

// What a plan keeps of its last resolution, so that running it again (the next input row,
// the next statement of a cached plan) does not look its names up again. It points into
// its plan: a copy of the plan starts without it.
struct ResolvedCache {
    ResolvedCache() = default;
    ResolvedCache(const ResolvedCache&) {}
    ResolvedCache& operator=(const ResolvedCache&) {
        value.reset();
        return *this;
    }
    std::shared_ptr<const ResolvedPattern> value;
};

struct PatternPlan {
    std::vector<PartPlan> parts;
    std::vector<Conjunct> conjuncts;
    std::vector<std::size_t> new_slots;   // variables this pattern binds (nulled by OPTIONAL MATCH)
    std::size_t width = 0;
    mutable ResolvedCache resolved;       // matcher.cpp
};

// A pattern's `{k: v, ...}` as one constraint per key, or any other expression ($param)
// as a map evaluated per row (into `map`). Shared by MATCH, MERGE and CREATE.
std::vector<PropertyConstraint> compile_property_map(const ast::ExprPtr& props, Scope& scope, graph::Graph& g,
                                                     const Params& params, CompiledExpr& map);

// A node matcher with its labels resolved once for a run (not once per candidate node).
struct NodeCheck {
    NodeCheck(const graph::Graph& g, const NodeMatcher& matcher);
    const NodeMatcher* matcher;
    std::vector<graph::LabelId> labels;
    bool impossible = false;   // a label that does not exist: no node can match
    bool accepts_any = false;  // no label, no property: every node matches
};

// met: a constraint of the matcher the node is known to meet (it was found through the index
// on that key and value), or nullptr.
bool node_accepts_checked(ExecContext& ex, const NodeCheck& check, Row& row, graph::NodeId n,
                          const PropertyConstraint* met = nullptr);

// Whether n carries the labels and the properties the check asks for; property values are
// evaluated against `row`. Used by the matcher and by the fast paths alike, for every
// candidate node: the common unconstrained node is settled inline.
inline bool node_accepts(ExecContext& ex, const NodeCheck& check, Row& row, graph::NodeId n,
                         const PropertyConstraint* met = nullptr) {
    return check.accepts_any || node_accepts_checked(ex, check, row, n, met);
}
// Whether node or relationship `id` has the properties of a pattern element (all but `met`).
bool properties_match(ExecContext& ex, Row& row, const std::vector<PropertyConstraint>& props,
                      const CompiledExpr& props_map, bool is_node, std::uint32_t id,
                      const PropertyConstraint* met = nullptr);

// Compiles `pattern` (and the optional WHERE) against scope, adding new variables to it.
PatternPlan compile_pattern(const ast::Pattern& pattern, const ast::ExprPtr& where, Scope& scope,
                            graph::Graph& g, const Params& params, bool allow_new_vars = true,
                            bool reorient = true);

// Calls emit(row) for every match extending `row` (which must be scope-wide).
// emit returns false to stop early.
void match_pattern(const PatternPlan& plan, ExecContext& ex, Row& row, const std::function<bool(Row&)>& emit);

// Human-readable lines describing how a part is matched (EXPLAIN).
std::vector<std::string> describe_pattern(const PatternPlan& plan);

}  // namespace liverkg::engine

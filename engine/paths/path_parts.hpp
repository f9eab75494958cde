#pragma once
// The pieces behind find_paths (engine/paths/paths.hpp): the context rule, the score and the rows.
// Internal to the engine.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "engine/result.hpp"
#include "graph/graph.hpp"

namespace liverkg::engine::paths {

// A path found by the search, before it becomes a row.
struct Found {
    std::size_t refinement = 0;   // leading SUBTYPE_OF steps from the FROM node (not hops)
    graph::Path path;
    int sign = 1;                 // +1, -1, or 0 when no hop carries a sign
    bool sign_known = true;
    double score = 0;
    std::string chain;
    std::size_t hops() const { return path.rels.size() - refinement; }
};

// Keys the search reads on relationships and nodes, looked up once.
struct Keys {
    std::optional<graph::KeyId> refs, evidence, context, model, significant, inferred, generic, id, name;
    explicit Keys(const graph::Graph& g);
};

// The context rule: a hop on a path to disease D is context-true when its `context` is empty
// or absent, or names D, a SUBTYPE_OF ancestor of D or a descendant of D.
class ContextRule {
public:
    // Targets without the Disease label are not restricted (there is no disease to be true to).
    ContextRule(const graph::Graph& g, const Keys& keys, const std::vector<graph::NodeId>& targets);
    // Could this hop lie on a context-true path to any target? (prunes the search)
    bool allowed_for_some(graph::RelId r) const;
    // Is this hop context-true for the path's own target?
    bool allowed(graph::RelId r, graph::NodeId target) const;

private:
    const graph::Graph& g_;
    const Keys& keys_;
    std::vector<std::pair<graph::NodeId, std::unordered_set<std::string>>> per_target_;
    std::unordered_set<std::string> any_;
    bool unrestricted_target_ = false;
    bool hop_matches(graph::RelId r, const std::unordered_set<std::string>& ids) const;
};

// Evidence levels, strongest first: clinical 4 ... review 1, 0 = unknown.
int evidence_rank(const graph::Value* evidence);
const char* evidence_name(int rank);

// The score of a path (docs/query-language.md, "How paths are ranked"), higher is better.
double path_score(const graph::Graph& g, const Keys& keys, const Found& f);

// One result row in path_columns() order.
Row path_row(const graph::Graph& g, const Keys& keys, const std::vector<int>& type_sign, const Found& f,
             graph::NodeId target, const ContextRule& rule);

}  // namespace liverkg::engine::paths

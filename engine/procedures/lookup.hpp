#pragma once
// Finding nodes by what people type: a name, an alias or a CURIE (kg.lookup, the alias hint).
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"

namespace liverkg::engine {

struct LookupHit {
    graph::NodeId node;
    std::string matched;   // the name, alias, id or xref that matched, as stored
    double score;          // 1 exact, 0.8 ignoring case and punctuation, 0.5 and less a prefix
};

// Nodes whose `name`, `aliases`, `id` or `xrefs` match `text`: exactly first, then ignoring case,
// spaces and punctuation, then as a prefix (shorter completions score higher). One hit per node
// (its best), best first; ties by name.
std::vector<LookupHit> lookup_nodes(const graph::Graph& g, std::string_view text);

// Lower-case ASCII letters, drop ASCII spaces and punctuation; other bytes (CJK, Greek) stay.
std::string lookup_key(std::string_view text);

}  // namespace liverkg::engine

#pragma once
// Cytoscape.js JSON (.cyjs, which Cytoscape desktop imports): {"elements": {"nodes", "edges"}}
// with every property in `data`, plus a `style` array in the DOT drawing's visual vocabulary
// (docs/interchange.md, "Cytoscape"). Output is deterministic: elements in id order, keys sorted.
#include <iosfwd>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "engine/engine.hpp"
#include "formats/dot.hpp"

namespace liverkg::formats::cyjs {

void write(const graph::Graph& g, const DotSelection& selection, const engine::TypeSigns& signs, std::ostream& out);

// The style rules for nodes whose style label is one of `labels`, and for every edge.
nlohmann::json style(const std::set<std::string>& labels);

}  // namespace liverkg::formats::cyjs

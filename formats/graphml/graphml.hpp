#pragma once
// GraphML (graphml.graphdrawing.org), as NetworkX, igraph, yEd, Gephi and Cytoscape write it.
// Every property becomes a <data> of a typed <key>; what GraphML has no place for travels in
// keys of documented names (docs/interchange.md, "GraphML"):
//   node labels          key `labels`, ":Gene:Molecule" (the form Neo4j's APOC writes)
//   relationship type    key `type` (read also from `interaction`, then `label`)
//   lists, mixed types   attr.type="string" with liverkg.type="json": the value as JSON
#include <iosfwd>
#include <string>
#include <string_view>

#include "formats/dot.hpp"
#include "formats/network/network.hpp"

namespace liverkg::formats::graphml {

inline constexpr std::string_view kNamespace = "http://graphml.graphdrawing.org/xmlns";
inline constexpr std::string_view kLabelsKey = "labels";
inline constexpr std::string_view kTypeKey = "type";
// The type of an edge that names none.
inline constexpr std::string_view kDefaultType = "RELATED_TO";

// The value types of a key. Json is our extension: a string key whose values are JSON text.
enum class KeyType { Boolean, Int, Long, Float, Double, String, Json };
std::string_view attr_type_name(KeyType t);   // "long", "double", ... (Json: "string")

// The selection's nodes and relationships, each property under a typed key. Throws
// ArgumentError when a property has the name of a key the export writes (labels, type).
void write(const graph::Graph& g, const DotSelection& selection, std::ostream& out);

// Reads PATH (streamed through expat) into a network: nodes keyed by their GraphML id, with
// `id` set to it when the file declares no `id` key. Throws LoadError "FILE:LINE:COL: ...".
network::Network read(const std::string& path, const LoadOptions& options);

}  // namespace liverkg::formats::graphml

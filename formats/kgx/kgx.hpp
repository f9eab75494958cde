#pragma once
// KGX TSV with the Biolink model (formats/kgx): nodes.tsv and edges.tsv that Monarch, PrimeKG
// or any KGX tool can merge, carrying liverkg's own ids, labels, types and typed properties in
// columns beside the Biolink ones so that `--load DIR` reads the export back unchanged.
// Internal to formats/; the registry row is in registry.cpp.
#include <string>

#include "formats/formats.hpp"

namespace liverkg::formats::kgx {

// The column that marks a KGX directory written by liverkg (its nodes' own ids).
inline constexpr const char* kOwnIdColumn = "liverkg_id";

// Writes DIR/nodes.tsv and DIR/edges.tsv. Refuses (ArgumentError) what save_tsv refuses, and
// a property whose name is one of the KGX columns it adds.
void write(const graph::Graph& g, const std::string& dir);

// True when DIR/nodes.tsv has the kOwnIdColumn column.
bool written_by_liverkg(const std::string& dir);

// Reads such a directory back: liverkg's ids, labels, types and properties, the Biolink
// columns dropped. Errors and warnings name DIR's files and lines.
LoadReport read(graph::Graph& g, const std::string& dir, const LoadOptions& options);

}  // namespace liverkg::formats::kgx

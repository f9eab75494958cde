#pragma once
// KGX-style TSV input and output (see ../shared/CONTRACT.md "TSV input" and docs/tsv-format.md).
#include <cstddef>
#include <string>
#include <vector>

#include "graph/graph.hpp"

namespace liverkg::formats {

struct TsvLoadOptions {
    // Column whose `|`-separated cells are the node labels ("kind" for Hetionet's node list).
    std::string label_column = "category";
    // An edges file body at least this big is staged by two threads (halves cut at a line end).
    std::size_t parallel_min_bytes = std::size_t{8} << 20;
};

struct TsvLoadReport {
    std::size_t nodes = 0;
    std::size_t relationships = 0;
    std::vector<std::string> warnings;   // "FILE:LINE: message" for rows skipped or merged by policy
};

// Loads DIR/nodes.tsv and DIR/edges.tsv into g, all or nothing.
// On failure throws ErrorException{ErrorKind::LoadError, "", "FILE:LINE: message"} and g is unchanged.
TsvLoadReport load_tsv(graph::Graph& g, const std::string& dir, const TsvLoadOptions& options = {});

// Loads one nodes file and, unless edges_path is empty, one edges file (same rules as load_tsv).
// load_tsv(dir) uses it after finding DIR/nodes.tsv (or the one *-nodes.tsv / *_nodes.tsv, as in
// Hetionet's hetionet-v1.0-nodes.tsv) and DIR/edges.tsv (likewise; a missing edges file is a warning).
TsvLoadReport load_tsv_files(graph::Graph& g, const std::string& nodes_path, const std::string& edges_path,
                             const TsvLoadOptions& options = {});

// Writes g as DIR/nodes.tsv and DIR/edges.tsv that load_tsv reads back to the same graph.
// Atomic: written into a temporary directory beside DIR, then renamed into place.
void save_tsv(const graph::Graph& g, const std::string& dir);

}  // namespace liverkg::formats

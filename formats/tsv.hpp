#pragma once
// KGX-style TSV input and output (see ../shared/CONTRACT.md "TSV input" and docs/tsv-format.md).
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "graph/graph.hpp"

namespace liverkg::kg {
struct DirectoryTables;
}

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

// What a save writes beside nodes.tsv and edges.tsv.
struct TsvSaveOptions {
    // schema.tsv and ontology_terms.tsv, as loaded with the graph (nullptr or empty: none).
    const kg::DirectoryTables* tables = nullptr;
    // Reference nodes that a row of references.tsv gives back exactly are written there
    // instead of nodes.tsv (the KGX export keeps them as nodes).
    bool references_file = true;
};

// The files of a saved directory as (name, text), in writing order.
using TsvFiles = std::vector<std::pair<std::string, std::string>>;

// Renders the files; throws ArgumentError naming what cannot be written so that it loads
// back identically (the graph is only read).
TsvFiles render_tsv(const graph::Graph& g, const TsvSaveOptions& options = {});

// Writes g as DIR/nodes.tsv, DIR/edges.tsv and (when there is something to write)
// DIR/references.tsv, DIR/schema.tsv and DIR/ontology_terms.tsv, which load_tsv and a
// session's load read back to the same graph; saving the reloaded graph gives the same bytes.
// Atomic: the files are written into a temporary directory beside DIR that then replaces DIR
// as a whole (base/atomic_file.hpp). Other files of an existing DIR (a README) are kept;
// the .tsv files the loader reads are not (they would describe another graph).
// Returns the names of the files written.
std::vector<std::string> save_tsv(const graph::Graph& g, const std::string& dir, const TsvSaveOptions& options = {});

// True for the file names a save writes or drops (see save_tsv).
bool tsv_save_owns(const std::string& name);

}  // namespace liverkg::formats

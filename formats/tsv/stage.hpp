#pragma once
// Staging for the all-or-nothing TSV load: both files are parsed and checked into
// these compact arrays first; only when nothing is wrong is the graph touched (apply).
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/graph.hpp"
#include "formats/tsv.hpp"
#include "graph/tsv/cells.hpp"
#include "formats/tsv/id_table.hpp"

namespace liverkg::formats::tsv {

// The loader and saver work on the store's public API and share graph/'s typed-cell codec
// (graph/tsv/cells.hpp, which graph/kg also reads schema.tsv and references.tsv with).
using namespace liverkg::graph;
using namespace liverkg::graph::tsv;

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

struct StagedNode {
    NodeId existing = kNone;   // a node already in the graph with this id: merge into it
    std::uint32_t line = 0;
    std::vector<LabelId> labels;
    PropertyList props;
};

// An edge end that is a node of the graph (an earlier load), not of this file: the flag
// is set and the low bits are the NodeId.
constexpr std::uint32_t kExistingNode = 0x80000000u;

// 12 bytes per relationship, in the shape Graph::add_rels takes: until apply_staging maps
// them, `from` and `to` are indexes into Staging::nodes (or kExistingNode | NodeId).
using StagedEdge = NewRel;

// One slice of edges.tsv, staged by one thread (large files are cut in two at a line end).
struct EdgeChunk {
    std::vector<StagedEdge> edges;
    std::vector<std::pair<std::uint32_t, PropertyList>> props;   // (index in edges, properties): rare
    std::vector<std::string> warnings;   // "FILE:LINE: message", at most kMaxWarnings
    std::size_t warnings_dropped = 0;
};

constexpr std::size_t kMaxWarnings = 100;

struct Staging {
    std::string nodes_file;   // as named in messages
    std::string edges_file;
    FileText nodes_text;   // kept alive: by_id holds views into it
    std::vector<StagedNode> nodes;
    IdTable by_id;   // id text -> index into nodes
    std::vector<EdgeChunk> chunks;   // in file order
    std::vector<std::string> warnings;
    std::size_t warnings_dropped = 0;

    void warn(const std::string& file, std::size_t line, const std::string& message);
};

// Parses a header row: typed columns, each name once (else LoadError at FILE:1).
std::vector<Column> parse_header(std::string_view line, const std::string& file);

// Parse and check; throw LoadError on the first fatal problem. The graph is only read
// (and its dictionaries may learn new names).
void stage_nodes(Graph& g, Staging& s, const TsvLoadOptions& options);
void stage_edges(Graph& g, Staging& s, const TsvLoadOptions& options);

// Writes the staged nodes and relationships into the graph. Cannot fail on valid staging.
TsvLoadReport apply_staging(Graph& g, Staging& s);

}  // namespace liverkg::formats::tsv

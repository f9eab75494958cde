#pragma once
// The functions behind the rows of the format table (registry.cpp), each defined in its
// format's folder. A new format declares its reader and writers here and adds one row.
#include "formats/dot.hpp"
#include "formats/formats.hpp"

namespace liverkg::formats::rows {

// tsv/rows.cpp: a directory of nodes.tsv + edges.tsv; a result as one TSV file.
LoadReport read_tsv(graph::Graph& g, const std::string& path, const LoadOptions& options);
void write_tsv_graph(const ExportJob& job);
void write_tsv_result(const ExportJob& job);

// kgx/rows.cpp: KGX TSV with Biolink categories and predicates (a directory, whole graph).
void write_kgx_graph(const ExportJob& job);

// result/rows.cpp: result sets as csv and json files.
void write_csv_result(const ExportJob& job);
void write_json_result(const ExportJob& job);

// dot/rows.cpp: the drawing of a result (or of the whole graph), as DOT text or rendered.
void write_dot(const ExportJob& job);
void write_svg(const ExportJob& job);
void write_png(const ExportJob& job);
void write_pdf(const ExportJob& job);

// sif/: signed interaction networks (read.cpp, write.cpp).
LoadReport read_sif(graph::Graph& g, const std::string& path, const LoadOptions& options);
void write_sif(const ExportJob& job);

// graphml/: GraphML both ways; a result's nodes and relationships, or the whole graph.
LoadReport read_graphml(graph::Graph& g, const std::string& path, const LoadOptions& options);
void write_graphml(const ExportJob& job);

// cyjs/: Cytoscape.js JSON with a style in the DOT drawing's vocabulary.
void write_cyjs(const ExportJob& job);

// cypher/: a Cypher script of CREATE batches; neo4j/: neo4j-admin import files (a directory).
void write_cypher(const ExportJob& job);
void write_neo4j(const ExportJob& job);

// What a network export (graphml, cyjs, sif) writes: the result's nodes, relationships and
// paths, or the whole graph. Throws ArgumentError naming `format` when a result holds none.
DotSelection selection_of(const ExportJob& job, std::string_view format);

}  // namespace liverkg::formats::rows

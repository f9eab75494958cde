// THE table of file formats. One row per format: its name, the file extensions its reader
// claims, a line of help, and its reader and writers (null where it has none).
// To add a format: write its functions in a folder of its own, declare them in rows.hpp,
// add a row here; --load, :load, --export, :export, completion and --help follow.
#include <array>

#include "formats/formats.hpp"
#include "formats/rows.hpp"

namespace liverkg::formats {
namespace {

using namespace rows;

const std::array format_table{
    Format{"tsv", "/", "KGX-style nodes.tsv + edges.tsv directory (whole graph: DIR); a result: one TSV file",
           &read_tsv, &write_tsv_graph, &rows::write_tsv_result},
    Format{"csv", "", "a result as comma-separated values with a header row", nullptr, nullptr,
           &rows::write_csv_result},
    Format{"json", "", "a result as the command line's JSON object", nullptr, nullptr,
           &rows::write_json_result},
    Format{"dot", "", "Graphviz DOT drawing of the nodes, relationships and paths returned (or the graph)",
           nullptr, &write_dot, &write_dot},
    Format{"svg", "", "that drawing rendered by Graphviz `dot` (on PATH) as SVG", nullptr, &write_svg,
           &write_svg},
    Format{"png", "", "that drawing rendered by Graphviz `dot` (on PATH) as PNG", nullptr, &write_png,
           &write_png},
    Format{"pdf", "", "that drawing rendered by Graphviz `dot` (on PATH) as PDF", nullptr, &write_pdf,
           &write_pdf},
    Format{"kgx", "", "KGX TSV directory for Biolink tools (DIR/nodes.tsv, DIR/edges.tsv); --load reads it back",
           nullptr, &write_kgx_graph, nullptr},
    Format{"graphml", ".graphml", "GraphML with typed keys (NetworkX, igraph, yEd, Gephi); labels and types in keys `labels` and `type`",
           &read_graphml, &write_graphml, &write_graphml},
    Format{"sif", ".sif", "signed interaction network: `source interaction target...` lines (1/-1 = ACTIVATES/INHIBITS)",
           &read_sif, &write_sif, &write_sif},
    Format{"cyjs", "", "Cytoscape.js JSON (Cytoscape desktop imports .cyjs) with a style: label shapes, sign colours, evidence lines",
           nullptr, &write_cyjs, &write_cyjs},
    Format{"neo4j", "", "neo4j-admin database import directory: DIR/nodes.csv, DIR/relationships.csv (typed headers), DIR/import.sh",
           nullptr, &write_neo4j, &write_neo4j},
    Format{"cypher", "", "a Cypher script of CREATE batches that Neo4j, Memgraph and liverkg (--load FILE.cypher) run",
           nullptr, &write_cypher, &write_cypher},
};

}  // namespace

std::span<const Format> all_formats() { return format_table; }

}  // namespace liverkg::formats

// The graphml row of the format table: --load/:load of .graphml files (merged into the graph as
// SIF networks are), and the export of the whole graph or of what a statement returned.
#include "formats/file_out.hpp"
#include "formats/graphml/graphml.hpp"
#include "formats/rows.hpp"

namespace liverkg::formats::rows {

LoadReport read_graphml(graph::Graph& g, const std::string& path, const LoadOptions& options) {
    auto net = graphml::read(path, options);
    return network::apply_network(g, net, options);
}

void write_graphml(const ExportJob& job) {
    auto selection = selection_of(job, "graphml");
    write_file(job.path, [&](std::ostream& out) { graphml::write(job.graph, selection, out); });
}

}  // namespace liverkg::formats::rows

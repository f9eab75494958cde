// The cyjs row of the format table: Cytoscape.js JSON of a result's nodes, relationships and
// paths, or of the whole graph.
#include "formats/cyjs/cyjs.hpp"
#include "formats/file_out.hpp"
#include "formats/rows.hpp"

namespace liverkg::formats::rows {

void write_cyjs(const ExportJob& job) {
    auto selection = selection_of(job, "cyjs");
    write_file(job.path, [&](std::ostream& out) { cyjs::write(job.graph, selection, job.signs, out); });
}

}  // namespace liverkg::formats::rows

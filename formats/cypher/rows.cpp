// The cypher and neo4j rows' Cypher half: a script of CREATE batches of the whole graph or of
// what a statement returned.
#include "formats/cypher/cypher.hpp"
#include "formats/file_out.hpp"
#include "formats/rows.hpp"

namespace liverkg::formats::rows {

void write_cypher(const ExportJob& job) {
    auto selection = selection_of(job, "cypher");
    write_file(job.path, [&](std::ostream& out) { cypher::write(job.graph, selection, out); });
}

}  // namespace liverkg::formats::rows

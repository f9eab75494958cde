// The kgx row of the format table.
#include "formats/kgx/kgx.hpp"
#include "formats/rows.hpp"

namespace liverkg::formats::rows {

void write_kgx_graph(const ExportJob& job) { kgx::write(job.graph, job.path); }

}  // namespace liverkg::formats::rows

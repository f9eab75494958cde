// The csv and json rows of the format table: a result set as one file.
#include "formats/file_out.hpp"
#include "formats/result.hpp"
#include "formats/rows.hpp"

namespace liverkg::formats::rows {

void write_csv_result(const ExportJob& job) {
    write_file(job.path, [&](std::ostream& out) { formats::write_csv_result(*job.result, job.graph, out); });
}

void write_json_result(const ExportJob& job) {
    write_file(job.path, [&](std::ostream& out) { formats::write_json_result(*job.result, job.graph, out); });
}

}  // namespace liverkg::formats::rows

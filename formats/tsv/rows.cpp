// The tsv row of the format table: the KGX-style directory both ways, a result as one file.
#include "formats/file_out.hpp"
#include "formats/kgx/kgx.hpp"
#include "formats/result.hpp"
#include "formats/rows.hpp"
#include "formats/tsv.hpp"

namespace liverkg::formats::rows {

LoadReport read_tsv(graph::Graph& g, const std::string& path, const LoadOptions& options) {
    // A KGX export of liverkg carries the graph's own ids, labels and types beside the
    // Biolink ones: its reader restores them.
    if (kgx::written_by_liverkg(path)) return kgx::read(g, path, options);
    TsvLoadOptions tsv;
    tsv.label_column = options.label_column;
    auto r = load_tsv(g, path, tsv);
    LoadReport report;
    report.nodes = r.nodes;
    report.relationships = r.relationships;
    report.warnings = std::move(r.warnings);
    return report;
}

void write_tsv_graph(const ExportJob& job) { save_tsv(job.graph, job.path, TsvSaveOptions{job.tables}); }

void write_tsv_result(const ExportJob& job) {
    write_file(job.path, [&](std::ostream& out) { formats::write_tsv_result(*job.result, job.graph, out); });
}

}  // namespace liverkg::formats::rows

// The dot, svg, png and pdf rows of the format table: the drawing of a result, or of the whole
// graph when the job has no result; svg, png and pdf are rendered by Graphviz `dot`.
#include <sstream>
#include <stdexcept>

#include "formats/dot.hpp"
#include "formats/file_out.hpp"
#include "formats/rows.hpp"

namespace liverkg::formats::rows {
namespace {

std::string dot_text(const ExportJob& job) {
    std::ostringstream text;
    auto selection = job.result ? select_result(job.graph, *job.result) : select_graph(job.graph);
    if (job.result && selection.empty())
        raise(ErrorKind::ArgumentError, "",
              "nothing to draw: the result holds no nodes, relationships or paths (return them, e.g. "
              "MATCH p = (a)-[r]->(b) RETURN p, or PATHS ...)");
    formats::write_dot(job.graph, selection, job.signs, text, DotOptions{job.title});
    return text.str();
}

void render(const ExportJob& job, std::string_view format) {
    std::string error;
    if (!render_with_dot(dot_text(job), format, job.path, error, format == "png" ? job.dpi : 0))
        throw std::runtime_error(error);
}

}  // namespace

void write_dot(const ExportJob& job) {
    write_file(job.path, [&](std::ostream& out) { out << dot_text(job); });
}

void write_svg(const ExportJob& job) { render(job, "svg"); }
void write_png(const ExportJob& job) { render(job, "png"); }
void write_pdf(const ExportJob& job) { render(job, "pdf"); }

}  // namespace liverkg::formats::rows

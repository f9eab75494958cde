#include "repl/export.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "repl/dot_writer.hpp"
#include "repl/format/printer.hpp"

namespace liverkg::repl {
namespace {

// Writes the result with the printer of the same name into the file.
bool write_with_printer(std::string_view format, const ExportJob& job, std::string& error) {
    std::ofstream out(job.path, std::ios::binary | std::ios::trunc);
    if (out) make_printer(format)->print(job.result, PrintContext{job.graph, 0, false}, out);
    out.flush();
    if (!out) {
        error = "cannot write " + job.path + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

bool write_csv(const ExportJob& job, std::string& error) { return write_with_printer("csv", job, error); }
bool write_tsv(const ExportJob& job, std::string& error) { return write_with_printer("tsv", job, error); }
bool write_json(const ExportJob& job, std::string& error) { return write_with_printer("json", job, error); }

std::string dot_text(const ExportJob& job) {
    static const engine::TypeSigns no_signs;
    std::ostringstream text;
    const auto& signs = job.signs ? *job.signs : no_signs;
    write_dot(job.graph, select_result(job.graph, job.result), signs, text);
    return text.str();
}

bool write_dot_file(const ExportJob& job, std::string& error) {
    std::ofstream out(job.path, std::ios::binary | std::ios::trunc);
    if (out) out << dot_text(job);
    out.flush();
    if (!out) {
        error = "cannot write " + job.path + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

bool write_svg(const ExportJob& job, std::string& error) {
    return render_with_dot(dot_text(job), "svg", job.path, error);
}
bool write_png(const ExportJob& job, std::string& error) {
    return render_with_dot(dot_text(job), "png", job.path, error);
}

const std::array<ExportFormat, 6> export_table{{
    {"csv", "comma-separated values with a header row", &write_csv},
    {"tsv", "tab-separated values with a header row", &write_tsv},
    {"json", "the command line's JSON object", &write_json},
    {"dot", "Graphviz DOT drawing of the nodes, relationships and paths returned", &write_dot_file},
    {"svg", "that drawing rendered by Graphviz `dot` (on PATH) as SVG", &write_svg},
    {"png", "that drawing rendered by Graphviz `dot` (on PATH) as PNG", &write_png},
}};

}  // namespace

std::span<const ExportFormat> export_formats() { return export_table; }

const ExportFormat* find_export_format(std::string_view name) {
    for (const auto& f : export_table)
        if (f.name == name) return &f;
    return nullptr;
}

std::string export_format_names() {
    std::string out;
    for (const auto& f : export_table) out += (out.empty() ? "" : "|") + std::string(f.name);
    return out;
}

}  // namespace liverkg::repl

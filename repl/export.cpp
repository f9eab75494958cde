#include "repl/export.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>

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

const std::array<ExportFormat, 3> export_table{{
    {"csv", "comma-separated values with a header row", &write_csv},
    {"tsv", "tab-separated values with a header row", &write_tsv},
    {"json", "the command line's JSON object", &write_json},
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

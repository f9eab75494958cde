#pragma once
// :export FORMAT FILE: the table of export formats. csv, tsv and json reuse the printers;
// graph drawings (dot, svg, png) join the table as rows of their own.
#include <span>
#include <string>
#include <string_view>

#include "engine/engine.hpp"
#include "graph/graph.hpp"

namespace liverkg::repl {

struct ExportJob {
    const engine::ResultSet& result;
    const graph::Graph& graph;
    std::string path;
    // Relationship signs from schema.tsv (dot, svg, png colour edges by them); may be null.
    const engine::TypeSigns* signs = nullptr;
};

struct ExportFormat {
    std::string_view name;
    std::string_view help;
    // Writes the file; on failure returns false with a one-line reason in `error`.
    bool (*write)(const ExportJob& job, std::string& error);
};

std::span<const ExportFormat> export_formats();
const ExportFormat* find_export_format(std::string_view name);
std::string export_format_names();

}  // namespace liverkg::repl

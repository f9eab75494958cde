#pragma once
// TSV building blocks shared by the loader, the saver and kg_check: whole-file
// reading, line iteration (BOM, CRLF, missing final newline), tab splitting,
// neo4j-admin style typed headers and cell conversion.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/value.hpp"

namespace liverkg::graph::tsv {

// The temporal types read their cells as ISO 8601 text (neo4j-admin's :date, :datetime...).
enum class CellType { Auto, String, Int, Float, Bool, Date, LocalTime, Time, LocalDateTime, DateTime, Duration };
// The temporal kind a cell type reads, if it is one.
std::optional<TemporalKind> temporal_cell_kind(CellType t);
CellType cell_type_of(TemporalKind k);

// One header cell: `name` or `name:type` or `name:type[]`.
struct Column {
    std::string name;
    CellType type = CellType::Auto;
    bool array = false;
};

[[noreturn]] void load_error(const std::string& file, std::size_t line, const std::string& message);

// Reads a whole file; throws LoadError "FILE:0: cannot read ..." when it cannot.
std::string read_file(const std::string& path);

// A whole file's bytes, memory-mapped when possible (no copy, no zero-fill: a large
// edges.tsv is parsed straight from the page cache), else read into memory.
class FileText {
public:
    explicit FileText(const std::string& path);
    ~FileText();
    FileText(const FileText&) = delete;
    FileText& operator=(const FileText&) = delete;
    FileText(FileText&& o) noexcept;
    FileText& operator=(FileText&& o) noexcept;
    FileText() = default;
    std::string_view view() const { return map_ ? std::string_view(static_cast<const char*>(map_), size_) : text_; }

private:
    void* map_ = nullptr;
    std::size_t size_ = 0;
    std::string text_;
};

// Iterates the lines of a buffer: strips a UTF-8 BOM, a trailing '\r', and
// counts physical lines from 1.
class LineReader {
public:
    explicit LineReader(std::string_view text);
    bool next(std::string_view& line);
    std::size_t line_number() const { return line_; }
    std::size_t offset() const { return pos_; }   // where the next line starts

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t line_ = 0;
};

// Number of '\n' in text (memchr-based: several times faster than a byte loop at -O2).
std::size_t count_lines(std::string_view text);

// Splits on tabs into `out` (cleared first).
void split_tabs(std::string_view line, std::vector<std::string_view>& out);

// Parses a header cell; returns an error message for an unknown type or empty name.
std::optional<std::string> parse_column(std::string_view text, Column& out);

// Converts a non-empty cell by the column's type. Auto: a string, or a list of
// strings when the cell holds `|`. Returns an error message when the cell does not fit.
std::optional<std::string> convert_cell(std::string_view cell, const Column& column, Value& out);

// `biolink:Gene` -> `Gene`: the local part of a CURIE, so that Cypher users can write
// (:Gene) and [:interacts_with]. Text that is not a CURIE is returned unchanged.
std::string_view strip_curie(std::string_view name);

// Name of a cell type as written in headers ("int", "float", "boolean", "string").
const char* cell_type_name(CellType t);

}  // namespace liverkg::graph::tsv

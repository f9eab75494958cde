#pragma once
// A TSV file as header names and rows of cells, for rewriting one TSV layout into another
// (the KGX writer and reader). Cells are copied: these files are the size of a curated graph.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace liverkg::formats::kgx {

struct TextTable {
    std::vector<std::string> header;                 // as written, types included (`refs:int[]`)
    std::vector<std::vector<std::string>> rows;      // padded to the header's width
    std::vector<std::size_t> lines;                  // the file line of each row

    static TextTable read(const std::string& file);
    // Index of the column whose name (before any `:type`) is `name`.
    std::optional<std::size_t> column(std::string_view name) const;
    std::string cell(std::size_t row, std::optional<std::size_t> col) const {
        return col ? rows[row][*col] : std::string();
    }
};

// Header and rows as TSV text; the rows must have the header's width.
std::string table_text(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

// The name part of a header cell: `refs:int[]` -> `refs`.
std::string_view column_name(std::string_view header_cell);

}  // namespace liverkg::formats::kgx

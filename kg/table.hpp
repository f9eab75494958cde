#pragma once
// A TSV file read as a table for checking: typed header, then rows of cells that
// point into the file (kept alive by the table). Problems are collected, not thrown.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/tsv/cells.hpp"

namespace liverkg::kg {

namespace tsv = graph::tsv;
using graph::Value;

struct Row {
    std::size_t line;
    std::vector<std::string_view> cells;   // padded to the header's width (missing = empty)
};

class Table {
public:
    // Reads FILE; a missing file or header becomes a problem and an empty table.
    Table(std::string file, std::vector<std::string>& problems);

    const std::string& file() const { return file_; }
    const std::vector<tsv::Column>& columns() const { return columns_; }
    const std::vector<Row>& rows() const { return rows_; }
    // Column index by name; a missing required column is reported once.
    std::optional<std::size_t> column(std::string_view name, bool required = true);
    std::string where(std::size_t line) const { return file_ + ":" + std::to_string(line) + ": "; }

private:
    std::string file_;
    std::vector<std::string>& problems_;
    tsv::FileText text_;
    std::vector<tsv::Column> columns_;
    std::vector<Row> rows_;
};

}  // namespace liverkg::kg

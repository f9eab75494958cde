#include "kg/table.hpp"

#include "base/error.hpp"

namespace liverkg::kg {

Table::Table(std::string file, std::vector<std::string>& problems) : file_(std::move(file)), problems_(problems) {
    try {
        text_ = tsv::FileText(file_);
    } catch (const ErrorException& e) {
        problems_.push_back(e.error().message);
        return;
    }
    tsv::LineReader lines(text_.view());
    std::string_view line;
    if (!lines.next(line) || line.empty()) {
        problems_.push_back(where(1) + "no header row");
        return;
    }
    std::vector<std::string_view> cells;
    tsv::split_tabs(line, cells);
    for (std::string_view cell : cells) {
        tsv::Column c;
        if (auto error = tsv::parse_column(cell, c)) problems_.push_back(where(1) + *error);
        columns_.push_back(std::move(c));
    }
    while (lines.next(line)) {
        if (line.empty()) continue;
        tsv::split_tabs(line, cells);
        if (cells.size() > columns_.size())
            problems_.push_back(where(lines.line_number()) + "row has " + std::to_string(cells.size()) +
                                " cells, the header has " + std::to_string(columns_.size()));
        cells.resize(columns_.size());
        rows_.push_back({lines.line_number(), cells});
    }
}

std::optional<std::size_t> Table::column(std::string_view name, bool required) {
    for (std::size_t i = 0; i < columns_.size(); ++i)
        if (columns_[i].name == name) return i;
    if (required && !columns_.empty()) problems_.push_back(where(1) + "header has no '" + std::string(name) + "' column");
    return std::nullopt;
}

}  // namespace liverkg::kg

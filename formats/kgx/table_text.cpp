#include "formats/kgx/table_text.hpp"

#include "graph/tsv/cells.hpp"

namespace liverkg::formats::kgx {

namespace tsv = graph::tsv;

std::string_view column_name(std::string_view header_cell) {
    return header_cell.substr(0, std::min(header_cell.find(':'), header_cell.size()));
}

TextTable TextTable::read(const std::string& file) {
    TextTable t;
    std::string text = tsv::read_file(file);
    tsv::LineReader lines(text);
    std::string_view line;
    std::vector<std::string_view> cells;
    if (!lines.next(line)) tsv::load_error(file, 1, "no header row");
    tsv::split_tabs(line, cells);
    t.header.assign(cells.begin(), cells.end());
    while (lines.next(line)) {
        if (line.empty()) continue;
        tsv::split_tabs(line, cells);
        if (cells.size() > t.header.size())
            tsv::load_error(file, lines.line_number(),
                            "row has " + std::to_string(cells.size()) + " cells, the header has " +
                                std::to_string(t.header.size()));
        t.rows.emplace_back(cells.begin(), cells.end());
        t.rows.back().resize(t.header.size());
        t.lines.push_back(lines.line_number());
    }
    return t;
}

std::optional<std::size_t> TextTable::column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (column_name(header[i]) == name) return i;
    return std::nullopt;
}

std::string table_text(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
    std::string out;
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) (out += i ? "\t" : "") += cells[i];
        out += '\n';
    };
    line(header);
    for (const auto& r : rows) line(r);
    return out;
}

}  // namespace liverkg::formats::kgx

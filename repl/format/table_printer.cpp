#include "repl/format/table_printer.hpp"

#include <algorithm>
#include <numeric>
#include <ostream>
#include <vector>

#include "repl/format/text_width.hpp"
#include "formats/value_text.hpp"

namespace liverkg::repl {

using formats::TextOptions;
using formats::value_text;
namespace {

struct Cell {
    std::string text;
    std::size_t width = 0;
    graph::ValueType type = graph::ValueType::Null;
};

using CellRow = std::vector<Cell>;

Cell make_cell(std::string text, graph::ValueType type) {
    // A cell is one line: embedded newlines and tabs would break the frame.
    for (char& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    Cell cell{std::move(text), 0, type};
    cell.width = display_width(cell.text);
    return cell;
}

std::vector<CellRow> make_cells(const engine::ResultSet& rs, const graph::Graph& g) {
    TextOptions opts{.compact_nodes = true};
    std::vector<CellRow> rows;
    rows.reserve(rs.rows.size());
    for (const auto& row : rs.rows) {
        CellRow cells;
        for (const auto& v : row) cells.push_back(make_cell(value_text(v, g, opts), v.type()));
        rows.push_back(std::move(cells));
    }
    return rows;
}

// Shrinks the widest columns until the frame (2 + 3 per column boundary) fits `width`; the cells
// of a shrunk column then wrap.
void fit_widths(std::vector<std::size_t>& widths, std::size_t width) {
    const std::size_t frame = 3 * widths.size() + 1;
    if (width <= frame) return;
    auto total = [&] { return std::accumulate(widths.begin(), widths.end(), frame); };
    while (total() > width) {
        auto widest = std::max_element(widths.begin(), widths.end());
        if (*widest <= 1) break;
        --*widest;
    }
}

const char* color_of(graph::ValueType t) {
    switch (t) {
    case graph::ValueType::String: return "\033[32m";
    case graph::ValueType::Int:
    case graph::ValueType::Float: return "\033[36m";
    case graph::ValueType::Node: return "\033[33m";
    case graph::ValueType::Rel:
    case graph::ValueType::Path: return "\033[35m";
    case graph::ValueType::Temporal: return "\033[34m";
    default: return nullptr;
    }
}

bool right_aligned(graph::ValueType t) {
    return t == graph::ValueType::Int || t == graph::ValueType::Float;
}

// One physical line of a cell: `text` is already cut to fit `width`.
void print_piece(std::ostream& out, const std::string& text, graph::ValueType type, std::size_t width, bool color) {
    std::string pad(width - std::min(width, display_width(text)), ' ');
    const char* c = color && !text.empty() ? color_of(type) : nullptr;
    out << ' ';
    if (right_aligned(type)) out << pad;
    if (c) out << c << text << "\033[0m";
    else out << text;
    if (!right_aligned(type)) out << pad;
    out << " |";
}

// A row whose cells are wider than their columns wraps inside them (psql's wrapped format):
// the row takes as many lines as its tallest cell.
void print_row(std::ostream& out, const CellRow& row, const std::vector<std::size_t>& widths, bool color) {
    std::vector<std::vector<std::string>> pieces;
    std::size_t height = 1;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        const Cell* cell = i < row.size() ? &row[i] : nullptr;
        if (!cell) pieces.push_back({""});
        else if (cell->width <= widths[i]) pieces.push_back({cell->text});
        else pieces.push_back(wrap_to_width(cell->text, widths[i]));
        height = std::max(height, pieces.back().size());
    }
    for (std::size_t line = 0; line < height; ++line) {
        out << '|';
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const std::string& text = line < pieces[i].size() ? pieces[i][line] : std::string();
            auto type = i < row.size() ? row[i].type : graph::ValueType::Null;
            print_piece(out, text, type, widths[i], color);
        }
        out << '\n';
    }
}

void print_rule(std::ostream& out, const std::vector<std::size_t>& widths) {
    out << '+';
    for (auto w : widths) out << std::string(w + 2, '-') << '+';
    out << '\n';
}

}  // namespace

std::string row_count_text(std::size_t rows) {
    return std::to_string(rows) + (rows == 1 ? " row" : " rows");
}

std::string stats_text(const engine::Stats& s) {
    const std::pair<const char*, std::int64_t> counters[] = {
        {"Nodes created", s.nodes_created},
        {"Nodes deleted", s.nodes_deleted},
        {"Relationships created", s.relationships_created},
        {"Relationships deleted", s.relationships_deleted},
        {"Properties set", s.properties_set},
        {"Properties removed", s.properties_removed},
        {"Labels added", s.labels_added},
        {"Labels removed", s.labels_removed},
    };
    std::string text;
    for (const auto& [name, n] : counters) {
        if (n == 0) continue;
        if (!text.empty()) text += ", ";
        text += std::string(name) + ": " + std::to_string(n);
    }
    return text;
}

void TablePrinter::print(const engine::ResultSet& rs, const PrintContext& ctx,
                         std::ostream& out) const {
    if (!rs.plan.empty()) out << rs.plan << (rs.plan.back() == '\n' ? "" : "\n");
    // EXPLAIN answers a plan and no rows: the empty table under it would only be noise.
    bool show_table = !rs.columns.empty() && (rs.plan.empty() || !rs.rows.empty());
    if (show_table) {
        auto rows = make_cells(rs, ctx.graph);
        std::vector<std::size_t> widths;
        CellRow header;
        std::size_t shown = rs.summary_columns ? std::min(rs.summary_columns, rs.columns.size()) : rs.columns.size();
        for (std::size_t i = 0; i < shown; ++i) {
            const auto& c = rs.columns[i];
            header.push_back(make_cell(c, graph::ValueType::Null));
            widths.push_back(header.back().width);
        }
        for (const auto& row : rows)
            for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], row[i].width);
        if (ctx.width > 0) fit_widths(widths, static_cast<std::size_t>(ctx.width));
        print_rule(out, widths);
        print_row(out, header, widths, false);
        print_rule(out, widths);
        for (const auto& row : rows) print_row(out, row, widths, ctx.color);
        print_rule(out, widths);
        out << row_count_text(rs.rows.size()) << '\n';
    }
    if (auto s = stats_text(rs.stats); !s.empty()) out << s << '\n';
    if (rs.columns.empty() && !rs.stats.any() && rs.plan.empty()) out << "(no changes, no records)\n";
}

}  // namespace liverkg::repl

#include "repl/format/tsv_printer.hpp"

#include <ostream>

#include "repl/format/value_text.hpp"

namespace liverkg::repl {

std::string tsv_field(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\\': out += "\\\\"; break;
        default: out += c;
        }
    }
    return out;
}

void TsvPrinter::print(const engine::ResultSet& rs, const PrintContext& ctx,
                       std::ostream& out) const {
    if (rs.columns.empty()) return;
    for (std::size_t i = 0; i < rs.columns.size(); ++i)
        out << (i ? "\t" : "") << tsv_field(rs.columns[i]);
    out << '\n';
    for (const auto& row : rs.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) out << '\t';
            if (!row[i].is_null()) out << tsv_field(value_text(row[i], ctx.graph));
        }
        out << '\n';
    }
}

}  // namespace liverkg::repl

#include "formats/result.hpp"

#include <ostream>

#include "formats/value_text.hpp"

namespace liverkg::formats {

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

void write_tsv_result(const engine::ResultSet& rs, const graph::Graph& g, std::ostream& out) {
    if (rs.columns.empty()) return;
    for (std::size_t i = 0; i < rs.columns.size(); ++i)
        out << (i ? "\t" : "") << tsv_field(rs.columns[i]);
    out << '\n';
    for (const auto& row : rs.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) out << '\t';
            if (!row[i].is_null()) out << tsv_field(value_text(row[i], g));
        }
        out << '\n';
    }
}

}  // namespace liverkg::formats

#include "formats/result.hpp"

#include <ostream>

#include "formats/value_text.hpp"

namespace liverkg::formats {

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

void write_csv_result(const engine::ResultSet& rs, const graph::Graph& g, std::ostream& out) {
    if (rs.columns.empty()) return;
    for (std::size_t i = 0; i < rs.columns.size(); ++i)
        out << (i ? "," : "") << csv_field(rs.columns[i]);
    out << '\n';
    for (const auto& row : rs.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) out << ',';
            if (!row[i].is_null()) out << csv_field(value_text(row[i], g));
        }
        out << '\n';
    }
}

}  // namespace liverkg::formats

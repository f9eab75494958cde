#include "kg/schema.hpp"

#include <algorithm>

#include "base/error.hpp"
#include "kg/table.hpp"

namespace liverkg::kg {

std::vector<std::string> split_values(std::string_view cell) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= cell.size()) {
        std::size_t bar = std::min(cell.find('|', start), cell.size());
        std::string_view part = cell.substr(start, bar - start);
        if (!part.empty()) parts.emplace_back(part);
        start = bar + 1;
    }
    return parts;
}

std::vector<std::string> split_bar(std::string_view cell) {
    auto parts = split_values(cell);
    for (auto& p : parts) p = std::string(tsv::strip_curie(p));
    return parts;
}

std::string join_bar(const std::vector<std::string>& parts) {
    std::string s;
    for (const auto& p : parts) s += (s.empty() ? "" : "|") + p;
    return s;
}

KgSchema read_schema(const std::string& dir, std::vector<std::string>& problems) {
    Table t(dir + "/schema.tsv", problems);
    KgSchema schema;
    auto type = t.column("type"), sign = t.column("sign"), from = t.column("from"), to = t.column("to"),
         meaning = t.column("meaning", false);
    if (!type || !sign || !from || !to) return schema;
    for (const Row& row : t.rows()) {
        SchemaEntry e;
        e.type = std::string(row.cells[*type]);
        e.line = row.line;
        std::string_view s = row.cells[*sign];
        e.sign = s == "+" ? 1 : s == "-" ? -1 : 0;
        if (s != "+" && s != "-" && s != "0")
            problems.push_back(t.where(row.line) + "sign '" + std::string(s) + "' is not +, - or 0");
        auto ends = [&](std::string_view cell) { return cell == "*" ? std::vector<std::string>{} : split_bar(cell); };
        e.from = ends(row.cells[*from]);
        e.to = ends(row.cells[*to]);
        if (meaning) e.meaning = std::string(row.cells[*meaning]);
        if (e.type.empty()) {
            problems.push_back(t.where(row.line) + "row has no type");
        } else if (row.cells[*from].empty() || row.cells[*to].empty()) {
            problems.push_back(t.where(row.line) + e.type + ": 'from' and 'to' need labels or *");
        } else if (auto it = schema.types.find(e.type); it != schema.types.end()) {
            problems.push_back(t.where(row.line) + "duplicate type " + e.type + " (first on line " +
                               std::to_string(it->second.line) + ")");
        } else {
            schema.types.emplace(e.type, std::move(e));
        }
    }
    return schema;
}

KgSchema load_schema(const std::string& dir) {
    std::vector<std::string> problems;
    KgSchema schema = read_schema(dir, problems);
    if (!problems.empty()) raise(ErrorKind::LoadError, "", problems.front());
    return schema;
}

}  // namespace liverkg::kg

// check_kg / load_schema: cross-file consistency of a knowledge-graph directory.
// Each file is read once as a kg::Table; problems are collected, never thrown.
#include "graph/kg_check.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "base/error.hpp"
#include "graph/kg/table.hpp"
#include "graph/tsv/cells.hpp"

namespace liverkg::graph {

using kg::Table;

namespace {

constexpr std::string_view kEvidence[] = {"clinical", "animal", "in_vitro", "review"};

std::vector<std::string> split_bar(std::string_view cell) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= cell.size()) {
        std::size_t bar = std::min(cell.find('|', start), cell.size());
        std::string_view part = cell.substr(start, bar - start);
        if (!part.empty()) parts.emplace_back(tsv::strip_curie(part));
        start = bar + 1;
    }
    return parts;
}

std::string join_bar(const std::vector<std::string>& parts) {
    std::string s;
    for (const auto& p : parts) s += (s.empty() ? "" : "|") + p;
    return s;
}

struct NodeInfo {
    std::size_t line;
    std::vector<std::string> labels;
};
using Nodes = std::map<std::string, NodeInfo, std::less<>>;

Nodes check_nodes(const std::string& dir, std::vector<std::string>& problems) {
    Table t(dir + "/nodes.tsv", problems);
    Nodes nodes;
    auto id = t.column("id"), category = t.column("category"), aliases = t.column("aliases");
    if (!id || !category) return nodes;
    for (const kg::Row& row : t.rows()) {
        std::string_view key = row.cells[*id];
        if (key.empty()) {
            problems.push_back(t.where(row.line) + "row has no id");
            continue;
        }
        auto [it, fresh] = nodes.try_emplace(std::string(key), NodeInfo{row.line, split_bar(row.cells[*category])});
        if (!fresh)
            problems.push_back(t.where(row.line) + "duplicate node id '" + std::string(key) + "' (first on line " +
                               std::to_string(it->second.line) + ")");
        if (it->second.labels.empty()) problems.push_back(t.where(row.line) + "node '" + std::string(key) + "' has no category");
        if (aliases && row.cells[*aliases].empty())
            problems.push_back(t.where(row.line) + "node '" + std::string(key) + "' has no alias");
    }
    return nodes;
}

// Parses an integer cell (or list of them, when `list`) and reports a bad one.
std::vector<std::int64_t> ints(const Table& t, const kg::Row& row, std::size_t col, bool list,
                               std::vector<std::string>& problems) {
    tsv::Column c{t.columns()[col].name, tsv::CellType::Int, list};
    Value v;
    if (auto error = tsv::convert_cell(row.cells[col], c, v)) {
        problems.push_back(t.where(row.line) + "column '" + c.name + "': " + *error);
        return {};
    }
    if (!list) return {v.as_int()};
    std::vector<std::int64_t> out;
    for (const Value& item : v.as_list()) out.push_back(item.as_int());
    return out;
}

std::set<std::int64_t> check_references(const std::string& dir, std::vector<std::string>& problems) {
    Table t(dir + "/references.tsv", problems);
    std::map<std::int64_t, std::size_t> refs;
    auto ref = t.column("ref"), year = t.column("year", false);
    if (!ref) return {};
    for (const kg::Row& row : t.rows()) {
        if (row.cells[*ref].empty()) {
            problems.push_back(t.where(row.line) + "row has no ref number");
            continue;
        }
        for (std::int64_t r : ints(t, row, *ref, false, problems)) {
            auto [it, fresh] = refs.emplace(r, row.line);
            if (!fresh)
                problems.push_back(t.where(row.line) + "duplicate ref " + std::to_string(r) + " (first on line " +
                                   std::to_string(it->second) + ")");
        }
        if (year && !row.cells[*year].empty()) ints(t, row, *year, false, problems);
    }
    std::set<std::int64_t> known;
    for (const auto& [r, line] : refs) known.insert(r);
    return known;
}

KgSchema read_schema(const std::string& dir, std::vector<std::string>& problems) {
    Table t(dir + "/schema.tsv", problems);
    KgSchema schema;
    auto type = t.column("type"), sign = t.column("sign"), from = t.column("from"), to = t.column("to"),
         meaning = t.column("meaning", false);
    if (!type || !sign || !from || !to) return schema;
    for (const kg::Row& row : t.rows()) {
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

bool allowed(const std::vector<std::string>& allowed_labels, const std::vector<std::string>& labels) {
    if (allowed_labels.empty()) return true;
    return std::any_of(labels.begin(), labels.end(), [&](const std::string& l) {
        return std::find(allowed_labels.begin(), allowed_labels.end(), l) != allowed_labels.end();
    });
}

struct EdgeContext {
    const Nodes& nodes;
    const KgSchema& schema;
    const std::set<std::int64_t>& refs;
    std::vector<std::string>& problems;
};

void check_end(const Table& t, const kg::Row& row, std::string_view id, const char* end, const SchemaEntry* entry,
               const EdgeContext& c) {
    auto node = c.nodes.find(id);
    if (node == c.nodes.end()) {
        c.problems.push_back(t.where(row.line) + "unknown " + end + " '" + std::string(id) + "'");
        return;
    }
    const auto& labels = std::string_view(end) == "subject" ? entry->from : entry->to;
    if (entry && !allowed(labels, node->second.labels))
        c.problems.push_back(t.where(row.line) + entry->type + " " + end + " '" + std::string(id) + "' is " +
                             join_bar(node->second.labels) + "; schema.tsv allows " + join_bar(labels));
}

void check_edges(const std::string& dir, const EdgeContext& c) {
    Table t(dir + "/edges.tsv", c.problems);
    auto subject = t.column("subject"), predicate = t.column("predicate"), object = t.column("object");
    auto refs = t.column("refs"), evidence = t.column("evidence");
    if (!subject || !predicate || !object) return;
    std::map<std::tuple<std::string_view, std::string_view, std::string_view>, std::size_t> seen;
    for (const kg::Row& row : t.rows()) {
        std::string_view s = row.cells[*subject], p = row.cells[*predicate], o = row.cells[*object];
        const SchemaEntry* entry = c.schema.find(p);
        if (!entry) c.problems.push_back(t.where(row.line) + "relationship type '" + std::string(p) + "' is not in schema.tsv");
        static const SchemaEntry any{};
        check_end(t, row, s, "subject", entry ? entry : &any, c);
        check_end(t, row, o, "object", entry ? entry : &any, c);
        auto [it, fresh] = seen.try_emplace({s, p, o}, row.line);
        if (!fresh)
            c.problems.push_back(t.where(row.line) + "duplicate relationship " + std::string(s) + " " + std::string(p) +
                                 " " + std::string(o) + " (first on line " + std::to_string(it->second) + ")");
        if (refs && row.cells[*refs].empty()) c.problems.push_back(t.where(row.line) + "no refs");
        if (refs && !row.cells[*refs].empty())
            for (std::int64_t r : ints(t, row, *refs, true, c.problems))
                if (!c.refs.count(r))
                    c.problems.push_back(t.where(row.line) + "unknown ref " + std::to_string(r) + " (not in references.tsv)");
        std::string_view ev = evidence ? row.cells[*evidence] : std::string_view{};
        if (evidence && std::find(std::begin(kEvidence), std::end(kEvidence), ev) == std::end(kEvidence))
            c.problems.push_back(t.where(row.line) + "evidence '" + std::string(ev) +
                                 "' is not one of clinical, animal, in_vitro, review");
    }
}

}  // namespace

KgSchema load_schema(const std::string& dir) {
    std::vector<std::string> problems;
    KgSchema schema = read_schema(dir, problems);
    if (!problems.empty()) raise(ErrorKind::LoadError, "", problems.front());
    return schema;
}

std::vector<std::string> check_kg(const std::string& dir) {
    std::vector<std::string> problems;
    Nodes nodes = check_nodes(dir, problems);
    std::set<std::int64_t> refs = check_references(dir, problems);
    KgSchema schema = read_schema(dir, problems);
    check_edges(dir, EdgeContext{nodes, schema, refs, problems});
    return problems;
}

}  // namespace liverkg::graph

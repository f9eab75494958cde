// check_kg: cross-file consistency of a knowledge-graph directory. Each file is read once
// as a kg::Table; problems are collected, never thrown.
#include "kg/check.hpp"

#include <map>

#include "base/atomic_file.hpp"
#include "kg/check_internal.hpp"

namespace liverkg::kg {
namespace detail {

std::vector<std::int64_t> ints(const Table& t, const Row& row, std::size_t col, bool list,
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

void check_typed_cells(const Table& t, const Row& row, std::vector<std::string>& problems) {
    for (std::size_t i = 0; i < t.columns().size(); ++i) {
        const tsv::Column& c = t.columns()[i];
        if (c.type == tsv::CellType::Auto || c.type == tsv::CellType::String || row.cells[i].empty()) continue;
        Value v;
        if (auto error = tsv::convert_cell(row.cells[i], c, v))
            problems.push_back(t.where(row.line) + "column '" + c.name + "': " + *error);
    }
}

}  // namespace detail

namespace {

std::set<std::int64_t> check_references(const std::string& dir, std::vector<std::string>& problems) {
    Table t(dir + "/references.tsv", problems);
    std::map<std::int64_t, std::size_t> refs;
    auto ref = t.column("ref");
    if (!ref) return {};
    for (const Row& row : t.rows()) {
        detail::check_typed_cells(t, row, problems);
        if (row.cells[*ref].empty()) {
            problems.push_back(t.where(row.line) + "row has no ref number");
            continue;
        }
        // A typed `ref:int` cell that does not parse is already reported with the typed cells.
        std::vector<std::string> bad;
        auto numbers = detail::ints(t, row, *ref, false, bad);
        if (t.columns()[*ref].type != tsv::CellType::Int) problems.insert(problems.end(), bad.begin(), bad.end());
        for (std::int64_t r : numbers) {
            auto [it, fresh] = refs.emplace(r, row.line);
            if (!fresh)
                problems.push_back(t.where(row.line) + "duplicate ref " + std::to_string(r) + " (first on line " +
                                   std::to_string(it->second) + ")");
        }
    }
    std::set<std::int64_t> known;
    for (const auto& [r, line] : refs) known.insert(r);
    return known;
}

}  // namespace

CheckReport check_kg(const std::string& dir) {
    CheckReport report;
    if (auto unfinished = files::in_progress_error(dir); !unfinished.empty()) report.errors.push_back(unfinished);
    detail::Nodes nodes = detail::check_nodes(dir, report);
    std::set<std::int64_t> refs = check_references(dir, report.errors);
    KgSchema schema = read_schema(dir, report.errors);
    detail::check_edges(dir, nodes, schema, refs, report);
    return report;
}

}  // namespace liverkg::kg

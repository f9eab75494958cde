// edges.tsv: ends and types against nodes.tsv and schema.tsv, refs against references.tsv,
// evidence levels, and the study context (ids of Disease nodes).
#include <algorithm>
#include <tuple>

#include "kg/check_internal.hpp"

namespace liverkg::kg::detail {
namespace {

constexpr std::string_view kEvidence[] = {"clinical", "animal", "in_vitro", "review"};

bool allowed(const std::vector<std::string>& allowed_labels, const std::vector<std::string>& labels) {
    if (allowed_labels.empty()) return true;
    return std::any_of(labels.begin(), labels.end(), [&](const std::string& l) {
        return std::find(allowed_labels.begin(), allowed_labels.end(), l) != allowed_labels.end();
    });
}

struct EdgeContext {
    const Table& t;
    const Nodes& nodes;
    const KgSchema& schema;
    const std::set<std::int64_t>& refs;
    std::vector<std::string>& problems;
};

void check_end(const Row& row, std::string_view id, const char* end, const SchemaEntry& entry,
               const EdgeContext& c) {
    auto node = c.nodes.find(id);
    if (node == c.nodes.end()) {
        c.problems.push_back(c.t.where(row.line) + "unknown " + end + " '" + std::string(id) + "'");
        return;
    }
    const auto& labels = std::string_view(end) == "subject" ? entry.from : entry.to;
    if (!allowed(labels, node->second.labels))
        c.problems.push_back(c.t.where(row.line) + entry.type + " " + end + " '" + std::string(id) + "' is " +
                             join_bar(node->second.labels) + "; schema.tsv allows " + join_bar(labels));
}

void check_refs(const Row& row, std::size_t col, const EdgeContext& c) {
    if (row.cells[col].empty()) {
        c.problems.push_back(c.t.where(row.line) + "no refs");
        return;
    }
    // A typed `refs:int[]` cell that does not parse is already reported with the typed cells.
    std::vector<std::string> bad;
    auto numbers = ints(c.t, row, col, true, bad);
    if (c.t.columns()[col].type != tsv::CellType::Int) c.problems.insert(c.problems.end(), bad.begin(), bad.end());
    for (std::int64_t r : numbers)
        if (!c.refs.count(r))
            c.problems.push_back(c.t.where(row.line) + "unknown ref " + std::to_string(r) + " (not in references.tsv)");
}

// The study context names the diseases a finding was made in: each must be a Disease node.
void check_context(const Row& row, std::size_t col, const EdgeContext& c) {
    for (const std::string& id : split_values(row.cells[col])) {
        auto node = c.nodes.find(id);
        if (node == c.nodes.end())
            c.problems.push_back(c.t.where(row.line) + "context '" + id + "' is not a node");
        else if (!allowed({"Disease"}, node->second.labels))
            c.problems.push_back(c.t.where(row.line) + "context '" + id + "' is " + join_bar(node->second.labels) +
                                 ", not a Disease node");
    }
}

}  // namespace

void check_edges(const std::string& dir, const Nodes& nodes, const KgSchema& schema,
                 const std::set<std::int64_t>& refs, CheckReport& report) {
    Table t(dir + "/edges.tsv", report.errors);
    auto subject = t.column("subject"), predicate = t.column("predicate"), object = t.column("object");
    auto ref_col = t.column("refs"), evidence = t.column("evidence"), context = t.column("context", false),
         inferred = t.column("inferred", false);
    if (!subject || !predicate || !object) return;
    EdgeContext c{t, nodes, schema, refs, report.errors};
    std::map<std::tuple<std::string_view, std::string_view, std::string_view>, std::size_t> seen;
    for (const Row& row : t.rows()) {
        check_typed_cells(t, row, c.problems);
        std::string_view s = row.cells[*subject], p = row.cells[*predicate], o = row.cells[*object];
        const SchemaEntry* entry = schema.find(p);
        if (!entry) c.problems.push_back(t.where(row.line) + "relationship type '" + std::string(p) + "' is not in schema.tsv");
        static const SchemaEntry any{};
        check_end(row, s, "subject", entry ? *entry : any, c);
        check_end(row, o, "object", entry ? *entry : any, c);
        auto [it, fresh] = seen.try_emplace({s, p, o}, row.line);
        if (!fresh)
            c.problems.push_back(t.where(row.line) + "duplicate relationship " + std::string(s) + " " + std::string(p) +
                                 " " + std::string(o) + " (first on line " + std::to_string(it->second) + ")");
        if (ref_col) check_refs(row, *ref_col, c);
        std::string_view ev = evidence ? row.cells[*evidence] : std::string_view{};
        if (evidence && std::find(std::begin(kEvidence), std::end(kEvidence), ev) == std::end(kEvidence))
            c.problems.push_back(t.where(row.line) + "evidence '" + std::string(ev) +
                                 "' is not one of clinical, animal, in_vitro, review");
        if (context) check_context(row, *context, c);
        // A signed type is a mechanistic or therapeutic claim: once the file records `inferred`,
        // each such relationship must say whether the curator read it or derived it.
        if (inferred && entry && entry->sign != 0 && row.cells[*inferred].empty())
            c.problems.push_back(t.where(row.line) + std::string(p) +
                                 " relationship has no 'inferred' value (true: derived by the curator, false: read)");
    }
}

}  // namespace liverkg::kg::detail

// nodes.tsv: identity, labels, aliases, and the grounding of `xrefs` in ontology_terms.tsv.
#include <algorithm>
#include <filesystem>
#include <set>

#include "kg/check_internal.hpp"
#include "kg/vocabulary.hpp"

namespace liverkg::kg::detail {
namespace {

struct Grounding {
    const OntologyTerms& terms;
    const std::string& terms_file;
    std::map<std::string, std::pair<std::string, std::size_t>, std::less<>> primary_of;   // CURIE -> node, line
    std::set<std::string, std::less<>> used;
};

// Checks one node's xrefs; true when at least one is a known term.
bool ground(const Table& t, const Row& row, std::string_view node, const std::vector<std::string>& names,
            std::string_view xrefs, Grounding& g, CheckReport& report) {
    bool grounded = false;
    std::vector<std::string_view> seen;
    std::size_t start = 0;
    for (bool first = true; start <= xrefs.size(); first = false) {
        std::size_t bar = std::min(xrefs.find('|', start), xrefs.size());
        std::string_view x = xrefs.substr(start, bar - start);
        start = bar + 1;
        if (x.empty()) continue;
        std::string what = "node '" + std::string(node) + "': xref '" + std::string(x) + "'";
        auto curie = split_curie(x);
        if (std::find(seen.begin(), seen.end(), x) != seen.end()) {
            report.errors.push_back(t.where(row.line) + what + " is listed twice");
            continue;
        }
        seen.push_back(x);
        if (!curie) {
            report.errors.push_back(t.where(row.line) + what + " is not a CURIE (PREFIX:LOCAL)");
            continue;
        }
        if (!find_vocabulary(curie->prefix)) {
            report.errors.push_back(t.where(row.line) + what + ": unknown CURIE prefix '" +
                                    std::string(curie->prefix) + "' (known: " + vocabulary_prefixes() + ")");
            continue;
        }
        const OntologyTerm* term = g.terms.find(x);
        if (!term) {
            report.errors.push_back(t.where(row.line) + what + " is not in " + g.terms_file +
                                    " (an id of the shared ontology tables? then run scripts/ontology_terms.py)");
            continue;
        }
        grounded = true;
        g.used.emplace(x);
        if (!shares_word(term->label, names))
            report.warnings.push_back(t.where(row.line) + what + " is labelled '" + term->label +
                                      "', which shares no word with the node's name or aliases");
        if (first) {
            // Two nodes on one primary CURIE are one concept twice, or one of them is grounded
            // too broadly; the KGX export names the later one by its own id.
            auto [it, fresh] = g.primary_of.try_emplace(std::string(x), std::string(node), row.line);
            if (!fresh)
                report.warnings.push_back(t.where(row.line) + what + " is already the primary xref of '" +
                                          it->second.first + "' (line " + std::to_string(it->second.second) + ")");
        }
    }
    return grounded;
}

void count(CheckReport& report, const std::vector<std::string>& labels, bool grounded) {
    for (const auto& label : labels) {
        auto it = std::find_if(report.coverage.begin(), report.coverage.end(),
                               [&](const LabelCoverage& c) { return c.label == label; });
        if (it == report.coverage.end()) it = report.coverage.insert(report.coverage.end(), LabelCoverage{label});
        ++it->nodes;
        if (grounded) ++it->grounded;
    }
}

}  // namespace

Nodes check_nodes(const std::string& dir, CheckReport& report) {
    auto& problems = report.errors;
    Table t(dir + "/nodes.tsv", problems);
    Nodes nodes;
    auto id = t.column("id"), category = t.column("category"), aliases = t.column("aliases"),
         name = t.column("name", false), xrefs = t.column("xrefs", false), note = t.column("note", false);
    if (!id || !category) return nodes;

    // The term table is needed only where nodes carry xrefs.
    std::string terms_file = dir + "/ontology_terms.tsv";
    std::vector<std::string> term_problems;
    OntologyTerms terms;
    bool any_xrefs = xrefs && std::any_of(t.rows().begin(), t.rows().end(),
                                          [&](const Row& r) { return !r.cells[*xrefs].empty(); });
    if (any_xrefs || std::filesystem::exists(terms_file)) terms = OntologyTerms::read(terms_file, term_problems);
    Grounding grounding{terms, terms_file, {}, {}};

    for (const Row& row : t.rows()) {
        check_typed_cells(t, row, problems);
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
        std::vector<std::string> names;
        if (name) names.emplace_back(row.cells[*name]);
        if (aliases)
            for (auto& a : split_values(row.cells[*aliases])) names.push_back(std::move(a));
        bool grounded = xrefs && ground(t, row, key, names, row.cells[*xrefs], grounding, report);
        // An ungrounded node says why (no term in the tables, only a broader one, ...).
        if (xrefs && note && row.cells[*xrefs].empty() && row.cells[*note].empty())
            problems.push_back(t.where(row.line) + "node '" + std::string(key) + "' has no xrefs and no note saying why");
        if (fresh) count(report, it->second.labels, grounded);
    }
    problems.insert(problems.end(), term_problems.begin(), term_problems.end());
    // The table holds exactly the ids the nodes use: a row no node uses is left from an
    // xref since removed.
    for (const auto& [term_id, term] : terms.all())
        if (!grounding.used.count(term_id))
            report.warnings.push_back(terms_file + ":" + std::to_string(term.line) + ": " + term_id +
                                      " is the xref of no node (run scripts/ontology_terms.py)");
    return nodes;
}

}  // namespace liverkg::kg::detail

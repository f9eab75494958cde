#include "kg/directory_tables.hpp"

#include <algorithm>

#include "base/error.hpp"
#include "kg/vocabulary.hpp"

namespace liverkg::kg {
namespace {

const std::string& cell(const std::string& text, const char* file) {
    if (text.find_first_of("\t\r\n") != std::string::npos)
        raise(ErrorKind::ArgumentError, "", std::string("cannot save ") + file + ": '" + text + "' holds a tab or a line break");
    return text;
}

std::string ends_text(const std::vector<std::string>& labels) { return labels.empty() ? "*" : join_bar(labels); }

}  // namespace

void DirectoryTables::add_schema(const KgSchema& s) {
    std::vector<const SchemaEntry*> rows;
    for (const auto& [type, entry] : s.types) rows.push_back(&entry);
    std::sort(rows.begin(), rows.end(), [](auto* a, auto* b) { return a->line < b->line; });
    for (const SchemaEntry* e : rows) {
        auto it = std::find_if(schema.begin(), schema.end(), [&](const SchemaEntry& x) { return x.type == e->type; });
        if (it != schema.end()) *it = *e;
        else schema.push_back(*e);
    }
}

void DirectoryTables::add_sign(const std::string& type, int sign) {
    if (std::any_of(schema.begin(), schema.end(), [&](const SchemaEntry& x) { return x.type == type; })) return;
    SchemaEntry e;
    e.type = type;
    e.sign = sign;
    schema.push_back(std::move(e));
}

std::vector<std::string> DirectoryTables::add_terms_file(const std::string& file) {
    std::vector<std::string> problems;
    OntologyTerms read = OntologyTerms::read(file, problems);
    if (!problems.empty()) return problems;
    std::vector<std::pair<std::size_t, TermRow>> rows;
    for (const auto& [id, term] : read.all()) rows.push_back({term.line, TermRow{id, term.label, term.source}});
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& entry : rows) {
        // A named reference, not a structured binding: clang 14 cannot capture bindings in lambdas.
        TermRow& row = entry.second;
        if (std::none_of(terms.begin(), terms.end(), [&](const TermRow& t) { return t.id == row.id; }))
            terms.push_back(std::move(row));
    }
    return {};
}

DirectoryTables::Rows DirectoryTables::to_rows() const {
    Rows rows;
    if (!schema.empty()) {
        auto& out = rows["schema.tsv"];
        for (const SchemaEntry& e : schema)
            out.push_back({e.type, e.sign > 0 ? "+" : e.sign < 0 ? "-" : "0", ends_text(e.from), ends_text(e.to), e.meaning});
    }
    if (!terms.empty()) {
        auto& out = rows["ontology_terms.tsv"];
        for (const TermRow& t : terms) out.push_back({t.id, t.label, t.source});
    }
    return rows;
}

// Rows of another shape (a database written by a later build with more columns) are
// skipped rather than guessed at.
DirectoryTables DirectoryTables::from_rows(const Rows& rows) {
    DirectoryTables t;
    auto ends = [](const std::string& cell) { return cell == "*" ? std::vector<std::string>{} : split_values(cell); };
    if (auto it = rows.find("schema.tsv"); it != rows.end())
        for (const auto& row : it->second) {
            if (row.size() != 5) continue;
            SchemaEntry e;
            e.type = row[0];
            e.sign = row[1] == "+" ? 1 : row[1] == "-" ? -1 : 0;
            e.from = ends(row[2]);
            e.to = ends(row[3]);
            e.meaning = row[4];
            e.line = t.schema.size() + 2;   // as in the file, after its header
            t.schema.push_back(std::move(e));
        }
    if (auto it = rows.find("ontology_terms.tsv"); it != rows.end())
        for (const auto& row : it->second)
            if (row.size() == 3) t.terms.push_back(TermRow{row[0], row[1], row[2]});
    return t;
}

std::string schema_text(const std::vector<SchemaEntry>& schema) {
    std::string out = "type\tsign\tfrom\tto\tmeaning\n";
    for (const SchemaEntry& e : schema) {
        out += cell(e.type, "schema.tsv") + '\t' + (e.sign > 0 ? "+" : e.sign < 0 ? "-" : "0") + '\t' +
               cell(ends_text(e.from), "schema.tsv") + '\t' + cell(ends_text(e.to), "schema.tsv") + '\t' +
               cell(e.meaning, "schema.tsv") + '\n';
    }
    return out;
}

std::string terms_text(const std::vector<TermRow>& terms) {
    std::string out = "id\tlabel\tsource\n";
    for (const TermRow& t : terms)
        out += cell(t.id, "ontology_terms.tsv") + '\t' + cell(t.label, "ontology_terms.tsv") + '\t' +
               cell(t.source, "ontology_terms.tsv") + '\n';
    return out;
}

}  // namespace liverkg::kg

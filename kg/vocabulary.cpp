#include "kg/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "kg/table.hpp"

namespace liverkg::kg {
namespace {

// Prefix spellings follow the Biolink model's prefix map, so that the ids merge with
// KGX graphs of Monarch, PrimeKG or RTX-KG2 as they are.
constexpr std::array<Vocabulary, 15> kVocabularies{{
    {"CL", "Cell Ontology", "cl.tsv"},
    {"MONDO", "Mondo Disease Ontology", "mondo.tsv"},
    {"DOID", "Human Disease Ontology", "Hetionet Disease nodes; xrefs of mondo.tsv"},
    {"GO", "Gene Ontology", "go_bp.tsv; Hetionet Biological Process, Cellular Component, Molecular Function"},
    {"CHEBI", "Chemical Entities of Biological Interest", "chebi_subset.tsv"},
    {"DRUGBANK", "DrugBank", "Hetionet Compound nodes"},
    {"NCBIGene", "NCBI Gene", "genes.tsv (Hetionet genes and microRNA genes); ncbigene of mirbase_human.tsv"},
    {"HGNC", "HUGO Gene Nomenclature Committee", "hgnc.tsv; hgnc of mirbase_human.tsv"},
    {"MIRBASE", "miRBase (precursor miRNAs)", "mirbase_human.tsv"},
    {"UBERON", "Uberon anatomy", "Hetionet Anatomy nodes"},
    {"MESH", "Medical Subject Headings", "Hetionet Symptom nodes; xrefs of mondo.tsv"},
    {"UMLS", "Unified Medical Language System", "Hetionet Side Effect nodes; xrefs of mondo.tsv"},
    {"NCIT", "NCI Thesaurus", "xrefs of mondo.tsv"},
    {"OMIM", "Online Mendelian Inheritance in Man", "xrefs of mondo.tsv"},
    {"HP", "Human Phenotype Ontology", "(no table is shipped: an HP id cannot be verified yet)"},
}};

// Words that identify no concept on their own.
const std::set<std::string, std::less<>> kGeneralWords{
    "a",        "an",       "and",     "as",        "at",        "by",         "for",      "from",
    "in",       "into",     "of",      "on",        "or",        "the",        "to",       "via",
    "with",     "cell",     "disease", "disorder",  "syndrome",  "process",    "type",     "human",
    "positive", "negative", "regulation", "activity", "signaling", "signalling", "pathway", "response",
    "protein",  "gene",     "factor",  "system",    "involved",  "other",      "cellular",
};

bool word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

std::string normal(std::string word) {
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
    return word;
}

bool counts(const std::string& word) {
    if (word.size() < 2 || kGeneralWords.count(word)) return false;
    return !std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); });
}

// The words of `text`, each pair of neighbouring words joined (`miR-127-3p` gives `mir127`,
// meeting the symbol `MIR127`), and the whole text with its punctuation removed (`IL-6`: `il6`).
std::set<std::string> words(std::string_view text) {
    std::vector<std::string> parts;
    std::string word, squashed;
    for (unsigned char c : text) {
        if (word_byte(c)) {
            word += static_cast<char>(c);
            squashed += static_cast<char>(c);
        } else if (!word.empty()) {
            parts.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) parts.push_back(std::move(word));
    std::set<std::string> out;
    auto add = [&](const std::string& w) {
        if (counts(normal(w))) out.insert(normal(w));
    };
    for (std::size_t i = 0; i < parts.size(); ++i) {
        add(parts[i]);
        if (i + 1 < parts.size()) add(parts[i] + parts[i + 1]);
    }
    add(squashed);
    return out;
}

}  // namespace

std::span<const Vocabulary> vocabularies() { return kVocabularies; }

const Vocabulary* find_vocabulary(std::string_view prefix) {
    for (const auto& v : kVocabularies)
        if (v.prefix == prefix) return &v;
    return nullptr;
}

std::string vocabulary_prefixes() {
    std::string out;
    for (const auto& v : kVocabularies) out += (out.empty() ? "" : ", ") + std::string(v.prefix);
    return out;
}

std::optional<Curie> split_curie(std::string_view text) {
    auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == text.size()) return std::nullopt;
    std::string_view prefix = text.substr(0, colon), local = text.substr(colon + 1);
    bool prefix_ok = std::all_of(prefix.begin(), prefix.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '_' || c == '.' || c == '-';
    });
    bool local_ok = std::none_of(local.begin(), local.end(), [](unsigned char c) { return std::isspace(c); });
    if (!prefix_ok || !local_ok) return std::nullopt;
    return Curie{prefix, local};
}

OntologyTerms OntologyTerms::read(const std::string& file, std::vector<std::string>& problems) {
    OntologyTerms terms;
    Table t(file, problems);
    auto id = t.column("id"), label = t.column("label"), source = t.column("source");
    if (!id || !label || !source) return terms;
    for (const Row& row : t.rows()) {
        std::string_view key = row.cells[*id];
        if (!split_curie(key)) {
            problems.push_back(t.where(row.line) + "'" + std::string(key) + "' is not a CURIE");
            continue;
        }
        if (row.cells[*label].empty()) problems.push_back(t.where(row.line) + std::string(key) + " has no label");
        auto [it, fresh] = terms.terms_.try_emplace(
            std::string(key), OntologyTerm{std::string(row.cells[*label]), std::string(row.cells[*source]), row.line});
        if (!fresh)
            problems.push_back(t.where(row.line) + "duplicate id " + std::string(key) + " (first on line " +
                               std::to_string(it->second.line) + ")");
    }
    return terms;
}

const OntologyTerm* OntologyTerms::find(std::string_view id) const {
    auto it = terms_.find(id);
    return it == terms_.end() ? nullptr : &it->second;
}

bool shares_word(std::string_view label, const std::vector<std::string>& names) {
    auto wanted = words(label);
    for (const auto& name : names)
        for (const auto& w : words(name))
            if (wanted.count(w)) return true;
    return false;
}

}  // namespace liverkg::kg

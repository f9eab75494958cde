#pragma once
// Grounding of nodes in standard vocabularies: the CURIE prefixes a node's `xrefs` may use
// (ONE table, read by --check, the KGX export and docs/data-model.md), the project's table
// of the ontology terms it uses (data/ontology_terms.tsv: id, label, source; written by
// scripts/ontology_terms.py from ../shared/ontology and Hetionet) and the word test that
// flags a CURIE whose official label has nothing in common with the node's names.
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace liverkg::kg {

struct Vocabulary {
    std::string_view prefix;   // as written in a CURIE: CL, MONDO, NCBIGene, ...
    std::string_view name;     // the vocabulary
    std::string_view table;    // where scripts/ontology_terms.py finds its ids and labels
};

std::span<const Vocabulary> vocabularies();
const Vocabulary* find_vocabulary(std::string_view prefix);
// "CL, MONDO, DOID, ..." for messages.
std::string vocabulary_prefixes();

struct Curie {
    std::string_view prefix;
    std::string_view local;
};
// PREFIX:LOCAL with a non-empty prefix of letters, digits, `_`, `.`, `-` and a non-empty
// local part without spaces; nullopt otherwise.
std::optional<Curie> split_curie(std::string_view text);

struct OntologyTerm {
    std::string label;
    std::string source;
    std::size_t line = 0;
};

// The rows of an ontology_terms.tsv, by id.
class OntologyTerms {
public:
    // Reads FILE (columns id, label, source); problems are collected as "FILE:LINE: message".
    static OntologyTerms read(const std::string& file, std::vector<std::string>& problems);
    const OntologyTerm* find(std::string_view id) const;
    std::size_t size() const { return terms_.size(); }
    const std::map<std::string, OntologyTerm, std::less<>>& all() const { return terms_; }

private:
    std::map<std::string, OntologyTerm, std::less<>> terms_;
};

// True when `label` and one of `names` share a word. Words are compared in lower case,
// a final plural `s` dropped; each name also counts as one word with its punctuation removed
// (so `IL-6` meets the gene symbol `IL6`). Stop words and words too general to identify a
// concept (`cell`, `disease`, `process`, `signaling`, ...) and bare numbers do not count.
bool shares_word(std::string_view label, const std::vector<std::string>& names);

}  // namespace liverkg::kg

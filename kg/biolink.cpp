#include "kg/biolink.hpp"

#include <array>

namespace liverkg::kg {
namespace {

// Every type of data/schema.tsv (the kg:tools test checks that none is missing). Where
// Biolink has no narrower predicate the weakest true one is used (biolink:related_to); the
// exact type always travels along as original_predicate.
constexpr std::array<PredicateMapping, 28> kPredicates{{
    {"SUBTYPE_OF", "biolink:subclass_of", "", ""},
    {"PART_OF", "biolink:part_of", "", ""},
    {"DERIVED_FROM", "biolink:derives_from", "", ""},
    {"MARKER_OF", "biolink:biomarker_for", "", ""},
    {"COMBINED_WITH", "biolink:related_to", "", ""},
    {"ASSOCIATED_WITH", "biolink:associated_with", "", ""},
    {"INVESTIGATED_FOR", "biolink:studied_to_treat", "", ""},
    {"LIMITED_BY", "biolink:related_to", "", ""},
    {"MODELS", "biolink:model_of", "", ""},
    {"DIFFERENTIATES_INTO", "biolink:develops_into", "", ""},
    {"REPROGRAMS_INTO", "biolink:develops_into", "", ""},
    {"POLARIZES_TO", "biolink:develops_into", "", ""},
    {"SECRETES", "biolink:produces", "", ""},
    {"EXPRESSES", "biolink:expresses", "", ""},
    {"CARRIES", "biolink:has_part", "", ""},
    {"ACTS_VIA", "biolink:participates_in", "", ""},
    {"ACTIVATES", "biolink:positively_regulates", "", ""},
    {"INHIBITS", "biolink:negatively_regulates", "", ""},
    {"UPREGULATES", "biolink:affects", "expression", "increased"},
    {"DOWNREGULATES", "biolink:affects", "expression", "decreased"},
    {"PROMOTES", "biolink:contributes_to", "", ""},
    {"INDUCES", "biolink:causes", "", ""},
    {"INCREASES", "biolink:affects", "activity_or_abundance", "increased"},
    {"DECREASES", "biolink:affects", "activity_or_abundance", "decreased"},
    {"CAUSES", "biolink:causes", "", ""},
    {"ADVERSE_EFFECT", "biolink:has_adverse_event", "", ""},
    {"TREATS", "biolink:treats", "", ""},
    {"ALLEVIATES", "biolink:ameliorates_condition", "", ""},
}};

// First match wins: the refinements of a label come before its default.
constexpr std::array<CategoryRule, 16> kCategories{{
    {"CellType", "", "", "biolink:Cell"},
    {"Disease", "", "", "biolink:Disease"},
    {"Phenotype", "", "", "biolink:PhenotypicFeature"},
    {"Mechanism", "", "", "biolink:BiologicalProcess"},
    {"Pathway", "", "", "biolink:Pathway"},
    {"Product", "", "", "biolink:ComplexMolecularMixture"},
    {"Molecule", "", "miRNA", "biolink:MicroRNA"},
    {"Molecule", "", "lncRNA", "biolink:NoncodingRNAProduct"},
    {"Molecule", "CHEBI", "", "biolink:SmallMolecule"},
    {"Molecule", "DRUGBANK", "", "biolink:SmallMolecule"},
    {"Molecule", "NCBIGene", "", "biolink:Gene"},
    {"Molecule", "HGNC", "", "biolink:Gene"},
    {"Molecule", "", "", "biolink:Protein"},
    {"Intervention", "DRUGBANK", "", "biolink:Drug"},
    {"Intervention", "", "", "biolink:Treatment"},
    {"Reference", "", "", "biolink:Publication"},
}};

}  // namespace

std::span<const PredicateMapping> biolink_predicates() { return kPredicates; }

const PredicateMapping& biolink_predicate(std::string_view type) {
    static const PredicateMapping related{"", "biolink:related_to", "", ""};
    for (const auto& p : kPredicates)
        if (p.type == type) return p;
    return related;
}

std::span<const CategoryRule> biolink_categories() { return kCategories; }

std::string_view biolink_category(std::string_view label, std::string_view kind, std::string_view xref_prefix) {
    for (const auto& r : kCategories) {
        if (r.label != label) continue;
        if (!r.xref_prefix.empty() && r.xref_prefix != xref_prefix) continue;
        if (!r.kind_contains.empty() && kind.find(r.kind_contains) == std::string_view::npos) continue;
        return r.category;
    }
    return "biolink:NamedThing";
}

}  // namespace liverkg::kg

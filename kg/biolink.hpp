#pragma once
// The Biolink model's names for the graph's labels and relationship types: ONE table each
// (kg/biolink.cpp), read by the KGX export (formats/kgx) and shown in docs/data-model.md.
#include <span>
#include <string>
#include <string_view>

namespace liverkg::kg {

// A relationship type of schema.tsv and the Biolink predicate it is exported as. Types that
// Biolink expresses as `biolink:affects` with qualifiers carry the object aspect
// ("activity_or_abundance", "expression") and direction ("increased", "decreased").
struct PredicateMapping {
    std::string_view type;
    std::string_view predicate;
    std::string_view aspect;      // object_aspect_qualifier, or empty
    std::string_view direction;   // object_direction_qualifier, or empty
};

std::span<const PredicateMapping> biolink_predicates();
// The mapping of a type; a type outside the table maps to biolink:related_to.
const PredicateMapping& biolink_predicate(std::string_view type);

// A label (with the node's `kind` and the prefix of its primary xref, which refine
// Molecule and Intervention) and the Biolink category it is exported as.
struct CategoryRule {
    std::string_view label;
    std::string_view xref_prefix;    // matches when the primary xref has this prefix ("" = any)
    std::string_view kind_contains;  // matches when `kind` contains this text ("" = any)
    std::string_view category;
};

std::span<const CategoryRule> biolink_categories();
// The first rule that matches; biolink:NamedThing when none does.
std::string_view biolink_category(std::string_view label, std::string_view kind, std::string_view xref_prefix);

}  // namespace liverkg::kg

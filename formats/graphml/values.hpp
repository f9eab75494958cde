#pragma once
// GraphML data text to property values, by the declared attr.type.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/graphml/graphml.hpp"
#include "graph/value.hpp"

namespace liverkg::formats::graphml {

// "boolean", "int", "long", "float", "double", "string"; nullopt for anything else.
std::optional<KeyType> key_type_of(std::string_view attr_type);

// The value of `text` as `type` (surrounding white space ignored for all but strings); on
// failure nullopt and `error` says what was wrong ("'abc' is not a long").
std::optional<graph::Value> value_of(const std::string& text, KeyType type, std::string& error);

// ":Gene:Molecule" (APOC's form) or "Gene:Molecule" -> {Gene, Molecule}.
std::vector<std::string> split_labels(std::string_view text);

}  // namespace liverkg::formats::graphml

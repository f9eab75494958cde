#pragma once
// What :schema shows: labels and relationship types with their counts, and which
// (label)-[type]->(label) combinations occur, counted per relationship.
#include <cstddef>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "graph/graph.hpp"

namespace liverkg::repl {

struct SchemaPattern {
    std::string from;
    std::string type;
    std::string to;
    std::size_t count = 0;
};

struct SchemaSummary {
    std::vector<std::pair<std::string, std::size_t>> labels;   // sorted by name
    std::vector<std::pair<std::string, std::size_t>> types;    // sorted by name
    std::vector<SchemaPattern> patterns;                       // sorted by (from, type, to)
};

SchemaSummary summarize_schema(const graph::Graph& g);

// type → its sign ("+", "-", "0") where the knowledge graph's schema declares one.
using TypeSigns = std::map<std::string, std::string, std::less<>>;

void print_schema(const SchemaSummary& s, const TypeSigns& signs, std::ostream& out);

}  // namespace liverkg::repl

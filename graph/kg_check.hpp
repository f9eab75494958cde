#pragma once
// Validation of a knowledge-graph directory (the bundled data/ and its like):
// nodes.tsv, edges.tsv, schema.tsv and references.tsv, checked against each other.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace liverkg::graph {

// One row of schema.tsv: a relationship type, its sign for path sign algebra, and the
// labels allowed at each end (empty = any label, written `*`).
struct SchemaEntry {
    std::string type;
    int sign = 0;   // +1, -1 or 0
    std::vector<std::string> from;
    std::vector<std::string> to;
    std::string meaning;
    std::size_t line = 0;
};

struct KgSchema {
    std::map<std::string, SchemaEntry, std::less<>> types;
    const SchemaEntry* find(std::string_view type) const {
        auto it = types.find(type);
        return it == types.end() ? nullptr : &it->second;
    }
};

// Reads DIR/schema.tsv. Throws LoadError "FILE:LINE: message" on the first malformed row.
KgSchema load_schema(const std::string& dir);

// Every problem of the directory as "FILE:LINE: message" (FILE = DIR/name.tsv), in file
// and line order; empty when the knowledge graph is consistent. Never throws for bad data.
std::vector<std::string> check_kg(const std::string& dir);

}  // namespace liverkg::graph

#pragma once
// schema.tsv of a knowledge-graph directory: each relationship type with its sign for the
// path sign algebra and the labels allowed at each end.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace liverkg::kg {

struct SchemaEntry {
    std::string type;
    int sign = 0;   // +1, -1 or 0
    std::vector<std::string> from;   // empty = any label (written `*`)
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

// Reads DIR/schema.tsv, collecting every problem as "FILE:LINE: message".
KgSchema read_schema(const std::string& dir, std::vector<std::string>& problems);

// `a|b` -> {"a", "b"} (CURIE labels shortened like the loader does); empty parts dropped.
std::vector<std::string> split_bar(std::string_view cell);
// `a|b` -> {"a", "b"} as written; empty parts dropped.
std::vector<std::string> split_values(std::string_view cell);
std::string join_bar(const std::vector<std::string>& parts);

}  // namespace liverkg::kg

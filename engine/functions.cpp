// The scalar function table: one entry per openCypher function, looked up by
// lower-case name at compile time. The entries live beside their functions.
#include <algorithm>

#include "engine/functions.hpp"

namespace liverkg::engine {

[[noreturn]] void bad_argument(const char* fn, const Value& v) {
    raise(ErrorKind::TypeError, "InvalidArgumentType",
          std::string(fn) + "() does not accept a " + type_name(v));
}

std::int64_t utf8_length(const std::string& s) {
    return static_cast<std::int64_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

namespace {

const FunctionTable& table() {
    static const FunctionTable t = [] {
        FunctionTable all;
        add_graph_functions(all);
        add_text_functions(all);
        add_math_functions(all);
        add_kg_functions(all);
        add_temporal_functions(all);
        return all;
    }();
    return t;
}

}  // namespace

const FunctionInfo* find_function(const std::string& lower_name) {
    auto it = table().find(lower_name);
    return it == table().end() ? nullptr : &it->second;
}

std::vector<std::string> function_names() {
    std::vector<std::string> out;
    for (const auto& [k, v] : table()) out.push_back(k);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace liverkg::engine

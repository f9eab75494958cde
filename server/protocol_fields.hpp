#pragma once
// Private to protocol*.cpp: the message tags and the small readers of a message's fields.
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/engine.hpp"
#include "graph/value.hpp"
#include "server/packstream.hpp"

namespace liverkg::server::detail {

// Message tags (Bolt 5).
enum Tag : std::uint8_t {
    HELLO = 0x01, GOODBYE = 0x02, RESET = 0x0F, RUN = 0x10, BEGIN = 0x11, COMMIT = 0x12, ROLLBACK = 0x13,
    DISCARD = 0x2F, PULL = 0x3F, TELEMETRY = 0x54, ROUTE = 0x66, LOGON = 0x6A, LOGOFF = 0x6B,
    SUCCESS = 0x70, IGNORED = 0x7E, FAILURE = 0x7F,
};

inline const graph::Map& map_field(const pack::Structure& m, std::size_t i) {
    static const graph::Map empty;
    if (i >= m.fields.size() || m.fields[i].is_null()) return empty;
    if (!m.fields[i].is_map()) throw pack::DecodeError("field " + std::to_string(i + 1) + " must be a map", false);
    return m.fields[i].as_map();
}

inline const graph::Value* entry(const graph::Map& map, std::string_view key) {
    auto it = map.find(key);
    return it == map.end() || it->second.is_null() ? nullptr : &it->second;
}

inline std::string text_entry(const graph::Map& map, std::string_view key) {
    auto v = entry(map, key);
    return v && v->is_string() ? v->as_string() : std::string();
}

// Equal strings in a time that does not depend on where they first differ.
inline bool same_secret(std::string_view a, std::string_view b) {
    unsigned char diff = a.size() != b.size();
    for (std::size_t i = 0; i < a.size(); ++i) diff |= a[i] ^ (i < b.size() ? b[i] : 0);
    return diff == 0;
}

inline std::int64_t ms_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t).count();
}

inline graph::Map stats_map(const engine::Stats& s) {
    graph::Map m;
    auto put = [&](const char* key, std::int64_t n) { if (n) m[key] = n; };
    put("nodes-created", s.nodes_created);
    put("nodes-deleted", s.nodes_deleted);
    put("relationships-created", s.relationships_created);
    put("relationships-deleted", s.relationships_deleted);
    put("properties-set", s.properties_set + s.properties_removed);
    put("labels-added", s.labels_added);
    put("labels-removed", s.labels_removed);
    m["contains-updates"] = s.any();
    return m;
}


}  // namespace liverkg::server::detail

// kg.lookup's matching: exact, then loose (case and punctuation), then prefix. "TNF-α",
// "tnf α" and "TNFα" are one key; "间充质干细胞" is matched byte for byte.
#include "engine/procedures/lookup.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace liverkg::engine {

using graph::NodeId;
using graph::Value;

std::string lookup_key(std::string_view text) {
    std::string key;
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80) key += ch;
        else if (std::isalnum(c)) key += static_cast<char>(std::tolower(c));
    }
    return key;
}

namespace {

double match_score(std::string_view candidate, std::string_view text, const std::string& text_key) {
    if (candidate == text) return 1.0;
    std::string key = lookup_key(candidate);
    if (key.empty() || text_key.empty()) return 0;
    if (key == text_key) return 0.8;
    if (key.size() > text_key.size() && key.compare(0, text_key.size(), text_key) == 0)
        return 0.5 * double(text_key.size()) / double(key.size());
    return 0;
}

}  // namespace

std::vector<LookupHit> lookup_nodes(const graph::Graph& g, std::string_view text) {
    std::vector<LookupHit> hits;
    std::string text_key = lookup_key(text);
    std::vector<graph::KeyId> keys;
    for (const char* k : {"name", "aliases", "id", "xrefs"})
        if (auto id = g.find_key(k)) keys.push_back(*id);
    auto name_key = g.find_key("name");
    for (NodeId n = 0; n < g.node_id_bound(); ++n) {
        if (!g.node_alive(n)) continue;
        LookupHit best{n, {}, 0};
        auto consider = [&](const Value& v) {
            if (!v.is_string()) return;
            double s = match_score(v.as_string(), text, text_key);
            if (s > best.score) best = LookupHit{n, v.as_string(), s};
        };
        for (auto k : keys) {
            const Value* v = g.node_property(n, k);
            if (!v) continue;
            if (v->is_list())
                for (const Value& x : v->as_list()) consider(x);
            else consider(*v);
        }
        if (best.score > 0) hits.push_back(std::move(best));
    }
    auto name_of = [&](NodeId n) {
        const Value* v = name_key ? g.node_property(n, *name_key) : nullptr;
        return v && v->is_string() ? v->as_string() : std::string();
    };
    std::stable_sort(hits.begin(), hits.end(), [&](const LookupHit& a, const LookupHit& b) {
        if (a.score != b.score) return a.score > b.score;
        return name_of(a.node) < name_of(b.node);
    });
    return hits;
}

}  // namespace liverkg::engine

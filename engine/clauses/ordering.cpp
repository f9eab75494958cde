// Sorting rows by their keys. The general comparison (order_compare) handles every mix
// of types; the common cases take shortcuts that give the same order: one text key is
// sorted on 16-byte keys, a column of integers or of texts compares them directly.
#include "engine/clauses/ordering.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "engine/expr/value_ops.hpp"

namespace liverkg::engine {

using graph::Value;

namespace {

// How one sort key compares across all rows.
enum class KeyKind { String, Int, Mixed };

KeyKind key_kind(const std::vector<const Value*>& keys, std::size_t nk, std::size_t k) {
    bool strings = true, ints = true;
    for (std::size_t i = k; i < keys.size(); i += nk) {
        strings = strings && keys[i]->is_string();
        ints = ints && keys[i]->is_int();
    }
    return strings ? KeyKind::String : ints ? KeyKind::Int : KeyKind::Mixed;
}

int compare_key(KeyKind kind, const Value& a, const Value& b) {
    switch (kind) {
    case KeyKind::String: return a.as_string().compare(b.as_string());
    case KeyKind::Int: return a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int() ? 1 : 0;
    case KeyKind::Mixed: break;
    }
    return order_compare(a, b);
}

// Puts the first `needed` elements of v in order and drops the rest (keeps all when
// needed == size).
template <typename T, typename Less>
void sort_prefix(std::vector<T>& v, std::size_t needed, Less less) {
    if (needed < v.size()) {
        std::partial_sort(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(needed), v.end(), less);
        v.resize(needed);
    } else {
        std::sort(v.begin(), v.end(), less);
    }
}

// A text's first 8 bytes as a big-endian integer (shorter texts padded with zeros):
// integers compare like the texts' prefixes do byte by byte.
std::uint64_t prefix_of(std::string_view s) {
    if (s.size() >= 8) {
        std::uint64_t raw;
        std::memcpy(&raw, s.data(), 8);
        if constexpr (std::endian::native == std::endian::little) raw = __builtin_bswap64(raw);
        return raw;
    }
    std::uint64_t p = 0;
    for (std::size_t i = 0; i < 8; ++i) p = (p << 8) | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
    return p;
}

// The common ORDER BY of one text column: most pairs are ordered by their prefixes
// alone; equal prefixes fall back to the texts, equal texts to the row.
std::vector<std::size_t> sorted_by_text(const std::vector<const Value*>& keys, bool descending, std::size_t needed) {
    struct TextKey {
        std::uint64_t prefix;
        std::uint32_t row;   // 2^32 rows of a statement need far more memory than a machine has
    };
    std::vector<TextKey> texts;
    texts.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        texts.push_back({prefix_of(keys[i]->as_string()), static_cast<std::uint32_t>(i)});
    auto less = [&keys, descending](const TextKey& a, const TextKey& b) {
        if (a.prefix != b.prefix) return (a.prefix < b.prefix) != descending;
        int c = keys[a.row]->as_string().compare(keys[b.row]->as_string());
        if (c) return descending ? c > 0 : c < 0;
        return a.row < b.row;
    };
    sort_prefix(texts, needed, less);
    std::vector<std::size_t> order;
    order.reserve(texts.size());
    for (const auto& t : texts) order.push_back(t.row);
    return order;
}

}  // namespace

std::vector<std::size_t> sort_order(const std::vector<const Value*>& keys, const std::vector<bool>& descending,
                                    std::size_t needed) {
    std::size_t nk = descending.size();
    std::size_t rows = nk ? keys.size() / nk : 0;
    std::vector<KeyKind> kinds;
    for (std::size_t k = 0; k < nk; ++k) kinds.push_back(key_kind(keys, nk, k));
    if (nk == 1 && kinds[0] == KeyKind::String) return sorted_by_text(keys, descending[0], needed);
    std::vector<std::size_t> order(rows);
    for (std::size_t i = 0; i < rows; ++i) order[i] = i;
    // Ties keep the input order (the index decides), as a stable sort would.
    auto before = [&](std::size_t a, std::size_t b) {
        for (std::size_t k = 0; k < nk; ++k) {
            int c = compare_key(kinds[k], *keys[a * nk + k], *keys[b * nk + k]);
            if (c) return descending[k] ? c > 0 : c < 0;
        }
        return a < b;
    };
    sort_prefix(order, needed, before);
    return order;
}

}  // namespace liverkg::engine

#pragma once
// A 64-bit hash for the short strings that node ids and names are: FNV-1a over 8-byte words,
// then a final mix, so every bit depends on the whole key (tables take their home slot from
// the low bits and a tag from the others). Cheaper than std::hash's Murmur for such keys;
// not meant to resist keys chosen to collide.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace liverkg {

inline std::uint64_t short_hash(std::string_view key) {
    std::uint64_t h = 1469598103934665603ull ^ key.size();
    const char* p = key.data();
    std::size_t n = key.size();
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t w;
        __builtin_memcpy(&w, p, 8);
        h = (h ^ w) * 1099511628211ull;
        h ^= h >> 29;
    }
    for (; n > 0; ++p, --n) h = (h ^ static_cast<unsigned char>(*p)) * 1099511628211ull;
    h ^= h >> 32;
    h *= 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
}

}  // namespace liverkg

#pragma once
// Open-addressing map from node id text to staged index. The loader looks up two ids
// per relationship (4.5 M lookups for Hetionet), where std::unordered_map's chained
// buckets cost a cache miss each; this table keeps hash and index side by side.
#include <cstdint>
#include <string_view>
#include <vector>

namespace liverkg::graph::tsv {

class IdTable {
public:
    static constexpr std::uint32_t kMissing = 0xFFFFFFFFu;

    // Returns the index stored for key, or inserts `index` and returns kMissing.
    std::uint32_t find_or_insert(std::string_view key, std::uint32_t index) {
        if ((size_ + 1) * 2 > slots_.size()) grow();
        std::uint64_t h = hash(key);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            Slot& s = slots_[i];
            if (s.index == kMissing) {
                s = {h, index, key};
                ++size_;
                return kMissing;
            }
            if (s.hash == h && s.key == key) return s.index;
        }
    }

    std::uint32_t find(std::string_view key) const {
        if (slots_.empty()) return kMissing;
        std::uint64_t h = hash(key);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.index == kMissing) return kMissing;
            if (s.hash == h && s.key == key) return s.index;
        }
    }

    void reserve(std::size_t n) {
        while (slots_.size() < n * 2) grow();
    }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t index = kMissing;
        std::string_view key;
    };

    // FNV-1a over 8-byte words, then a final mix: ids are short, so this is cheap.
    static std::uint64_t hash(std::string_view key) {
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

    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
        mask_ = slots_.size() - 1;
        size_ = 0;
        for (const Slot& s : old)
            if (s.index != kMissing) {
                std::size_t i = s.hash & mask_;
                while (slots_[i].index != kMissing) i = (i + 1) & mask_;
                slots_[i] = s;
                ++size_;
            }
    }

    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
};

}  // namespace liverkg::graph::tsv

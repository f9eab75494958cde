#pragma once
// Open-addressing map from node id text to staged index. The loader looks up two ids
// per relationship (4.5 M lookups for Hetionet), where std::unordered_map's chained
// buckets cost a cache miss each. Slots are 8 bytes (a hash tag and a position), so the
// probe table of a 47 k-node file (1 MB) stays in L2; keys and values sit apart.
#include <cstdint>
#include <string_view>
#include <vector>

namespace liverkg::formats::tsv {

class IdTable {
public:
    static constexpr std::uint32_t kMissing = 0xFFFFFFFFu;

    // Returns the value stored for key, or inserts `value` and returns kMissing.
    std::uint32_t find_or_insert(std::string_view key, std::uint32_t value) {
        if ((entries_.size() + 1) * 2 > slots_.size()) grow();
        std::uint64_t h = hash(key);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            Slot& s = slots_[i];
            if (s.pos == kMissing) {
                s = {tag(h), static_cast<std::uint32_t>(entries_.size())};
                entries_.push_back({key, value});
                return kMissing;
            }
            if (s.tag == tag(h) && same(entries_[s.pos].key, key)) return entries_[s.pos].value;
        }
    }

    std::uint32_t find(std::string_view key) const { return find(key, hash(key)); }

    // The same with the key's hash computed beforehand (hash_of), so that a caller looking
    // up many keys can first prefetch where they lie: a lookup costs three dependent cache
    // misses (slot, entry, key text) on a large file, which prefetching overlaps.
    std::uint32_t find(std::string_view key, std::uint64_t h) const {
        if (slots_.empty()) return kMissing;
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.pos == kMissing) return kMissing;
            if (s.tag == tag(h) && same(entries_[s.pos].key, key)) return entries_[s.pos].value;
        }
    }

    static std::uint64_t hash_of(std::string_view key) { return hash(key); }
    // Three stages, each a batch of keys apart: the home slot, then the entry it names,
    // then that entry's key text.
    void prefetch_slot(std::uint64_t h) const {
        if (!slots_.empty()) __builtin_prefetch(&slots_[h & mask_]);
    }
    void prefetch_entry(std::uint64_t h) const {
        if (const Entry* e = home_entry(h)) __builtin_prefetch(e);
    }
    void prefetch_key(std::uint64_t h) const {
        if (const Entry* e = home_entry(h)) __builtin_prefetch(e->key.data());
    }

    void reserve(std::size_t n) {
        entries_.reserve(n);
        while (slots_.size() < n * 2) grow();
    }

private:
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t pos = kMissing;   // into entries_
    };
    struct Entry {
        std::string_view key;
        std::uint32_t value;
    };

    static std::uint32_t tag(std::uint64_t h) { return static_cast<std::uint32_t>(h >> 32); }

    // The entry in hash h's home slot (the key there may be another one), or null.
    const Entry* home_entry(std::uint64_t h) const {
        if (slots_.empty()) return nullptr;
        const Slot& s = slots_[h & mask_];
        return s.pos == kMissing ? nullptr : &entries_[s.pos];
    }

    // Ids are short: compare them 8 bytes at a time inline rather than through memcmp.
    static bool same(std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        const char* p = a.data();
        const char* q = b.data();
        std::size_t n = a.size();
        for (; n >= 8; p += 8, q += 8, n -= 8) {
            std::uint64_t x, y;
            __builtin_memcpy(&x, p, 8);
            __builtin_memcpy(&y, q, 8);
            if (x != y) return false;
        }
        for (; n > 0; ++p, ++q, --n)
            if (*p != *q) return false;
        return true;
    }

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
        slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, Slot{});
        mask_ = slots_.size() - 1;
        for (std::uint32_t pos = 0; pos < entries_.size(); ++pos) {
            std::uint64_t h = hash(entries_[pos].key);
            std::size_t i = h & mask_;
            while (slots_[i].pos != kMissing) i = (i + 1) & mask_;
            slots_[i] = {tag(h), pos};
        }
    }

    std::vector<Slot> slots_;
    std::vector<Entry> entries_;
    std::size_t mask_ = 0;
};

}  // namespace liverkg::formats::tsv

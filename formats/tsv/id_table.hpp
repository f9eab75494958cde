#pragma once
// Open-addressing map from node id text to staged index. The loader looks up two ids
// per relationship (4.5 M lookups for Hetionet, 45 M at ten times its size), where
// std::unordered_map's chained buckets cost a cache miss each. A slot holds the key's place
// and the value itself, so a lookup reads the slot and the key's text and nothing else.
#include <cstdint>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "base/short_hash.hpp"

namespace liverkg::formats::tsv {

class IdTable {
public:
    static constexpr std::uint32_t kMissing = 0xFFFFFFFFu;

    // Returns the value stored for key, or inserts `value` and returns kMissing. The key's
    // text must outlive the table (it is not copied).
    std::uint32_t find_or_insert(std::string_view key, std::uint32_t value) {
        if ((size_ + 1) * 2 > slots_.size()) grow();
        std::uint64_t h = short_hash(key);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            Slot& s = slots_[i];
            if (s.value == kMissing) {
                s = Slot::make(key, tag(h), value);
                ++size_;
                return kMissing;
            }
            if (s.holds(key, tag(h))) return s.value;
        }
    }

    std::uint32_t find(std::string_view key) const { return find(key, short_hash(key)); }

    // The same with the key's hash computed beforehand (hash_of), so that a caller looking
    // up many keys can first prefetch where they lie: a lookup costs two dependent cache
    // misses (the slot, then the key's text) on a large file, which prefetching overlaps.
    std::uint32_t find(std::string_view key, std::uint64_t h) const {
        if (slots_.empty()) return kMissing;
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.value == kMissing) return kMissing;
            if (s.holds(key, tag(h))) return s.value;
        }
    }

    static std::uint64_t hash_of(std::string_view key) { return short_hash(key); }
    // Two stages, a batch of keys apart: the home slot, then the key text it points to.
    void prefetch_slot(std::uint64_t h) const {
        if (!slots_.empty()) __builtin_prefetch(&slots_[h & mask_]);
    }
    void prefetch_key(std::uint64_t h) const {
        if (slots_.empty()) return;
        const Slot& s = slots_[h & mask_];
        if (s.value != kMissing) __builtin_prefetch(s.key());
    }

    void reserve(std::size_t n) {
        while (slots_.size() < n * 2) grow();
    }

private:
    // 16 bytes: where the key's text is (x86-64 and AArch64 user addresses fit in 48 bits;
    // the top 16 hold a tag of the hash, so most mismatches are settled without reading
    // the text), its length and the value. The key text lives in the caller's buffer.
    struct Slot {
        std::uint64_t key_and_tag = 0;
        std::uint32_t length = 0;
        std::uint32_t value = kMissing;

        static constexpr std::uint64_t kAddressMask = (std::uint64_t{1} << 48) - 1;
        static Slot make(std::string_view key, std::uint16_t tag, std::uint32_t value) {
            auto address = reinterpret_cast<std::uintptr_t>(key.data());
            // Linux hands out addresses above 2^47 only to a process that asks for them.
            if (std::uint64_t{address} & ~kAddressMask) throw std::length_error("id table: key address beyond 48 bits");
            return {(std::uint64_t{address} & kAddressMask) | (std::uint64_t{tag} << 48),
                    static_cast<std::uint32_t>(key.size()), value};
        }
        const char* key() const { return reinterpret_cast<const char*>(key_and_tag & kAddressMask); }
        std::uint16_t tag() const { return static_cast<std::uint16_t>(key_and_tag >> 48); }
        bool holds(std::string_view k, std::uint16_t t) const {
            return tag() == t && length == k.size() && same(key(), k.data(), k.size());
        }
    };

    static std::uint16_t tag(std::uint64_t h) { return static_cast<std::uint16_t>(h >> 48); }

    // Ids are short: compare them 8 bytes at a time inline rather than through memcmp.
    static bool same(const char* p, const char* q, std::size_t n) {
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

    void grow() {
        std::vector<Slot> old(slots_.empty() ? 64 : slots_.size() * 2);
        old.swap(slots_);
        mask_ = slots_.size() - 1;
        for (const Slot& s : old) {
            if (s.value == kMissing) continue;
            std::size_t i = short_hash({s.key(), s.length}) & mask_;
            while (slots_[i].value != kMissing) i = (i + 1) & mask_;
            slots_[i] = s;
        }
    }

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
    std::size_t mask_ = 0;
};

}  // namespace liverkg::formats::tsv

#pragma once
// StringIndex: the equality index of one property key's string values (`id`, `name`):
// value -> the nodes holding it, sorted.
//
// An open-addressing table (linear probing, at most half full) whose 24-byte slots hold a
// 32-bit hash, the key's place in one byte arena and, for the usual unique value, the node
// itself. A lookup reads one slot and the key's bytes: two cache lines, where a chained
// std::unordered_map<std::string, std::vector<NodeId>> read a bucket, a node, the key's heap
// string and the vector's heap block. Values shared by several nodes keep their list aside.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/value.hpp"

namespace liverkg::graph::store {

class StringIndex {
public:
    // The nodes whose value is `key`, sorted (empty when none). Valid until the next change.
    std::span<const NodeId> find(std::string_view key) const;
    // Adds n under key (nothing when it is there already).
    void insert(std::string_view key, NodeId n);
    // Removes n from under key (nothing when it is not there).
    void erase(std::string_view key, NodeId n);
    // Room for `keys` distinct values without growing.
    void reserve(std::size_t keys);
    std::size_t size() const { return used_; }   // distinct values

private:
    static constexpr std::uint32_t kFree = 0xFFFFFFFFu;    // Slot::list of an unused slot
    static constexpr std::uint32_t kSingle = 0xFFFFFFFEu;  // Slot::list when `node` is the only node

    struct Slot {
        std::uint64_t offset = 0;     // the key's bytes: arena_[offset, offset + length)
        std::uint32_t hash = 0;       // low 32 bits of the key's hash (also its home slot)
        std::uint32_t length = 0;
        NodeId node = 0;              // the node, when list == kSingle
        std::uint32_t list = kFree;   // kFree, kSingle or an index into lists_
    };

    bool same_key(const Slot& s, std::uint32_t hash, std::string_view key) const;
    std::size_t probe(std::uint32_t hash, std::string_view key) const;   // its slot, or the free slot ending the run
    void grow_to(std::size_t capacity);
    void remove_slot(std::size_t i);
    void compact_arena();

    std::vector<Slot> slots_;   // empty, or a power of two
    std::size_t used_ = 0;
    std::string arena_;
    std::size_t garbage_ = 0;   // bytes of the arena no slot points to
    std::vector<std::vector<NodeId>> lists_;
    std::vector<std::uint32_t> free_lists_;
};

}  // namespace liverkg::graph::store

#include "graph/store/string_index.hpp"

#include <algorithm>
#include <cstring>

#include "base/short_hash.hpp"

namespace liverkg::graph::store {

bool StringIndex::same_key(const Slot& s, std::uint32_t hash, std::string_view key) const {
    return s.hash == hash && s.length == key.size() && std::memcmp(arena_.data() + s.offset, key.data(), key.size()) == 0;
}

std::size_t StringIndex::probe(std::uint32_t hash, std::string_view key) const {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask)
        if (slots_[i].list == kFree || same_key(slots_[i], hash, key)) return i;
}

std::span<const NodeId> StringIndex::find(std::string_view key) const {
    if (used_ == 0) return {};
    const Slot& s = slots_[probe(static_cast<std::uint32_t>(short_hash(key)), key)];
    if (s.list == kFree) return {};
    if (s.list == kSingle) return {&s.node, 1};
    return lists_[s.list];
}

void StringIndex::insert(std::string_view key, NodeId n) {
    if ((used_ + 1) * 2 > slots_.size()) grow_to(std::max<std::size_t>(16, slots_.size() * 2));
    auto hash = static_cast<std::uint32_t>(short_hash(key));
    Slot& s = slots_[probe(hash, key)];
    if (s.list == kFree) {
        s = Slot{arena_.size(), hash, static_cast<std::uint32_t>(key.size()), n, kSingle};
        arena_.append(key);
        ++used_;
        return;
    }
    if (s.list == kSingle) {
        if (s.node == n) return;
        std::uint32_t list;
        if (free_lists_.empty()) {
            list = static_cast<std::uint32_t>(lists_.size());
            lists_.emplace_back();
        } else {
            list = free_lists_.back();
            free_lists_.pop_back();
        }
        lists_[list] = {std::min(s.node, n), std::max(s.node, n)};
        s.list = list;
        return;
    }
    std::vector<NodeId>& nodes = lists_[s.list];
    if (nodes.back() < n) return nodes.push_back(n);   // the common case: the newest node
    auto it = std::lower_bound(nodes.begin(), nodes.end(), n);
    if (*it != n) nodes.insert(it, n);
}

void StringIndex::erase(std::string_view key, NodeId n) {
    if (used_ == 0) return;
    std::size_t i = probe(static_cast<std::uint32_t>(short_hash(key)), key);
    Slot& s = slots_[i];
    if (s.list == kFree) return;
    if (s.list == kSingle) {
        if (s.node == n) remove_slot(i);
        return;
    }
    std::vector<NodeId>& nodes = lists_[s.list];
    auto it = std::lower_bound(nodes.begin(), nodes.end(), n);
    if (it == nodes.end() || *it != n) return;
    nodes.erase(it);
    if (nodes.size() > 1) return;
    NodeId last = nodes.front();
    nodes = {};
    free_lists_.push_back(s.list);
    s.node = last;
    s.list = kSingle;
}

void StringIndex::reserve(std::size_t keys) {
    std::size_t capacity = 16;
    while (capacity < keys * 2) capacity *= 2;
    if (capacity > slots_.size()) grow_to(capacity);
}

void StringIndex::grow_to(std::size_t capacity) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.resize(capacity);
    std::size_t mask = capacity - 1;
    for (const Slot& s : old) {
        if (s.list == kFree) continue;
        std::size_t i = s.hash & mask;
        while (slots_[i].list != kFree) i = (i + 1) & mask;
        slots_[i] = s;
    }
}

// Backward-shift deletion: later slots of the probe run move up, so no tombstones are left.
void StringIndex::remove_slot(std::size_t i) {
    garbage_ += slots_[i].length;
    std::size_t mask = slots_.size() - 1;
    for (std::size_t j = (i + 1) & mask; slots_[j].list != kFree; j = (j + 1) & mask) {
        std::size_t home = slots_[j].hash & mask;
        // slots_[j] may fill the hole at i unless its home lies cyclically in (i, j].
        bool stays = i <= j ? (home > i && home <= j) : (home > i || home <= j);
        if (stays) continue;
        slots_[i] = slots_[j];
        i = j;
    }
    slots_[i] = Slot{};
    --used_;
    // Keys whose values were changed or removed leave their bytes behind; reclaim them once
    // they are most of the arena.
    if (garbage_ > 4096 && garbage_ * 2 > arena_.size()) compact_arena();
}

void StringIndex::compact_arena() {
    std::string packed;
    packed.reserve(arena_.size() - garbage_);
    for (Slot& s : slots_) {
        if (s.list == kFree) continue;
        std::uint64_t offset = packed.size();
        packed.append(arena_, s.offset, s.length);
        s.offset = offset;
    }
    arena_.swap(packed);
    garbage_ = 0;
}

}  // namespace liverkg::graph::store

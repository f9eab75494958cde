#pragma once
// Interned names (labels, relationship types, property keys): a name gets a small
// integer once and keeps it for the life of the graph, even across rollback.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace liverkg::graph::store {

// Transparent hash so lookups by string_view never build a std::string.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

class Dictionary {
public:
    std::uint32_t intern(std::string_view name) {
        if (auto it = ids_.find(name); it != ids_.end()) return it->second;
        auto id = static_cast<std::uint32_t>(names_.size());
        names_.emplace_back(name);
        ids_.emplace(names_.back(), id);
        return id;
    }
    std::optional<std::uint32_t> find(std::string_view name) const {
        if (auto it = ids_.find(name); it != ids_.end()) return it->second;
        return std::nullopt;
    }
    const std::string& name(std::uint32_t id) const { return names_.at(id); }
    std::size_t size() const { return names_.size(); }

private:
    std::vector<std::string> names_;
    StringMap<std::uint32_t> ids_;
};

}  // namespace liverkg::graph::store

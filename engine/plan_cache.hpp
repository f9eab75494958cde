#pragma once
// The plan cache: compiled plans kept by the normalised text of their statement
// (parser/normalise.hpp), so a statement that differs from an earlier one only in its
// literals skips parsing and compiling (docs/performance.md, "Plan cache").
//
// Correctness rests on three rules:
// - Only literals in places known to be read when the plan runs are lifted out
//   (lift_literals: MATCH property maps and WHERE, the aliased items and WHERE of WITH and
//   RETURN). Any other literal token stays part of the key as written (it is "pinned").
// - A plan that read a lifted literal while it was compiled (a constant evaluated early) is
//   not kept (engine/expr.hpp, lifted_literal_reads_while_compiling).
// - Plans hold label, type and property-key names and ids and the choice of index: any new
//   name in the graph's dictionaries (the `id`/`name` indexes come with their keys) empties
//   the cache (SchemaGeneration).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/graph.hpp"
#include "parser/normalise.hpp"

namespace liverkg::engine {

struct CompiledStatement;   // engine.cpp

// What a plan depends on in the graph's schema. Dictionaries only grow (names are kept
// across rollback), so equal sizes mean the same names with the same ids.
struct SchemaGeneration {
    std::size_t labels = 0, types = 0, keys = 0;
    static SchemaGeneration of(const graph::Graph& g) {
        return {g.label_dictionary_size(), g.type_dictionary_size(), g.key_dictionary_size()};
    }
    bool operator==(const SchemaGeneration&) const = default;
};

struct CachedPlan {
    std::shared_ptr<CompiledStatement> compiled;
    // The statement it was compiled from: where its body started and its literal tokens, to
    // place a run-time error of a later statement on that statement's own text.
    std::size_t body = 0;
    std::vector<parser::LiteralToken> literals;
    // The notices about unknown names, as of the graph's change_count() `notices_at`: a
    // statement that returns rows gets them again while the graph stays the same.
    mutable std::uint64_t notices_at = ~std::uint64_t(0);
    mutable std::vector<std::string> notices;
};

// Keys of the cache's maps, hashed once per lookup: a statement's normalised key is looked
// up in both maps (HashedKey carries its hash to the second).
struct HashedKey {
    std::string_view text;
    std::size_t hash;
};
struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    std::size_t operator()(const HashedKey& k) const { return k.hash; }
};
struct KeyEqual {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a == b; }
    bool operator()(const HashedKey& a, std::string_view b) const { return a.text == b; }
    bool operator()(std::string_view a, const HashedKey& b) const { return a == b.text; }
};

class PlanCache {
public:
    static constexpr std::size_t kDefaultCapacity = 1000;

    // Plans kept at most; 0 turns the cache off (and empties it).
    void set_capacity(std::size_t n);
    std::size_t capacity() const { return capacity_; }

    // The plan of a statement of n's shape, or null. text: the text n was read from.
    std::shared_ptr<const CachedPlan> find(std::string_view text, const parser::NormalisedStatement& n,
                                           SchemaGeneration generation);
    // lifted[i]: whether n.literals[i] was lifted out of the plan (the others are pinned).
    void store(std::string_view text, const parser::NormalisedStatement& n, const std::vector<bool>& lifted,
               CachedPlan plan, SchemaGeneration generation);

    std::size_t size() const { return lru_.size(); }
    std::uint64_t hits() const { return hits_; }
    std::uint64_t misses() const { return misses_; }

private:
    struct Entry {
        std::string key;
        std::shared_ptr<const CachedPlan> plan;
    };
    void clear();
    void check_generation(SchemaGeneration generation);
    static std::string full_key(std::string_view text, const parser::NormalisedStatement& n,
                                const std::vector<std::uint32_t>& pinned);

    std::size_t capacity_ = kDefaultCapacity;
    SchemaGeneration generation_;
    // Normalised key -> the literal tokens its statements keep in the plan (by index).
    std::unordered_map<std::string, std::vector<std::uint32_t>, KeyHash, KeyEqual> pinned_;
    std::list<Entry> lru_;   // most recently used first
    std::unordered_map<std::string, std::list<Entry>::iterator, KeyHash, KeyEqual> index_;
    std::uint64_t hits_ = 0, misses_ = 0;
};

// Marks the literals of `statement` that may be read at run time from the statement's
// literal values (ast::Expr::lifted = slot) and returns, per token of n.literals, whether it
// was lifted. A token the parser did not read as the same literal at the same place stays pinned.
std::vector<bool> lift_literals(const ast::Statement& statement, const parser::NormalisedStatement& n);

}  // namespace liverkg::engine

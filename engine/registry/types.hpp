#pragma once
// The value types that function and procedure signatures name: `STRING`, `INTEGER | FLOAT`,
// `LIST<NODE>`, `ANY`. A type is a set of kinds, so one declaration states what an argument
// accepts (checked before a statement runs when the argument's kind is known, and again on
// the value) and how SHOW FUNCTIONS prints it. Every type admits null.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/value.hpp"

namespace liverkg::engine {

enum TypeBit : std::uint32_t {
    kBoolean = 1u << 0,
    kInteger = 1u << 1,
    kFloat = 1u << 2,
    kString = 1u << 3,
    kList = 1u << 4,
    kMap = 1u << 5,
    kNode = 1u << 6,
    kRelationship = 1u << 7,
    kPath = 1u << 8,
    kDate = 1u << 9,
    kLocalTime = 1u << 10,
    kTime = 1u << 11,
    kLocalDateTime = 1u << 12,
    kDateTime = 1u << 13,
    kDuration = 1u << 14,
    kPoint = 1u << 15,
    kAnyType = (1u << 16) - 1,
    kNumber = kInteger | kFloat,
};

struct CypherType {
    std::uint32_t kinds = kAnyType;
    std::uint32_t elements = kAnyType;   // of a LIST: what its elements may be

    // Whether the kind bit `kind` (one of TypeBit) is admitted.
    bool admits(std::uint32_t kind) const { return (kinds & kind) != 0; }
    bool is_any() const { return kinds == kAnyType; }
    // The type as signatures print it: "STRING", "INTEGER | FLOAT", "LIST<STRING>", "ANY".
    std::string text() const;
};

// The kind bit of a value (0 for null, which every type admits).
std::uint32_t kind_of(const graph::Value& v);
// Whether v may be passed where t is declared (null always may; an INTEGER may stand for a FLOAT).
bool type_admits(const CypherType& t, const graph::Value& v);
// The value as passed to a parameter of type t: an INTEGER becomes a FLOAT where only FLOAT is declared.
graph::Value coerce_to(const CypherType& t, graph::Value v);

// Reads a type at the start of text (`STRING?`, `LIST? OF INTEGER?`, `LIST<NODE>`, `NUMBER`,
// `INTEGER | FLOAT`); sets `length` to the characters used. nullopt when no type starts there.
std::optional<CypherType> parse_type(std::string_view text, std::size_t& length);

}  // namespace liverkg::engine

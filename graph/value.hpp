#pragma once
// Value: the tagged value type of properties and of query results.
//
// Lists, maps and paths are held through shared pointers and never changed
// after construction, so copying a Value is cheap and never deep.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "graph/temporal/temporal.hpp"

namespace liverkg::graph {

using NodeId = std::uint32_t;
using RelId = std::uint32_t;

struct NodeRef {
    NodeId id;
    bool operator==(const NodeRef&) const = default;
};
struct RelRef {
    RelId id;
    bool operator==(const RelRef&) const = default;
};

class Value;
using List = std::vector<Value>;
using Map = std::map<std::string, Value, std::less<>>;   // sorted keys: deterministic output

// A path alternates nodes and relationships: nodes.size() == rels.size() + 1.
struct Path {
    std::vector<NodeId> nodes;
    std::vector<RelId> rels;
};

struct NullValue {
    bool operator==(const NullValue&) const = default;
};

// Temporal covers the six temporal types; Temporal::kind tells which.
enum class ValueType : std::uint8_t { Null, Bool, Int, Float, String, List, Map, Node, Rel, Path, Temporal };

class Value {
public:
    Value() = default;
    Value(NullValue) {}
    Value(bool b) : v_(b) {}
    Value(int i) : v_(static_cast<std::int64_t>(i)) {}
    Value(std::int64_t i) : v_(i) {}
    Value(double d) : v_(d) {}
    Value(std::string s) : v_(std::move(s)) {}
    Value(std::string_view s) : v_(std::string(s)) {}
    Value(const char* s) : v_(std::string(s)) {}
    Value(List l) : v_(std::make_shared<const List>(std::move(l))) {}
    Value(Map m) : v_(std::make_shared<const Map>(std::move(m))) {}
    Value(NodeRef n) : v_(n) {}
    Value(RelRef r) : v_(r) {}
    Value(Path p) : v_(std::make_shared<const Path>(std::move(p))) {}
    Value(Temporal t) : v_(std::make_shared<const Temporal>(std::move(t))) {}

    ValueType type() const { return static_cast<ValueType>(v_.index()); }
    bool is_null() const { return type() == ValueType::Null; }
    bool is_bool() const { return type() == ValueType::Bool; }
    bool is_int() const { return type() == ValueType::Int; }
    bool is_float() const { return type() == ValueType::Float; }
    bool is_number() const { return is_int() || is_float(); }
    bool is_string() const { return type() == ValueType::String; }
    bool is_list() const { return type() == ValueType::List; }
    bool is_map() const { return type() == ValueType::Map; }
    bool is_node() const { return type() == ValueType::Node; }
    bool is_rel() const { return type() == ValueType::Rel; }
    bool is_path() const { return type() == ValueType::Path; }
    bool is_temporal() const { return type() == ValueType::Temporal; }
    bool is_temporal(TemporalKind k) const { return is_temporal() && as_temporal().kind == k; }

    bool as_bool() const { return std::get<bool>(v_); }
    std::int64_t as_int() const { return std::get<std::int64_t>(v_); }
    double as_float() const { return std::get<double>(v_); }
    double as_number() const { return is_int() ? static_cast<double>(as_int()) : as_float(); }
    const std::string& as_string() const { return std::get<std::string>(v_); }
    const List& as_list() const { return *std::get<std::shared_ptr<const List>>(v_); }
    const Map& as_map() const { return *std::get<std::shared_ptr<const Map>>(v_); }
    NodeId as_node() const { return std::get<NodeRef>(v_).id; }
    RelId as_rel() const { return std::get<RelRef>(v_).id; }
    const Path& as_path() const { return *std::get<std::shared_ptr<const Path>>(v_); }
    const Temporal& as_temporal() const { return *std::get<std::shared_ptr<const Temporal>>(v_); }

private:
    std::variant<NullValue, bool, std::int64_t, double, std::string, std::shared_ptr<const List>,
                 std::shared_ptr<const Map>, NodeRef, RelRef, std::shared_ptr<const Path>,
                 std::shared_ptr<const Temporal>>
        v_;
};

// Structural equality for storage purposes (property diffing, indexes, tests):
// 1 and 1.0 differ, null equals null, lists/maps compare element-wise.
// openCypher's three-valued `=` lives in the engine, not here.
bool same_value(const Value& a, const Value& b);

// Name of the type as openCypher error messages spell it ("Integer", "String", "List"...);
// "Temporal" for the temporal types, which value_name() tells apart ("Date", "Duration"...).
const char* value_type_name(ValueType t);
const char* value_name(const Value& v);

}  // namespace liverkg::graph

#pragma once
// openCypher semantics of temporal values: construction (from strings, maps, other
// temporals and the clocks), component access, comparison, arithmetic with durations,
// truncation and durations between instants. graph/temporal/ holds the data and the
// calendar; this room holds what the language does with them.
#include <cstddef>
#include <optional>
#include <string_view>

#include "engine/exec.hpp"
#include "graph/value.hpp"
#include "parser/ast.hpp"

namespace liverkg::engine::temporal {

using graph::Temporal;
using graph::TemporalKind;
using graph::Value;

// --- construction (construct.cpp)
// kind(arg): a string, a map, another temporal value or null.
Value construct(TemporalKind kind, const Value& arg);
// kind.truncate(unit, value[, map]).
Value truncate(TemporalKind kind, const Value& unit, const Value& value, const Value& fields);
// The current instant of a clock ("transaction", "statement", "realtime") in a zone (null: UTC).
Value now(ExecContext& ex, TemporalKind kind, std::string_view clock, const Value& zone);

// --- components (components.cpp): d.year, dt.timezone, dur.minutesOfHour...
Value component(const Temporal& t, std::string_view key);

// --- comparison (compare.cpp)
// a = b for two temporal values.
bool equal(const Temporal& a, const Temporal& b);
// a <=> b; nullopt when the two are not comparable (different kinds, durations).
std::optional<int> compare(const Temporal& a, const Temporal& b);
// The total order of ORDER BY among temporal values (kinds first, in the spec's order).
int order(const Temporal& a, const Temporal& b);
std::size_t hash(const Temporal& t);

// --- arithmetic (arithmetic.cpp)
// a + b, a - b, a * b, a / b where one side is temporal; nullopt when the types do not combine.
std::optional<Value> arithmetic(ast::Op op, const Value& a, const Value& b);
// duration.between / inMonths / inDays / inSeconds.
enum class Between { All, Months, Days, Seconds };
Value between(Between unit, const Value& from, const Value& to);

}  // namespace liverkg::engine::temporal

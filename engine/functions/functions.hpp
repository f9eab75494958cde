#pragma once
// Internal to the engine: the helpers the built-in functions share, and the functions that
// declare them in the registry (graph.cpp, text.cpp, math.cpp, kg.cpp and aggregates.cpp
// in this folder).
#include <string>
#include <vector>

#include "engine/expr/expr.hpp"
#include "engine/registry/registry.hpp"

namespace liverkg::engine {

using Args = std::vector<Value>;
using graph::TemporalKind;

// TypeError InvalidArgumentType naming the function and the type it got.
[[noreturn]] void bad_argument(const char* fn, const Value& v);
// Length in code points, as openCypher counts string length.
std::int64_t utf8_length(const std::string& s);

void add_graph_functions(Registry& r);       // graph elements, paths, lists
void add_text_functions(Registry& r);        // conversion and strings
void add_math_functions(Registry& r);        // numbers
void add_aggregate_functions(Registry& r);   // count, sum, collect, ...
void add_kg_functions(Registry& r);          // knowledge graph: kg.cite
void add_temporal_functions(Registry& r);    // dates, times, durations (temporal/functions.cpp)

}  // namespace liverkg::engine

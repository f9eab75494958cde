#pragma once
// Internal to the engine: the pieces the function table is assembled from
// (functions_graph.cpp, functions_text.cpp, functions_math.cpp).
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/expr.hpp"

namespace liverkg::engine {

using Args = std::vector<Value>;
using graph::TemporalKind;
using FunctionTable = std::unordered_map<std::string, FunctionInfo>;

// TypeError InvalidArgumentType naming the function and the type it got.
[[noreturn]] void bad_argument(const char* fn, const Value& v);
// Length in code points, as openCypher counts string length.
std::int64_t utf8_length(const std::string& s);

void add_graph_functions(FunctionTable& t);   // graph elements, paths, lists
void add_text_functions(FunctionTable& t);    // conversion and strings
void add_math_functions(FunctionTable& t);    // numbers
void add_kg_functions(FunctionTable& t);      // knowledge graph: kg.cite
void add_temporal_functions(FunctionTable& t);   // dates, times, durations (temporal/functions.cpp)

}  // namespace liverkg::engine

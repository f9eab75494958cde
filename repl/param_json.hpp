#pragma once
// --param NAME=JSON and JSON → Value: integers stay integers, other numbers are floats,
// objects become maps and arrays lists.
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "graph/value.hpp"

namespace liverkg::repl {

graph::Value json_to_value(const nlohmann::json& j);

struct ParamBinding {
    std::string name;
    graph::Value value;
};

// Parses "NAME=JSON". On failure returns nullopt and sets `error` to a one-line reason.
std::optional<ParamBinding> parse_param(std::string_view text, std::string& error);

}  // namespace liverkg::repl

#include <algorithm>
#include "repl/param_json.hpp"

#include <cctype>
#include <stdexcept>

namespace liverkg::repl {

namespace {

std::optional<graph::TemporalKind> temporal_kind_of(const nlohmann::json& j) {
    auto kind = j.find("_kind");
    auto value = j.find("value");
    if (j.size() != 2 || kind == j.end() || value == j.end() || !kind->is_string() || !value->is_string())
        return std::nullopt;
    return graph::temporal_kind_from_word(kind->get<std::string>());
}

}  // namespace

graph::Value json_to_value(const nlohmann::json& j) {
    using nlohmann::json;
    switch (j.type()) {
    case json::value_t::boolean: return j.get<bool>();
    case json::value_t::number_integer: return j.get<std::int64_t>();
    case json::value_t::number_unsigned: {
        auto u = j.get<std::uint64_t>();
        // Cypher integers are 64-bit signed; a larger literal can only be a float.
        if (u > static_cast<std::uint64_t>(INT64_MAX)) return static_cast<double>(u);
        return static_cast<std::int64_t>(u);
    }
    case json::value_t::number_float: return j.get<double>();
    case json::value_t::string: return j.get<std::string>();
    case json::value_t::array: {
        graph::List list;
        for (const auto& item : j) list.push_back(json_to_value(item));
        return list;
    }
    case json::value_t::object: {
        // {"_kind": "date", "value": "2015-07-21"}: a temporal value, as JSON output writes it.
        if (auto kind = temporal_kind_of(j)) {
            std::string why;
            auto t = graph::parse_temporal(*kind, j["value"].get<std::string>(), &why);
            if (!t)
                throw std::invalid_argument("cannot read '" + j["value"].get<std::string>() + "' as a " +
                                            graph::temporal_kind_word(*kind) + ": expected " + why);
            return *t;
        }
        graph::Map map;
        for (const auto& [k, item] : j.items()) map.emplace(k, json_to_value(item));
        return map;
    }
    default: return graph::Value{};
    }
}

std::optional<ParamBinding> parse_param(std::string_view text, std::string& error) {
    auto eq = text.find('=');
    if (eq == std::string_view::npos) {
        error = "expected NAME=JSON, got '" + std::string(text) + "'";
        return std::nullopt;
    }
    std::string name(text.substr(0, eq));
    if (!name.empty() && name[0] == '$') name.erase(0, 1);
    // A name ($name) or a position ($0, $1): openCypher allows both forms.
    bool all_digits = !name.empty() && std::all_of(name.begin(), name.end(),
                                                   [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    bool valid = !name.empty() && (all_digits || !std::isdigit(static_cast<unsigned char>(name[0])));
    for (char c : name) valid = valid && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
    if (!valid) {
        error = "invalid parameter name '" + name + "'";
        return std::nullopt;
    }
    try {
        return ParamBinding{name, json_to_value(nlohmann::json::parse(text.substr(eq + 1)))};
    } catch (const nlohmann::json::exception& e) {
        error = "parameter '" + name + "': invalid JSON value '" + std::string(text.substr(eq + 1)) +
                "'";
        return std::nullopt;
    } catch (const std::invalid_argument& e) {
        error = "parameter '" + name + "': " + e.what();
        return std::nullopt;
    }
}

}  // namespace liverkg::repl

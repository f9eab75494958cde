// Conversions of GraphML data text. Booleans follow Java's parseBoolean as NetworkX does
// (true/false in any case), plus 1 and 0; numbers follow XML Schema (INF, -INF, NaN).
#include "formats/graphml/values.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

namespace liverkg::formats::graphml {
namespace {

std::string_view trimmed(std::string_view s) {
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::optional<graph::Value> integer(std::string_view t) {
    std::int64_t i = 0;
    if (!t.empty() && t[0] == '+') t.remove_prefix(1);
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), i);
    if (ec != std::errc() || end != t.data() + t.size() || t.empty()) return std::nullopt;
    return graph::Value(i);
}

std::optional<graph::Value> real(std::string_view t) {
    std::string l = lower(t);
    if (l == "inf" || l == "+inf" || l == "infinity") return graph::Value(HUGE_VAL);
    if (l == "-inf" || l == "-infinity") return graph::Value(-HUGE_VAL);
    if (l == "nan") return graph::Value(std::nan(""));
    if (!t.empty() && t[0] == '+') t.remove_prefix(1);
    double d = 0;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), d);
    if (ec != std::errc() || end != t.data() + t.size() || t.empty()) return std::nullopt;
    return graph::Value(d);
}

std::optional<graph::Value> from_json(const nlohmann::json& j) {
    switch (j.type()) {
    case nlohmann::json::value_t::boolean: return graph::Value(j.get<bool>());
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return graph::Value(j.get<std::int64_t>());
    case nlohmann::json::value_t::number_float: return graph::Value(j.get<double>());
    case nlohmann::json::value_t::string: return graph::Value(j.get<std::string>());
    case nlohmann::json::value_t::array: {
        graph::List items;
        for (const auto& x : j) {
            auto v = from_json(x);
            if (!v) return std::nullopt;
            items.push_back(std::move(*v));
        }
        return graph::Value(std::move(items));
    }
    default: return std::nullopt;   // objects and null are not property values
    }
}

}  // namespace

std::optional<KeyType> key_type_of(std::string_view t) {
    if (t == "boolean") return KeyType::Boolean;
    if (t == "int") return KeyType::Int;
    if (t == "long") return KeyType::Long;
    if (t == "float") return KeyType::Float;
    if (t == "double") return KeyType::Double;
    if (t == "string") return KeyType::String;
    return std::nullopt;
}

std::optional<graph::Value> value_of(const std::string& text, KeyType type, std::string& error) {
    std::string_view t = trimmed(text);
    std::optional<graph::Value> v;
    switch (type) {
    case KeyType::String: return graph::Value(text);
    case KeyType::Boolean: {
        std::string l = lower(t);
        if (l == "true" || l == "1") v = graph::Value(true);
        if (l == "false" || l == "0") v = graph::Value(false);
        break;
    }
    case KeyType::Int:
    case KeyType::Long: v = integer(t); break;
    case KeyType::Float:
    case KeyType::Double: v = real(t); break;
    case KeyType::Json: {
        auto j = nlohmann::json::parse(t, nullptr, false);
        if (!j.is_discarded()) v = from_json(j);
        if (!v) error = "'" + std::string(t.substr(0, 80)) + "' is not a JSON value liverkg can store";
        return v;
    }
    }
    if (!v) error = "'" + std::string(t.substr(0, 80)) + "' is not a" + (type == KeyType::Int ? "n " : " ") +
                    std::string(attr_type_name(type));
    return v;
}

std::vector<std::string> split_labels(std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i <= text.size()) {
        auto cut = text.find(':', i);
        if (cut == std::string_view::npos) cut = text.size();
        auto label = trimmed(text.substr(i, cut - i));
        if (!label.empty() && std::find(out.begin(), out.end(), label) == out.end()) out.emplace_back(label);
        i = cut + 1;
    }
    return out;
}

}  // namespace liverkg::formats::graphml

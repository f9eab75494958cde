// Cypher literals and names for the script export.
#include <cctype>
#include <cmath>
#include <cstdio>

#include "formats/cypher/cypher.hpp"
#include "formats/value_text.hpp"

namespace liverkg::formats::cypher {
namespace {

std::string string_literal(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        switch (c) {
        case '\'': out += "\\'"; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "'";
}

std::string float_literal(double d) {
    if (std::isnan(d)) return "(0.0/0.0)";
    if (std::isinf(d)) return d > 0 ? "(1.0/0.0)" : "(-1.0/0.0)";
    return float_text(d);
}

}  // namespace

std::string literal(const graph::Value& v) {
    switch (v.type()) {
    case graph::ValueType::Bool: return v.as_bool() ? "true" : "false";
    case graph::ValueType::Int:
        // The smallest integer has no literal: its digits alone overflow.
        if (v.as_int() == INT64_MIN) return "(-9223372036854775807 - 1)";
        return std::to_string(v.as_int());
    case graph::ValueType::Float: return float_literal(v.as_float());
    case graph::ValueType::String: return string_literal(v.as_string());
    case graph::ValueType::Temporal:
        return std::string(graph::temporal_kind_word(v.as_temporal().kind)) + "(" +
               string_literal(graph::temporal_text(v.as_temporal())) + ")";
    case graph::ValueType::List: {
        std::string out = "[";
        for (const auto& x : v.as_list()) out += (out.size() > 1 ? ", " : "") + literal(x);
        return out + "]";
    }
    default: return "null";
    }
}

std::string name(std::string_view s) {
    bool plain = !s.empty() && !std::isdigit(static_cast<unsigned char>(s[0]));
    for (unsigned char c : s) plain = plain && (std::isalnum(c) || c == '_');
    if (plain) return std::string(s);
    std::string out = "`";
    for (char c : s) out += c == '`' ? std::string("``") : std::string(1, c);
    return out + "`";
}

}  // namespace liverkg::formats::cypher

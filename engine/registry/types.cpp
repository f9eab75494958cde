#include "engine/registry/types.hpp"

#include <array>
#include <cctype>

namespace liverkg::engine {

namespace {

struct KindName {
    std::uint32_t bits;
    std::string_view name;
};

// Names as signatures write them; composite names (NUMBER, ANY) come first so that
// text() prefers them.
constexpr std::array<KindName, 19> kind_names{{
    {kAnyType, "ANY"},
    {kNumber, "NUMBER"},
    {kBoolean, "BOOLEAN"},
    {kInteger, "INTEGER"},
    {kFloat, "FLOAT"},
    {kString, "STRING"},
    {kList, "LIST"},
    {kMap, "MAP"},
    {kNode, "NODE"},
    {kRelationship, "RELATIONSHIP"},
    {kPath, "PATH"},
    {kDate, "DATE"},
    {kLocalTime, "LOCAL TIME"},
    {kTime, "ZONED TIME"},
    {kLocalDateTime, "LOCAL DATETIME"},
    {kDateTime, "ZONED DATETIME"},
    {kDuration, "DURATION"},
    {kPoint, "POINT"},
    {kBoolean, "BOOL"},
}};

// Spellings accepted on input besides the names above.
constexpr std::array<KindName, 6> aliases{{
    {kRelationship, "REL"},
    {kRelationship, "EDGE"},
    {kLocalTime, "LOCALTIME"},
    {kTime, "TIME"},
    {kLocalDateTime, "LOCALDATETIME"},
    {kDateTime, "DATETIME"},
}};

std::string upper_word(std::string_view text, std::size_t& at) {
    std::string w;
    while (at < text.size() && (std::isalpha(static_cast<unsigned char>(text[at])) || text[at] == '_'))
        w += static_cast<char>(std::toupper(static_cast<unsigned char>(text[at++])));
    return w;
}

void skip_spaces(std::string_view text, std::size_t& at) {
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
}

std::optional<std::uint32_t> kind_named(const std::string& w) {
    for (const auto& k : kind_names)
        if (k.name == w) return k.bits;
    for (const auto& k : aliases)
        if (k.name == w) return k.bits;
    return std::nullopt;
}

std::string kinds_text(std::uint32_t bits, std::uint32_t elements) {
    std::string out;
    for (const auto& k : kind_names) {
        if ((bits & k.bits) != k.bits || k.name == "BOOL") continue;
        bits &= ~k.bits;
        if (!out.empty()) out += " | ";
        out += k.name;
        if (k.bits == kList && elements != kAnyType) out += "<" + kinds_text(elements, kAnyType) + ">";
    }
    return out.empty() ? "ANY" : out;
}

// One alternative: NAME['?'] [OF type] or LIST<type>. Two-word names (LOCAL TIME) are read whole.
bool parse_alternative(std::string_view text, std::size_t& at, CypherType& t, bool first) {
    skip_spaces(text, at);
    std::size_t start = at;
    std::string w = upper_word(text, at);
    if (w == "LOCAL" || w == "ZONED") {
        std::size_t save = at;
        skip_spaces(text, at);
        std::string second = upper_word(text, at);
        if (second == "TIME" || second == "DATETIME") w += " " + second;
        else at = save;
    }
    auto bits = kind_named(w);
    if (!bits) {
        at = start;
        return false;
    }
    if (first) t.kinds = 0;
    t.kinds |= *bits;
    if (at < text.size() && text[at] == '?') ++at;
    if (*bits != kList) return true;
    std::size_t save = at;
    skip_spaces(text, at);
    std::size_t of_at = at;
    if (at < text.size() && text[at] == '<') {
        ++at;
        std::size_t used = 0;
        auto el = parse_type(text.substr(at), used);
        at += used;
        skip_spaces(text, at);
        if (!el || at >= text.size() || text[at] != '>') {
            at = start;
            return false;
        }
        ++at;
        t.elements = el->kinds;
        return true;
    }
    if (upper_word(text, of_at) == "OF") {
        std::size_t used = 0;
        auto el = parse_type(text.substr(of_at), used);
        if (el) {
            at = of_at + used;
            t.elements = el->kinds;
            return true;
        }
    }
    at = save;
    return true;
}

}  // namespace

std::string CypherType::text() const { return kinds_text(kinds, elements); }

std::uint32_t kind_of(const graph::Value& v) {
    if (v.is_bool()) return kBoolean;
    if (v.is_int()) return kInteger;
    if (v.is_float()) return kFloat;
    if (v.is_string()) return kString;
    if (v.is_list()) return kList;
    if (v.is_map()) return kMap;
    if (v.is_node()) return kNode;
    if (v.is_rel()) return kRelationship;
    if (v.is_path()) return kPath;
    return 0;
}

bool type_admits(const CypherType& t, const graph::Value& v) {
    if (v.is_null() || t.is_any()) return true;
    std::uint32_t k = kind_of(v);
    if (k == kInteger && t.admits(kFloat)) return true;
    if (!t.admits(k)) return false;
    if (k == kList && t.elements != kAnyType && t.kinds == kList)
        for (const auto& x : v.as_list())
            if (!type_admits(CypherType{t.elements, kAnyType}, x)) return false;
    return true;
}

graph::Value coerce_to(const CypherType& t, graph::Value v) {
    if (v.is_int() && !t.admits(kInteger) && t.admits(kFloat)) return static_cast<double>(v.as_int());
    return v;
}

std::optional<CypherType> parse_type(std::string_view text, std::size_t& length) {
    CypherType t;
    std::size_t at = 0;
    if (!parse_alternative(text, at, t, true)) return std::nullopt;
    while (true) {
        std::size_t save = at;
        skip_spaces(text, at);
        if (at >= text.size() || text[at] != '|') {
            at = save;
            break;
        }
        ++at;
        if (!parse_alternative(text, at, t, false)) {
            at = save;
            break;
        }
    }
    length = at;
    return t;
}

}  // namespace liverkg::engine

// Conversion and string functions.
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>

#include "engine/functions/functions.hpp"

namespace liverkg::engine {

using graph::List;

namespace {

Value fn_to_string(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null() || v.is_string()) return v;
    if (v.is_number() || v.is_bool() || v.is_temporal()) return to_cypher_string(v);
    bad_argument("toString", v);
}

std::optional<double> parse_double(const std::string& s) {
    std::size_t b = s.find_first_not_of(" \t\n\r");
    std::size_t e = s.find_last_not_of(" \t\n\r");
    if (b == std::string::npos) return std::nullopt;
    std::string t = s.substr(b, e - b + 1);
    double d = 0;
    auto res = std::from_chars(t.data(), t.data() + t.size(), d);
    if (res.ec != std::errc() || res.ptr != t.data() + t.size()) return std::nullopt;
    return d;
}

// A float converts when its integer part is a 64-bit integer: [-2^63, 2^63). Outside (1e30,
// 2^63 itself, NaN, infinities) the result is null, as for a string that is not a number.
std::optional<std::int64_t> float_to_integer(double d) {
    if (!(d > -9223372036854777856.0 && d < 9223372036854775808.0)) return std::nullopt;
    return static_cast<std::int64_t>(d);
}

Value fn_to_integer(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null() || v.is_int()) return v;
    if (v.is_float()) {
        auto i = float_to_integer(v.as_float());
        return i ? Value(*i) : Value();
    }
    if (v.is_bool()) return static_cast<std::int64_t>(v.as_bool() ? 1 : 0);
    if (v.is_string()) {
        const std::string& s = v.as_string();
        std::int64_t i = 0;
        auto res = std::from_chars(s.data(), s.data() + s.size(), i);
        if (res.ec == std::errc() && res.ptr == s.data() + s.size()) return i;
        auto d = parse_double(s);
        auto n = d ? float_to_integer(*d) : std::nullopt;
        return n ? Value(*n) : Value();
    }
    bad_argument("toInteger", v);
}

Value fn_to_float(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null() || v.is_float()) return v;
    if (v.is_int()) return static_cast<double>(v.as_int());
    if (v.is_string()) {
        auto d = parse_double(v.as_string());
        return d ? Value(*d) : Value();
    }
    bad_argument("toFloat", v);
}

Value fn_to_boolean(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null() || v.is_bool()) return v;
    if (v.is_string()) {
        std::string s = lower(v.as_string());
        s.erase(0, s.find_first_not_of(" \t"));
        s.erase(s.find_last_not_of(" \t") + 1);
        if (s == "true") return true;
        if (s == "false") return false;
        return Value();
    }
    if (v.is_int()) return v.as_int() != 0;
    bad_argument("toBoolean", v);
}

// ---- strings

const std::string* string_or_null(const char* fn, const Value& v) {
    if (v.is_null()) return nullptr;
    if (!v.is_string()) bad_argument(fn, v);
    return &v.as_string();
}

template <typename F>
Value map_string(const char* fn, const Value& v, F f) {
    const std::string* s = string_or_null(fn, v);
    if (!s) return Value();
    return f(*s);
}

Value fn_to_lower(ExecContext&, Args& a) { return map_string("toLower", a[0], [](const std::string& s) { return lower(s); }); }

Value fn_to_upper(ExecContext&, Args& a) {
    return map_string("toUpper", a[0], [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return s;
    });
}

std::string trim_chars(const std::string& s, bool left, bool right) {
    std::size_t b = 0, e = s.size();
    while (left && b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (right && e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

Value fn_trim(ExecContext&, Args& a) { return map_string("trim", a[0], [](const std::string& s) { return trim_chars(s, true, true); }); }
Value fn_ltrim(ExecContext&, Args& a) { return map_string("ltrim", a[0], [](const std::string& s) { return trim_chars(s, true, false); }); }
Value fn_rtrim(ExecContext&, Args& a) { return map_string("rtrim", a[0], [](const std::string& s) { return trim_chars(s, false, true); }); }

Value fn_split(ExecContext&, Args& a) {
    const std::string* s = string_or_null("split", a[0]);
    const std::string* d = string_or_null("split", a[1]);
    if (!s || !d) return Value();
    List out;
    if (d->empty()) {
        for (char c : *s) out.emplace_back(std::string(1, c));
        return out;
    }
    std::size_t start = 0, pos;
    while ((pos = s->find(*d, start)) != std::string::npos) {
        out.emplace_back(s->substr(start, pos - start));
        start = pos + d->size();
    }
    out.emplace_back(s->substr(start));
    return out;
}

Value fn_replace(ExecContext&, Args& a) {
    const std::string* s = string_or_null("replace", a[0]);
    const std::string* from = string_or_null("replace", a[1]);
    const std::string* to = string_or_null("replace", a[2]);
    if (!s || !from || !to) return Value();
    if (from->empty()) return *s;
    std::string out;
    std::size_t start = 0, pos;
    while ((pos = s->find(*from, start)) != std::string::npos) {
        out.append(*s, start, pos - start).append(*to);
        start = pos + from->size();
    }
    return out.append(*s, start, std::string::npos);
}

// Byte offset of the code point with index cp (or the end).
std::size_t cp_offset(const std::string& s, std::int64_t cp) {
    std::size_t i = 0;
    while (i < s.size() && cp > 0) {
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
        --cp;
    }
    return i;
}

std::int64_t nonnegative(const char* fn, const Value& v) {
    if (!v.is_int()) bad_argument(fn, v);
    if (v.as_int() < 0)
        raise(ErrorKind::ArgumentError, "NegativeIntegerArgument", std::string(fn) + "() needs a non-negative length");
    return v.as_int();
}

Value fn_substring(ExecContext&, Args& a) {
    const std::string* s = string_or_null("substring", a[0]);
    if (!s) return Value();
    std::int64_t start = nonnegative("substring", a[1]);
    std::size_t b = cp_offset(*s, start);
    if (a.size() < 3) return s->substr(b);
    std::int64_t len = nonnegative("substring", a[2]);
    std::size_t e = b + cp_offset(s->substr(b), len);
    return s->substr(b, e - b);
}

Value fn_left(ExecContext&, Args& a) {
    const std::string* s = string_or_null("left", a[0]);
    if (a[1].is_null()) raise(ErrorKind::ArgumentError, "InvalidArgumentValue", "left() needs a length");
    std::int64_t n = nonnegative("left", a[1]);
    if (!s) return Value();
    return s->substr(0, cp_offset(*s, n));
}

Value fn_right(ExecContext&, Args& a) {
    const std::string* s = string_or_null("right", a[0]);
    if (a[1].is_null()) raise(ErrorKind::ArgumentError, "InvalidArgumentValue", "right() needs a length");
    std::int64_t n = nonnegative("right", a[1]);
    if (!s) return Value();
    std::int64_t len = utf8_length(*s);
    return s->substr(cp_offset(*s, std::max<std::int64_t>(0, len - n)));
}

}  // namespace

void add_text_functions(Registry& r) {
    const std::string_view conv = "Conversion", str = "String";
    r.add_function({"toString(input :: ANY) :: STRING", conv, "A number, boolean or string as a string.", fn_to_string});
    r.add_function({"toInteger(input :: ANY) :: INTEGER", conv,
           "A number, boolean or numeric string as an integer (null when a string does not hold one).",
           fn_to_integer});
    r.add_function({"toFloat(input :: ANY) :: FLOAT", conv,
           "A number or numeric string as a float (null when a string does not hold one).", fn_to_float});
    r.add_function({"toBoolean(input :: ANY) :: BOOLEAN", conv,
           "A boolean, an integer (0 is false) or the string 'true'/'false' as a boolean.", fn_to_boolean});
    r.add_function({"toLower(input :: STRING) :: STRING", str, "The string in lower case.", fn_to_lower});
    r.add_function({"toUpper(input :: STRING) :: STRING", str, "The string in upper case.", fn_to_upper});
    r.add_function({"trim(input :: STRING) :: STRING", str, "The string without leading and trailing whitespace.", fn_trim});
    r.add_function({"lTrim(input :: STRING) :: STRING", str, "The string without leading whitespace.", fn_ltrim});
    r.add_function({"rTrim(input :: STRING) :: STRING", str, "The string without trailing whitespace.", fn_rtrim});
    r.add_function({"split(input :: STRING, delimiter :: STRING) :: LIST<STRING>", str,
           "The parts of a string between occurrences of the delimiter.", fn_split});
    r.add_function({"replace(input :: STRING, search :: STRING, replace :: STRING) :: STRING", str,
           "The string with every occurrence of search replaced.", fn_replace});
    r.add_function({"substring(input :: STRING, start :: INTEGER, length = null :: INTEGER) :: STRING", str,
           "The part of a string from start (0-based, in characters), length characters long or to the end.",
           fn_substring});
    r.add_function({"left(input :: STRING, length :: INTEGER) :: STRING", str, "The first length characters of a string.",
           fn_left});
    r.add_function({"right(input :: STRING, length :: INTEGER) :: STRING", str, "The last length characters of a string.",
           fn_right});
}

}  // namespace liverkg::engine

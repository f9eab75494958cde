// The scalar function table: one entry per openCypher function, looked up by
// lower-case name at compile time.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <random>
#include <unordered_map>

#include "engine/expr.hpp"

namespace liverkg::engine {

using graph::List;
using graph::Map;
using Args = std::vector<Value>;

namespace {

[[noreturn]] void bad_argument(const char* fn, const Value& v) {
    raise(ErrorKind::TypeError, "InvalidArgumentType",
          std::string(fn) + "() does not accept a " + type_name(v));
}

void require_alive(ExecContext& ex, const Value& v) {
    if (v.is_node() && !ex.g.node_alive(v.as_node()))
        raise(ErrorKind::EntityNotFound, "DeletedEntityAccess", "the node was deleted in this statement");
    if (v.is_rel() && !ex.g.rel_alive(v.as_rel()))
        raise(ErrorKind::EntityNotFound, "DeletedEntityAccess", "the relationship was deleted in this statement");
}

// ---- graph functions

Value fn_id(ExecContext&, Args& a) {
    if (a[0].is_null()) return Value();
    if (a[0].is_node()) return static_cast<std::int64_t>(a[0].as_node());
    if (a[0].is_rel()) return static_cast<std::int64_t>(a[0].as_rel());
    bad_argument("id", a[0]);
}

Value fn_labels(ExecContext& ex, Args& a) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_node()) bad_argument("labels", a[0]);
    require_alive(ex, a[0]);
    List out;
    for (auto l : ex.g.labels(a[0].as_node())) out.emplace_back(ex.g.label_name(l));
    return out;
}

Value fn_type(ExecContext& ex, Args& a) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_rel()) bad_argument("type", a[0]);
    return ex.g.type_name(ex.g.rel_type(a[0].as_rel()));
}

Value fn_properties(ExecContext& ex, Args& a) {
    const Value& v = a[0];
    if (v.is_null()) return Value();
    if (v.is_map()) return v;
    if (!v.is_node() && !v.is_rel()) bad_argument("properties", v);
    require_alive(ex, v);
    Map out;
    const auto& props = v.is_node() ? ex.g.node_properties(v.as_node()) : ex.g.rel_properties(v.as_rel());
    for (const auto& [k, x] : props) out[ex.g.key_name(k)] = x;
    return out;
}

Value fn_keys(ExecContext& ex, Args& a) {
    Value props = fn_properties(ex, a);
    if (props.is_null()) return props;
    List out;
    for (const auto& [k, x] : props.as_map()) out.emplace_back(k);
    return out;
}

Value fn_start_node(ExecContext& ex, Args& a) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_rel()) bad_argument("startNode", a[0]);
    return graph::NodeRef{ex.g.rel_start(a[0].as_rel())};
}

Value fn_end_node(ExecContext& ex, Args& a) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_rel()) bad_argument("endNode", a[0]);
    return graph::NodeRef{ex.g.rel_end(a[0].as_rel())};
}

Value fn_nodes(ExecContext&, Args& a) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_path()) bad_argument("nodes", a[0]);
    List out;
    for (auto n : a[0].as_path().nodes) out.emplace_back(graph::NodeRef{n});
    return out;
}

Value fn_relationships(ExecContext&, Args& a) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_path()) bad_argument("relationships", a[0]);
    List out;
    for (auto r : a[0].as_path().rels) out.emplace_back(graph::RelRef{r});
    return out;
}

// Length in code points, as openCypher counts string length.
std::int64_t utf8_length(const std::string& s) {
    return static_cast<std::int64_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

Value fn_length(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null()) return v;
    // openCypher's length() measures paths only; size() measures strings and lists.
    if (v.is_path()) return static_cast<std::int64_t>(v.as_path().rels.size());
    bad_argument("length", v);
}

Value fn_size(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null()) return v;
    if (v.is_list()) return static_cast<std::int64_t>(v.as_list().size());
    if (v.is_string()) return utf8_length(v.as_string());
    if (v.is_map()) return static_cast<std::int64_t>(v.as_map().size());
    bad_argument("size", v);
}

// ---- lists

const List* list_or_null(const char* fn, const Value& v) {
    if (v.is_null()) return nullptr;
    if (!v.is_list()) bad_argument(fn, v);
    return &v.as_list();
}

Value fn_head(ExecContext&, Args& a) {
    const List* l = list_or_null("head", a[0]);
    return l && !l->empty() ? l->front() : Value();
}

Value fn_last(ExecContext&, Args& a) {
    const List* l = list_or_null("last", a[0]);
    return l && !l->empty() ? l->back() : Value();
}

Value fn_tail(ExecContext&, Args& a) {
    const List* l = list_or_null("tail", a[0]);
    if (!l) return Value();
    return l->empty() ? List{} : List(l->begin() + 1, l->end());
}

std::int64_t int_arg(const char* fn, const Value& v) {
    if (!v.is_int()) bad_argument(fn, v);
    return v.as_int();
}

std::int64_t range_arg(const Value& v) {
    if (!v.is_int())
        raise(ErrorKind::ArgumentError, "InvalidArgumentType",
              std::string("range() expects Integer arguments, got ") + type_name(v));
    return v.as_int();
}

Value fn_range(ExecContext&, Args& a) {
    std::int64_t from = range_arg(a[0]);
    std::int64_t to = range_arg(a[1]);
    std::int64_t step = a.size() > 2 ? range_arg(a[2]) : 1;
    if (step == 0) raise(ErrorKind::ArgumentError, "NumberOutOfRange", "range() step must not be zero");
    List out;
    for (std::int64_t i = from; step > 0 ? i <= to : i >= to; i += step) {
        out.emplace_back(i);
        if (out.size() > 100'000'000) raise(ErrorKind::ResourceLimit, "", "range() is too long");
    }
    return out;
}

Value fn_reverse(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null()) return v;
    if (v.is_string()) {
        // reverse by code point so multi-byte characters stay intact
        const std::string& s = v.as_string();
        std::string out;
        std::size_t i = s.size();
        while (i > 0) {
            std::size_t j = i - 1;
            while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
            out.append(s, j, i - j);
            i = j;
        }
        return out;
    }
    if (v.is_list()) return List(v.as_list().rbegin(), v.as_list().rend());
    bad_argument("reverse", v);
}

Value fn_coalesce(ExecContext&, Args& a) {
    for (const Value& v : a)
        if (!v.is_null()) return v;
    return Value();
}

// ---- conversion

Value fn_to_string(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null() || v.is_string()) return v;
    if (v.is_number() || v.is_bool()) return to_cypher_string(v);
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

Value fn_to_integer(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null() || v.is_int()) return v;
    if (v.is_float()) {
        double d = v.as_float();
        if (std::isnan(d) || d >= 9.3e18 || d <= -9.3e18) return Value();
        return static_cast<std::int64_t>(d);
    }
    if (v.is_bool()) return static_cast<std::int64_t>(v.as_bool() ? 1 : 0);
    if (v.is_string()) {
        const std::string& s = v.as_string();
        std::int64_t i = 0;
        auto res = std::from_chars(s.data(), s.data() + s.size(), i);
        if (res.ec == std::errc() && res.ptr == s.data() + s.size()) return i;
        auto d = parse_double(s);
        if (!d || std::isnan(*d) || *d >= 9.3e18 || *d <= -9.3e18) return Value();
        return static_cast<std::int64_t>(*d);
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

// ---- numbers

double num_arg(const char* fn, const Value& v) {
    if (!v.is_number()) bad_argument(fn, v);
    return v.as_number();
}

template <double (*F)(double)>
Value math1(ExecContext&, Args& a) {
    if (a[0].is_null()) return Value();
    return F(num_arg("math", a[0]));
}

double log_fn(double x) { return std::log(x); }
double log10_fn(double x) { return std::log10(x); }
double exp_fn(double x) { return std::exp(x); }
double sqrt_fn(double x) { return std::sqrt(x); }
double sin_fn(double x) { return std::sin(x); }
double cos_fn(double x) { return std::cos(x); }
double tan_fn(double x) { return std::tan(x); }
double asin_fn(double x) { return std::asin(x); }
double acos_fn(double x) { return std::acos(x); }
double atan_fn(double x) { return std::atan(x); }
double degrees_fn(double x) { return x * 180.0 / M_PI; }
double radians_fn(double x) { return x * M_PI / 180.0; }

Value fn_abs(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null()) return v;
    if (v.is_int()) {
        if (v.as_int() == std::numeric_limits<std::int64_t>::min())
            raise(ErrorKind::ArgumentError, "NumberOutOfRange", "integer overflow in abs()");
        return v.as_int() < 0 ? -v.as_int() : v.as_int();
    }
    return std::fabs(num_arg("abs", v));
}

Value fn_ceil(ExecContext&, Args& a) { return a[0].is_null() ? Value() : Value(std::ceil(num_arg("ceil", a[0]))); }
Value fn_floor(ExecContext&, Args& a) { return a[0].is_null() ? Value() : Value(std::floor(num_arg("floor", a[0]))); }

Value fn_round(ExecContext&, Args& a) {
    if (a[0].is_null()) return Value();
    double x = num_arg("round", a[0]);
    if (a.size() == 1) return std::floor(x + 0.5);
    double p = std::pow(10.0, static_cast<double>(int_arg("round", a[1])));
    return std::round(x * p) / p;
}

Value fn_sign(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null()) return v;
    double x = num_arg("sign", v);
    return static_cast<std::int64_t>((x > 0) - (x < 0));
}

Value fn_atan2(ExecContext&, Args& a) {
    if (a[0].is_null() || a[1].is_null()) return Value();
    return std::atan2(num_arg("atan2", a[0]), num_arg("atan2", a[1]));
}

Value fn_pi(ExecContext&, Args&) { return M_PI; }
Value fn_e(ExecContext&, Args&) { return M_E; }

Value fn_rand(ExecContext&, Args&) {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

const std::unordered_map<std::string, FunctionInfo>& table() {
    static const std::unordered_map<std::string, FunctionInfo> t = {
        {"id", {1, 1, fn_id}},
        {"labels", {1, 1, fn_labels}},
        {"type", {1, 1, fn_type}},
        {"properties", {1, 1, fn_properties}},
        {"keys", {1, 1, fn_keys}},
        {"startnode", {1, 1, fn_start_node}},
        {"endnode", {1, 1, fn_end_node}},
        {"nodes", {1, 1, fn_nodes}},
        {"relationships", {1, 1, fn_relationships}},
        {"length", {1, 1, fn_length}},
        {"size", {1, 1, fn_size}},
        {"head", {1, 1, fn_head}},
        {"last", {1, 1, fn_last}},
        {"tail", {1, 1, fn_tail}},
        {"range", {2, 3, fn_range}},
        {"reverse", {1, 1, fn_reverse}},
        {"coalesce", {1, 64, fn_coalesce}},
        {"tostring", {1, 1, fn_to_string}},
        {"tointeger", {1, 1, fn_to_integer}},
        {"tofloat", {1, 1, fn_to_float}},
        {"toboolean", {1, 1, fn_to_boolean}},
        {"tolower", {1, 1, fn_to_lower}},
        {"toupper", {1, 1, fn_to_upper}},
        {"trim", {1, 1, fn_trim}},
        {"ltrim", {1, 1, fn_ltrim}},
        {"rtrim", {1, 1, fn_rtrim}},
        {"split", {2, 2, fn_split}},
        {"replace", {3, 3, fn_replace}},
        {"substring", {2, 3, fn_substring}},
        {"left", {2, 2, fn_left}},
        {"right", {2, 2, fn_right}},
        {"abs", {1, 1, fn_abs}},
        {"ceil", {1, 1, fn_ceil}},
        {"floor", {1, 1, fn_floor}},
        {"round", {1, 2, fn_round}},
        {"sign", {1, 1, fn_sign}},
        {"sqrt", {1, 1, math1<sqrt_fn>}},
        {"exp", {1, 1, math1<exp_fn>}},
        {"log", {1, 1, math1<log_fn>}},
        {"log10", {1, 1, math1<log10_fn>}},
        {"sin", {1, 1, math1<sin_fn>}},
        {"cos", {1, 1, math1<cos_fn>}},
        {"tan", {1, 1, math1<tan_fn>}},
        {"asin", {1, 1, math1<asin_fn>}},
        {"acos", {1, 1, math1<acos_fn>}},
        {"atan", {1, 1, math1<atan_fn>}},
        {"atan2", {2, 2, fn_atan2}},
        {"degrees", {1, 1, math1<degrees_fn>}},
        {"radians", {1, 1, math1<radians_fn>}},
        {"pi", {0, 0, fn_pi}},
        {"e", {0, 0, fn_e}},
        {"rand", {0, 0, fn_rand}},
    };
    return t;
}

}  // namespace

const FunctionInfo* find_function(const std::string& lower_name) {
    auto it = table().find(lower_name);
    return it == table().end() ? nullptr : &it->second;
}

std::vector<std::string> function_names() {
    std::vector<std::string> out;
    for (const auto& [k, v] : table()) out.push_back(k);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace liverkg::engine

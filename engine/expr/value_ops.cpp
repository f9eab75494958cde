#include "engine/expr/value_ops.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>

#include "base/error.hpp"
#include "engine/temporal/temporal_ops.hpp"

namespace liverkg::engine {

using graph::List;
using graph::Map;
using graph::ValueType;

Tri tri_not(Tri t) {
    if (t == Tri::Null) return Tri::Null;
    return t == Tri::True ? Tri::False : Tri::True;
}

Tri tri_and(Tri a, Tri b) {
    if (a == Tri::False || b == Tri::False) return Tri::False;
    if (a == Tri::Null || b == Tri::Null) return Tri::Null;
    return Tri::True;
}

Tri tri_or(Tri a, Tri b) {
    if (a == Tri::True || b == Tri::True) return Tri::True;
    if (a == Tri::Null || b == Tri::Null) return Tri::Null;
    return Tri::False;
}

Tri tri_xor(Tri a, Tri b) {
    if (a == Tri::Null || b == Tri::Null) return Tri::Null;
    return tri_of(a != b);
}

const char* type_name(const Value& v) { return graph::value_name(v); }

namespace {

// Compares two numbers exactly where both are integers, as doubles otherwise.
// Precondition: neither is NaN.
int number_compare(const Value& a, const Value& b) {
    if (a.is_int() && b.is_int()) return a.as_int() < b.as_int() ? -1 : (a.as_int() > b.as_int() ? 1 : 0);
    double x = a.as_number();
    double y = b.as_number();
    return x < y ? -1 : (x > y ? 1 : 0);
}

bool is_nan(const Value& v) { return v.is_float() && std::isnan(v.as_float()); }

// `=` on lists and maps: any false element decides; otherwise any null makes it null.
class EqualityFold {
public:
    // False when the answer is already known to be false.
    bool add(const Value& x, const Value& y) {
        Tri t = equals(x, y);
        if (t == Tri::Null) saw_null_ = true;
        return t != Tri::False;
    }
    Tri result() const { return saw_null_ ? Tri::Null : Tri::True; }

private:
    bool saw_null_ = false;
};

Tri list_equals(const List& a, const List& b) {
    if (a.size() != b.size()) return Tri::False;
    EqualityFold fold;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!fold.add(a[i], b[i])) return Tri::False;
    return fold.result();
}

Tri map_equals(const Map& a, const Map& b) {
    if (a.size() != b.size()) return Tri::False;
    EqualityFold fold;
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j)
        if (i->first != j->first || !fold.add(i->second, j->second)) return Tri::False;
    return fold.result();
}

int rank_for_order(const Value& v) {
    switch (v.type()) {
    case ValueType::Map: return 0;
    case ValueType::Node: return 1;
    case ValueType::Rel: return 2;
    case ValueType::List: return 3;
    case ValueType::Path: return 4;
    case ValueType::Temporal: return 5;
    case ValueType::String: return 6;
    case ValueType::Bool: return 7;
    case ValueType::Int:
    case ValueType::Float: return 8;
    case ValueType::Null: return 9;
    }
    return 10;
}

template <typename T>
int three_way(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

int list_order(const List& a, const List& b) {
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        if (int c = order_compare(a[i], b[i])) return c;
    return three_way(a.size(), b.size());
}

int map_order(const Map& a, const Map& b) {
    auto i = a.begin();
    auto j = b.begin();
    for (; i != a.end() && j != b.end(); ++i, ++j) {
        if (int c = three_way(i->first, j->first)) return c;
        if (int c = order_compare(i->second, j->second)) return c;
    }
    return three_way(a.size(), b.size());
}

Tri list_less(const List& a, const List& b, ast::Op op) {
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        Tri e = equals(a[i], b[i]);
        if (e == Tri::True) continue;
        if (e == Tri::Null) return Tri::Null;
        return compare_op(op, a[i], b[i]);
    }
    int c = three_way(a.size(), b.size());
    switch (op) {
    case ast::Op::Lt: return tri_of(c < 0);
    case ast::Op::Le: return tri_of(c <= 0);
    case ast::Op::Gt: return tri_of(c > 0);
    default: return tri_of(c >= 0);
    }
}

}  // namespace

Tri equals(const Value& a, const Value& b) {
    if (a.is_null() || b.is_null()) return Tri::Null;
    if (a.is_number() && b.is_number()) {
        if (is_nan(a) || is_nan(b)) return Tri::False;
        return tri_of(number_compare(a, b) == 0);
    }
    if (a.type() != b.type()) return Tri::False;
    switch (a.type()) {
    case ValueType::Bool: return tri_of(a.as_bool() == b.as_bool());
    case ValueType::String: return tri_of(a.as_string() == b.as_string());
    case ValueType::List: return list_equals(a.as_list(), b.as_list());
    case ValueType::Map: return map_equals(a.as_map(), b.as_map());
    case ValueType::Node: return tri_of(a.as_node() == b.as_node());
    case ValueType::Rel: return tri_of(a.as_rel() == b.as_rel());
    case ValueType::Path:
        return tri_of(a.as_path().nodes == b.as_path().nodes && a.as_path().rels == b.as_path().rels);
    case ValueType::Temporal: return tri_of(temporal::equal(a.as_temporal(), b.as_temporal()));
    default: return Tri::False;
    }
}

Tri compare_op(ast::Op op, const Value& a, const Value& b) {
    if (op == ast::Op::Eq) return equals(a, b);
    if (op == ast::Op::Neq) return tri_not(equals(a, b));
    if (a.is_null() || b.is_null()) return Tri::Null;
    int c = 0;
    if (a.is_number() && b.is_number()) {
        if (is_nan(a) || is_nan(b)) return Tri::False;
        c = number_compare(a, b);
    } else if (a.type() != b.type()) {
        return Tri::Null;
    } else if (a.is_string()) {
        c = a.as_string().compare(b.as_string());
    } else if (a.is_bool()) {
        c = three_way(a.as_bool(), b.as_bool());
    } else if (a.is_list()) {
        return list_less(a.as_list(), b.as_list(), op);
    } else if (a.is_temporal()) {
        auto cmp = temporal::compare(a.as_temporal(), b.as_temporal());
        if (!cmp) return Tri::Null;
        c = *cmp;
    } else {
        return Tri::Null;
    }
    switch (op) {
    case ast::Op::Lt: return tri_of(c < 0);
    case ast::Op::Le: return tri_of(c <= 0);
    case ast::Op::Gt: return tri_of(c > 0);
    case ast::Op::Ge: return tri_of(c >= 0);
    default: return Tri::Null;
    }
}

int order_compare(const Value& a, const Value& b) {
    int ra = rank_for_order(a);
    int rb = rank_for_order(b);
    if (ra != rb) return three_way(ra, rb);
    switch (a.type()) {
    case ValueType::Null: return 0;
    case ValueType::Int:
    case ValueType::Float:
        if (is_nan(a) || is_nan(b)) return three_way(is_nan(a), is_nan(b));
        if (int c = number_compare(a, b)) return c;
        return three_way(a.is_float(), b.is_float());
    case ValueType::Bool: return three_way(a.as_bool(), b.as_bool());
    case ValueType::String: {
        int c = a.as_string().compare(b.as_string());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case ValueType::List: return list_order(a.as_list(), b.as_list());
    case ValueType::Map: return map_order(a.as_map(), b.as_map());
    case ValueType::Node: return three_way(a.as_node(), b.as_node());
    case ValueType::Rel: return three_way(a.as_rel(), b.as_rel());
    case ValueType::Path: {
        const auto& x = a.as_path();
        const auto& y = b.as_path();
        if (int c = three_way(x.rels.size(), y.rels.size())) return c;
        if (int c = three_way(x.nodes, y.nodes)) return c;
        return three_way(x.rels, y.rels);
    }
    case ValueType::Temporal: return temporal::order(a.as_temporal(), b.as_temporal());
    }
    return 0;
}

bool equivalent(const Value& a, const Value& b) {
    if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
    if (a.is_number() && b.is_number()) {
        if (is_nan(a) || is_nan(b)) return is_nan(a) && is_nan(b);
        return number_compare(a, b) == 0;
    }
    if (a.type() != b.type()) return false;
    if (a.is_list()) {
        const List& x = a.as_list();
        const List& y = b.as_list();
        if (x.size() != y.size()) return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (!equivalent(x[i], y[i])) return false;
        return true;
    }
    if (a.is_map()) {
        const Map& x = a.as_map();
        const Map& y = b.as_map();
        if (x.size() != y.size()) return false;
        for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j)
            if (i->first != j->first || !equivalent(i->second, j->second)) return false;
        return true;
    }
    return equals(a, b) == Tri::True;
}

std::size_t equivalence_hash(const Value& v) {
    auto mix = [](std::size_t h, std::size_t x) { return h ^ (x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)); };
    switch (v.type()) {
    case ValueType::Null: return 0x51;
    case ValueType::Bool: return v.as_bool() ? 0x71 : 0x70;
    case ValueType::Int:
    case ValueType::Float: {
        if (is_nan(v)) return 0x7ff8;
        if (v.is_int() && (v.as_int() > (1LL << 53) || v.as_int() < -(1LL << 53)))
            return std::hash<std::int64_t>{}(v.as_int());
        double d = v.as_number();
        if (d == 0) d = 0;   // -0.0 ~ 0.0
        return std::hash<double>{}(d);
    }
    case ValueType::String: return std::hash<std::string>{}(v.as_string());
    case ValueType::List: {
        std::size_t h = 0x11;
        for (const Value& x : v.as_list()) h = mix(h, equivalence_hash(x));
        return h;
    }
    case ValueType::Map: {
        std::size_t h = 0x22;
        for (const auto& [k, x] : v.as_map()) h = mix(mix(h, std::hash<std::string>{}(k)), equivalence_hash(x));
        return h;
    }
    case ValueType::Node: return mix(0x33, v.as_node());
    case ValueType::Rel: return mix(0x44, v.as_rel());
    case ValueType::Path: {
        std::size_t h = 0x55;
        for (auto n : v.as_path().nodes) h = mix(h, n);
        for (auto r : v.as_path().rels) h = mix(h, r);
        return h;
    }
    case ValueType::Temporal: return temporal::hash(v.as_temporal());
    }
    return 0;
}

namespace {

[[noreturn]] void arithmetic_type_error(ast::Op op, const Value& a, const Value& b) {
    static const char* names[] = {"", "OR", "XOR", "AND", "NOT", "=", "<>", "<", "<=", ">", ">=",
                                  "STARTS WITH", "ENDS WITH", "CONTAINS", "=~", "IN",
                                  "+", "-", "*", "/", "%", "^", "-", "+"};
    raise(ErrorKind::TypeError, "InvalidArgumentType",
          std::string("cannot apply '") + names[static_cast<int>(op)] + "' to " + type_name(a) + " and " +
              type_name(b));
}

[[noreturn]] void overflow() {
    raise(ErrorKind::ArgumentError, "NumberOutOfRange", "integer overflow");
}

Value int_arithmetic(ast::Op op, std::int64_t x, std::int64_t y) {
    std::int64_t r = 0;
    switch (op) {
    case ast::Op::Add: if (__builtin_add_overflow(x, y, &r)) overflow(); return r;
    case ast::Op::Sub: if (__builtin_sub_overflow(x, y, &r)) overflow(); return r;
    case ast::Op::Mul: if (__builtin_mul_overflow(x, y, &r)) overflow(); return r;
    case ast::Op::Div:
        if (y == 0) raise(ErrorKind::ArgumentError, "DivisionByZero", "integer division by zero");
        if (x == std::numeric_limits<std::int64_t>::min() && y == -1) overflow();
        return x / y;
    case ast::Op::Mod:
        if (y == 0) raise(ErrorKind::ArgumentError, "DivisionByZero", "integer modulo by zero");
        if (y == -1) return std::int64_t{0};
        return x % y;
    case ast::Op::Pow: return std::pow(static_cast<double>(x), static_cast<double>(y));
    default: return Value();
    }
}

Value float_arithmetic(ast::Op op, double x, double y) {
    switch (op) {
    case ast::Op::Add: return x + y;
    case ast::Op::Sub: return x - y;
    case ast::Op::Mul: return x * y;
    case ast::Op::Div: return x / y;
    case ast::Op::Mod: return std::fmod(x, y);
    case ast::Op::Pow: return std::pow(x, y);
    default: return Value();
    }
}

Value concat_lists(const Value& a, const Value& b) {
    List out;
    if (a.is_list()) out = a.as_list(); else out.push_back(a);
    if (b.is_list()) out.insert(out.end(), b.as_list().begin(), b.as_list().end()); else out.push_back(b);
    return out;
}

}  // namespace

Value arithmetic(ast::Op op, const Value& a, const Value& b) {
    if (op == ast::Op::Add && (a.is_list() || b.is_list())) return concat_lists(a, b);
    if (a.is_null() || b.is_null()) return Value();
    if (a.is_temporal() || b.is_temporal()) {
        if (auto r = temporal::arithmetic(op, a, b)) return *r;
        arithmetic_type_error(op, a, b);
    }
    if (a.is_int() && b.is_int()) return int_arithmetic(op, a.as_int(), b.as_int());
    if (a.is_number() && b.is_number()) return float_arithmetic(op, a.as_number(), b.as_number());
    if (op == ast::Op::Add && (a.is_string() || b.is_string())) {
        bool ok = (a.is_string() || a.is_number()) && (b.is_string() || b.is_number());
        if (ok) return to_cypher_string(a) + to_cypher_string(b);
    }
    arithmetic_type_error(op, a, b);
}

namespace {

// Nesting depth of v, counted no further than `limit`.
int nesting(const Value& v, int limit) {
    if (limit <= 0) return 0;
    int deepest = 0;
    if (v.is_list()) {
        for (const Value& x : v.as_list())
            if (x.is_list() || x.is_map()) deepest = std::max(deepest, nesting(x, limit - 1));
    } else if (v.is_map()) {
        for (const auto& [k, x] : v.as_map())
            if (x.is_list() || x.is_map()) deepest = std::max(deepest, nesting(x, limit - 1));
    } else {
        return 0;
    }
    return 1 + deepest;
}

}  // namespace

void check_nesting(const Value& element) {
    if ((element.is_list() || element.is_map()) && nesting(element, kMaxValueNesting) >= kMaxValueNesting)
        raise(ErrorKind::ResourceLimit, "",
              "lists and maps may nest at most " + std::to_string(kMaxValueNesting) + " levels deep");
}

std::string float_text(double d) {
    if (std::isnan(d)) return "NaN";
    if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d);
    std::string s(buf, res.ptr);
    if (s.find_first_of(".e") == std::string::npos) s += ".0";
    return s;
}

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

namespace {

std::string nested_text(const Value& v) { return v.is_string() ? quoted(v.as_string()) : to_cypher_string(v); }

}  // namespace

std::string to_cypher_string(const Value& v) {
    switch (v.type()) {
    case ValueType::Null: return "null";
    case ValueType::Bool: return v.as_bool() ? "true" : "false";
    case ValueType::Int: return std::to_string(v.as_int());
    case ValueType::Float: return float_text(v.as_float());
    case ValueType::String: return v.as_string();
    case ValueType::List: {
        std::string s = "[";
        for (std::size_t i = 0; i < v.as_list().size(); ++i)
            s += (i ? ", " : "") + nested_text(v.as_list()[i]);
        return s + "]";
    }
    case ValueType::Map: {
        std::string s = "{";
        bool first = true;
        for (const auto& [k, x] : v.as_map()) {
            s += (first ? "" : ", ") + k + ": " + nested_text(x);
            first = false;
        }
        return s + "}";
    }
    case ValueType::Node: return "node(" + std::to_string(v.as_node()) + ")";
    case ValueType::Rel: return "relationship(" + std::to_string(v.as_rel()) + ")";
    case ValueType::Path: return "path(length " + std::to_string(v.as_path().rels.size()) + ")";
    case ValueType::Temporal: return graph::temporal_text(v.as_temporal());
    }
    return "";
}

}  // namespace liverkg::engine

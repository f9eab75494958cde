#pragma once
// openCypher semantics on values: three-valued equality and comparison, the
// total order used by ORDER BY, equivalence and hashing for DISTINCT and
// grouping, arithmetic. The store's Value type knows none of this.
#include <cstddef>
#include <optional>
#include <string>

#include "graph/graph.hpp"
#include "graph/value.hpp"
#include "parser/ast.hpp"

namespace liverkg::engine {

using graph::Value;

// Ternary truth value: the result of `=`, `<`, AND, OR... on possibly-null input.
enum class Tri : unsigned char { False, True, Null };

inline Tri tri_of(bool b) { return b ? Tri::True : Tri::False; }
inline Value value_of(Tri t) { return t == Tri::Null ? Value() : Value(t == Tri::True); }
Tri tri_not(Tri t);
Tri tri_and(Tri a, Tri b);
Tri tri_or(Tri a, Tri b);
Tri tri_xor(Tri a, Tri b);

// `a = b`: null when either side is null (or a list holds a null that decides the answer).
Tri equals(const Value& a, const Value& b);
// `a < b` etc.: null when the two values are not comparable (different types, null, NaN...).
Tri compare_op(ast::Op op, const Value& a, const Value& b);

// The total order of ORDER BY (openCypher orderability): maps < nodes < relationships
// < lists < paths < strings < booleans < numbers < null; NaN after every other number.
int order_compare(const Value& a, const Value& b);

// Equivalence (DISTINCT, grouping, IN of lists): like `=` but null ~ null and NaN ~ NaN.
bool equivalent(const Value& a, const Value& b);
std::size_t equivalence_hash(const Value& v);

struct ValueHash {
    std::size_t operator()(const Value& v) const { return equivalence_hash(v); }
};
struct ValueEquiv {
    bool operator()(const Value& a, const Value& b) const { return equivalent(a, b); }
};

// Arithmetic (+ - * / % ^) with openCypher's typing; throws TypeError/ArgumentError.
Value arithmetic(ast::Op op, const Value& a, const Value& b);

// A float as openCypher prints it: shortest round-trip digits, always with '.' or an
// exponent ("1.0", "1e+300"), and NaN / Infinity / -Infinity.
std::string float_text(double d);
// A string in single quotes with ' and \ escaped, as nested strings print.
std::string quoted(const std::string& s);

// Lists and maps nest at most this deep: deeper values (which only an iteration such as
// reduce(acc = [], x IN l | [acc]) can build) would overflow the stack when printed or freed.
constexpr int kMaxValueNesting = 1000;
// Throws ResourceLimit when an element of a new list or map is nested kMaxValueNesting deep.
void check_nesting(const Value& element);

// Human-readable rendering used by toString() and error messages.
std::string to_cypher_string(const Value& v);

// Type name for error messages ("Integer", "Node"...).
const char* type_name(const Value& v);

}  // namespace liverkg::engine

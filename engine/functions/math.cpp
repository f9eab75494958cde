// Numeric functions.
#include <cmath>
#include <limits>
#include <random>

#include "engine/functions/functions.hpp"

namespace liverkg::engine {

namespace {

std::int64_t int_arg(const char* fn, const Value& v) {
    if (!v.is_int()) bad_argument(fn, v);
    return v.as_int();
}

double num_arg(const char* fn, const Value& v) {
    if (!v.is_number()) bad_argument(fn, v);
    return v.as_number();
}

// A one-argument numeric function whose errors name it.
FunctionImpl math1(const char* name, double (*f)(double)) {
    return [name, f](ExecContext&, Args& a) -> Value {
        if (a[0].is_null()) return Value();
        return f(num_arg(name, a[0]));
    };
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

}  // namespace

void add_math_functions(Registry& r) {
    const std::string_view num = "Numeric", log = "Logarithmic", trig = "Trigonometric";
    r.add_function({"abs(input :: INTEGER | FLOAT) :: INTEGER | FLOAT", num, "The absolute value of a number.", fn_abs});
    r.add_function({"ceil(input :: FLOAT) :: FLOAT", num, "The smallest whole number not below the input.", fn_ceil});
    r.add_function({"floor(input :: FLOAT) :: FLOAT", num, "The largest whole number not above the input.", fn_floor});
    r.add_function({"round(input :: FLOAT, precision = 0 :: INTEGER) :: FLOAT", num,
           "The number rounded half up, to precision decimal places.", fn_round});
    r.add_function({"sign(input :: INTEGER | FLOAT) :: INTEGER", num, "-1, 0 or 1 as the number is negative, zero or positive.",
           fn_sign});
    r.add_function({"rand() :: FLOAT", num, "A random float in [0, 1).", fn_rand, nullptr, false});
    r.add_function({"sqrt(input :: FLOAT) :: FLOAT", log, "The square root of a number.", math1("sqrt", sqrt_fn)});
    r.add_function({"exp(input :: FLOAT) :: FLOAT", log, "e raised to the power of the input.", math1("exp", exp_fn)});
    r.add_function({"log(input :: FLOAT) :: FLOAT", log, "The natural logarithm of a number.", math1("log", log_fn)});
    r.add_function({"log10(input :: FLOAT) :: FLOAT", log, "The base-10 logarithm of a number.", math1("log10", log10_fn)});
    r.add_function({"e() :: FLOAT", log, "Euler's number, the base of the natural logarithm.", fn_e});
    r.add_function({"sin(input :: FLOAT) :: FLOAT", trig, "The sine of an angle in radians.", math1("sin", sin_fn)});
    r.add_function({"cos(input :: FLOAT) :: FLOAT", trig, "The cosine of an angle in radians.", math1("cos", cos_fn)});
    r.add_function({"tan(input :: FLOAT) :: FLOAT", trig, "The tangent of an angle in radians.", math1("tan", tan_fn)});
    r.add_function({"asin(input :: FLOAT) :: FLOAT", trig, "The arcsine of a number, in radians.", math1("asin", asin_fn)});
    r.add_function({"acos(input :: FLOAT) :: FLOAT", trig, "The arccosine of a number, in radians.", math1("acos", acos_fn)});
    r.add_function({"atan(input :: FLOAT) :: FLOAT", trig, "The arctangent of a number, in radians.", math1("atan", atan_fn)});
    r.add_function({"atan2(y :: FLOAT, x :: FLOAT) :: FLOAT", trig, "The angle in radians of the point (x, y).", fn_atan2});
    r.add_function({"degrees(input :: FLOAT) :: FLOAT", trig, "Radians converted to degrees.", math1("degrees", degrees_fn)});
    r.add_function({"radians(input :: FLOAT) :: FLOAT", trig, "Degrees converted to radians.", math1("radians", radians_fn)});
    r.add_function({"pi() :: FLOAT", trig, "The mathematical constant pi.", fn_pi});
}

}  // namespace liverkg::engine

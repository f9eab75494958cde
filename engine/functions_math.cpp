// Numeric functions.
#include <cmath>
#include <limits>
#include <random>

#include "engine/functions.hpp"

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

}  // namespace

void add_math_functions(FunctionTable& t) {
    t.insert({
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
    });
}

}  // namespace liverkg::engine

#pragma once
// Builds a duration from parts that may be fractional ("P2.5W", {minutes: 1.5}): whole
// parts add exactly; a fraction cascades down into the smaller units the way openCypher
// specifies (a month is 30.436875 days, a day 86,400 seconds).
#include <cstdint>
#include <optional>

#include "graph/temporal/temporal.hpp"

namespace liverkg::graph {

class DurationParts {
public:
    enum Unit { Months, Days, Seconds, Nanos };
    // Adds value * factor of a unit (hours are Seconds with factor 3600).
    void add(long double value, bool fractional, std::int64_t factor, Unit unit) {
        if (fractional) fractional_ = true;
        approx_[unit] += static_cast<double>(value) * static_cast<double>(factor);
        if (fractional) return;
        std::int64_t product = 0;
        if (!fits_exactly(value) ||
            __builtin_mul_overflow(static_cast<std::int64_t>(value), factor, &product) ||
            __builtin_add_overflow(exact_[unit], product, &exact_[unit]))
            overflow_ = true;
    }
    void add_months(std::int64_t v) { add(static_cast<long double>(v), false, 1, Months); }
    void add_days(std::int64_t v) { add(static_cast<long double>(v), false, 1, Days); }
    void add_nanos(std::int64_t v) { add(static_cast<long double>(v), false, 1, Nanos); }

    // nullopt when a part does not fit in 64 bits.
    std::optional<Temporal> build() const {
        if (overflow_) return std::nullopt;
        if (!fractional_) return make_duration(exact_[Months], exact_[Days], exact_[Seconds], exact_[Nanos]);
        return approximate(approx_[Months], approx_[Days], approx_[Seconds], approx_[Nanos]);
    }

    // Whole units of each part, the fraction of each handed to the next smaller one; nullopt
    // when a part does not fit in 64 bits.
    static std::optional<Temporal> approximate(double months, double days, double seconds, double nanos) {
        constexpr double kDaysPerMonth = 365.2425 / 12;
        if (!fits(months)) return std::nullopt;
        std::int64_t m = static_cast<std::int64_t>(months);
        days += kDaysPerMonth * (months - static_cast<double>(m));
        if (!fits(days)) return std::nullopt;
        std::int64_t d = static_cast<std::int64_t>(days);
        seconds += static_cast<double>(kSecondsPerDay) * (days - static_cast<double>(d));
        if (!fits(seconds)) return std::nullopt;
        std::int64_t s = static_cast<std::int64_t>(seconds);
        nanos += static_cast<double>(kNanosPerSecond) * (seconds - static_cast<double>(s));
        if (!fits(nanos)) return std::nullopt;
        return make_duration(m, d, s, static_cast<std::int64_t>(nanos));
    }

private:
    // Whether a double converts to a 64-bit integer (false for NaN and infinities too).
    static bool fits(double v) { return v > -9.2e18 && v < 9.2e18; }
    // A whole part is exact in a long double up to 2^64, so the whole 64-bit range is kept: a
    // duration printed with 9.22e18 days must read back (the fuzz target found one that did not).
    static bool fits_exactly(long double v) { return v >= -0x1p63L && v < 0x1p63L; }

    bool overflow_ = false;
    bool fractional_ = false;
    std::int64_t exact_[4] = {0, 0, 0, 0};
    double approx_[4] = {0, 0, 0, 0};
};

}  // namespace liverkg::graph

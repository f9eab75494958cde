#pragma once
// Builds a duration from parts that may be fractional ("P2.5W", {minutes: 1.5}): whole
// parts add exactly; a fraction cascades down into the smaller units the way openCypher
// specifies (a month is 30.436875 days, a day 86,400 seconds).
#include <cstdint>

#include "graph/temporal/temporal.hpp"

namespace liverkg::graph {

class DurationParts {
public:
    enum Unit { Months, Days, Seconds, Nanos };
    // Adds value * factor of a unit (hours are Seconds with factor 3600).
    void add(long double value, bool fractional, std::int64_t factor, Unit unit) {
        if (fractional) fractional_ = true;
        approx_[unit] += static_cast<double>(value) * static_cast<double>(factor);
        if (!fractional) exact_[unit] += static_cast<std::int64_t>(value) * factor;
    }
    void add_months(std::int64_t v) { add(static_cast<long double>(v), false, 1, Months); }
    void add_days(std::int64_t v) { add(static_cast<long double>(v), false, 1, Days); }
    void add_nanos(std::int64_t v) { add(static_cast<long double>(v), false, 1, Nanos); }

    Temporal build() const {
        if (!fractional_) return make_duration(exact_[Months], exact_[Days], exact_[Seconds], exact_[Nanos]);
        return approximate(approx_[Months], approx_[Days], approx_[Seconds], approx_[Nanos]);
    }

    // Whole units of each part, the fraction of each handed to the next smaller one.
    static Temporal approximate(double months, double days, double seconds, double nanos) {
        constexpr double kDaysPerMonth = 365.2425 / 12;
        auto whole = [](double v) { return static_cast<std::int64_t>(v); };
        std::int64_t m = whole(months);
        days += kDaysPerMonth * (months - static_cast<double>(m));
        std::int64_t d = whole(days);
        seconds += static_cast<double>(kSecondsPerDay) * (days - static_cast<double>(d));
        std::int64_t s = whole(seconds);
        nanos += static_cast<double>(kNanosPerSecond) * (seconds - static_cast<double>(s));
        return make_duration(m, d, s, whole(nanos));
    }

private:
    bool fractional_ = false;
    std::int64_t exact_[4] = {0, 0, 0, 0};
    double approx_[4] = {0, 0, 0, 0};
};

}  // namespace liverkg::graph

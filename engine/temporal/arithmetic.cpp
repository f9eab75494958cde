// Arithmetic on temporal values: a temporal value plus or minus a duration, durations
// added, scaled and divided, and the duration between two temporal values.
#include <cmath>

#include "base/error.hpp"
#include "engine/temporal/temporal_ops.hpp"
#include "graph/temporal/duration_parts.hpp"

namespace liverkg::engine::temporal {

namespace {

using graph::kNanosPerDay;
using graph::kNanosPerSecond;
using graph::kSecondsPerDay;

[[noreturn]] void overflow() { raise(ErrorKind::ArgumentError, "NumberOutOfRange", "temporal arithmetic overflows"); }

std::int64_t checked_add(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (__builtin_add_overflow(a, b, &r)) overflow();
    return r;
}

std::int64_t checked_mul(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (__builtin_mul_overflow(a, b, &r)) overflow();
    return r;
}

Temporal negated(const Temporal& d) {
    if (d.months == INT64_MIN || d.days == INT64_MIN || d.seconds == INT64_MIN) overflow();
    return graph::make_duration(-d.months, -d.days, -d.seconds, -d.nanos);
}

// A wall clock (days, nanos of day) moved by seconds and nanoseconds, carrying whole days.
void add_clock(std::int64_t& days, std::int64_t& nanos, std::int64_t seconds, std::int64_t extra_nanos) {
    __int128 total = static_cast<__int128>(nanos) + static_cast<__int128>(seconds) * kNanosPerSecond + extra_nanos;
    __int128 day_shift = total / kNanosPerDay;
    __int128 rest = total % kNanosPerDay;
    if (rest < 0) {
        rest += kNanosPerDay;
        --day_shift;
    }
    days = checked_add(days, static_cast<std::int64_t>(day_shift));
    nanos = static_cast<std::int64_t>(rest);
}

// Dates stay within a billion years either side, as far as the calendar arithmetic is exact.
constexpr std::int64_t kMaxMonths = 12LL * 2'000'000'000;
constexpr std::int64_t kMaxDays = 400LL * 2'000'000'000;

std::int64_t checked_date(std::int64_t days) {
    if (days > kMaxDays || days < -kMaxDays) overflow();
    return days;
}

std::int64_t moved_date(std::int64_t days, std::int64_t months, std::int64_t extra_days) {
    if (months > kMaxMonths || months < -kMaxMonths) overflow();
    return checked_date(checked_add(graph::add_months(days, months), checked_date(extra_days)));
}

Temporal plus(const Temporal& t, const Temporal& d) {
    switch (t.kind) {
    case TemporalKind::Date: {
        // A date moves by months, days, and the whole days of the seconds.
        std::int64_t days = moved_date(t.days, d.months, d.days);
        return graph::make_date(checked_date(checked_add(days, d.seconds / kSecondsPerDay)));
    }
    case TemporalKind::LocalTime:
    case TemporalKind::Time: {
        std::int64_t days = 0, nanos = t.nanos;
        add_clock(days, nanos, d.seconds % kSecondsPerDay, d.nanos);
        Temporal out = t;
        out.nanos = nanos;
        return out;
    }
    case TemporalKind::LocalDateTime: {
        std::int64_t days = moved_date(t.days, d.months, d.days), nanos = t.nanos;
        add_clock(days, nanos, d.seconds, d.nanos);
        return graph::make_local_datetime(checked_date(days), nanos);
    }
    case TemporalKind::DateTime: {
        // Months and days move the wall clock; seconds move the instant.
        std::int64_t days = moved_date(t.days, d.months, d.days);
        Temporal moved = graph::make_datetime_local(days, t.nanos, t.offset, t.zone, t.offset);
        if (d.seconds == 0 && d.nanos == 0) return moved;
        std::int64_t epoch_day = 0, nanos = moved.nanos % kNanosPerSecond;
        std::int64_t secs = moved.epoch_seconds();
        add_clock(epoch_day, nanos, d.seconds, d.nanos);
        secs = checked_add(secs, checked_mul(checked_date(epoch_day), kSecondsPerDay) + nanos / kNanosPerSecond);
        return graph::make_datetime_instant(secs, nanos % kNanosPerSecond, t.offset, t.zone);
    }
    case TemporalKind::Duration:
        return graph::make_duration(checked_add(t.months, d.months), checked_add(t.days, d.days),
                                    checked_add(t.seconds, d.seconds), t.nanos + d.nanos);
    }
    return t;
}

Temporal scaled(const Temporal& d, const Value& factor, bool divide) {
    if (factor.is_int() && !divide) {
        std::int64_t f = factor.as_int();
        __int128 nanos = static_cast<__int128>(d.nanos) * f;
        __int128 secs = static_cast<__int128>(d.seconds) * f + nanos / kNanosPerSecond;
        if (secs > INT64_MAX || secs < INT64_MIN) overflow();
        return graph::make_duration(checked_mul(d.months, f), checked_mul(d.days, f), static_cast<std::int64_t>(secs),
                                    static_cast<std::int64_t>(nanos % kNanosPerSecond));
    }
    // Fractions cascade down as in a duration built from fractional fields.
    double f = factor.as_number();
    if (divide && f == 0) raise(ErrorKind::ArgumentError, "DivisionByZero", "a duration divided by zero");
    auto part = [&](std::int64_t v) { return divide ? static_cast<double>(v) / f : static_cast<double>(v) * f; };
    auto out = graph::DurationParts::approximate(part(d.months), part(d.days), part(d.seconds), part(d.nanos));
    if (!out) overflow();
    return *out;
}

bool is_duration(const Value& v) { return v.is_temporal(TemporalKind::Duration); }

}  // namespace

std::optional<Value> arithmetic(ast::Op op, const Value& a, const Value& b) {
    bool ta = a.is_temporal(), tb = b.is_temporal();
    if (!ta && !tb) return std::nullopt;
    if (op == ast::Op::Add || op == ast::Op::Sub) {
        if (ta && is_duration(b)) {
            const Temporal& d = b.as_temporal();
            return Value(plus(a.as_temporal(), op == ast::Op::Sub ? negated(d) : d));
        }
        if (op == ast::Op::Add && is_duration(a) && tb) return Value(plus(b.as_temporal(), a.as_temporal()));
        return std::nullopt;
    }
    if (op == ast::Op::Mul) {
        if (is_duration(a) && b.is_number()) return Value(scaled(a.as_temporal(), b, false));
        if (is_duration(b) && a.is_number()) return Value(scaled(b.as_temporal(), a, false));
        return std::nullopt;
    }
    if (op == ast::Op::Div && is_duration(a) && b.is_number()) return Value(scaled(a.as_temporal(), b, true));
    return std::nullopt;
}

// ---------------------------------------------------------------- duration.between

namespace {

// Months from one wall clock to another, counting only whole months (as a calendar does).
std::int64_t months_until(std::int64_t d1, std::int64_t n1, std::int64_t d2, std::int64_t n2) {
    // Moving the end date by a day when its time of day has not reached the start's.
    if (d2 > d1 && n2 < n1) --d2;
    else if (d2 < d1 && n2 > n1) ++d2;
    graph::CivilDate a = graph::civil_from_days(d1), b = graph::civil_from_days(d2);
    std::int64_t packed1 = (a.year * 12 + a.month - 1) * 32 + a.day;
    std::int64_t packed2 = (b.year * 12 + b.month - 1) * 32 + b.day;
    std::int64_t diff = packed2 - packed1;
    return diff / 32;
}

std::int64_t days_until(std::int64_t d1, std::int64_t n1, std::int64_t d2, std::int64_t n2) {
    if (d2 > d1 && n2 < n1) --d2;
    else if (d2 < d1 && n2 > n1) ++d2;
    return d2 - d1;
}

// The two values as wall clocks on a common footing: a date without a time is at midnight,
// a time without a date is on the other's date (or none), and two zoned values are seen
// in the zone of the first.
struct Footing {
    bool dates = false;   // both have dates
    std::int64_t d1 = 0, n1 = 0, d2 = 0, n2 = 0;
    std::optional<Temporal> zoned_from;   // both zoned datetimes: the instants decide the time part
    std::optional<Temporal> zoned_to;
};

Footing footing(const Temporal& a_in, const Temporal& b_in) {
    // A wall clock met with a zoned datetime is read in that datetime's zone.
    auto zoned_like = [](const Temporal& local, const Temporal& zoned) {
        return graph::make_datetime_local(local.days, local.has_time() ? local.nanos : 0, zoned.offset, zoned.zone);
    };
    bool za = a_in.kind == TemporalKind::DateTime, zb = b_in.kind == TemporalKind::DateTime;
    const Temporal a = za || !zb || !a_in.has_date() ? a_in : zoned_like(a_in, b_in);
    const Temporal b = zb || !za || !b_in.has_date() ? b_in : zoned_like(b_in, a_in);
    Footing f;
    f.dates = a.has_date() && b.has_date();
    f.n1 = a.has_time() ? a.nanos : 0;
    f.n2 = b.has_time() ? b.nanos : 0;
    if (f.dates) {
        f.d1 = a.days;
        f.d2 = b.days;
        if (a.kind == TemporalKind::DateTime && b.kind == TemporalKind::DateTime) {
            Temporal there = graph::make_datetime_instant(b.epoch_seconds(), b.nanos % kNanosPerSecond, a.offset, a.zone);
            f.d2 = there.days;
            f.n2 = there.nanos;
            f.zoned_from = a;
            f.zoned_to = b;
        }
    } else if (a.has_offset() && b.has_offset() && a.has_time() && b.has_time()) {
        // Two times of day with offsets: the second seen at the first's offset.
        f.n2 = b.nanos + static_cast<std::int64_t>(a.offset - b.offset) * kNanosPerSecond;
    }
    return f;
}

Temporal between_all(const Temporal& a, const Temporal& b) {
    Footing f = footing(a, b);
    if (!f.dates) return graph::make_duration(0, 0, 0, f.n2 - f.n1);
    std::int64_t months = months_until(f.d1, f.n1, f.d2, f.n2);
    std::int64_t d1 = graph::add_months(f.d1, months);
    std::int64_t days = days_until(d1, f.n1, f.d2, f.n2);
    d1 += days;
    if (f.zoned_from) {
        // The rest is measured between instants, across any change of offset.
        Temporal start = graph::make_datetime_local(d1, f.n1, f.zoned_from->offset, f.zoned_from->zone,
                                                    f.zoned_from->offset);
        __int128 from = static_cast<__int128>(start.epoch_seconds()) * kNanosPerSecond + start.nanos % kNanosPerSecond;
        __int128 to = static_cast<__int128>(f.zoned_to->epoch_seconds()) * kNanosPerSecond + f.zoned_to->nanos % kNanosPerSecond;
        __int128 rest = to - from;
        return graph::make_duration(months, days, static_cast<std::int64_t>(rest / kNanosPerSecond),
                                    static_cast<std::int64_t>(rest % kNanosPerSecond));
    }
    __int128 rest = (static_cast<__int128>(f.d2) - d1) * kNanosPerDay + f.n2 - f.n1;
    return graph::make_duration(months, days, static_cast<std::int64_t>(rest / kNanosPerSecond),
                                static_cast<std::int64_t>(rest % kNanosPerSecond));
}

}  // namespace

Value between(Between unit, const Value& from, const Value& to) {
    if (from.is_null() || to.is_null()) return Value();
    for (const Value* v : {&from, &to})
        if (!v->is_temporal() || v->as_temporal().kind == TemporalKind::Duration)
            raise(ErrorKind::TypeError, "InvalidArgumentType",
                  std::string("duration.between() needs two dates or times, not a ") + graph::value_name(*v));
    const Temporal& a = from.as_temporal();
    const Temporal& b = to.as_temporal();
    Footing f = footing(a, b);
    switch (unit) {
    case Between::All: return between_all(a, b);
    case Between::Months:
        if (!f.dates) return graph::make_duration(0, 0, 0, 0);
        return graph::make_duration(months_until(f.d1, f.n1, f.d2, f.n2), 0, 0, 0);
    case Between::Days:
        if (!f.dates) return graph::make_duration(0, 0, 0, 0);
        return graph::make_duration(0, days_until(f.d1, f.n1, f.d2, f.n2), 0, 0);
    case Between::Seconds: {
        __int128 rest;
        if (f.zoned_from) {
            const Temporal& x = *f.zoned_from;
            const Temporal& y = *f.zoned_to;
            rest = (static_cast<__int128>(y.epoch_seconds()) - x.epoch_seconds()) * kNanosPerSecond +
                   (y.nanos % kNanosPerSecond) - (x.nanos % kNanosPerSecond);
        } else {
            rest = f.dates ? (static_cast<__int128>(f.d2) - f.d1) * kNanosPerDay + f.n2 - f.n1
                           : static_cast<__int128>(f.n2 - f.n1);
        }
        return graph::make_duration(0, 0, static_cast<std::int64_t>(rest / kNanosPerSecond),
                                    static_cast<std::int64_t>(rest % kNanosPerSecond));
    }
    }
    return Value();
}

}  // namespace liverkg::engine::temporal

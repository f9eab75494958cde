// Component access on temporal values: d.year, t.offsetMinutes, dur.minutesOfHour...
#include "base/error.hpp"
#include "engine/temporal/temporal_ops.hpp"

namespace liverkg::engine::temporal {

namespace {

using graph::kNanosPerSecond;

std::optional<Value> date_component(const Temporal& t, std::string_view k) {
    if (!t.has_date()) return std::nullopt;
    graph::CivilDate c = graph::civil_from_days(t.days);
    if (k == "year") return Value(c.year);
    if (k == "quarter") return Value(static_cast<std::int64_t>((c.month - 1) / 3 + 1));
    if (k == "month") return Value(static_cast<std::int64_t>(c.month));
    if (k == "day") return Value(static_cast<std::int64_t>(c.day));
    if (k == "week") return Value(static_cast<std::int64_t>(graph::iso_week_of(t.days).second));
    if (k == "weekYear") return Value(graph::iso_week_of(t.days).first);
    if (k == "ordinalDay") return Value(t.days - graph::days_from_civil(c.year, 1, 1) + 1);
    if (k == "weekDay" || k == "dayOfWeek") return Value(static_cast<std::int64_t>(graph::iso_weekday(t.days)));
    if (k == "dayOfQuarter")
        return Value(t.days - graph::days_from_civil(c.year, (c.month - 1) / 3 * 3 + 1, 1) + 1);
    return std::nullopt;
}

std::optional<Value> time_component(const Temporal& t, std::string_view k) {
    if (!t.has_time()) return std::nullopt;
    std::int64_t secs = t.nanos / kNanosPerSecond;
    std::int64_t frac = t.nanos % kNanosPerSecond;
    if (k == "hour") return Value(secs / 3600);
    if (k == "minute") return Value(secs / 60 % 60);
    if (k == "second") return Value(secs % 60);
    if (k == "millisecond") return Value(frac / 1'000'000);
    if (k == "microsecond") return Value(frac / 1000);
    if (k == "nanosecond") return Value(frac);
    return std::nullopt;
}

std::optional<Value> zone_component(const Temporal& t, std::string_view k) {
    if (!t.has_offset()) return std::nullopt;
    if (k == "timezone") return Value(t.zone.empty() ? graph::offset_text(t.offset) : t.zone);
    if (k == "offset") return Value(t.offset == 0 ? std::string("+00:00") : graph::offset_text(t.offset));
    if (k == "offsetMinutes") return Value(static_cast<std::int64_t>(t.offset / 60));
    if (k == "offsetSeconds") return Value(static_cast<std::int64_t>(t.offset));
    if (t.kind != TemporalKind::DateTime) return std::nullopt;
    if (k == "epochSeconds") return Value(t.epoch_seconds());
    if (k == "epochMillis") return Value(t.epoch_seconds() * 1000 + t.nanos % kNanosPerSecond / 1'000'000);
    return std::nullopt;
}

std::optional<Value> duration_component(const Temporal& d, std::string_view k) {
    std::int64_t nanos = d.nanos;
    if (k == "years") return Value(d.months / 12);
    if (k == "quarters") return Value(d.months / 3);
    if (k == "months") return Value(d.months);
    if (k == "weeks") return Value(d.days / 7);
    if (k == "days") return Value(d.days);
    if (k == "hours") return Value(d.seconds / 3600);
    if (k == "minutes") return Value(d.seconds / 60);
    if (k == "seconds") return Value(d.seconds);
    if (k == "milliseconds") return Value(d.seconds * 1000 + nanos / 1'000'000);
    if (k == "microseconds") return Value(d.seconds * 1'000'000 + nanos / 1000);
    if (k == "nanoseconds") return Value(d.seconds * kNanosPerSecond + nanos);
    if (k == "quartersOfYear") return Value(d.months % 12 / 3);
    if (k == "monthsOfQuarter") return Value(d.months % 3);
    if (k == "monthsOfYear") return Value(d.months % 12);
    if (k == "daysOfWeek") return Value(d.days % 7);
    if (k == "minutesOfHour") return Value(d.seconds / 60 % 60);
    if (k == "secondsOfMinute") return Value(d.seconds % 60);
    if (k == "millisecondsOfSecond") return Value(nanos / 1'000'000);
    if (k == "microsecondsOfSecond") return Value(nanos / 1000);
    if (k == "nanosecondsOfSecond") return Value(nanos);
    return std::nullopt;
}

}  // namespace

Value component(const Temporal& t, std::string_view key) {
    std::optional<Value> v;
    if (t.kind == TemporalKind::Duration) v = duration_component(t, key);
    else if (!(v = date_component(t, key)) && !(v = time_component(t, key))) v = zone_component(t, key);
    if (!v)
        raise(ErrorKind::SemanticError, "InvalidArgumentValue",
              "a " + std::string(graph::temporal_type_name(t.kind)) + " has no component '" + std::string(key) + "'");
    return *v;
}

}  // namespace liverkg::engine::temporal

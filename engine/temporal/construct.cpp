// Building temporal values: from ISO text, from maps of fields (over an optional base
// value: {date: d, time: t, day: 28}), from other temporal values, and truncation.
#include <cctype>
#include <chrono>
#include <cmath>

#include "base/error.hpp"
#include "engine/temporal/temporal_ops.hpp"
#include "graph/temporal/duration_parts.hpp"

namespace liverkg::engine::temporal {

namespace {

using graph::kNanosPerDay;
using graph::kNanosPerSecond;
using graph::kSecondsPerDay;

[[noreturn]] void bad_value(const std::string& message) {
    raise(ErrorKind::ArgumentError, "InvalidArgumentValue", message);
}

[[noreturn]] void bad_type(const std::string& message) {
    raise(ErrorKind::TypeError, "InvalidArgumentType", message);
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The fields of a construction map, by lower-case name.
class Fields {
public:
    Fields(const graph::Map& m, const char* fn) : fn_(fn) {
        for (const auto& [k, v] : m) values_.emplace_back(lower(k), v);
    }
    const Value* find(std::string_view key) const {
        for (const auto& [k, v] : values_)
            if (k == key) return &v;
        return nullptr;
    }
    bool has(std::string_view key) const { return find(key) != nullptr; }
    bool has_any(std::initializer_list<std::string_view> keys) const {
        for (auto k : keys)
            if (has(k)) return true;
        return false;
    }
    std::optional<std::int64_t> integer(std::string_view key) const {
        const Value* v = find(key);
        if (!v || v->is_null()) return std::nullopt;
        if (v->is_int()) return v->as_int();
        if (v->is_float() && v->as_float() > -9.2e18 && v->as_float() < 9.2e18)
            return static_cast<std::int64_t>(v->as_float());
        bad_type(std::string(fn_) + "(): field '" + std::string(key) + "' must be a number, not a " +
                 graph::value_name(*v));
    }
    const std::vector<std::pair<std::string, Value>>& all() const { return values_; }
    const char* fn() const { return fn_; }

private:
    std::vector<std::pair<std::string, Value>> values_;
    const char* fn_;
};

void check_range(const Fields& f, std::string_view key, std::int64_t v, std::int64_t lo, std::int64_t hi) {
    if (v < lo || v > hi)
        bad_value(std::string(f.fn()) + "(): " + std::string(key) + " " + std::to_string(v) + " is not between " +
                  std::to_string(lo) + " and " + std::to_string(hi));
}

// The zone a value carries: offset and name (for Time and DateTime).
struct Zone {
    std::int32_t offset = 0;
    std::string name;
};

Zone zone_of(const Temporal& t) { return {t.offset, t.zone}; }

Zone zone_from(const Value& v, const char* fn) {
    if (!v.is_string()) bad_type(std::string(fn) + "(): timezone must be a string");
    auto spec = graph::parse_zone(v.as_string());
    if (!spec) bad_value(std::string(fn) + "(): unknown time zone '" + v.as_string() + "'");
    return {spec->offset, spec->zone};
}

// Offset of a zone at a wall clock (a named zone's offset for a time of day is today's).
std::int32_t offset_for(const Zone& z, std::int64_t local_seconds) {
    return z.name.empty() ? z.offset : graph::zone_offset_at_local(z.name, local_seconds);
}

// The date of a map: calendar, week, ordinal or quarter fields over an optional base date.
std::int64_t date_from_fields(const Fields& f, std::optional<std::int64_t> base) {
    auto year = f.integer("year");
    if (!base && !year) bad_value(std::string(f.fn()) + "(): a year is needed to build a date");
    if (year) check_range(f, "year", *year, -999'999'999, 999'999'999);
    if (f.has_any({"week", "dayofweek"})) {
        if (f.has_any({"month", "day", "ordinalday", "quarter", "dayofquarter"}))
            bad_value(std::string(f.fn()) + "(): week fields cannot be mixed with month, day or quarter fields");
        std::int64_t week_year = year ? *year : graph::iso_week_of(*base).first;
        auto base_week = base ? graph::iso_week_of(*base).second : 1;
        std::int64_t week = f.integer("week").value_or(base ? base_week : 1);
        if (!f.has("week") && !base) bad_value(std::string(f.fn()) + "(): dayOfWeek needs a week");
        std::int64_t dow = f.integer("dayofweek").value_or(base ? graph::iso_weekday(*base) : 1);
        check_range(f, "week", week, 1, graph::iso_weeks_in_year(week_year));
        check_range(f, "dayOfWeek", dow, 1, 7);
        return graph::iso_week1_monday(week_year) + (week - 1) * 7 + (dow - 1);
    }
    graph::CivilDate bc = base ? graph::civil_from_days(*base) : graph::CivilDate{*year, 1, 1};
    std::int64_t y = year.value_or(bc.year);
    if (f.has("ordinalday")) {
        if (f.has_any({"month", "day", "quarter", "dayofquarter"}))
            bad_value(std::string(f.fn()) + "(): ordinalDay cannot be mixed with month, day or quarter fields");
        std::int64_t ordinal = *f.integer("ordinalday");
        check_range(f, "ordinalDay", ordinal, 1, graph::leap_year(y) ? 366 : 365);
        return graph::days_from_civil(y, 1, 1) + ordinal - 1;
    }
    if (f.has_any({"quarter", "dayofquarter"})) {
        if (f.has_any({"month", "day"}))
            bad_value(std::string(f.fn()) + "(): quarter fields cannot be mixed with month or day");
        std::int64_t base_q = (bc.month - 1) / 3 + 1;
        std::int64_t base_dq = base ? *base - graph::days_from_civil(bc.year, static_cast<int>(base_q * 3 - 2), 1) + 1 : 1;
        std::int64_t q = f.integer("quarter").value_or(base ? base_q : 1);
        std::int64_t dq = f.integer("dayofquarter").value_or(base_dq);
        check_range(f, "quarter", q, 1, 4);
        std::int64_t start = graph::days_from_civil(y, static_cast<int>(q * 3 - 2), 1);
        std::int64_t end = graph::add_months(start, 3);
        check_range(f, "dayOfQuarter", dq, 1, end - start);
        return start + dq - 1;
    }
    if (!base && f.has("day") && !f.has("month"))
        bad_value(std::string(f.fn()) + "(): a day needs a month");
    std::int64_t m = f.integer("month").value_or(bc.month);
    check_range(f, "month", m, 1, 12);
    std::int64_t d = f.integer("day").value_or(bc.day);
    check_range(f, "day", d, 1, graph::days_in_month(y, static_cast<int>(m)));
    return graph::days_from_civil(y, static_cast<int>(m), static_cast<int>(d));
}

bool has_time_fields(const Fields& f) {
    return f.has_any({"hour", "minute", "second", "millisecond", "microsecond", "nanosecond"});
}

// Nanosecond of the day of a map over an optional base time.
std::int64_t time_from_fields(const Fields& f, std::optional<std::int64_t> base) {
    std::int64_t b = base.value_or(0);
    std::int64_t bsec = b / kNanosPerSecond;
    auto hour = f.integer("hour");
    auto minute = f.integer("minute");
    auto second = f.integer("second");
    bool sub = f.has_any({"millisecond", "microsecond", "nanosecond"});
    if (!base) {
        if ((minute && !hour) || (second && !minute) || (sub && !second))
            bad_value(std::string(f.fn()) + "(): a smaller time unit needs the larger ones (hour, minute, second)");
    }
    std::int64_t h = hour.value_or(bsec / 3600);
    std::int64_t m = minute.value_or(bsec / 60 % 60);
    std::int64_t s = second.value_or(bsec % 60);
    check_range(f, "hour", h, 0, 23);
    check_range(f, "minute", m, 0, 59);
    check_range(f, "second", s, 0, 59);
    std::int64_t frac = b % kNanosPerSecond;
    if (sub) {
        // Each part not given keeps the base's (truncate('millisecond', t, {nanosecond: 2})); a
        // part given alone with a larger value stands for the whole fraction below the given parts.
        bool has_ms = f.has("millisecond"), has_us = f.has("microsecond");
        std::int64_t ms = f.integer("millisecond").value_or(frac / 1'000'000);
        std::int64_t us = f.integer("microsecond").value_or(has_ms ? 0 : frac / 1000 % 1000);
        std::int64_t ns = f.integer("nanosecond").value_or(has_ms || has_us ? 0 : frac % 1000);
        if (has_us && !has_ms && us > 999) ms = 0;
        if (f.has("nanosecond") && !has_ms && !has_us && ns > 999) ms = us = 0;
        if (f.has("nanosecond") && has_us && !has_ms && ns > 999) us = 0;
        if (f.has("millisecond")) check_range(f, "millisecond", ms, 0, 999);
        if (f.has("microsecond")) check_range(f, "microsecond", us, 0, f.has("millisecond") ? 999 : 999'999);
        std::int64_t ns_max = f.has("microsecond") ? 999 : (f.has("millisecond") ? 999'999 : 999'999'999);
        if (f.has("nanosecond")) check_range(f, "nanosecond", ns, 0, ns_max);
        frac = ms * 1'000'000 + us * 1000 + ns;
    }
    return ((h * 60 + m) * 60 + s) * kNanosPerSecond + frac;
}

// What a construction map brings: a base date, a base time (with its zone), a new zone.
struct Bases {
    std::optional<std::int64_t> date;
    std::optional<std::int64_t> time;
    std::optional<Zone> time_zone;   // the base time's own zone
    std::optional<Zone> new_zone;    // the map's timezone
};

const Temporal& temporal_field(const Value& v, const char* fn, const char* key) {
    if (!v.is_temporal() || v.as_temporal().kind == TemporalKind::Duration)
        bad_type(std::string(fn) + "(): field '" + key + "' must be a temporal value, not a " + graph::value_name(v));
    return v.as_temporal();
}

Bases bases_of(const Fields& f) {
    Bases b;
    auto take_date = [&](const Temporal& t, const char* key) {
        if (!t.has_date()) bad_type(std::string(f.fn()) + "(): field '" + key + "' has no date");
        b.date = t.days;
    };
    auto take_time = [&](const Temporal& t, const char* key) {
        if (!t.has_time()) {
            if (t.kind == TemporalKind::Date) { b.time = 0; return; }
            bad_type(std::string(f.fn()) + "(): field '" + key + "' has no time");
        }
        b.time = t.nanos;
        if (t.has_offset()) b.time_zone = zone_of(t);
    };
    if (const Value* v = f.find("datetime"); v && !v->is_null()) {
        const Temporal& t = temporal_field(*v, f.fn(), "datetime");
        take_date(t, "datetime");
        take_time(t, "datetime");
    }
    if (const Value* v = f.find("date"); v && !v->is_null()) take_date(temporal_field(*v, f.fn(), "date"), "date");
    if (const Value* v = f.find("time"); v && !v->is_null()) take_time(temporal_field(*v, f.fn(), "time"), "time");
    if (const Value* v = f.find("timezone"); v && !v->is_null()) b.new_zone = zone_from(*v, f.fn());
    return b;
}

void check_keys(const Fields& f, TemporalKind kind) {
    static const char* date_keys[] = {"year", "month", "day", "week", "dayofweek", "ordinalday", "quarter",
                                      "dayofquarter", "date"};
    static const char* time_keys[] = {"hour", "minute", "second", "millisecond", "microsecond", "nanosecond", "time"};
    for (const auto& [k, v] : f.all()) {
        bool ok = false;
        bool date_ok = kind == TemporalKind::Date || kind == TemporalKind::LocalDateTime || kind == TemporalKind::DateTime;
        bool time_ok = kind != TemporalKind::Date;
        bool zone_ok = kind == TemporalKind::Time || kind == TemporalKind::DateTime;
        for (const char* d : date_keys) ok = ok || (date_ok && k == d);
        for (const char* t : time_keys) ok = ok || (time_ok && k == t);
        ok = ok || (zone_ok && k == "timezone") || (date_ok && time_ok && k == "datetime");
        ok = ok || (kind == TemporalKind::DateTime && (k == "epochseconds" || k == "epochmillis"));
        if (!ok) bad_value(std::string(f.fn()) + "(): '" + k + "' is not a field of a " + graph::temporal_kind_word(kind));
    }
}

Temporal datetime_from_epoch(const Fields& f, const Bases& b) {
    std::int64_t seconds = 0, nanos = 0;
    if (auto s = f.integer("epochseconds")) seconds = *s;
    if (auto ms = f.integer("epochmillis")) {
        seconds += *ms / 1000 - (*ms % 1000 < 0);
        nanos += (*ms % 1000 + 1000) % 1000 * 1'000'000;
    }
    nanos += f.integer("nanosecond").value_or(0) + f.integer("microsecond").value_or(0) * 1000 +
             f.integer("millisecond").value_or(0) * 1'000'000;
    Zone z = b.new_zone.value_or(Zone{});
    check_range(f, "epochSeconds", seconds, -31'000'000'000'000'000, 31'000'000'000'000'000);
    check_range(f, "nanosecond", nanos, -kNanosPerDay, kNanosPerDay);
    seconds += nanos / kNanosPerSecond;
    nanos %= kNanosPerSecond;
    if (nanos < 0) {
        nanos += kNanosPerSecond;
        --seconds;
    }
    return graph::make_datetime_instant(seconds, nanos, z.offset, z.name);
}

Temporal from_map(TemporalKind kind, const graph::Map& m) {
    const char* fn = graph::temporal_kind_word(kind);
    Fields f(m, fn);
    if (kind == TemporalKind::Duration) {
        graph::DurationParts parts;
        struct Unit { const char* key; std::int64_t factor; graph::DurationParts::Unit unit; };
        static const Unit units[] = {
            {"years", 12, graph::DurationParts::Months},      {"quarters", 3, graph::DurationParts::Months},
            {"months", 1, graph::DurationParts::Months},      {"weeks", 7, graph::DurationParts::Days},
            {"days", 1, graph::DurationParts::Days},          {"hours", 3600, graph::DurationParts::Seconds},
            {"minutes", 60, graph::DurationParts::Seconds},   {"seconds", 1, graph::DurationParts::Seconds},
            {"milliseconds", 1'000'000, graph::DurationParts::Nanos},
            {"microseconds", 1000, graph::DurationParts::Nanos}, {"nanoseconds", 1, graph::DurationParts::Nanos}};
        for (const auto& [k, v] : f.all()) {
            const Unit* u = nullptr;
            for (const auto& x : units)
                if (k == x.key) u = &x;
            if (!u) bad_value("duration(): '" + k + "' is not a field of a duration");
            if (v.is_null()) continue;
            if (!v.is_number()) bad_type("duration(): field '" + k + "' must be a number, not a " + graph::value_name(v));
            if (v.is_int()) parts.add(static_cast<long double>(v.as_int()), false, u->factor, u->unit);
            else parts.add(static_cast<long double>(v.as_float()), true, u->factor, u->unit);
        }
        auto d = parts.build();
        if (!d) raise(ErrorKind::ArgumentError, "NumberOutOfRange", "duration(): a part does not fit in 64 bits");
        return *d;
    }
    check_keys(f, kind);
    Bases b = bases_of(f);
    if (kind == TemporalKind::DateTime && f.has_any({"epochseconds", "epochmillis"})) return datetime_from_epoch(f, b);
    std::int64_t days = 0, nanos = 0;
    if (kind == TemporalKind::Date || kind == TemporalKind::LocalDateTime || kind == TemporalKind::DateTime)
        days = date_from_fields(f, b.date);
    if (kind != TemporalKind::Date) {
        bool any_time = b.time || has_time_fields(f);
        nanos = any_time ? time_from_fields(f, b.time) : 0;
    }
    switch (kind) {
    case TemporalKind::Date: return graph::make_date(days);
    case TemporalKind::LocalTime: return graph::make_local_time(nanos);
    case TemporalKind::LocalDateTime: return graph::make_local_datetime(days, nanos);
    case TemporalKind::Time: {
        if (b.time_zone && b.new_zone) {
            // The base time's instant seen at the new offset.
            std::int32_t from = b.time_zone->offset;
            std::int32_t to = offset_for(*b.new_zone, 0);
            std::int64_t n = nanos + static_cast<std::int64_t>(to - from) * kNanosPerSecond;
            n = ((n % kNanosPerDay) + kNanosPerDay) % kNanosPerDay;
            return graph::make_time(n, to);
        }
        Zone z = b.new_zone ? *b.new_zone : b.time_zone.value_or(Zone{});
        std::int64_t today = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::system_clock::now().time_since_epoch()).count();
        return graph::make_time(nanos, offset_for(z, today));
    }
    case TemporalKind::DateTime: {
        if (b.time_zone && b.new_zone) {
            // Built in the base time's zone, then seen in the new one.
            Temporal there = graph::make_datetime_local(days, nanos, b.time_zone->offset, b.time_zone->name,
                                                        b.time_zone->offset);
            return graph::make_datetime_instant(there.epoch_seconds(), there.nanos % kNanosPerSecond,
                                                b.new_zone->offset, b.new_zone->name);
        }
        Zone z = b.new_zone ? *b.new_zone : b.time_zone.value_or(Zone{});
        std::optional<std::int32_t> preferred;
        if (b.time_zone && !b.new_zone) preferred = b.time_zone->offset;
        return graph::make_datetime_local(days, nanos, z.offset, z.name, preferred);
    }
    case TemporalKind::Duration: break;
    }
    return {};
}

// kind(other): the parts of another temporal value that the kind holds.
Temporal from_temporal(TemporalKind kind, const Temporal& t) {
    const char* fn = graph::temporal_kind_word(kind);
    if (t.kind == TemporalKind::Duration) {
        if (kind == TemporalKind::Duration) return t;
        bad_type(std::string(fn) + "() cannot be built from a Duration");
    }
    if (kind == TemporalKind::Duration) bad_type("duration() cannot be built from a " + std::string(graph::temporal_type_name(t.kind)));
    graph::Map m;
    bool wants_date = kind == TemporalKind::Date || kind == TemporalKind::LocalDateTime || kind == TemporalKind::DateTime;
    bool wants_time = kind != TemporalKind::Date;
    if (wants_date && !t.has_date())
        bad_type(std::string(fn) + "() cannot be built from a " + graph::temporal_type_name(t.kind));
    if (wants_date && wants_time) {
        if (t.kind == TemporalKind::Date) m.emplace("date", Value(t));
        else m.emplace("datetime", Value(t));
    } else if (wants_date) {
        m.emplace("date", Value(t));
    } else {
        if (!t.has_time()) bad_type(std::string(fn) + "() cannot be built from a " + graph::temporal_type_name(t.kind));
        m.emplace("time", Value(t));
    }
    return from_map(kind, m);
}

}  // namespace

Value construct(TemporalKind kind, const Value& arg) {
    const char* fn = graph::temporal_kind_word(kind);
    if (arg.is_null()) return Value();
    if (arg.is_string()) {
        std::string why;
        auto t = graph::parse_temporal(kind, arg.as_string(), &why);
        if (!t) bad_value(std::string(fn) + "(): cannot read '" + arg.as_string() + "' as a " + fn + ": expected " + why);
        return *t;
    }
    if (arg.is_map()) return from_map(kind, arg.as_map());
    if (arg.is_temporal()) return from_temporal(kind, arg.as_temporal());
    bad_type(std::string(fn) + "() does not accept " + with_article(graph::value_name(arg)));
}

namespace {

// Truncates the local date of a value to a unit; nullopt when the unit is not a date unit.
std::optional<std::int64_t> truncate_date(std::string_view unit, std::int64_t days) {
    graph::CivilDate c = graph::civil_from_days(days);
    auto floor_to = [](std::int64_t y, std::int64_t n) { return y >= 0 ? y / n * n : -((-y + n - 1) / n) * n; };
    if (unit == "millennium") return graph::days_from_civil(floor_to(c.year, 1000), 1, 1);
    if (unit == "century") return graph::days_from_civil(floor_to(c.year, 100), 1, 1);
    if (unit == "decade") return graph::days_from_civil(floor_to(c.year, 10), 1, 1);
    if (unit == "year") return graph::days_from_civil(c.year, 1, 1);
    if (unit == "weekyear") return graph::iso_week1_monday(graph::iso_week_of(days).first);
    if (unit == "quarter") return graph::days_from_civil(c.year, (c.month - 1) / 3 * 3 + 1, 1);
    if (unit == "month") return graph::days_from_civil(c.year, c.month, 1);
    if (unit == "week") return days - (graph::iso_weekday(days) - 1);
    if (unit == "day") return days;
    return std::nullopt;
}

std::optional<std::int64_t> truncate_time(std::string_view unit, std::int64_t nanos) {
    static const std::pair<const char*, std::int64_t> units[] = {
        {"hour", 3600 * kNanosPerSecond}, {"minute", 60 * kNanosPerSecond}, {"second", kNanosPerSecond},
        {"millisecond", 1'000'000}, {"microsecond", 1000}};
    for (const auto& [name, size] : units)
        if (unit == name) return nanos / size * size;
    return std::nullopt;
}

}  // namespace

Value truncate(TemporalKind kind, const Value& unit_v, const Value& value, const Value& fields) {
    const char* fn = graph::temporal_kind_word(kind);
    if (value.is_null() || unit_v.is_null()) return Value();
    if (!unit_v.is_string()) bad_type(std::string(fn) + ".truncate(): the unit must be a string");
    if (!value.is_temporal() || value.as_temporal().kind == TemporalKind::Duration)
        bad_type(std::string(fn) + ".truncate(): cannot truncate a " + graph::value_name(value));
    if (!fields.is_null() && !fields.is_map()) bad_type(std::string(fn) + ".truncate(): the fields must be a map");
    std::string unit = lower(unit_v.as_string());
    const Temporal& t = value.as_temporal();
    bool wants_date = kind == TemporalKind::Date || kind == TemporalKind::LocalDateTime || kind == TemporalKind::DateTime;
    std::int64_t days = t.days;
    std::int64_t nanos = t.has_time() ? t.nanos : 0;
    if (auto d = truncate_date(unit, t.days)) {
        if (!t.has_date()) bad_value(std::string(fn) + ".truncate(): a " + graph::temporal_type_name(t.kind) +
                                     " has no date to truncate to a " + unit);
        days = *d;
        nanos = 0;
    } else if (auto n = truncate_time(unit, nanos)) {
        if (kind == TemporalKind::Date) bad_value("date.truncate(): '" + unit + "' is not a unit of a date");
        nanos = *n;
    } else {
        bad_value(std::string(fn) + ".truncate(): unknown unit '" + unit_v.as_string() + "'");
    }
    if (wants_date && !t.has_date()) bad_type(std::string(fn) + ".truncate(): a " + graph::temporal_type_name(t.kind) + " has no date");
    // The truncated wall clock is the base; the map's fields (and timezone) apply over it.
    graph::Map m = fields.is_map() ? fields.as_map() : graph::Map{};
    Temporal base = graph::make_local_datetime(days, nanos);
    bool zoned = kind == TemporalKind::Time || kind == TemporalKind::DateTime;
    Fields f(m, fn);
    if (zoned && !f.has("timezone") && t.has_offset()) {
        Value zone = t.zone.empty() ? Value(graph::offset_text(t.offset)) : Value(t.zone);
        m.emplace("timezone", zone);
    }
    if (kind == TemporalKind::Date) m.emplace("date", Value(graph::make_date(days)));
    else if (wants_date) m.emplace("datetime", Value(base));
    else m.emplace("time", Value(graph::make_local_time(nanos)));
    return from_map(kind, m);
}

Value now(ExecContext& ex, TemporalKind kind, std::string_view clock, const Value& zone_v) {
    const char* fn = graph::temporal_kind_word(kind);
    std::int64_t nanos_since_epoch = 0;
    auto wall = [] {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    };
    if (clock == "realtime") {
        nanos_since_epoch = wall();
    } else {
        // The statement and transaction clocks stand still for the whole statement.
        if (ex.statement_time_nanos == 0) ex.statement_time_nanos = wall();
        nanos_since_epoch = ex.statement_time_nanos;
    }
    Zone z;
    if (!zone_v.is_null()) z = zone_from(zone_v, fn);
    std::int64_t secs = nanos_since_epoch / kNanosPerSecond;
    Temporal dt = graph::make_datetime_instant(secs, nanos_since_epoch % kNanosPerSecond, z.offset, z.name);
    switch (kind) {
    case TemporalKind::Date: return graph::make_date(dt.days);
    case TemporalKind::LocalTime: return graph::make_local_time(dt.nanos);
    case TemporalKind::Time: return graph::make_time(dt.nanos, dt.offset);
    case TemporalKind::LocalDateTime: return graph::make_local_datetime(dt.days, dt.nanos);
    case TemporalKind::DateTime: return dt;
    case TemporalKind::Duration: break;
    }
    bad_value("duration has no clock");
}

}  // namespace liverkg::engine::temporal

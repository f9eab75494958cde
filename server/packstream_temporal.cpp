#include "server/packstream_temporal.hpp"

#include <string>

#include "server/packstream.hpp"

namespace liverkg::server::pack {
namespace {

using graph::Temporal;
using graph::TemporalKind;
using graph::kNanosPerDay;
using graph::kNanosPerSecond;
using graph::kSecondsPerDay;

constexpr std::uint8_t tag_date = 'D', tag_time = 'T', tag_local_time = 't', tag_local_datetime = 'd';
constexpr std::uint8_t tag_datetime = 'I', tag_datetime_zone = 'i', tag_duration = 'E';
constexpr std::uint8_t tag_legacy_datetime = 'F', tag_legacy_datetime_zone = 'f';
constexpr std::int64_t kMaxOffset = 18 * 3600;

[[noreturn]] void refuse(const std::string& what) { throw DecodeError(what, false); }

// What a structure of each tag holds, for the messages.
const char* shape_of(std::uint8_t tag) {
    switch (tag) {
    case tag_date: return "Date(days)";
    case tag_time: return "Time(nanoseconds, tz_offset_seconds)";
    case tag_local_time: return "LocalTime(nanoseconds)";
    case tag_local_datetime: return "LocalDateTime(seconds, nanoseconds)";
    case tag_datetime: return "DateTime(seconds, nanoseconds, tz_offset_seconds)";
    case tag_datetime_zone: return "DateTimeZoneId(seconds, nanoseconds, tz_id)";
    case tag_legacy_datetime: return "legacy DateTime(seconds, nanoseconds, tz_offset_seconds)";
    case tag_legacy_datetime_zone: return "legacy DateTimeZoneId(seconds, nanoseconds, tz_id)";
    case tag_duration: return "Duration(months, days, seconds, nanoseconds)";
    }
    return "a temporal structure";
}

// Checks the fields' count and types: every one an Integer but a zone id, which is a String.
void check_fields(std::uint8_t tag, const std::vector<graph::Value>& f, std::size_t n, bool zone_last) {
    bool ok = f.size() == n;
    for (std::size_t i = 0; ok && i < n; ++i)
        ok = (zone_last && i + 1 == n) ? f[i].is_string() : f[i].type() == graph::ValueType::Int;
    if (!ok)
        refuse(std::string("a ") + shape_of(tag) + " structure needs " + std::to_string(n) +
               (zone_last ? " fields (Integers, then a String zone id)" : " Integer fields"));
}

void check_range(bool ok, std::uint8_t tag, const char* what) {
    if (!ok) refuse(std::string("the ") + what + " of a " + shape_of(tag) + " is out of range");
}

// The engine's dates run from year -999,999,999 to 999,999,999, as openCypher's do.
void check_days(std::int64_t days, std::uint8_t tag, const char* what) {
    static const std::int64_t first = graph::days_from_civil(-999'999'999, 1, 1);
    static const std::int64_t last = graph::days_from_civil(999'999'999, 12, 31);
    check_range(days >= first && days <= last, tag, what);
}

// A wall clock sent as seconds since the epoch and nanoseconds: its day (checked) and the
// nanoseconds of that day, as the engine keeps them.
struct WallClock {
    std::int64_t days;
    std::int64_t nanos;
};
WallClock wall_clock(std::int64_t seconds, std::int64_t nanos, std::uint8_t tag) {
    std::int64_t days = graph::floor_div(seconds, kSecondsPerDay);
    check_days(days, tag, "seconds");
    return {days, (seconds - days * kSecondsPerDay) * kNanosPerSecond + nanos};
}

}  // namespace

bool is_temporal_tag(std::uint8_t tag) {
    switch (tag) {
    case tag_date: case tag_time: case tag_local_time: case tag_local_datetime: case tag_datetime:
    case tag_datetime_zone: case tag_legacy_datetime: case tag_legacy_datetime_zone: case tag_duration:
        return true;
    }
    return false;
}

TemporalStructure temporal_structure(const Temporal& t, bool utc_datetime) {
    std::int64_t sub_second = t.nanos % kNanosPerSecond;
    switch (t.kind) {
    case TemporalKind::Date: return {tag_date, {t.days}};
    case TemporalKind::LocalTime: return {tag_local_time, {t.nanos}};
    case TemporalKind::Time: return {tag_time, {t.nanos, std::int64_t{t.offset}}};
    case TemporalKind::LocalDateTime: return {tag_local_datetime, {t.local_seconds(), sub_second}};
    case TemporalKind::DateTime: {
        std::int64_t seconds = utc_datetime ? t.epoch_seconds() : t.local_seconds();
        if (t.zone.empty())
            return {utc_datetime ? tag_datetime : tag_legacy_datetime, {seconds, sub_second, std::int64_t{t.offset}}};
        return {utc_datetime ? tag_datetime_zone : tag_legacy_datetime_zone, {seconds, sub_second, t.zone}};
    }
    case TemporalKind::Duration: return {tag_duration, {t.months, t.days, t.seconds, t.nanos}};
    }
    return {tag_date, {t.days}};
}

graph::Value temporal_value(std::uint8_t tag, const std::vector<graph::Value>& f) {
    auto i = [&](std::size_t k) { return f[k].as_int(); };
    switch (tag) {
    case tag_date:
        check_fields(tag, f, 1, false);
        check_days(i(0), tag, "days");
        return graph::make_date(i(0));
    case tag_local_time:
        check_fields(tag, f, 1, false);
        check_range(i(0) >= 0 && i(0) < kNanosPerDay, tag, "nanoseconds");
        return graph::make_local_time(i(0));
    case tag_time:
        check_fields(tag, f, 2, false);
        check_range(i(0) >= 0 && i(0) < kNanosPerDay, tag, "nanoseconds");
        check_range(i(1) >= -kMaxOffset && i(1) <= kMaxOffset, tag, "tz_offset_seconds");
        return graph::make_time(i(0), static_cast<std::int32_t>(i(1)));
    case tag_local_datetime: {
        check_fields(tag, f, 2, false);
        check_range(i(1) >= 0 && i(1) < kNanosPerSecond, tag, "nanoseconds");
        auto clock = wall_clock(i(0), i(1), tag);
        return graph::make_local_datetime(clock.days, clock.nanos);
    }
    case tag_datetime: case tag_legacy_datetime: case tag_datetime_zone: case tag_legacy_datetime_zone: {
        bool zoned = tag == tag_datetime_zone || tag == tag_legacy_datetime_zone;
        check_fields(tag, f, 3, zoned);
        check_range(i(1) >= 0 && i(1) < kNanosPerSecond, tag, "nanoseconds");
        std::string zone;
        std::int32_t offset = 0;
        if (zoned) {
            zone = f[2].as_string();
            if (!graph::known_zone(zone)) refuse("unknown time zone '" + zone + "' in a " + shape_of(tag));
        } else {
            check_range(i(2) >= -kMaxOffset && i(2) <= kMaxOffset, tag, "tz_offset_seconds");
            offset = static_cast<std::int32_t>(i(2));
        }
        auto clock = wall_clock(i(0), i(1), tag);   // Bolt 5's UTC seconds are range-checked the same way
        if (tag == tag_datetime || tag == tag_datetime_zone) return graph::make_datetime_instant(i(0), i(1), offset, zone);
        return graph::make_datetime_local(clock.days, clock.nanos, offset, zone);
    }
    case tag_duration:
        check_fields(tag, f, 4, false);
        {
            std::int64_t carried = 0;
            check_range(!__builtin_add_overflow(i(2), graph::floor_div(i(3), kNanosPerSecond), &carried), tag, "seconds");
        }
        return graph::make_duration(i(0), i(1), i(2), i(3));
    }
    refuse("unknown temporal structure tag " + std::to_string(tag));
}

}  // namespace liverkg::server::pack

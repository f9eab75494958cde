#pragma once
// Temporal values: the six openCypher types (date, localtime, time, localdatetime,
// datetime, duration) as plain data, with their calendar, their ISO 8601 text and
// named time zones (Howard Hinnant's date/tz over the system tz database).
//
// This room knows nothing of Cypher's operators or functions: construction from
// maps, arithmetic, comparison and truncation live in engine/temporal/.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace liverkg::graph {

enum class TemporalKind : std::uint8_t { Date, LocalTime, Time, LocalDateTime, DateTime, Duration };

constexpr std::int64_t kNanosPerSecond = 1'000'000'000;
constexpr std::int64_t kSecondsPerDay = 86'400;
constexpr std::int64_t kNanosPerDay = kSecondsPerDay * kNanosPerSecond;

// One temporal value. Which fields matter depends on the kind:
//   Date            days
//   LocalTime       nanos
//   Time            nanos, offset
//   LocalDateTime   days, nanos
//   DateTime        days, nanos (the wall clock where it is), offset, zone ("" = a fixed offset)
//   Duration        months, days, seconds, nanos (0 <= nanos < 1e9; the sign lives in seconds)
// days of a date are days since 1970-01-01; nanos of a time are nanoseconds since midnight.
struct Temporal {
    TemporalKind kind = TemporalKind::Date;
    std::int64_t months = 0;
    std::int64_t days = 0;
    std::int64_t seconds = 0;
    std::int64_t nanos = 0;
    std::int32_t offset = 0;   // seconds east of UTC
    std::string zone;

    bool has_date() const {
        return kind == TemporalKind::Date || kind == TemporalKind::LocalDateTime || kind == TemporalKind::DateTime;
    }
    bool has_time() const { return kind != TemporalKind::Date && kind != TemporalKind::Duration; }
    bool has_offset() const { return kind == TemporalKind::Time || kind == TemporalKind::DateTime; }
    // Seconds since the epoch of the wall clock, as if it were UTC (date-bearing kinds).
    std::int64_t local_seconds() const { return days * kSecondsPerDay + nanos / kNanosPerSecond; }
    // Seconds since the epoch of the instant (DateTime).
    std::int64_t epoch_seconds() const { return local_seconds() - offset; }
};

Temporal make_date(std::int64_t days);
Temporal make_local_time(std::int64_t nanos);
Temporal make_time(std::int64_t nanos, std::int32_t offset);
Temporal make_local_datetime(std::int64_t days, std::int64_t nanos);
// A duration with seconds and nanos carried so that 0 <= nanos < 1e9.
Temporal make_duration(std::int64_t months, std::int64_t days, std::int64_t seconds, std::int64_t nanos);

// Name of the kind as openCypher spells the type ("Date", "LocalDateTime", "Duration"...).
const char* temporal_type_name(TemporalKind k);
// Lower-case name as the functions and the JSON "_kind" spell it ("date", "localdatetime"...).
const char* temporal_kind_word(TemporalKind k);
std::optional<TemporalKind> temporal_kind_from_word(std::string_view word);

// --- calendar (proleptic Gregorian, ISO weeks)
// Floor division: rounds towards minus infinity, as calendar arithmetic needs (the day of a
// second before the epoch is -1, not 0).
std::int64_t floor_div(std::int64_t a, std::int64_t b);
struct CivilDate {
    std::int64_t year;
    int month;   // 1..12
    int day;     // 1..31
};
bool valid_civil(std::int64_t year, int month, int day);
std::int64_t days_from_civil(std::int64_t year, int month, int day);
CivilDate civil_from_days(std::int64_t days);
int days_in_month(std::int64_t year, int month);
bool leap_year(std::int64_t year);
int iso_weekday(std::int64_t days);                        // 1 = Monday .. 7 = Sunday
// ISO week-based year and week of a date.
std::pair<std::int64_t, int> iso_week_of(std::int64_t days);
// Days of the Monday of week 1 of an ISO week-based year.
std::int64_t iso_week1_monday(std::int64_t week_year);
int iso_weeks_in_year(std::int64_t week_year);
// The date `months` months after `days`, its day of month clamped to the month's length.
std::int64_t add_months(std::int64_t days, std::int64_t months);

// --- time zones
// Whether the tz database knows a zone of that name.
bool known_zone(std::string_view name);
// Offset of a zone at an instant (seconds since the epoch).
std::int32_t zone_offset_at_instant(const std::string& zone, std::int64_t epoch_seconds);
// Offset of a zone for a wall-clock time. In a gap the offset before the gap is used (the
// clock moves forward by the gap's length); in an overlap `preferred` is kept when valid,
// else the earlier offset.
std::int32_t zone_offset_at_local(const std::string& zone, std::int64_t local_seconds,
                                  std::optional<std::int32_t> preferred = std::nullopt);
// A datetime at a wall clock in a zone ("" with a fixed offset): fills offset and shifts a
// wall clock that falls in a gap.
Temporal make_datetime_local(std::int64_t days, std::int64_t nanos, std::int32_t offset, const std::string& zone,
                             std::optional<std::int32_t> preferred = std::nullopt);
// A datetime at an instant seen in a zone ("" with a fixed offset).
Temporal make_datetime_instant(std::int64_t epoch_seconds, std::int64_t nanos, std::int32_t offset,
                               const std::string& zone);

// --- ISO 8601 text, as openCypher's toString() writes it
std::string temporal_text(const Temporal& t);
std::string offset_text(std::int32_t offset);   // "Z", "+01:00", "-02:05:07"

// Reads the ISO 8601 text of a kind (all the forms openCypher accepts: calendar, week and
// ordinal dates, basic and extended formats, offsets, [Zone/Name], duration forms).
// On failure returns nullopt and, when `error` is given, says what was expected.
std::optional<Temporal> parse_temporal(TemporalKind kind, std::string_view text, std::string* error = nullptr);
// "+01:00", "-0130", "Z", "+01", or a zone name; nullopt when neither.
struct ZoneSpec {
    std::int32_t offset = 0;
    std::string zone;   // empty for a fixed offset
};
std::optional<ZoneSpec> parse_zone(std::string_view text);

}  // namespace liverkg::graph

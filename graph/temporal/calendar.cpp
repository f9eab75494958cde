// The proleptic Gregorian calendar on 64-bit day numbers and ISO week dates.
#include "graph/temporal/temporal.hpp"

namespace liverkg::graph {

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

bool leap_year(std::int64_t year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int days_in_month(std::int64_t year, int month) {
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap_year(year) ? 29 : lengths[month - 1];
}

bool valid_civil(std::int64_t year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

// Counts in 400-year eras that start on March 1st, so that the leap day ends each year.
std::int64_t days_from_civil(std::int64_t year, int month, int day) {
    year -= month <= 2;
    const std::int64_t era = floor_div(year, 400);
    const std::int64_t year_of_era = year - era * 400;
    const std::int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

CivilDate civil_from_days(std::int64_t days) {
    days += 719468;
    const std::int64_t era = floor_div(days, 146097);
    const std::int64_t day_of_era = days - era * 146097;
    const std::int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const std::int64_t mp = (5 * day_of_year + 2) / 153;
    const int day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {year_of_era + era * 400 + (month <= 2), month, day};
}

int iso_weekday(std::int64_t days) {
    // 1970-01-01 was a Thursday (4).
    std::int64_t w = (days + 3) % 7;
    if (w < 0) w += 7;
    return static_cast<int>(w) + 1;
}

std::int64_t iso_week1_monday(std::int64_t week_year) {
    // Week 1 is the week holding January 4th.
    std::int64_t jan4 = days_from_civil(week_year, 1, 4);
    return jan4 - (iso_weekday(jan4) - 1);
}

int iso_weeks_in_year(std::int64_t week_year) {
    return static_cast<int>((iso_week1_monday(week_year + 1) - iso_week1_monday(week_year)) / 7);
}

std::pair<std::int64_t, int> iso_week_of(std::int64_t days) {
    std::int64_t year = civil_from_days(days).year;
    std::int64_t week_year = year + 1;
    if (days < iso_week1_monday(week_year)) week_year = year;
    if (days < iso_week1_monday(week_year)) week_year = year - 1;
    return {week_year, static_cast<int>((days - iso_week1_monday(week_year)) / 7 + 1)};
}

std::int64_t add_months(std::int64_t days, std::int64_t months) {
    CivilDate c = civil_from_days(days);
    std::int64_t total = c.year * 12 + (c.month - 1) + months;
    std::int64_t year = floor_div(total, 12);
    int month = static_cast<int>(total - year * 12) + 1;
    int day = std::min(c.day, days_in_month(year, month));
    return days_from_civil(year, month, day);
}

Temporal make_date(std::int64_t days) {
    Temporal t;
    t.kind = TemporalKind::Date;
    t.days = days;
    return t;
}

Temporal make_local_time(std::int64_t nanos) {
    Temporal t;
    t.kind = TemporalKind::LocalTime;
    t.nanos = nanos;
    return t;
}

Temporal make_time(std::int64_t nanos, std::int32_t offset) {
    Temporal t;
    t.kind = TemporalKind::Time;
    t.nanos = nanos;
    t.offset = offset;
    return t;
}

Temporal make_local_datetime(std::int64_t days, std::int64_t nanos) {
    Temporal t;
    t.kind = TemporalKind::LocalDateTime;
    t.days = days;
    t.nanos = nanos;
    return t;
}

Temporal make_duration(std::int64_t months, std::int64_t days, std::int64_t seconds, std::int64_t nanos) {
    Temporal t;
    t.kind = TemporalKind::Duration;
    t.months = months;
    t.days = days;
    t.seconds = seconds + floor_div(nanos, kNanosPerSecond);
    t.nanos = nanos - floor_div(nanos, kNanosPerSecond) * kNanosPerSecond;
    return t;
}

const char* temporal_type_name(TemporalKind k) {
    switch (k) {
    case TemporalKind::Date: return "Date";
    case TemporalKind::LocalTime: return "LocalTime";
    case TemporalKind::Time: return "Time";
    case TemporalKind::LocalDateTime: return "LocalDateTime";
    case TemporalKind::DateTime: return "DateTime";
    case TemporalKind::Duration: return "Duration";
    }
    return "Temporal";
}

const char* temporal_kind_word(TemporalKind k) {
    switch (k) {
    case TemporalKind::Date: return "date";
    case TemporalKind::LocalTime: return "localtime";
    case TemporalKind::Time: return "time";
    case TemporalKind::LocalDateTime: return "localdatetime";
    case TemporalKind::DateTime: return "datetime";
    case TemporalKind::Duration: return "duration";
    }
    return "";
}

std::optional<TemporalKind> temporal_kind_from_word(std::string_view word) {
    for (auto k : {TemporalKind::Date, TemporalKind::LocalTime, TemporalKind::Time, TemporalKind::LocalDateTime,
                   TemporalKind::DateTime, TemporalKind::Duration})
        if (word == temporal_kind_word(k)) return k;
    return std::nullopt;
}

}  // namespace liverkg::graph

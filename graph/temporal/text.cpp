// ISO 8601 text of temporal values: the forms toString() writes and the ones openCypher reads.
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "graph/temporal/duration_parts.hpp"
#include "graph/temporal/temporal.hpp"

namespace liverkg::graph {

namespace {

void append_padded(std::string& out, std::int64_t v, int width) {
    std::string digits = std::to_string(v < 0 ? -v : v);
    if (v < 0) out += '-';
    if (static_cast<int>(digits.size()) < width) out.append(width - digits.size(), '0');
    out += digits;
}

void append_year(std::string& out, std::int64_t year) {
    if (year > 9999) out += '+';
    append_padded(out, year, 4);
}

void append_date(std::string& out, std::int64_t days) {
    CivilDate c = civil_from_days(days);
    append_year(out, c.year);
    out += '-';
    append_padded(out, c.month, 2);
    out += '-';
    append_padded(out, c.day, 2);
}

// HH:MM, then :SS when seconds or a fraction are there, then the fraction in groups of three digits.
void append_time(std::string& out, std::int64_t nanos) {
    std::int64_t secs = nanos / kNanosPerSecond;
    std::int64_t frac = nanos % kNanosPerSecond;
    append_padded(out, secs / 3600, 2);
    out += ':';
    append_padded(out, secs / 60 % 60, 2);
    if (secs % 60 == 0 && frac == 0) return;
    out += ':';
    append_padded(out, secs % 60, 2);
    if (frac == 0) return;
    out += '.';
    if (frac % 1'000'000 == 0) append_padded(out, frac / 1'000'000, 3);
    else if (frac % 1000 == 0) append_padded(out, frac / 1000, 6);
    else append_padded(out, frac, 9);
}

// Whole units of a signed quantity, each written when not zero.
void append_unit(std::string& out, std::int64_t v, char unit) {
    if (v == 0) return;
    out += std::to_string(v);
    out += unit;
}

void append_duration(std::string& out, const Temporal& d) {
    out += 'P';
    append_unit(out, d.months / 12, 'Y');
    append_unit(out, d.months % 12, 'M');
    append_unit(out, d.days, 'D');
    if (d.seconds != 0 || d.nanos != 0) {
        out += 'T';
        // Seconds and nanos as one signed quantity (-1.001 s is seconds -2, nanos 999000000), split
        // into hours, minutes and seconds that each carry the sign of the whole.
        __int128 total = static_cast<__int128>(d.seconds) * kNanosPerSecond + d.nanos;
        bool negative = total < 0;
        __int128 mag = negative ? -total : total;
        std::int64_t hours = static_cast<std::int64_t>(mag / (3600 * static_cast<__int128>(kNanosPerSecond)));
        mag -= static_cast<__int128>(hours) * 3600 * kNanosPerSecond;
        std::int64_t minutes = static_cast<std::int64_t>(mag / (60 * kNanosPerSecond));
        mag -= static_cast<__int128>(minutes) * 60 * kNanosPerSecond;
        std::int64_t secs = static_cast<std::int64_t>(mag / kNanosPerSecond);
        std::int64_t frac = static_cast<std::int64_t>(mag % kNanosPerSecond);
        append_unit(out, negative ? -hours : hours, 'H');
        append_unit(out, negative ? -minutes : minutes, 'M');
        if (secs != 0 || frac != 0) {
            if (negative) out += '-';
            out += std::to_string(secs);
            if (frac != 0) {
                std::string f = std::to_string(frac);
                f.insert(0, 9 - f.size(), '0');
                while (!f.empty() && f.back() == '0') f.pop_back();
                out += '.' + f;
            }
            out += 'S';
        }
    }
    if (out == "P") out += "T0S";
}

}  // namespace

std::string offset_text(std::int32_t offset) {
    if (offset == 0) return "Z";
    std::string out(1, offset < 0 ? '-' : '+');
    std::int32_t mag = offset < 0 ? -offset : offset;
    append_padded(out, mag / 3600, 2);
    out += ':';
    append_padded(out, mag / 60 % 60, 2);
    if (mag % 60) {
        out += ':';
        append_padded(out, mag % 60, 2);
    }
    return out;
}

std::string temporal_text(const Temporal& t) {
    std::string out;
    switch (t.kind) {
    case TemporalKind::Date: append_date(out, t.days); break;
    case TemporalKind::LocalTime: append_time(out, t.nanos); break;
    case TemporalKind::Time:
        append_time(out, t.nanos);
        out += offset_text(t.offset);
        break;
    case TemporalKind::LocalDateTime:
        append_date(out, t.days);
        out += 'T';
        append_time(out, t.nanos);
        break;
    case TemporalKind::DateTime:
        append_date(out, t.days);
        out += 'T';
        append_time(out, t.nanos);
        out += offset_text(t.offset);
        if (!t.zone.empty()) out += '[' + t.zone + ']';
        break;
    case TemporalKind::Duration: append_duration(out, t); break;
    }
    return out;
}

// ---------------------------------------------------------------- reading

namespace {

// A cursor over the text with the small steps ISO 8601 is made of.
class Reader {
public:
    explicit Reader(std::string_view s) : s_(s) {}
    bool done() const { return i_ >= s_.size(); }
    char peek(std::size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }
    bool eat(char c) {
        if (peek() != c) return false;
        ++i_;
        return true;
    }
    bool eat_any(const char* cs) {
        for (const char* c = cs; *c; ++c)
            if (eat(*c)) return true;
        return false;
    }
    std::size_t digits_ahead() const {
        std::size_t n = 0;
        while (i_ + n < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_ + n]))) ++n;
        return n;
    }
    // Exactly n digits.
    std::optional<std::int64_t> digits(std::size_t n) {
        if (digits_ahead() < n) return std::nullopt;
        std::int64_t v = 0;
        for (std::size_t k = 0; k < n; ++k) v = v * 10 + (s_[i_++] - '0');
        return v;
    }
    // A fraction after '.' or ',' as nanoseconds (at most 9 digits).
    std::optional<std::int64_t> fraction() {
        std::size_t n = digits_ahead();
        if (n == 0 || n > 9) return std::nullopt;
        std::int64_t v = *digits(n);
        for (std::size_t k = n; k < 9; ++k) v *= 10;
        return v;
    }
    std::string_view rest() const { return s_.substr(std::min(i_, s_.size())); }
    void skip(std::size_t n) { i_ += n; }

private:
    std::string_view s_;
    std::size_t i_ = 0;
};

bool fail(std::string* error, const std::string& what) {
    if (error) *error = what;
    return false;
}

// [+-]YYYY then month, week or ordinal day, extended (with '-') or basic.
bool read_date(Reader& r, std::int64_t& days, std::string* error) {
    bool negative = false;
    std::size_t year_digits = 4;
    if (r.peek() == '+' || r.peek() == '-') {
        negative = r.peek() == '-';
        r.skip(1);
        year_digits = std::min<std::size_t>(r.digits_ahead(), 9);
        if (year_digits < 4) return fail(error, "a year of at least four digits");
    }
    auto year_v = r.digits(year_digits);
    if (!year_v) return fail(error, "a four-digit year");
    std::int64_t year = negative ? -*year_v : *year_v;
    bool extended = r.eat('-');
    auto finish = [&](int month, int day) {
        if (!valid_civil(year, month, day)) return fail(error, "a valid calendar date");
        days = days_from_civil(year, month, day);
        return true;
    };
    if (r.eat('W')) {
        auto week = r.digits(2);
        if (!week) return fail(error, "a two-digit week after W");
        int dow = 1;
        if (extended ? r.eat('-') : r.digits_ahead() >= 1) {
            auto d = r.digits(1);
            if (!d) return fail(error, "a day of the week (1-7)");
            dow = static_cast<int>(*d);
        }
        if (*week < 1 || *week > iso_weeks_in_year(year) || dow < 1 || dow > 7)
            return fail(error, "a valid week date");
        days = iso_week1_monday(year) + (*week - 1) * 7 + (dow - 1);
        return true;
    }
    std::size_t n = r.digits_ahead();
    if (!extended && n == 0) return finish(1, 1);
    if (extended && n == 3) {
        auto ordinal = *r.digits(3);
        if (ordinal < 1 || ordinal > (leap_year(year) ? 366 : 365)) return fail(error, "a valid day of the year");
        days = days_from_civil(year, 1, 1) + ordinal - 1;
        return true;
    }
    if (!extended && n == 3) {
        auto ordinal = *r.digits(3);
        if (ordinal < 1 || ordinal > (leap_year(year) ? 366 : 365)) return fail(error, "a valid day of the year");
        days = days_from_civil(year, 1, 1) + ordinal - 1;
        return true;
    }
    auto month = r.digits(2);
    if (!month) return fail(error, "a two-digit month");
    if (extended ? !r.eat('-') : r.digits_ahead() < 2) return finish(static_cast<int>(*month), 1);
    auto day = r.digits(2);
    if (!day) return fail(error, "a two-digit day");
    return finish(static_cast<int>(*month), static_cast<int>(*day));
}

// HH[:MM[:SS[.f]]] or HH[MM[SS[.f]]].
bool read_time(Reader& r, std::int64_t& nanos, std::string* error) {
    auto hour = r.digits(2);
    if (!hour) return fail(error, "a two-digit hour");
    std::int64_t minute = 0, second = 0, frac = 0;
    bool extended = r.peek() == ':';
    if (extended ? r.eat(':') : r.digits_ahead() >= 2) {
        auto m = r.digits(2);
        if (!m) return fail(error, "a two-digit minute");
        minute = *m;
        if (extended ? r.eat(':') : r.digits_ahead() >= 2) {
            auto s = r.digits(2);
            if (!s) return fail(error, "a two-digit second");
            second = *s;
            if (r.eat_any(".,")) {
                auto f = r.fraction();
                if (!f) return fail(error, "one to nine digits of a fraction of a second");
                frac = *f;
            }
        }
    }
    if (*hour > 23 || minute > 59 || second > 59) return fail(error, "a valid time of day");
    nanos = ((*hour * 60 + minute) * 60 + second) * kNanosPerSecond + frac;
    return true;
}

// Z, or +HH, +HHMM, +HH:MM, +HH:MM:SS; nullopt (and r untouched) when none is there.
std::optional<std::int32_t> read_offset(Reader& r, std::string* error, bool& bad) {
    if (r.eat('Z')) return 0;
    if (r.peek() != '+' && r.peek() != '-') return std::nullopt;
    int sign = r.peek() == '-' ? -1 : 1;
    r.skip(1);
    auto h = r.digits(2);
    if (!h) {
        bad = fail(error, "an offset such as +01:00");
        return std::nullopt;
    }
    std::int64_t m = 0, s = 0;
    bool extended = r.eat(':');
    if (extended || r.digits_ahead() >= 2) {
        auto mm = r.digits(2);
        if (!mm) {
            bad = fail(error, "two digits of offset minutes");
            return std::nullopt;
        }
        m = *mm;
        if (extended ? r.eat(':') : r.digits_ahead() >= 2) {
            auto ss = r.digits(2);
            if (!ss) {
                bad = fail(error, "two digits of offset seconds");
                return std::nullopt;
            }
            s = *ss;
        }
    }
    if (*h > 18 || m > 59 || s > 59 || (*h == 18 && (m || s))) {
        bad = fail(error, "an offset between -18:00 and +18:00");
        return std::nullopt;
    }
    return static_cast<std::int32_t>(sign * (*h * 3600 + m * 60 + s));
}

struct ZonePart {
    std::optional<std::int32_t> offset;
    std::string zone;
};

// [offset]['[' Zone/Name ']']
bool read_zone_part(Reader& r, ZonePart& z, std::string* error) {
    bool bad = false;
    z.offset = read_offset(r, error, bad);
    if (bad) return false;
    if (r.eat('[')) {
        std::string_view rest = r.rest();
        auto close = rest.find(']');
        if (close == std::string_view::npos) return fail(error, "a ']' closing the time zone name");
        std::string name(rest.substr(0, close));
        r.skip(close + 1);
        auto spec = parse_zone(name);
        if (!spec) return fail(error, "a known time zone instead of '" + name + "'");
        if (spec->zone.empty()) {
            if (z.offset && *z.offset != spec->offset) return fail(error, "an offset that matches the zone");
            z.offset = spec->offset;
        } else {
            z.zone = spec->zone;
        }
    }
    return true;
}

// Reads a decimal number ("12", "-2.5") of a duration part.
bool read_number(Reader& r, long double& v, bool& fractional) {
    std::string_view rest = r.rest();
    std::size_t n = 0;
    if (n < rest.size() && (rest[n] == '-' || rest[n] == '+')) ++n;
    std::size_t start_digits = n;
    while (n < rest.size() && std::isdigit(static_cast<unsigned char>(rest[n]))) ++n;
    if (n == start_digits) return false;
    fractional = false;
    if (n < rest.size() && (rest[n] == '.' || rest[n] == ',')) {
        std::size_t k = n + 1;
        while (k < rest.size() && std::isdigit(static_cast<unsigned char>(rest[k]))) ++k;
        if (k == n + 1) return false;
        fractional = true;
        n = k;
    }
    std::string text(rest.substr(0, n));
    for (char& c : text)
        if (c == ',') c = '.';
    v = std::strtold(text.c_str(), nullptr);
    r.skip(n);
    return true;
}

std::optional<Temporal> finish_duration(const DurationParts& parts, bool negate, std::string* error) {
    auto out = parts.build();
    if (!out) return fail(error, "a duration whose parts fit in 64 bits"), std::nullopt;
    if (negate) out = make_duration(-out->months, -out->days, -out->seconds, -out->nanos);
    return out;
}

std::optional<Temporal> read_duration(std::string_view text, std::string* error) {
    Reader r(text);
    bool negate = r.eat('-');
    if (!r.eat('P')) {
        fail(error, "a duration starting with P");
        return std::nullopt;
    }
    DurationParts parts;
    // The alternative form PYYYY-MM-DDTHH:MM:SS[.f].
    if (r.digits_ahead() == 4 && r.peek(4) == '-') {
        auto y = r.digits(4);
        r.eat('-');
        auto mo = r.digits(2);
        if (!mo || !r.eat('-')) return fail(error, "PYYYY-MM-DDTHH:MM:SS"), std::nullopt;
        auto d = r.digits(2);
        if (!d || !r.eat('T')) return fail(error, "PYYYY-MM-DDTHH:MM:SS"), std::nullopt;
        std::int64_t nanos = 0;
        if (!read_time(r, nanos, error)) return std::nullopt;
        if (!r.done()) return fail(error, "the end of the duration instead of '" + std::string(r.rest()) + "'"), std::nullopt;
        parts.add_months(*y * 12 + *mo);
        parts.add_days(*d);
        parts.add_nanos(nanos);
        return finish_duration(parts, negate, error);
    }
    bool in_time = false, any = false;
    const char* date_units = "YMWD";
    const char* time_units = "HMS";
    std::size_t next_date = 0, next_time = 0;
    while (!r.done()) {
        if (!in_time && r.eat('T')) {
            in_time = true;
            continue;
        }
        long double v = 0;
        bool fractional = false;
        std::string_view number_text = r.rest();
        if (!read_number(r, v, fractional)) return fail(error, "a number before a duration unit"), std::nullopt;
        char unit = r.peek();
        r.skip(1);
        const char* units = in_time ? time_units : date_units;
        std::size_t& next = in_time ? next_time : next_date;
        std::size_t k = next;
        while (units[k] && units[k] != unit) ++k;
        if (!units[k]) return fail(error, std::string("a unit among ") + (in_time ? "H, M, S" : "Y, M, W, D")), std::nullopt;
        next = k + 1;
        any = true;
        static const std::int64_t date_factor[] = {12, 1, 7, 1};
        static const DurationParts::Unit date_unit[] = {DurationParts::Months, DurationParts::Months,
                                                        DurationParts::Days, DurationParts::Days};
        static const std::int64_t time_factor[] = {3600, 60, 1};
        if (in_time && k == 2 && fractional) {
            // Seconds with a fraction are read exactly, to the nanosecond.
            number_text = number_text.substr(0, number_text.find_first_of("Ss"));
            bool negative = number_text.front() == '-';
            std::size_t point = number_text.find_first_of(".,");
            std::string whole(number_text.substr(0, point));
            std::string frac(number_text.substr(point + 1, 9));
            frac.append(9 - frac.size(), '0');
            errno = 0;
            std::int64_t secs = std::strtoll(whole.c_str(), nullptr, 10);
            if (errno == ERANGE) return fail(error, "a duration whose parts fit in 64 bits"), std::nullopt;
            std::int64_t nanos = std::strtoll(frac.c_str(), nullptr, 10);
            parts.add(static_cast<long double>(secs), false, 1, DurationParts::Seconds);
            parts.add(static_cast<long double>(negative ? -nanos : nanos), false, 1, DurationParts::Nanos);
        } else if (in_time) parts.add(v, fractional, time_factor[k], DurationParts::Seconds);
        else parts.add(v, fractional, date_factor[k], date_unit[k]);
    }
    if (!any) return fail(error, "at least one duration part after P"), std::nullopt;
    return finish_duration(parts, negate, error);
}

}  // namespace

std::optional<ZoneSpec> parse_zone(std::string_view text) {
    Reader r(text);
    bool bad = false;
    if (auto off = read_offset(r, nullptr, bad); off && r.done()) return ZoneSpec{*off, ""};
    if (bad) return std::nullopt;
    if (text.empty() || !known_zone(text)) return std::nullopt;
    return ZoneSpec{0, std::string(text)};
}

std::optional<Temporal> parse_temporal(TemporalKind kind, std::string_view text, std::string* error) {
    if (kind == TemporalKind::Duration) return read_duration(text, error);
    Reader r(text);
    std::int64_t days = 0, nanos = 0;
    ZonePart z;
    auto trailing = [&]() {
        if (!r.done()) fail(error, "the end of the text instead of '" + std::string(r.rest()) + "'");
        return r.done();
    };
    switch (kind) {
    case TemporalKind::Date:
        if (!read_date(r, days, error) || !trailing()) return std::nullopt;
        return make_date(days);
    case TemporalKind::LocalTime:
        if (!read_time(r, nanos, error) || !trailing()) return std::nullopt;
        return make_local_time(nanos);
    case TemporalKind::Time:
        if (!read_time(r, nanos, error) || !read_zone_part(r, z, error) || !trailing()) return std::nullopt;
        if (!z.zone.empty()) return fail(error, "an offset, not a named zone, for a time"), std::nullopt;
        return make_time(nanos, z.offset.value_or(0));
    case TemporalKind::LocalDateTime:
        if (!read_date(r, days, error)) return std::nullopt;
        if (r.eat('T') && !read_time(r, nanos, error)) return std::nullopt;
        if (!trailing()) return std::nullopt;
        return make_local_datetime(days, nanos);
    case TemporalKind::DateTime:
        if (!read_date(r, days, error)) return std::nullopt;
        if (r.eat('T') && !read_time(r, nanos, error)) return std::nullopt;
        if (!read_zone_part(r, z, error) || !trailing()) return std::nullopt;
        return make_datetime_local(days, nanos, z.offset.value_or(0), z.zone, z.offset);
    case TemporalKind::Duration: break;
    }
    return std::nullopt;
}

}  // namespace liverkg::graph

// Equality, comparison, ordering and hashing of temporal values.
#include <functional>

#include "engine/temporal/temporal_ops.hpp"

namespace liverkg::engine::temporal {

namespace {

using graph::kNanosPerSecond;

template <typename T>
int three_way(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Nanoseconds of the instant a time of day names at UTC.
__int128 utc_nanos_of_time(const Temporal& t) {
    return static_cast<__int128>(t.nanos) - static_cast<__int128>(t.offset) * kNanosPerSecond;
}

__int128 instant_nanos(const Temporal& t) {
    return static_cast<__int128>(t.epoch_seconds()) * kNanosPerSecond + t.nanos % kNanosPerSecond;
}

__int128 local_nanos(const Temporal& t) { return static_cast<__int128>(t.days) * graph::kNanosPerDay + t.nanos; }

// Order of the kinds among themselves in ORDER BY (the openCypher orderability rules).
int kind_rank(TemporalKind k) {
    switch (k) {
    case TemporalKind::DateTime: return 0;
    case TemporalKind::LocalDateTime: return 1;
    case TemporalKind::Date: return 2;
    case TemporalKind::Time: return 3;
    case TemporalKind::LocalTime: return 4;
    case TemporalKind::Duration: return 5;
    }
    return 6;
}

// A duration's length with a month as 30.436875 days, for ordering only.
__int128 approximate_nanos(const Temporal& d) {
    return (static_cast<__int128>(d.months) * 2'629'746 + static_cast<__int128>(d.days) * graph::kSecondsPerDay +
            d.seconds) * kNanosPerSecond + d.nanos;
}

}  // namespace

bool equal(const Temporal& a, const Temporal& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
    case TemporalKind::Date: return a.days == b.days;
    case TemporalKind::LocalTime: return a.nanos == b.nanos;
    case TemporalKind::Time: return a.nanos == b.nanos && a.offset == b.offset;
    case TemporalKind::LocalDateTime: return a.days == b.days && a.nanos == b.nanos;
    case TemporalKind::DateTime:
        return a.days == b.days && a.nanos == b.nanos && a.offset == b.offset && a.zone == b.zone;
    case TemporalKind::Duration:
        return a.months == b.months && a.days == b.days && a.seconds == b.seconds && a.nanos == b.nanos;
    }
    return false;
}

std::optional<int> compare(const Temporal& a, const Temporal& b) {
    if (a.kind != b.kind) return std::nullopt;
    switch (a.kind) {
    case TemporalKind::Date: return three_way(a.days, b.days);
    case TemporalKind::LocalTime: return three_way(a.nanos, b.nanos);
    case TemporalKind::Time:
        if (int c = three_way(utc_nanos_of_time(a), utc_nanos_of_time(b))) return c;
        return three_way(a.nanos, b.nanos);
    case TemporalKind::LocalDateTime: return three_way(local_nanos(a), local_nanos(b));
    case TemporalKind::DateTime:
        if (int c = three_way(instant_nanos(a), instant_nanos(b))) return c;
        if (int c = three_way(local_nanos(a), local_nanos(b))) return c;
        return three_way(a.zone, b.zone);
    case TemporalKind::Duration: return std::nullopt;
    }
    return std::nullopt;
}

int order(const Temporal& a, const Temporal& b) {
    if (a.kind != b.kind) return three_way(kind_rank(a.kind), kind_rank(b.kind));
    if (a.kind == TemporalKind::Duration) {
        if (int c = three_way(approximate_nanos(a), approximate_nanos(b))) return c;
        if (int c = three_way(a.months, b.months)) return c;
        if (int c = three_way(a.days, b.days)) return c;
        return three_way(a.seconds, b.seconds);
    }
    return compare(a, b).value_or(0);
}

std::size_t hash(const Temporal& t) {
    auto mix = [](std::size_t h, std::size_t x) { return h ^ (x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)); };
    std::size_t h = mix(0x66, static_cast<std::size_t>(t.kind));
    h = mix(h, static_cast<std::size_t>(t.months));
    h = mix(h, static_cast<std::size_t>(t.days));
    h = mix(h, static_cast<std::size_t>(t.seconds));
    h = mix(h, static_cast<std::size_t>(t.nanos));
    h = mix(h, static_cast<std::size_t>(t.offset));
    return mix(h, std::hash<std::string>{}(t.zone));
}

}  // namespace liverkg::engine::temporal

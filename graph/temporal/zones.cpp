// Named time zones through Howard Hinnant's date/tz library, which reads the system tz
// database (Debian's tzdata). Only this file sees the library.
#include <date/tz.h>

#include <chrono>
#include <mutex>
#include <unordered_map>

#include "graph/temporal/temporal.hpp"

namespace liverkg::graph {

namespace {

// locate_zone throws for unknown names and searches a sorted list; remember answers.
const date::time_zone* find_zone(std::string_view name) {
    static std::mutex mutex;
    static std::unordered_map<std::string, const date::time_zone*> cache;
    std::lock_guard lock(mutex);
    auto it = cache.find(std::string(name));
    if (it != cache.end()) return it->second;
    const date::time_zone* z = nullptr;
    try {
        z = date::locate_zone(name);
    } catch (const std::exception&) {
        z = nullptr;
    }
    cache.emplace(std::string(name), z);
    return z;
}

// The tz database covers the years around now; far dates use the nearest rule it has.
std::int64_t clamp_seconds(std::int64_t s) {
    constexpr std::int64_t lo = -62135596800LL;   // 0001-01-01
    constexpr std::int64_t hi = 253402300799LL;   // 9999-12-31
    return s < lo ? lo : (s > hi ? hi : s);
}

}  // namespace

bool known_zone(std::string_view name) { return find_zone(name) != nullptr; }

std::int32_t zone_offset_at_instant(const std::string& zone, std::int64_t epoch_seconds) {
    const date::time_zone* z = find_zone(zone);
    if (!z) return 0;
    auto info = z->get_info(date::sys_seconds{std::chrono::seconds{clamp_seconds(epoch_seconds)}});
    return static_cast<std::int32_t>(info.offset.count());
}

std::int32_t zone_offset_at_local(const std::string& zone, std::int64_t local_seconds,
                                  std::optional<std::int32_t> preferred) {
    const date::time_zone* z = find_zone(zone);
    if (!z) return 0;
    auto info = z->get_info(date::local_seconds{std::chrono::seconds{clamp_seconds(local_seconds)}});
    switch (info.result) {
    case date::local_info::unique: return static_cast<std::int32_t>(info.first.offset.count());
    case date::local_info::nonexistent: return static_cast<std::int32_t>(info.first.offset.count());
    case date::local_info::ambiguous:
        if (preferred && *preferred == info.second.offset.count()) return *preferred;
        return static_cast<std::int32_t>(info.first.offset.count());
    }
    return 0;
}

Temporal make_datetime_local(std::int64_t days, std::int64_t nanos, std::int32_t offset, const std::string& zone,
                             std::optional<std::int32_t> preferred) {
    if (!zone.empty()) {
        std::int64_t local = days * kSecondsPerDay + nanos / kNanosPerSecond;
        offset = zone_offset_at_local(zone, local, preferred);
        // In a gap the wall clock does not exist: the instant it names (with the offset before
        // the gap) is shown in the offset after it.
        std::int32_t actual = zone_offset_at_instant(zone, local - offset);
        if (actual != offset) return make_datetime_instant(local - offset, nanos % kNanosPerSecond, 0, zone);
    }
    Temporal t;
    t.kind = TemporalKind::DateTime;
    t.days = days;
    t.nanos = nanos;
    t.offset = offset;
    t.zone = zone;
    return t;
}

Temporal make_datetime_instant(std::int64_t epoch_seconds, std::int64_t nanos, std::int32_t offset,
                               const std::string& zone) {
    if (!zone.empty()) offset = zone_offset_at_instant(zone, epoch_seconds);
    std::int64_t local = epoch_seconds + offset;
    std::int64_t days = floor_div(local, kSecondsPerDay);
    Temporal t;
    t.kind = TemporalKind::DateTime;
    t.days = days;
    t.nanos = (local - days * kSecondsPerDay) * kNanosPerSecond + nanos;
    t.offset = offset;
    t.zone = zone;
    return t;
}

}  // namespace liverkg::graph

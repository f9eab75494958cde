// libFuzzer target: reading ISO 8601 temporal text must never crash on arbitrary bytes, and
// whatever it accepts must print as text that reads back as the same value.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "graph/temporal/temporal.hpp"

using namespace liverkg::graph;

namespace {

bool same(const Temporal& a, const Temporal& b) {
    return a.kind == b.kind && a.months == b.months && a.days == b.days && a.seconds == b.seconds &&
           a.nanos == b.nanos && a.offset == b.offset && a.zone == b.zone;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    for (auto kind : {TemporalKind::Date, TemporalKind::LocalTime, TemporalKind::Time, TemporalKind::LocalDateTime,
                      TemporalKind::DateTime, TemporalKind::Duration}) {
        std::string why;
        auto t = parse_temporal(kind, text, &why);
        if (!t) {
            if (why.empty()) std::abort();   // every refusal says what was expected
            continue;
        }
        auto again = parse_temporal(kind, temporal_text(*t));
        if (!again || !same(*t, *again)) std::abort();
    }
    return 0;
}

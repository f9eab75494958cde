#pragma once
// The six temporal types as Bolt structures (Date D, Time T, LocalTime t, LocalDateTime d,
// DateTime I/i from Bolt 5.0 and F/f before it, Duration E), both ways.
#include <cstdint>
#include <vector>

#include "graph/temporal/temporal.hpp"
#include "graph/value.hpp"

namespace liverkg::server::pack {

// A temporal structure: its tag and its fields, in the order the protocol gives them.
struct TemporalStructure {
    std::uint8_t tag = 0;
    std::vector<graph::Value> fields;
};

// utc_datetime: Bolt 5's DateTime (I, i: seconds of the UTC instant); otherwise the legacy
// structures of Bolt 4.4 (F, f: seconds of the wall clock).
TemporalStructure temporal_structure(const graph::Temporal& t, bool utc_datetime);

// Whether a structure tag is one of the temporal ones (both DateTime generations).
bool is_temporal_tag(std::uint8_t tag);

// The engine value of a temporal structure a client sent; throws DecodeError (unsupported, so
// only the request fails) naming the structure and what its fields should be.
graph::Value temporal_value(std::uint8_t tag, const std::vector<graph::Value>& fields);

}  // namespace liverkg::server::pack

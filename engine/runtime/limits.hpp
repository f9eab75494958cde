#pragma once
// The bounds every statement runs under (docs/cli.md, "Limits"). Exceeding one stops the
// statement with a ResourceLimit error naming the limit; the graph is unchanged.
#include <cstdint>

namespace liverkg::engine {

struct Limits {
    // Bytes a statement may allocate and hold at once (rows, values, strings, intermediate
    // results, its result). 0: no limit.
    std::uint64_t max_memory_bytes = std::uint64_t(2048) << 20;
    // Units of work: a node or relationship looked at, a row produced, a hop of a path
    // built, 64 bytes copied by string or list concatenation... 0: no limit.
    std::uint64_t max_steps = 500'000'000;
    // Wall-clock time of one statement in milliseconds. 0: no limit.
    std::uint64_t timeout_ms = 0;
    // Not a bound on one statement but set beside them (:set plan-cache, --plan-cache): how
    // many compiled plans the session keeps (engine/plan_cache.hpp). 0: no plan cache.
    std::uint64_t plan_cache_size = 1000;
};

}  // namespace liverkg::engine

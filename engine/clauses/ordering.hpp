#pragma once
// ORDER BY: the order of rows given their sort keys, with openCypher's ordering of
// values and the stability the TCK expects (rows with equal keys keep their order).
#include <cstddef>
#include <vector>

#include "graph/value.hpp"

namespace liverkg::engine {

// keys holds row i's keys at keys[i * nk .. i * nk + nk), nk = descending.size().
// Returns the row indexes in order; only the first `needed` are returned (and sorted),
// which is all ORDER BY ... LIMIT needs.
std::vector<std::size_t> sort_order(const std::vector<const graph::Value*>& keys, const std::vector<bool>& descending,
                                    std::size_t needed);

}  // namespace liverkg::engine

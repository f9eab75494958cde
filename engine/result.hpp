#pragma once
// What a statement gives back: the rows and columns of its result, the counts of its writes,
// its plan and notices. Kept apart from the driver (engine.hpp) so that the printers,
// exporters and the Bolt server can read a result without knowing how it was computed.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "graph/value.hpp"

namespace liverkg::engine {

using graph::Value;
using Params = std::map<std::string, Value, std::less<>>;
using Row = std::vector<Value>;

struct Stats {
    std::int64_t nodes_created = 0;
    std::int64_t nodes_deleted = 0;
    std::int64_t relationships_created = 0;
    std::int64_t relationships_deleted = 0;
    std::int64_t properties_set = 0;
    std::int64_t properties_removed = 0;
    std::int64_t labels_added = 0;
    std::int64_t labels_removed = 0;
    bool any() const;
};

struct ResultSet {
    std::vector<std::string> columns;
    std::vector<Row> rows;
    Stats stats;
    std::string plan;                    // EXPLAIN / PROFILE: the operator tree, rendered
    std::vector<std::string> notices;    // e.g. "PATHS stopped at LIMIT 20"
    // When non-zero, the formats meant for reading (table, vertical) show only this many leading
    // columns; the rest (a PATHS result's path value and per-hop evidence) go to json, csv, tsv
    // and the tree view.
    std::size_t summary_columns = 0;
};

}  // namespace liverkg::engine

#pragma once
// Choosing a header for each property column when saving, so that load_tsv reads
// every value back as the same Value (types, lists, strings holding '|').
#include <string>
#include <vector>

#include "graph/graph.hpp"
#include "graph/tsv/cells.hpp"

namespace liverkg::formats::tsv {

// The loader and saver work on the store's public API and share graph/'s typed-cell codec
// (graph/tsv/cells.hpp, which graph/kg also reads schema.tsv and references.tsv with).
using namespace liverkg::graph;
using namespace liverkg::graph::tsv;

struct PlannedColumn {
    KeyId key;
    Column column;   // name and type as written in the header
};

// Values of one key across the saved entities, in any order.
using ValueRefs = std::vector<const Value*>;

// Throws ArgumentError naming `what` (e.g. "node property 'year'") when the values
// cannot be written so that they load back identically.
Column plan_column(const std::string& name, const ValueRefs& values, const std::string& what);

// Header text of a column: `name`, `name:type` or `name:type[]`.
std::string header_text(const Column& c);

// Cell text of a value under a planned column (the value was checked by plan_column).
void append_cell(std::string& out, const Value& v);

// Rejects text a TSV cell cannot hold (tab, CR, LF); `what` names the place.
void check_cell_text(const std::string& text, const std::string& what);

}  // namespace liverkg::formats::tsv

#pragma once
#include "repl/format/printer.hpp"

namespace liverkg::repl {

// Paths hop by hop: a heading per row with its other summary columns, then the path's first
// node and one line per hop with the relationship's sign, evidence, model and citations.
// Rows without a path print as in the vertical format.
class TreePrinter : public Printer {
public:
    void print(const engine::ResultSet& result, const PrintContext& ctx,
               std::ostream& out) const override;
};

}  // namespace liverkg::repl

#pragma once
#include "repl/format/printer.hpp"

namespace liverkg::repl {

// Aligned columns in an ASCII frame, numbers right-aligned, a footer "N rows"; statements that
// only change the graph print what they changed. Fits ctx.width when it is set: cells
// wider than their column wrap inside it (psql's wrapped format).
class TablePrinter : public Printer {
public:
    void print(const engine::ResultSet& result, const PrintContext& ctx,
               std::ostream& out) const override;
};

// "1 row", "3 rows".
std::string row_count_text(std::size_t rows);
// "Nodes created: 1, Properties set: 2", empty when nothing changed.
std::string stats_text(const engine::Stats& stats);

}  // namespace liverkg::repl

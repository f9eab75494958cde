#pragma once
#include "repl/format/printer.hpp"

namespace liverkg::repl {

// One block per record, one "column: value" line per column (psql's \x), for wide rows.
class VerticalPrinter : public Printer {
public:
    void print(const engine::ResultSet& result, const PrintContext& ctx,
               std::ostream& out) const override;
};

}  // namespace liverkg::repl

#pragma once
#include "repl/format/printer.hpp"

namespace liverkg::repl {

// A header row, then one row per record, fields separated by tabs; tab, newline, carriage
// return and backslash inside a field are written \t \n \r \\ so every record stays one line.
class TsvPrinter : public Printer {
public:
    void print(const engine::ResultSet& result, const PrintContext& ctx,
               std::ostream& out) const override;
};

std::string tsv_field(const std::string& text);

}  // namespace liverkg::repl

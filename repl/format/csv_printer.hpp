#pragma once
#include "repl/format/printer.hpp"

namespace liverkg::repl {

// A header row, then one row per record; fields holding a comma, a quote, CR or LF are
// quoted with "" for an embedded quote (RFC 4180). null is an empty field.
class CsvPrinter : public Printer {
public:
    void print(const engine::ResultSet& result, const PrintContext& ctx,
               std::ostream& out) const override;
};

std::string csv_field(const std::string& text);

}  // namespace liverkg::repl

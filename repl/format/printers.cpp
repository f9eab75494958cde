#include "repl/format/printer.hpp"

#include <array>

#include "repl/format/csv_printer.hpp"
#include "repl/format/json_printer.hpp"
#include "repl/format/table_printer.hpp"
#include "repl/format/tsv_printer.hpp"
#include "repl/format/vertical_printer.hpp"

namespace liverkg::repl {
namespace {

template <class P>
std::unique_ptr<Printer> make() {
    return std::make_unique<P>();
}

const std::array<FormatEntry, 5> format_table{{
    {"table", "aligned columns with a row count", &make<TablePrinter>},
    {"csv", "comma-separated values, RFC 4180 quoting", &make<CsvPrinter>},
    {"tsv", "tab-separated values, \\t \\n \\\\ escaped", &make<TsvPrinter>},
    {"json", "one JSON object per statement per line", &make<JsonPrinter>},
    {"vertical", "one line per column, a block per row", &make<VerticalPrinter>},
}};

}  // namespace

std::span<const FormatEntry> formats() { return format_table; }

std::unique_ptr<Printer> make_printer(std::string_view name) {
    for (const auto& f : format_table)
        if (f.name == name) return f.make();
    return nullptr;
}

std::string format_names() {
    std::string names;
    for (const auto& f : format_table) {
        if (!names.empty()) names += '|';
        names += f.name;
    }
    return names;
}

}  // namespace liverkg::repl

#include "repl/format/printer.hpp"

#include <array>

#include "formats/result.hpp"
#include "repl/format/table_printer.hpp"
#include "repl/format/tree_printer.hpp"
#include "repl/format/vertical_printer.hpp"

namespace liverkg::repl {
namespace {

template <class P>
std::unique_ptr<Printer> make() {
    return std::make_unique<P>();
}

// csv, tsv and json print exactly what `:export` and `--export` write to a file: the result
// writers of formats/ (formats/result.hpp).
template <void (*Write)(const engine::ResultSet&, const graph::Graph&, std::ostream&)>
class ResultWriterPrinter : public Printer {
public:
    void print(const engine::ResultSet& rs, const PrintContext& ctx, std::ostream& out) const override {
        Write(rs, ctx.graph, out);
    }
};
using CsvPrinter = ResultWriterPrinter<&formats::write_csv_result>;
using TsvPrinter = ResultWriterPrinter<&formats::write_tsv_result>;
using JsonPrinter = ResultWriterPrinter<&formats::write_json_result>;

const std::array<FormatEntry, 6> format_table{{
    {"table", "aligned columns with a row count", &make<TablePrinter>},
    {"csv", "comma-separated values, RFC 4180 quoting", &make<CsvPrinter>},
    {"tsv", "tab-separated values, \\t \\n \\\\ escaped", &make<TsvPrinter>},
    {"json", "one JSON object per statement per line", &make<JsonPrinter>},
    {"vertical", "one line per column, a block per row", &make<VerticalPrinter>},
    {"tree", "paths hop by hop, with evidence, model and refs", &make<TreePrinter>},
}};

}  // namespace

std::span<const FormatEntry> output_formats() { return format_table; }

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

#include "repl/format/vertical_printer.hpp"

#include <algorithm>
#include <ostream>

#include "repl/format/table_printer.hpp"
#include "repl/format/text_width.hpp"
#include "formats/value_text.hpp"

namespace liverkg::repl {

using formats::value_text;

void VerticalPrinter::print(const engine::ResultSet& rs, const PrintContext& ctx,
                            std::ostream& out) const {
    if (!rs.plan.empty()) out << rs.plan << (rs.plan.back() == '\n' ? "" : "\n");
    std::size_t shown = rs.summary_columns ? std::min(rs.summary_columns, rs.columns.size()) : rs.columns.size();
    std::size_t name_width = 0;
    for (std::size_t i = 0; i < shown; ++i) name_width = std::max(name_width, display_width(rs.columns[i]));
    for (std::size_t r = 0; r < rs.rows.size(); ++r) {
        out << "*** row " << r + 1 << " ***\n";
        for (std::size_t i = 0; i < shown && i < rs.rows[r].size(); ++i) {
            const auto& name = rs.columns[i];
            out << std::string(name_width - display_width(name), ' ') << name << ": "
                << value_text(rs.rows[r][i], ctx.graph) << '\n';
        }
    }
    if (!rs.columns.empty()) out << row_count_text(rs.rows.size()) << '\n';
    if (auto s = stats_text(rs.stats); !s.empty()) out << s << '\n';
}

}  // namespace liverkg::repl

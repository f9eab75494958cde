#include "repl/check.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <ostream>

#include "base/error.hpp"
#include "kg/check.hpp"

namespace liverkg::repl {
namespace {

std::string percent(std::size_t part, std::size_t whole) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%5.1f %%", whole ? 100.0 * double(part) / double(whole) : 0.0);
    return buf;
}

// One line per label, then all nodes: how many carry a CURIE found in ontology_terms.tsv.
void print_coverage(const std::vector<kg::LabelCoverage>& coverage, std::ostream& out) {
    std::vector<kg::LabelCoverage> rows = coverage;
    kg::LabelCoverage all{"all"};
    for (const auto& c : coverage) all.nodes += c.nodes, all.grounded += c.grounded;
    rows.push_back(all);
    std::size_t label_width = 0, count_width = 0;
    auto fraction = [](const kg::LabelCoverage& c) { return std::to_string(c.grounded) + "/" + std::to_string(c.nodes); };
    for (const auto& c : rows) {
        label_width = std::max(label_width, c.label.size());
        count_width = std::max(count_width, fraction(c).size());
    }
    out << "xref coverage (nodes with a CURIE found in ontology_terms.tsv):\n";
    for (const auto& c : rows)
        out << "  " << c.label << std::string(label_width - c.label.size() + 2, ' ')
            << std::string(count_width - fraction(c).size(), ' ') << fraction(c) << "  " << percent(c.grounded, c.nodes)
            << '\n';
}

}  // namespace

int check_directory(const std::string& dir, std::ostream& out, std::ostream& err) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        err << dir << ":0: cannot check: not a directory\n";
        return 2;
    }
    auto report = kg::check_kg(dir);
    for (const auto& p : report.errors) err << p << '\n';
    for (const auto& w : report.warnings) err << "warning: " << w << '\n';
    print_coverage(report.coverage, out);
    out << dir << ": " << (report.ok() ? "ok" : std::to_string(report.errors.size()) + (report.errors.size() == 1 ? " problem" : " problems"));
    if (!report.warnings.empty())
        out << ", " << report.warnings.size() << (report.warnings.size() == 1 ? " warning" : " warnings");
    out << '\n';
    return report.ok() ? 0 : 1;
}

}  // namespace liverkg::repl

namespace liverkg::repl {

TypeSigns type_signs(const std::vector<std::string>& dirs, std::string& error) {
    TypeSigns signs;
    for (const auto& dir : dirs) {
        std::error_code ec;
        if (!std::filesystem::exists(dir + "/schema.tsv", ec)) continue;
        try {
            for (const auto& [type, entry] : kg::load_schema(dir).types)
                signs[type] = std::string(1, entry.sign > 0 ? '+' : entry.sign < 0 ? '-' : '0');
        } catch (const ErrorException& e) {
            error = e.error().message;
        }
    }
    return signs;
}

}  // namespace liverkg::repl

#include "repl/check.hpp"

#include <filesystem>
#include <ostream>

#include "base/error.hpp"
#include "graph/kg_check.hpp"

namespace liverkg::repl {

int check_directory(const std::string& dir, std::ostream& out, std::ostream& err) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        err << dir << ":0: cannot check: not a directory\n";
        return 2;
    }
    auto problems = graph::check_kg(dir);
    for (const auto& p : problems) err << p << '\n';
    out << dir << ": " << (problems.empty() ? "ok" : std::to_string(problems.size()) + " problems")
        << '\n';
    return problems.empty() ? 0 : 1;
}

}  // namespace liverkg::repl

namespace liverkg::repl {

TypeSigns type_signs(const std::vector<std::string>& dirs, std::string& error) {
    TypeSigns signs;
    for (const auto& dir : dirs) {
        std::error_code ec;
        if (!std::filesystem::exists(dir + "/schema.tsv", ec)) continue;
        try {
            for (const auto& [type, entry] : graph::load_schema(dir).types)
                signs[type] = std::string(1, entry.sign > 0 ? '+' : entry.sign < 0 ? '-' : '0');
        } catch (const ErrorException& e) {
            error = e.error().message;
        }
    }
    return signs;
}

}  // namespace liverkg::repl

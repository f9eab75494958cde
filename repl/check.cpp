#include "repl/check.hpp"

#include <ostream>

#include "graph/tsv.hpp"
#include "repl/error_render.hpp"

namespace liverkg::repl {

int check_directory(const std::string& dir, std::ostream& out, std::ostream& err) {
    graph::Graph g;
    graph::TsvLoadReport report;
    try {
        report = graph::load_tsv(g, dir);
    } catch (const ErrorException& e) {
        err << error_headline(e.error()) << '\n';
        return 2;
    } catch (const std::exception& e) {
        err << dir << ":0: cannot load: " << e.what() << '\n';
        return 2;
    }
    // Every row the loader had to skip or merge is a problem in a curated graph.
    for (const auto& w : report.warnings) err << w << '\n';
    out << dir << ": " << report.nodes << " nodes, " << report.relationships << " relationships, "
        << report.warnings.size() << " problems\n";
    return report.warnings.empty() ? 0 : 1;
}

}  // namespace liverkg::repl

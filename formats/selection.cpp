// The part of the graph a network export writes (graphml, cyjs, sif rows).
#include "base/error.hpp"
#include "formats/rows.hpp"

namespace liverkg::formats::rows {

DotSelection selection_of(const ExportJob& job, std::string_view format) {
    if (!job.result) return select_graph(job.graph);
    auto s = select_result(job.graph, *job.result);
    if (s.empty())
        raise(ErrorKind::ArgumentError, "",
              "nothing to export as " + std::string(format) +
                  ": the result holds no nodes, relationships or paths (return them, e.g. "
                  "MATCH p = (a)-[r]->(b) RETURN p); without a statement the whole graph is written");
    return s;
}

}  // namespace liverkg::formats::rows

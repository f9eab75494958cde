// load_tsv / load_tsv_files: find the files, stage (parse + check), then apply.
#include <filesystem>

#include "base/atomic_file.hpp"
#include "base/error.hpp"
#include "formats/tsv.hpp"
#include "graph/tsv/cells.hpp"
#include "formats/tsv/stage.hpp"

namespace liverkg::formats {

namespace fs = std::filesystem;
using graph::Graph;

namespace {

// DIR/<what>.tsv, else the one file named *-<what>.tsv or *_<what>.tsv (hetionet-v1.0-nodes.tsv).
std::string find_member(const std::string& dir, const std::string& what) {
    fs::path plain = fs::path(dir) / (what + ".tsv");
    if (fs::exists(plain)) return plain.string();
    std::vector<std::string> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        std::string name = entry.path().filename().string();
        if (name.ends_with("-" + what + ".tsv") || name.ends_with("_" + what + ".tsv"))
            found.push_back(entry.path().string());
    }
    if (found.size() > 1)
        tsv::load_error(dir, 0, "several " + what + " files (" + found[0] + ", " + found[1] + "); name one " +
                                    what + ".tsv");
    return found.empty() ? std::string{} : found.front();
}

}  // namespace

TsvLoadReport load_tsv_files(Graph& g, const std::string& nodes_path, const std::string& edges_path,
                             const TsvLoadOptions& options) {
    TsvLoadReport report;
    {
        tsv::Staging s;
        s.nodes_file = nodes_path;
        s.edges_file = edges_path;
        tsv::stage_nodes(g, s, options);
        if (!edges_path.empty()) tsv::stage_edges(g, s, options);
        report = tsv::apply_staging(g, s);
    }
    // Typed hops and path searches read the type-grouped snapshot of the adjacency; a
    // bulk load builds it now, as part of making the graph queryable, rather than
    // leaving it to the first query. The staging area is gone by then: its memory is
    // reused instead of adding to the peak.
    g.typed_adjacency();
    return report;
}

TsvLoadReport load_tsv(Graph& g, const std::string& dir, const TsvLoadOptions& options) {
    if (!fs::is_directory(dir)) tsv::load_error(dir, 0, "not a directory");
    if (auto unfinished = files::in_progress_error(dir); !unfinished.empty()) raise(ErrorKind::LoadError, "", unfinished);
    std::string nodes = find_member(dir, "nodes");
    if (nodes.empty()) tsv::load_error((fs::path(dir) / "nodes.tsv").string(), 0, "no such file");
    std::string edges = find_member(dir, "edges");
    TsvLoadReport report = load_tsv_files(g, nodes, edges, options);
    if (edges.empty())
        report.warnings.insert(report.warnings.begin(), dir + ":0: no edges.tsv: loaded nodes only");
    return report;
}

}  // namespace liverkg::formats

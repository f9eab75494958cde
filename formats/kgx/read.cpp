// The KGX reader for directories liverkg wrote: the Biolink columns are dropped, liverkg's
// own ids, labels and types take their places again, and the TSV loader does the rest.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include "base/error.hpp"
#include "formats/kgx/kgx.hpp"
#include "formats/kgx/table_text.hpp"
#include "formats/tsv.hpp"
#include "graph/tsv/cells.hpp"

namespace liverkg::formats::kgx {
namespace fs = std::filesystem;
namespace {

// Rewrites FILE's table keeping `own` (liverkg's structural columns, renamed to `as`) first
// and every column not in `drop` after them. Row and line order are kept, so a line number
// in the rewritten file is the line number in FILE.
void rewrite(const std::string& file, const std::string& out, const std::vector<std::string>& own,
             const std::vector<std::string>& as, const std::vector<std::string>& drop) {
    TextTable t = TextTable::read(file);
    std::vector<std::size_t> keep;
    for (const auto& name : own) {
        auto c = t.column(name);
        if (!c) graph::tsv::load_error(file, 1, "header has no '" + name + "' column");
        keep.push_back(*c);
    }
    for (std::size_t i = 0; i < t.header.size(); ++i)
        if (std::find(drop.begin(), drop.end(), column_name(t.header[i])) == drop.end()) keep.push_back(i);
    std::vector<std::string> header = as;
    for (std::size_t k = own.size(); k < keep.size(); ++k) header.push_back(t.header[keep[k]]);
    // Blank lines stand in for the lines a row does not come from, to keep the numbering.
    std::ofstream o(out, std::ios::binary);
    for (std::size_t i = 0; i < header.size(); ++i) o << (i ? "\t" : "") << header[i];
    o << '\n';
    std::size_t line = 1;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        for (++line; line < t.lines[r]; ++line) o << '\n';
        for (std::size_t k = 0; k < keep.size(); ++k) o << (k ? "\t" : "") << t.rows[r][keep[k]];
        o << '\n';
    }
    if (!o) throw std::runtime_error("cannot write " + out);
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

}  // namespace

bool written_by_liverkg(const std::string& dir) {
    // Only a regular file is opened here: a FIFO would block; the TSV loader refuses it by name.
    std::error_code ec;
    if (!fs::is_regular_file(fs::path(dir) / "nodes.tsv", ec)) return false;
    std::ifstream in(fs::path(dir) / "nodes.tsv", std::ios::binary);
    std::string header;
    if (!in || !std::getline(in, header)) return false;
    std::vector<std::string_view> cells;
    graph::tsv::split_tabs(header, cells);
    return std::find(cells.begin(), cells.end(), std::string_view(kOwnIdColumn)) != cells.end();
}

LoadReport read(graph::Graph& g, const std::string& dir, const LoadOptions&) {
    fs::path scratch = fs::temp_directory_path() / ("liverkg-kgx-" + std::to_string(std::random_device{}()));
    fs::create_directories(scratch);
    struct Cleanup {
        fs::path p;
        ~Cleanup() {
            std::error_code ec;
            fs::remove_all(p, ec);
        }
    } cleanup{scratch};
    std::string nodes = (fs::path(dir) / "nodes.tsv").string(), edges = (fs::path(dir) / "edges.tsv").string();
    rewrite(nodes, (scratch / "nodes.tsv").string(), {kOwnIdColumn, "liverkg_category"}, {"id", "category"},
            {"id", "category", "xref", "synonym", kOwnIdColumn, "liverkg_category"});
    rewrite(edges, (scratch / "edges.tsv").string(), {"original_subject", "original_predicate", "original_object"},
            {"subject", "predicate", "object"},
            {"subject", "predicate", "object", "original_subject", "original_predicate", "original_object",
             "object_aspect_qualifier", "object_direction_qualifier", "knowledge_level", "agent_type",
             "primary_knowledge_source", "publications"});
    // Messages name the user's files, not the scratch copies.
    auto rename_paths = [&](std::string m) {
        m = replace_all(std::move(m), (scratch / "nodes.tsv").string(), nodes);
        return replace_all(std::move(m), (scratch / "edges.tsv").string(), edges);
    };
    try {
        auto r = load_tsv(g, scratch.string());
        LoadReport report;
        report.nodes = r.nodes;
        report.relationships = r.relationships;
        for (auto& w : r.warnings) report.warnings.push_back(rename_paths(w));
        return report;
    } catch (const ErrorException& e) {
        Error error = e.error();
        error.message = rename_paths(error.message);
        throw ErrorException(error);
    }
}

}  // namespace liverkg::formats::kgx

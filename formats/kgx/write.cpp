// The KGX writer: the graph is saved as liverkg TSV first (save_tsv's checks and column
// types), then each file is rewritten with the Biolink columns in front and liverkg's own
// structural columns renamed, so nothing of the graph is lost on the way.
#include <filesystem>
#include <map>
#include <random>
#include <set>

#include "base/atomic_file.hpp"
#include "base/error.hpp"
#include "formats/kgx/kgx.hpp"
#include "formats/kgx/table_text.hpp"
#include "formats/tsv.hpp"
#include "kg/biolink.hpp"
#include "kg/references.hpp"
#include "kg/schema.hpp"
#include "kg/vocabulary.hpp"

namespace liverkg::formats::kgx {
namespace fs = std::filesystem;
namespace {

// The knowledge source of every edge: this curated graph. Not a registered infores id.
constexpr const char* kKnowledgeSource = "infores:liverkg";

const std::vector<std::string> kNodeColumns{"id", "category", "xref", "synonym", kOwnIdColumn, "liverkg_category"};
const std::vector<std::string> kEdgeColumns{
    "subject",     "predicate",  "object",     "original_subject",         "original_predicate",
    "original_object", "object_aspect_qualifier", "object_direction_qualifier", "knowledge_level",
    "agent_type",  "primary_knowledge_source", "publications"};

// A property named like a column the export adds would be lost or clash.
void refuse_clashes(const TextTable& t, std::size_t first_property, const std::vector<std::string>& added) {
    for (std::size_t i = first_property; i < t.header.size(); ++i)
        for (const auto& a : added)
            if (column_name(t.header[i]) == a)
                raise(ErrorKind::ArgumentError, "",
                      "cannot export as KGX: the property '" + a + "' has the name of a KGX column the export writes");
}

struct NodeIds {
    std::map<std::string, std::string, std::less<>> kgx_of;   // liverkg id -> KGX id
};

std::string primary_xref(const std::string& xrefs_cell) { return xrefs_cell.substr(0, xrefs_cell.find('|')); }

std::vector<std::vector<std::string>> node_rows(const TextTable& t, NodeIds& ids) {
    auto xrefs = t.column("xrefs"), aliases = t.column("aliases"), kind = t.column("kind");
    std::set<std::string, std::less<>> used;
    std::vector<std::vector<std::string>> out;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        const std::string& own = row[0];
        std::string primary = primary_xref(t.cell(r, xrefs));
        auto curie = kg::split_curie(primary);
        // One node per KGX id: a CURIE already taken (two nodes of one concept) leaves the
        // later node its own id.
        std::string id = curie && !used.count(primary) ? primary : own;
        used.insert(id);
        ids.kgx_of[own] = id;
        std::string categories;
        for (const auto& label : kg::split_values(row[1])) {
            std::string c(kg::biolink_category(label, t.cell(r, kind), curie ? curie->prefix : ""));
            if (categories.find(c) == std::string::npos) categories += (categories.empty() ? "" : "|") + c;
        }
        std::vector<std::string> cells{id, categories, t.cell(r, xrefs), t.cell(r, aliases), own, row[1]};
        cells.insert(cells.end(), row.begin() + 2, row.end());
        out.push_back(std::move(cells));
    }
    return out;
}

// doi: CURIEs of the cited references that have a DOI (the Reference nodes say which).
std::string publications(const graph::Graph& g, const std::string& refs_cell) {
    std::string out;
    auto doi_key = g.find_key("doi");
    for (const auto& ref : kg::split_values(refs_cell)) {
        std::int64_t number = 0;
        try {
            number = std::stoll(ref);
        } catch (const std::exception&) {
            continue;
        }
        auto node = kg::find_reference(g, number);
        const graph::Value* doi = node && doi_key ? g.node_property(*node, *doi_key) : nullptr;
        if (doi && doi->is_string()) out += (out.empty() ? "doi:" : "|doi:") + doi->as_string();
    }
    return out;
}

std::vector<std::vector<std::string>> edge_rows(const graph::Graph& g, const TextTable& t, const NodeIds& ids) {
    auto refs = t.column("refs"), inferred = t.column("inferred");
    auto kgx_id = [&](const std::string& own) {
        auto it = ids.kgx_of.find(own);
        return it == ids.kgx_of.end() ? own : it->second;
    };
    std::vector<std::vector<std::string>> out;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        const auto& m = kg::biolink_predicate(row[1]);
        bool derived = t.cell(r, inferred) == "true";
        std::vector<std::string> cells{kgx_id(row[0]),
                                       std::string(m.predicate),
                                       kgx_id(row[2]),
                                       row[0],
                                       row[1],
                                       row[2],
                                       std::string(m.aspect),
                                       std::string(m.direction),
                                       derived ? "logical_entailment" : "knowledge_assertion",
                                       "manual_agent",
                                       kKnowledgeSource,
                                       publications(g, t.cell(r, refs))};
        cells.insert(cells.end(), row.begin() + 3, row.end());
        out.push_back(std::move(cells));
    }
    return out;
}

std::vector<std::string> header(const std::vector<std::string>& added, const TextTable& t, std::size_t skip) {
    std::vector<std::string> h = added;
    h.insert(h.end(), t.header.begin() + static_cast<std::ptrdiff_t>(skip), t.header.end());
    return h;
}

// A scratch directory removed on every way out.
struct Scratch {
    fs::path path = fs::temp_directory_path() / ("liverkg-kgx-" + std::to_string(std::random_device{}()));
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

}  // namespace

void write(const graph::Graph& g, const std::string& dir) {
    Scratch scratch;
    save_tsv(g, scratch.path.string(), TsvSaveOptions{nullptr, false});   // Reference nodes stay nodes
    TextTable nodes = TextTable::read((scratch.path / "nodes.tsv").string());
    TextTable edges = TextTable::read((scratch.path / "edges.tsv").string());
    refuse_clashes(nodes, 2, kNodeColumns);
    refuse_clashes(edges, 3, kEdgeColumns);
    NodeIds ids;
    auto node_cells = node_rows(nodes, ids);
    auto edge_cells = edge_rows(g, edges, ids);
    // The directory is replaced as a whole, so a reader never sees new nodes with old edges.
    files::AtomicDir out(dir);
    out.write("nodes.tsv", table_text(header(kNodeColumns, nodes, 2), node_cells));
    out.write("edges.tsv", table_text(header(kEdgeColumns, edges, 3), edge_cells));
    out.commit([](const std::string& name) { return !tsv_save_owns(name); });
}

}  // namespace liverkg::formats::kgx

// save_tsv: plan typed columns, render both files in memory, then write them into a
// temporary directory beside DIR and rename into place.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <unordered_set>

#include "base/error.hpp"
#include "formats/tsv.hpp"
#include "graph/tsv/cells.hpp"
#include "formats/tsv/column_plan.hpp"

namespace liverkg::formats {

namespace fs = std::filesystem;
using namespace tsv;

namespace {

[[noreturn]] void cannot_save(const std::string& why) {
    raise(ErrorKind::ArgumentError, "", "cannot save as TSV: " + why);
}

// Property columns of nodes (or relationships), sorted by name, minus the fixed ones.
template <class Ids, class PropsOf>
std::vector<PlannedColumn> plan_columns(const Graph& g, const Ids& ids, PropsOf props_of,
                                        const std::vector<std::string>& fixed, const char* entity) {
    std::map<std::string, std::pair<KeyId, ValueRefs>> by_name;
    for (auto id : ids)
        for (const auto& [k, v] : props_of(id)) {
            auto& slot = by_name[g.key_name(k)];
            slot.first = k;
            slot.second.push_back(&v);
        }
    std::vector<PlannedColumn> planned;
    for (auto& [name, entry] : by_name) {
        if (name == "id" && fixed.front() == "id") continue;   // written as the id column
        if (std::find(fixed.begin(), fixed.end(), name) != fixed.end())
            cannot_save(std::string(entity) + " property '" + name + "' clashes with a column of the format");
        std::string what = std::string(entity) + " property '" + name + "'";
        check_cell_text(name, what);
        if (name.find(':') != std::string::npos) cannot_save(what + ": a column name cannot hold ':'");
        planned.push_back({entry.first, plan_column(name, entry.second, what)});
    }
    return planned;
}

void append_properties(std::string& out, const PropertyList& props, const std::vector<PlannedColumn>& columns) {
    for (const PlannedColumn& c : columns) {
        out += '\t';
        auto it = std::find_if(props.begin(), props.end(), [&](const auto& p) { return p.first == c.key; });
        if (it != props.end()) append_cell(out, it->second);
    }
}

void append_header(std::string& out, std::vector<std::string> fixed, const std::vector<PlannedColumn>& columns) {
    for (std::size_t i = 0; i < fixed.size(); ++i) out += (i ? "\t" : "") + fixed[i];
    for (const PlannedColumn& c : columns) out += "\t" + header_text(c.column);
    out += '\n';
}

// A label or type must come back unchanged: no separators, not a CURIE (the loader strips those).
void check_name(const std::string& name, const char* what) {
    check_cell_text(name, std::string(what) + " '" + name + "'");
    if (name.empty() || name.find('|') != std::string::npos || strip_curie(name) != name)
        cannot_save(std::string(what) + " '" + name + "' cannot be written (empty, '|' or a 'prefix:' CURIE form)");
}

std::vector<NodeId> alive_nodes(const Graph& g) {
    std::vector<NodeId> ids;
    for (NodeId n = 0; n < g.node_id_bound(); ++n)
        if (g.node_alive(n)) ids.push_back(n);
    return ids;
}

std::vector<RelId> alive_rels(const Graph& g) {
    std::vector<RelId> ids;
    for (RelId r = 0; r < g.rel_id_bound(); ++r)
        if (g.rel_alive(r)) ids.push_back(r);
    return ids;
}

const std::string& node_key(const Graph& g, NodeId n, std::optional<KeyId> id_key) {
    const Value* v = id_key ? g.node_property(n, *id_key) : nullptr;
    if (!v || !v->is_string() || v->as_string().empty())
        cannot_save("node " + std::to_string(n) + " has no string 'id' property (edges.tsv refers to nodes by id)");
    check_cell_text(v->as_string(), "node id");
    return v->as_string();
}

std::string render_nodes(const Graph& g, const std::vector<NodeId>& nodes) {
    auto id_key = g.find_key("id");
    const std::vector<std::string> fixed{"id", "category"};
    auto columns = plan_columns(g, nodes, [&](NodeId n) -> const PropertyList& { return g.node_properties(n); },
                                fixed, "node");
    std::string out;
    append_header(out, fixed, columns);
    std::unordered_set<std::string_view> seen;
    for (NodeId n : nodes) {
        const std::string& id = node_key(g, n, id_key);
        if (!seen.insert(id).second) cannot_save("two nodes have the id '" + id + "'");
        out += id;
        out += '\t';
        bool first = true;
        for (LabelId l : g.labels(n)) {
            check_name(g.label_name(l), "label");
            out += (first ? "" : "|") + g.label_name(l);
            first = false;
        }
        append_properties(out, g.node_properties(n), columns);
        out += '\n';
    }
    return out;
}

std::string render_edges(const Graph& g, const std::vector<RelId>& rels) {
    auto id_key = g.find_key("id");
    const std::vector<std::string> fixed{"subject", "predicate", "object"};
    auto columns = plan_columns(g, rels, [&](RelId r) -> const PropertyList& { return g.rel_properties(r); },
                                fixed, "relationship");
    std::string out;
    append_header(out, fixed, columns);
    for (RelId r : rels) {
        check_name(g.type_name(g.rel_type(r)), "relationship type");
        out += node_key(g, g.rel_start(r), id_key) + '\t' + g.type_name(g.rel_type(r)) + '\t' +
               node_key(g, g.rel_end(r), id_key);
        append_properties(out, g.rel_properties(r), columns);
        out += '\n';
    }
    return out;
}

void write_file(const fs::path& path, const std::string& text) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "wb"), &std::fclose);
    if (!f || std::fwrite(text.data(), 1, text.size(), f.get()) != text.size() || std::fflush(f.get()) != 0)
        load_error(path.string(), 0, "cannot write");
}

}  // namespace

void save_tsv(const Graph& g, const std::string& dir) {
    std::string nodes = render_nodes(g, alive_nodes(g));   // everything is checked before any write
    std::string edges = render_edges(g, alive_rels(g));
    fs::path target = fs::absolute(dir).lexically_normal();
    if (target.filename().empty()) target = target.parent_path();
    fs::path tmp = target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(std::random_device{}()));
    std::error_code ec;
    fs::create_directories(tmp, ec);
    if (ec) load_error(tmp.string(), 0, "cannot create: " + ec.message());
    try {
        write_file(tmp / "nodes.tsv", nodes);
        write_file(tmp / "edges.tsv", edges);
        if (!fs::exists(target)) {
            fs::rename(tmp, target);   // a new directory appears whole
            return;
        }
        // An existing directory may hold other files (schema.tsv...): replace the two files,
        // each by an atomic rename from the same file system.
        fs::rename(tmp / "nodes.tsv", target / "nodes.tsv");
        fs::rename(tmp / "edges.tsv", target / "edges.tsv");
        fs::remove_all(tmp);
    } catch (const fs::filesystem_error& e) {
        fs::remove_all(tmp, ec);
        load_error(dir, 0, e.what());
    } catch (...) {
        fs::remove_all(tmp, ec);
        throw;
    }
}

}  // namespace liverkg::formats

// save_tsv: plan typed columns, render every file of the directory in memory (so every check
// runs before anything is written), then replace the directory as a whole (base/atomic_file).
#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_set>

#include "base/atomic_file.hpp"
#include "base/error.hpp"
#include "formats/tsv.hpp"
#include "formats/tsv/column_plan.hpp"
#include "graph/tsv/cells.hpp"
#include "kg/directory_tables.hpp"
#include "kg/references.hpp"

namespace liverkg::formats {

using namespace tsv;

namespace {

[[noreturn]] void cannot_save(const std::string& why) {
    raise(ErrorKind::ArgumentError, "", "cannot save as TSV: " + why);
}

// Property columns of the given entities, sorted by name, minus the fixed ones and `skip`.
std::vector<PlannedColumn> plan_columns(const Graph& g, const std::vector<const PropertyList*>& lists,
                                        const std::vector<std::string>& fixed,
                                        const std::vector<std::string>& skip, const char* entity) {
    std::map<std::string, std::pair<KeyId, ValueRefs>> by_name;
    for (const PropertyList* list : lists)
        for (const auto& [k, v] : *list) {
            auto& slot = by_name[g.key_name(k)];
            slot.first = k;
            slot.second.push_back(&v);
        }
    std::vector<PlannedColumn> planned;
    for (auto& [name, entry] : by_name) {
        if (std::find(skip.begin(), skip.end(), name) != skip.end()) continue;
        if (std::find(fixed.begin(), fixed.end(), name) != fixed.end())
            cannot_save(std::string(entity) + " property '" + name + "' clashes with a column of the format");
        std::string what = std::string(entity) + " property '" + name + "'";
        check_cell_text(name, what);
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

void append_header(std::string& out, const std::vector<std::string>& fixed, const std::vector<PlannedColumn>& columns) {
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

const std::string& node_key(const Graph& g, NodeId n, std::optional<KeyId> id_key) {
    const Value* v = id_key ? g.node_property(n, *id_key) : nullptr;
    if (!v || !v->is_string() || v->as_string().empty())
        cannot_save("node " + std::to_string(n) + " has no string 'id' property (edges.tsv refers to nodes by id)");
    check_cell_text(v->as_string(), "node id");
    return v->as_string();
}

// A Reference node that a row of references.tsv gives back exactly (kg/references.hpp):
// the one label, id "ref:N" for its integer `number`, no relationships, no `ref` property.
bool is_reference_row(const Graph& g, NodeId n, std::optional<LabelId> label, std::optional<KeyId> id_key,
                      std::optional<KeyId> number_key) {
    if (!label || !id_key || !number_key) return false;
    auto labels = g.labels(n);
    if (labels.size() != 1 || labels[0] != *label || !g.out(n).empty() || !g.in(n).empty()) return false;
    const Value* number = g.node_property(n, *number_key);
    const Value* id = g.node_property(n, *id_key);
    if (!number || !number->is_int() || !id || !id->is_string()) return false;
    if (id->as_string() != kg::reference_id(number->as_int())) return false;
    auto ref_key = g.find_key("ref");
    return !ref_key || !g.node_property(n, *ref_key);
}

struct NodeSplit {
    std::vector<NodeId> nodes;        // nodes.tsv
    std::vector<NodeId> references;   // references.tsv
};

NodeSplit split_nodes(const Graph& g, bool references_file) {
    auto label = g.find_label(kg::kReferenceLabel);
    auto id_key = g.find_key("id"), number_key = g.find_key("number");
    NodeSplit split;
    for (NodeId n = 0; n < g.node_id_bound(); ++n) {
        if (!g.node_alive(n)) continue;
        bool reference = references_file && is_reference_row(g, n, label, id_key, number_key);
        (reference ? split.references : split.nodes).push_back(n);
    }
    return split;
}

std::vector<const PropertyList*> node_lists(const Graph& g, const std::vector<NodeId>& nodes) {
    std::vector<const PropertyList*> lists;
    for (NodeId n : nodes) lists.push_back(&g.node_properties(n));
    return lists;
}

// Labels by name: label ids depend on load order, names do not, so a reloaded graph
// writes the same cell.
std::string label_cell(const Graph& g, NodeId n) {
    std::vector<std::string> names;
    for (LabelId l : g.labels(n)) {
        check_name(g.label_name(l), "label");
        names.push_back(g.label_name(l));
    }
    std::sort(names.begin(), names.end());
    std::string cell;
    for (const auto& name : names) cell += (cell.empty() ? "" : "|") + name;
    return cell;
}

std::string render_nodes(const Graph& g, const std::vector<NodeId>& nodes) {
    auto id_key = g.find_key("id");
    const std::vector<std::string> fixed{"id", "category"};
    auto columns = plan_columns(g, node_lists(g, nodes), fixed, {"id"}, "node");
    std::string out;
    append_header(out, fixed, columns);
    std::unordered_set<std::string_view> seen;
    for (NodeId n : nodes) {
        const std::string& id = node_key(g, n, id_key);
        if (!seen.insert(id).second) cannot_save("two nodes have the id '" + id + "'");
        out += id + '\t' + label_cell(g, n);
        append_properties(out, g.node_properties(n), columns);
        out += '\n';
    }
    return out;
}

// references.tsv: `ref:int` (the node's `number`), then its other properties; the id is
// made from the number again when the file is read.
std::string render_references(const Graph& g, const std::vector<NodeId>& refs) {
    const std::vector<std::string> fixed{"ref:int"};
    auto columns = plan_columns(g, node_lists(g, refs), fixed, {"id", "number"}, "reference");
    std::string out;
    append_header(out, fixed, columns);
    KeyId number_key = *g.find_key("number");
    for (NodeId n : refs) {
        out += std::to_string(g.node_property(n, number_key)->as_int());
        append_properties(out, g.node_properties(n), columns);
        out += '\n';
    }
    return out;
}

std::string render_edges(const Graph& g) {
    auto id_key = g.find_key("id");
    std::vector<RelId> rels;
    std::vector<const PropertyList*> lists;
    for (RelId r = 0; r < g.rel_id_bound(); ++r)
        if (g.rel_alive(r)) rels.push_back(r), lists.push_back(&g.rel_properties(r));
    const std::vector<std::string> fixed{"subject", "predicate", "object"};
    auto columns = plan_columns(g, lists, fixed, {}, "relationship");
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

}  // namespace

TsvFiles render_tsv(const Graph& g, const TsvSaveOptions& options) {
    NodeSplit split = split_nodes(g, options.references_file);
    TsvFiles files{{"nodes.tsv", render_nodes(g, split.nodes)}, {"edges.tsv", render_edges(g)}};
    if (!split.references.empty()) files.emplace_back("references.tsv", render_references(g, split.references));
    if (options.tables && !options.tables->schema.empty())
        files.emplace_back("schema.tsv", kg::schema_text(options.tables->schema));
    if (options.tables && !options.tables->terms.empty())
        files.emplace_back("ontology_terms.tsv", kg::terms_text(options.tables->terms));
    return files;
}

bool tsv_save_owns(const std::string& name) {
    for (const char* own : {"nodes.tsv", "edges.tsv", "references.tsv", "schema.tsv", "ontology_terms.tsv"})
        if (name == own) return true;
    // The loader also reads one *-nodes.tsv / *_edges.tsv (Hetionet's names): not kept either.
    for (const char* suffix : {"-nodes.tsv", "_nodes.tsv", "-edges.tsv", "_edges.tsv"})
        if (name.ends_with(suffix)) return true;
    return false;
}

std::vector<std::string> save_tsv(const Graph& g, const std::string& dir, const TsvSaveOptions& options) {
    TsvFiles files = render_tsv(g, options);   // every check runs before anything is written
    files::AtomicDir out(dir);
    std::vector<std::string> names;
    for (const auto& [name, text] : files) {
        out.write(name, text);
        names.push_back(name);
    }
    out.commit([](const std::string& name) { return !tsv_save_owns(name); });
    return names;
}

}  // namespace liverkg::formats

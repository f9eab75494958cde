// Writing SIF: one tab-separated `source interaction target` line per relationship, so names
// with spaces survive (Cytoscape writes tabs for the same reason). The interaction is the
// importer's mapping read backwards: a type whose sign is + or - is written 1 or -1 (what
// CellNOpt reads; it comes back as ACTIVATES or INHIBITS), any other type as its lower-cased
// name (which comes back as the same type). SIF has no properties and a line naming one node
// is not read back, so nodes without relationships are not written.
#include <map>
#include <ostream>
#include <set>

#include "formats/file_out.hpp"
#include "formats/rows.hpp"
#include "formats/sif/sif.hpp"

namespace liverkg::formats::rows {
namespace {

std::string string_property(const graph::Graph& g, graph::NodeId n, const char* key) {
    auto k = g.find_key(key);
    const graph::Value* v = k ? g.node_property(n, *k) : nullptr;
    std::string s = v && v->is_string() ? v->as_string() : std::string();
    for (char& c : s)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    auto b = s.find_first_not_of(' ');
    return b == std::string::npos ? std::string() : s.substr(b, s.find_last_not_of(' ') - b + 1);
}

// Each node's SIF name: its name when no other written node has it, else its id, else "n<N>".
std::map<graph::NodeId, std::string> sif_names(const graph::Graph& g, const std::set<graph::NodeId>& nodes) {
    std::map<std::string, int> uses;
    for (auto n : nodes) ++uses[string_property(g, n, "name")];
    std::map<graph::NodeId, std::string> out;
    std::set<std::string> taken;
    for (auto n : nodes) {
        std::string name = string_property(g, n, "name");
        if (name.empty() || uses[name] > 1 || taken.count(name)) name = string_property(g, n, "id");
        if (name.empty() || taken.count(name)) name = "n" + std::to_string(n);
        taken.insert(name);
        out[n] = name;
    }
    return out;
}

}  // namespace

void write_sif(const ExportJob& job) {
    auto s = selection_of(job, "sif");
    std::set<graph::NodeId> linked;
    for (auto r : s.rels) linked.insert({job.graph.rel_start(r), job.graph.rel_end(r)});
    auto names = sif_names(job.graph, linked);
    sif::Mapping mapping;
    write_file(job.path, [&](std::ostream& out) {
        for (auto r : s.rels) {
            const std::string& type = job.graph.type_name(job.graph.rel_type(r));
            auto it = job.signs.find(type);
            auto interaction = mapping.interaction_for(type, it == job.signs.end() ? std::nullopt : std::optional<int>(it->second));
            out << names.at(job.graph.rel_start(r)) << '\t' << interaction << '\t' << names.at(job.graph.rel_end(r)) << '\n';
        }
    });
}

}  // namespace liverkg::formats::rows

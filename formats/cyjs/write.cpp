// Cytoscape.js elements. A node's data id is its `id` property when no other exported node
// has it (Cytoscape requires unique ids), else "n" and the store id, the property then kept as
// `kg_id`; edges are "e" and the store id. Reserved data names (below) hold what Cytoscape
// needs; a property with one of those names is written as kg_<name> (a SIF network's
// relationships carry a `source` property, the file they came from).
#include <map>
#include <ostream>

#include "formats/cyjs/cyjs.hpp"
#include "formats/result.hpp"

namespace liverkg::formats::cyjs {
namespace {

using nlohmann::json;

constexpr std::string_view kNodeReserved[] = {"labels", "style_label"};
constexpr std::string_view kEdgeReserved[] = {"id", "source", "target", "type", "sign", "line_style"};

template <std::size_t N>
void put_properties(json& data, const graph::Graph& g, const graph::PropertyList& props,
                    const std::string_view (&reserved)[N]) {
    auto is_reserved = [&](const std::string& name) {
        for (auto r : reserved)
            if (name == r || name == "kg_id") return true;
        return false;
    };
    for (const auto& [k, v] : props) {
        std::string name = g.key_name(k);
        while (is_reserved(name) || (name != g.key_name(k) && data.contains(name))) name = "kg_" + name;
        data[name] = value_json(v, g);
    }
}

std::map<graph::NodeId, std::string> node_ids(const graph::Graph& g, const std::set<graph::NodeId>& nodes) {
    std::map<std::string, int> uses;
    auto key = g.find_key("id");
    auto own = [&](graph::NodeId n) {
        const graph::Value* v = key ? g.node_property(n, *key) : nullptr;
        return v && v->is_string() ? v->as_string() : std::string();
    };
    for (auto n : nodes) ++uses[own(n)];
    std::map<graph::NodeId, std::string> out;
    for (auto n : nodes) {
        std::string id = own(n);
        out[n] = !id.empty() && uses[id] == 1 && !(id[0] == 'n' && id.find_first_not_of("0123456789", 1) == std::string::npos)
                     ? id : "n" + std::to_string(n);
    }
    return out;
}

json node_element(const graph::Graph& g, graph::NodeId n, const std::string& id, const DotSelection& s) {
    json data = json::object();
    put_properties(data, g, g.node_properties(n), kNodeReserved);
    if (data.contains("id") && data["id"] != id) data["kg_id"] = data["id"];
    data["id"] = id;
    if (!data.contains("name")) data["name"] = node_display_name(g, n);
    json labels = json::array();
    for (auto l : g.labels(n)) labels.push_back(g.label_name(l));
    data["labels"] = labels;
    data["style_label"] = style_label(g, n);
    json e = {{"data", data}};
    if (s.path_ends.count(n)) e["classes"] = "path-end";
    return e;
}

json edge_element(const graph::Graph& g, graph::RelId r, const std::map<graph::NodeId, std::string>& ids,
                  const engine::TypeSigns& signs, const DotSelection& s) {
    json data = json::object();
    put_properties(data, g, g.rel_properties(r), kEdgeReserved);
    const std::string& type = g.type_name(g.rel_type(r));
    data["id"] = "e" + std::to_string(r);
    data["source"] = ids.at(g.rel_start(r));
    data["target"] = ids.at(g.rel_end(r));
    data["type"] = type;
    if (!data.contains("interaction")) data["interaction"] = type;   // Cytoscape desktop's edge column
    if (auto it = signs.find(type); it != signs.end()) data["sign"] = it->second;
    data["line_style"] = evidence_line_style(g, r);
    json e = {{"data", data}};
    if (s.path_rels.count(r)) e["classes"] = "path";
    return e;
}

}  // namespace

void write(const graph::Graph& g, const DotSelection& s, const engine::TypeSigns& signs, std::ostream& out) {
    auto ids = node_ids(g, s.nodes);
    json nodes = json::array(), edges = json::array();
    std::set<std::string> labels;
    for (auto n : s.nodes) {
        nodes.push_back(node_element(g, n, ids.at(n), s));
        labels.insert(style_label(g, n));
    }
    for (auto r : s.rels) edges.push_back(edge_element(g, r, ids, signs, s));
    labels.erase("");
    json doc = {{"format_version", "1.0"},
                {"generated_by", "liverkg"},
                {"target_cytoscapejs_version", "~3"},
                {"data", {{"name", "liverkg"}}},
                {"elements", {{"nodes", nodes}, {"edges", edges}}},
                {"style", style(labels)}};
    out << doc.dump(1) << '\n';
}

}  // namespace liverkg::formats::cyjs

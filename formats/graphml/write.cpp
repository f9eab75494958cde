// Writing GraphML: first the keys (one per property name and element kind, typed by the values
// it holds), then nodes and edges in id order, so the same graph always gives the same file.
#include <cmath>
#include <map>
#include <ostream>
#include <set>

#include <nlohmann/json.hpp>

#include "base/error.hpp"
#include "formats/graphml/graphml.hpp"
#include "formats/value_text.hpp"
#include "formats/xml/xml_text.hpp"

namespace liverkg::formats::graphml {
namespace {

using graph::Value;

// The key type one value asks for; temporal values are written as their ISO text.
KeyType kind_of(const Value& v) {
    switch (v.type()) {
    case graph::ValueType::Bool: return KeyType::Boolean;
    case graph::ValueType::Int: return KeyType::Long;
    case graph::ValueType::Float: return KeyType::Double;
    case graph::ValueType::String:
    case graph::ValueType::Temporal: return KeyType::String;
    default: return KeyType::Json;
    }
}

nlohmann::json json_of(const Value& v) {
    switch (v.type()) {
    case graph::ValueType::Bool: return v.as_bool();
    case graph::ValueType::Int: return v.as_int();
    case graph::ValueType::Float: return v.as_float();
    case graph::ValueType::String: return v.as_string();
    case graph::ValueType::Temporal: return graph::temporal_text(v.as_temporal());
    case graph::ValueType::List: {
        auto out = nlohmann::json::array();
        for (const auto& x : v.as_list()) out.push_back(json_of(x));
        return out;
    }
    default: return nullptr;
    }
}

// XML Schema's spelling of a double (INF, -INF, NaN), which NetworkX and igraph read.
std::string double_text(double d) {
    if (std::isnan(d)) return "NaN";
    if (std::isinf(d)) return d > 0 ? "INF" : "-INF";
    return float_text(d);
}

std::string data_text(const Value& v, KeyType type) {
    if (type == KeyType::Json) return json_of(v).dump();
    switch (v.type()) {
    case graph::ValueType::Bool: return v.as_bool() ? "true" : "false";
    case graph::ValueType::Int: return std::to_string(v.as_int());
    case graph::ValueType::Float: return double_text(v.as_float());
    case graph::ValueType::String: return v.as_string();
    case graph::ValueType::Temporal: return graph::temporal_text(v.as_temporal());
    default: return json_of(v).dump();
    }
}

struct Key {
    std::string id;
    KeyType type;
};
using Keys = std::map<std::string, Key>;   // by property name

// One key per property name: the type of its values, or Json when they differ in type.
template <class Props>
Keys keys_for(const graph::Graph& g, const Props& each_props, std::string_view reserved, const char* what) {
    std::map<std::string, std::set<KeyType>> seen;
    each_props([&](const graph::PropertyList& props) {
        for (const auto& [k, v] : props) seen[g.key_name(k)].insert(kind_of(v));
    });
    if (seen.count(std::string(reserved)))
        raise(ErrorKind::ArgumentError, "",
              std::string("cannot export as GraphML: a ") + what + " property is named '" + std::string(reserved) +
                  "', the key that holds the " + what + "'s " + (what == std::string("node") ? "labels" : "type"));
    Keys keys;
    for (const auto& [name, kinds] : seen) keys[name] = {"", kinds.size() == 1 ? *kinds.begin() : KeyType::Json};
    return keys;
}

void declare(std::ostream& out, const std::string& id, const char* domain, std::string_view name, KeyType type) {
    out << "  <key id=\"" << id << "\" for=\"" << domain << "\" attr.name=\"" << xml::attribute(name)
        << "\" attr.type=\"" << attr_type_name(type) << '"';
    if (type == KeyType::Json) out << " liverkg.type=\"json\"";
    out << "/>\n";
}

void declare_all(std::ostream& out, Keys& node_keys, Keys& edge_keys) {
    int next = 0;
    declare(out, "d" + std::to_string(next++), "node", kLabelsKey, KeyType::String);
    for (auto& [name, key] : node_keys) {
        key.id = "d" + std::to_string(next++);
        declare(out, key.id, "node", name, key.type);
    }
    declare(out, "d" + std::to_string(next++), "edge", kTypeKey, KeyType::String);
    for (auto& [name, key] : edge_keys) {
        key.id = "d" + std::to_string(next++);
        declare(out, key.id, "edge", name, key.type);
    }
}

void write_data(std::ostream& out, const graph::Graph& g, const graph::PropertyList& props, const Keys& keys) {
    std::map<std::string, const Value*> sorted;
    for (const auto& [k, v] : props) sorted[g.key_name(k)] = &v;
    for (const auto& [name, v] : sorted) {
        const Key& key = keys.at(name);
        out << "      <data key=\"" << key.id << "\">" << xml::text(data_text(*v, key.type)) << "</data>\n";
    }
}

// GraphML ids: a node's `id` text when no other node of the file has it (so NetworkX and
// igraph name nodes as liverkg does), else "n" and the store's id.
std::map<graph::NodeId, std::string> node_ids(const graph::Graph& g, const std::set<graph::NodeId>& nodes) {
    std::map<graph::NodeId, std::string> out;
    std::map<std::string, int> uses;
    auto id_key = g.find_key("id");
    auto own = [&](graph::NodeId n) -> std::string {
        const Value* v = id_key ? g.node_property(n, *id_key) : nullptr;
        return v && v->is_string() && !v->as_string().empty() ? v->as_string() : "";
    };
    for (auto n : nodes) ++uses[own(n)];
    std::set<std::string> taken;
    for (auto n : nodes) {
        std::string id = own(n);
        if (id.empty() || uses[id] > 1) id = "n" + std::to_string(n);
        while (!taken.insert(id).second) id += "_";
        out[n] = id;
    }
    return out;
}

std::string labels_text(const graph::Graph& g, graph::NodeId n) {
    std::string out;
    for (auto l : g.labels(n)) out += ":" + g.label_name(l);
    return out;
}

}  // namespace

std::string_view attr_type_name(KeyType t) {
    switch (t) {
    case KeyType::Boolean: return "boolean";
    case KeyType::Int: return "int";
    case KeyType::Long: return "long";
    case KeyType::Float: return "float";
    case KeyType::Double: return "double";
    case KeyType::String:
    case KeyType::Json: return "string";
    }
    return "string";
}

void write(const graph::Graph& g, const DotSelection& s, std::ostream& out) {
    Keys node_keys = keys_for(g, [&](auto visit) { for (auto n : s.nodes) visit(g.node_properties(n)); },
                              kLabelsKey, "node");
    Keys edge_keys = keys_for(g, [&](auto visit) { for (auto r : s.rels) visit(g.rel_properties(r)); },
                              kTypeKey, "relationship");
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<graphml xmlns=\"" << kNamespace << "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        << "         xsi:schemaLocation=\"" << kNamespace << " " << kNamespace << "/1.0/graphml.xsd\">\n";
    declare_all(out, node_keys, edge_keys);
    out << "  <graph id=\"liverkg\" edgedefault=\"directed\">\n";
    auto ids = node_ids(g, s.nodes);
    for (auto n : s.nodes) {
        out << "    <node id=\"" << xml::attribute(ids.at(n)) << "\">\n";
        if (!g.labels(n).empty())
            out << "      <data key=\"d0\">" << xml::text(labels_text(g, n)) << "</data>\n";
        write_data(out, g, g.node_properties(n), node_keys);
        out << "    </node>\n";
    }
    std::string type_key = "d" + std::to_string(node_keys.size() + 1);
    for (auto r : s.rels) {
        out << "    <edge source=\"" << xml::attribute(ids.at(g.rel_start(r))) << "\" target=\""
            << xml::attribute(ids.at(g.rel_end(r))) << "\">\n";
        out << "      <data key=\"" << type_key << "\">" << xml::text(g.type_name(g.rel_type(r))) << "</data>\n";
        write_data(out, g, g.rel_properties(r), edge_keys);
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

}  // namespace liverkg::formats::graphml

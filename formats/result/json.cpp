#include "formats/result.hpp"

#include <cmath>
#include <ostream>

namespace liverkg::formats {
namespace {

using nlohmann::json;

json float_json(double d) {
    // JSON has no NaN or infinities; the contract spells them as strings.
    if (std::isnan(d)) return "NaN";
    if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
    return d;
}

json properties_json(const graph::PropertyList& props, const graph::Graph& g) {
    json out = json::object();
    for (const auto& [key, value] : props) out[g.key_name(key)] = value_json(value, g);
    return out;
}

json node_json(graph::NodeId n, const graph::Graph& g) {
    json labels = json::array();
    json props = json::object();
    if (g.node_alive(n)) {
        for (auto l : g.labels(n)) labels.push_back(g.label_name(l));
        props = properties_json(g.node_properties(n), g);
    }
    return {{"_kind", "node"}, {"_id", n}, {"labels", labels}, {"properties", props}};
}

json rel_json(graph::RelId r, const graph::Graph& g) {
    if (!g.rel_alive(r))
        return {{"_kind", "relationship"}, {"_id", r}, {"properties", json::object()}};
    return {{"_kind", "relationship"}, {"_id", r},
            {"type", g.type_name(g.rel_type(r))}, {"start", g.rel_start(r)},
            {"end", g.rel_end(r)}, {"properties", properties_json(g.rel_properties(r), g)}};
}

json path_json(const graph::Path& p, const graph::Graph& g) {
    json nodes = json::array();
    json rels = json::array();
    for (auto n : p.nodes) nodes.push_back(node_json(n, g));
    for (auto r : p.rels) rels.push_back(rel_json(r, g));
    return {{"_kind", "path"}, {"nodes", nodes}, {"relationships", rels}};
}

json stats_json(const engine::Stats& s) {
    return {{"nodes_created", s.nodes_created},
            {"nodes_deleted", s.nodes_deleted},
            {"relationships_created", s.relationships_created},
            {"relationships_deleted", s.relationships_deleted},
            {"properties_set", s.properties_set},
            {"properties_removed", s.properties_removed},
            {"labels_added", s.labels_added},
            {"labels_removed", s.labels_removed}};
}

}  // namespace

json value_json(const graph::Value& v, const graph::Graph& g) {
    switch (v.type()) {
    case graph::ValueType::Null: return nullptr;
    case graph::ValueType::Bool: return v.as_bool();
    case graph::ValueType::Int: return v.as_int();
    case graph::ValueType::Float: return float_json(v.as_float());
    case graph::ValueType::String: return v.as_string();
    case graph::ValueType::List: {
        json out = json::array();
        for (const auto& item : v.as_list()) out.push_back(value_json(item, g));
        return out;
    }
    case graph::ValueType::Map: {
        json out = json::object();
        for (const auto& [k, item] : v.as_map()) out[k] = value_json(item, g);
        return out;
    }
    case graph::ValueType::Node: return node_json(v.as_node(), g);
    case graph::ValueType::Rel: return rel_json(v.as_rel(), g);
    case graph::ValueType::Path: return path_json(v.as_path(), g);
    case graph::ValueType::Temporal:
        return {{"_kind", graph::temporal_kind_word(v.as_temporal().kind)},
                {"value", graph::temporal_text(v.as_temporal())}};
    }
    return nullptr;
}

json result_json(const engine::ResultSet& rs, const graph::Graph& g) {
    json rows = json::array();
    for (const auto& row : rs.rows) {
        json r = json::array();
        for (const auto& v : row) r.push_back(value_json(v, g));
        rows.push_back(std::move(r));
    }
    json out = {{"columns", rs.columns}, {"rows", std::move(rows)}, {"stats", stats_json(rs.stats)}};
    if (!rs.plan.empty()) out["plan"] = rs.plan;
    return out;
}

void write_json_result(const engine::ResultSet& rs, const graph::Graph& g, std::ostream& out) {
    // ensure_ascii off: UTF-8 passes through; invalid bytes are replaced rather than thrown on.
    out << result_json(rs, g).dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace liverkg::formats

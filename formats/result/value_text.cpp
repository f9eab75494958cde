#include "formats/value_text.hpp"

#include "engine/expr/value_ops.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace liverkg::formats {
namespace {

using graph::Graph;
using graph::Value;

void append_value(std::string& out, const Value& v, const Graph& g, const TextOptions& opts,
                  bool nested);

// Properties sorted by key name: the store keeps them in key-id order, which depends on load order.
std::vector<std::pair<std::string, const Value*>> named_properties(const graph::PropertyList& props,
                                                                   const Graph& g) {
    std::vector<std::pair<std::string, const Value*>> out;
    out.reserve(props.size());
    for (const auto& [key, value] : props) out.emplace_back(g.key_name(key), &value);
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

void append_properties(std::string& out, const graph::PropertyList& props, const Graph& g,
                       const TextOptions& opts) {
    if (props.empty()) return;
    out += " {";
    bool first = true;
    for (const auto& [key, value] : named_properties(props, g)) {
        if (!first) out += ", ";
        first = false;
        out += key;
        out += ": ";
        append_value(out, *value, g, opts, true);
    }
    out += '}';
}

// The one property a compact node shows: its name, else its id.
graph::PropertyList naming_property(graph::NodeId n, const Graph& g) {
    for (const char* key : {"name", "id"}) {
        auto k = g.find_key(key);
        if (!k) continue;
        if (const Value* v = g.node_property(n, *k)) return {{*k, *v}};
    }
    return {};
}

void append_node(std::string& out, graph::NodeId n, const Graph& g, const TextOptions& opts) {
    if (!g.node_alive(n)) {
        out += "(deleted node " + std::to_string(n) + ")";
        return;
    }
    out += '(';
    for (auto l : g.labels(n)) out += ':' + g.label_name(l);
    std::string props;
    append_properties(props, opts.compact_nodes ? naming_property(n, g) : g.node_properties(n), g,
                      opts);
    // "(:A {k: v})" but "({k: v})" for a node without labels.
    out += out.back() == '(' && !props.empty() ? props.substr(1) : props;
    out += ')';
}

void append_rel(std::string& out, graph::RelId r, const Graph& g, const TextOptions& opts) {
    if (!g.rel_alive(r)) {
        out += "[deleted relationship " + std::to_string(r) + "]";
        return;
    }
    out += "[:" + g.type_name(g.rel_type(r));
    append_properties(out, g.rel_properties(r), g, opts);
    out += ']';
}

void append_path(std::string& out, const graph::Path& p, const Graph& g, const TextOptions& opts) {
    for (std::size_t i = 0; i < p.nodes.size(); ++i) {
        if (i > 0) {
            graph::RelId r = p.rels[i - 1];
            bool forward = !g.rel_alive(r) || g.rel_start(r) == p.nodes[i - 1];
            out += forward ? "-" : "<-";
            append_rel(out, r, g, opts);
            out += forward ? "->" : "-";
        }
        append_node(out, p.nodes[i], g, opts);
    }
}

void append_list(std::string& out, const graph::List& l, const Graph& g, const TextOptions& opts) {
    out += '[';
    for (std::size_t i = 0; i < l.size(); ++i) {
        if (i) out += ", ";
        append_value(out, l[i], g, opts, true);
    }
    out += ']';
}

void append_map(std::string& out, const graph::Map& m, const Graph& g, const TextOptions& opts) {
    out += '{';
    bool first = true;
    for (const auto& [k, v] : m) {
        if (!first) out += ", ";
        first = false;
        out += k + ": ";
        append_value(out, v, g, opts, true);
    }
    out += '}';
}

void append_value(std::string& out, const Value& v, const Graph& g, const TextOptions& opts,
                  bool nested) {
    switch (v.type()) {
    case graph::ValueType::Null: out += "null"; break;
    case graph::ValueType::Bool: out += v.as_bool() ? "true" : "false"; break;
    case graph::ValueType::Int: out += std::to_string(v.as_int()); break;
    case graph::ValueType::Float: out += float_text(v.as_float()); break;
    case graph::ValueType::String: out += nested ? quoted(v.as_string()) : v.as_string(); break;
    case graph::ValueType::List: append_list(out, v.as_list(), g, opts); break;
    case graph::ValueType::Map: append_map(out, v.as_map(), g, opts); break;
    case graph::ValueType::Node: append_node(out, v.as_node(), g, opts); break;
    case graph::ValueType::Rel: append_rel(out, v.as_rel(), g, opts); break;
    case graph::ValueType::Path: append_path(out, v.as_path(), g, opts); break;
    // Unquoted even when nested, as Neo4j's shells print them: text that is not a string.
    case graph::ValueType::Temporal: out += graph::temporal_text(v.as_temporal()); break;
    }
}

}  // namespace

std::string value_text(const Value& v, const Graph& g, const TextOptions& opts) {
    std::string out;
    append_value(out, v, g, opts, false);
    return out;
}

// One definition of each, shared with the engine (toString() prints the same way).
std::string float_text(double d) { return engine::float_text(d); }

std::string quoted(const std::string& s) { return engine::quoted(s); }

}  // namespace liverkg::formats

// The engine test helpers (engine_support.hpp).
#include "engine_support.hpp"

#include <catch2/catch.hpp>

#include <charconv>
#include <cmath>

#include "parser/parse.hpp"

namespace liverkg::engine::testing {

namespace {

std::string show_float(double d) {
    if (std::isnan(d)) return "NaN";
    if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
    char buf[40];
    auto end = std::to_chars(buf, buf + sizeof buf, d).ptr;   // shortest round-trip form
    *end = '\0';
    std::string s = buf;
    if (s.find_first_of(".en") == std::string::npos) s += ".0";
    return s;
}

std::string show_string(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

std::string show_properties(const graph::Graph& g, const graph::PropertyList& props) {
    if (props.empty()) return "";
    graph::Map sorted;
    for (const auto& [k, v] : props) sorted[g.key_name(k)] = v;
    std::string out = " {";
    for (const auto& [k, v] : sorted) out += (out.size() > 2 ? ", " : "") + k + ": " + show(g, v);
    return out + "}";
}

std::string show_node(const graph::Graph& g, graph::NodeId n) {
    if (!g.node_alive(n)) return "(deleted)";
    std::string out = "(";
    for (auto l : g.labels(n)) out += ":" + g.label_name(l);
    return out + show_properties(g, g.node_properties(n)) + ")";
}

std::string show_rel(const graph::Graph& g, graph::RelId r) {
    if (!g.rel_alive(r)) return "[deleted]";
    return "[:" + g.type_name(g.rel_type(r)) + show_properties(g, g.rel_properties(r)) + "]";
}

std::string show_path(const graph::Graph& g, const graph::Path& p) {
    std::string out = "<" + show_node(g, p.nodes[0]);
    for (std::size_t i = 0; i < p.rels.size(); ++i) {
        bool forward = g.rel_start(p.rels[i]) == p.nodes[i];
        out += (forward ? "-" : "<-") + show_rel(g, p.rels[i]) + (forward ? "->" : "-") + show_node(g, p.nodes[i + 1]);
    }
    return out + ">";
}

template <class Range, class Each>
std::string joined(const Range& items, Each each) {
    std::string out;
    for (const auto& x : items) out += (out.empty() ? "" : ", ") + each(x);
    return out;
}

Error as_error(const parser::ParseResult& r) { return *r.error; }

}  // namespace

std::string show(const graph::Graph& g, const Value& v) {
    switch (v.type()) {
    case graph::ValueType::Null: return "null";
    case graph::ValueType::Bool: return v.as_bool() ? "true" : "false";
    case graph::ValueType::Int: return std::to_string(v.as_int());
    case graph::ValueType::Float: return show_float(v.as_float());
    case graph::ValueType::String: return show_string(v.as_string());
    case graph::ValueType::List:
        return "[" + joined(v.as_list(), [&](const Value& x) { return show(g, x); }) + "]";
    case graph::ValueType::Map:
        return "{" + joined(v.as_map(), [&](const auto& kv) { return kv.first + ": " + show(g, kv.second); }) + "}";
    case graph::ValueType::Node: return show_node(g, v.as_node());
    case graph::ValueType::Rel: return show_rel(g, v.as_rel());
    case graph::ValueType::Path: return show_path(g, v.as_path());
    case graph::ValueType::Temporal: return graph::temporal_text(v.as_temporal());
    }
    return "?";
}

std::string show_rows(const graph::Graph& g, const ResultSet& r) {
    std::string out;
    for (const Row& row : r.rows) {
        if (!out.empty()) out += "\n";
        std::string line;
        for (const Value& v : row) line += (line.empty() ? "" : " | ") + show(g, v);
        out += line;
    }
    return out;
}

std::string show_stats(const Stats& s) {
    std::string out;
    auto add = [&](const char* name, std::int64_t n) {
        if (n) out += (out.empty() ? "" : " ") + std::string(name) + "=" + std::to_string(n);
    };
    add("nodes_created", s.nodes_created);
    add("nodes_deleted", s.nodes_deleted);
    add("relationships_created", s.relationships_created);
    add("relationships_deleted", s.relationships_deleted);
    add("properties_set", s.properties_set);
    add("properties_removed", s.properties_removed);
    add("labels_added", s.labels_added);
    add("labels_removed", s.labels_removed);
    return out.empty() ? "none" : out;
}

std::string show_error(const Error& e) {
    std::string out = std::string(error_kind_name(e.kind)) + " " + (e.code.empty() ? "-" : e.code);
    if (e.pos) out += " " + std::to_string(e.pos->line) + ":" + std::to_string(e.pos->column);
    return out;
}

TestDb::TestDb(std::string_view setup) {
    if (setup.empty()) return;
    try {
        run(setup);
    } catch (const ErrorException& e) {
        FAIL("setup failed: " << show_error(e.error()) << " " << e.error().message);
    }
}

ResultSet TestDb::run(std::string_view text, const Params& params) {
    parser::ParseResult parsed = parser::parse(text);
    if (parsed.error) throw ErrorException(as_error(parsed));
    ResultSet last;
    RunOptions options;
    options.params = &params;
    for (const auto& statement : parsed.statements) last = engine.run(statement, options);
    return last;
}

std::string TestDb::rows(std::string_view text, const Params& params) {
    try {
        return show_rows(graph, run(text, params));
    } catch (const ErrorException& e) {
        return "error: " + show_error(e.error());
    }
}

std::string TestDb::value(std::string_view expression) {
    return rows("RETURN " + std::string(expression));
}

std::string TestDb::error(std::string_view text, const Params& params) {
    try {
        run(text, params);
    } catch (const ErrorException& e) {
        return show_error(e.error());
    }
    return "no error";
}

std::string TestDb::stats(std::string_view text) {
    try {
        return show_stats(run(text).stats);
    } catch (const ErrorException& e) {
        return "error: " + show_error(e.error());
    }
}

std::string TestDb::counts() const {
    auto c = graph.counts();
    return "nodes=" + std::to_string(c.nodes) + " rels=" + std::to_string(c.relationships);
}

}  // namespace liverkg::engine::testing

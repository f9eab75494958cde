// The PATHS statement: PATHS FROM (a) TO (b) [VIA ...] [MAX n HOPS] [SIGN +|-] [ANY CONTEXT] [LIMIT n]
// Its node patterns become node lists and its options a PathSpec; find_paths
// (engine/paths/path_search.cpp) does the rest, as it does for the kg.paths procedure
// (engine/procedures/kg.cpp).
#include "engine/paths/paths.hpp"

#include <chrono>

#include "engine/exec.hpp"
#include "engine/expr/expr.hpp"

namespace liverkg::engine {

using graph::NodeId;

namespace {

struct Endpoint {
    std::vector<graph::LabelId> labels;
    bool impossible = false;
    std::vector<std::pair<std::string, Value>> props;
};

Endpoint compile_endpoint(graph::Graph& g, const ast::NodePattern& np, const Params& params) {
    Endpoint e;
    for (const auto& l : np.labels) {
        if (auto id = g.find_label(l)) e.labels.push_back(*id);
        else e.impossible = true;
    }
    if (np.properties) {
        Scope empty;
        ExprCompiler ec(empty, g, params);
        Row row;
        Stats stats;
        ExecContext ex{g, params, stats, nullptr};
        EvalCtx c{ex, row};
        Value m = ec.compile(*np.properties)(c);
        if (!m.is_map()) raise(ErrorKind::TypeError, "InvalidArgumentType", "node properties must be a Map", np.pos);
        for (const auto& [k, v] : m.as_map()) e.props.emplace_back(k, v);
    }
    return e;
}

// `name` matches the node's name or any of its aliases, ignoring case: people type
// "MSC" or "mesenchymal stem cell" for the same node.
bool name_matches(const graph::Graph& g, NodeId n, const Value& wanted) {
    if (!wanted.is_string()) return false;
    std::string w = lower(wanted.as_string());
    for (const char* key : {"name", "aliases"}) {
        auto k = g.find_key(key);
        const Value* v = k ? g.node_property(n, *k) : nullptr;
        if (!v) continue;
        if (v->is_string() && lower(v->as_string()) == w) return true;
        if (v->is_list())
            for (const Value& x : v->as_list())
                if (x.is_string() && lower(x.as_string()) == w) return true;
    }
    return false;
}

bool endpoint_matches(const graph::Graph& g, NodeId n, const Endpoint& e) {
    if (e.impossible) return false;
    for (auto l : e.labels)
        if (!g.has_label(n, l)) return false;
    for (const auto& [k, v] : e.props) {
        if (k == "name") {
            if (!name_matches(g, n, v)) return false;
            continue;
        }
        auto key = g.find_key(k);
        const Value* have = key ? g.node_property(n, *key) : nullptr;
        if (!have || equals(*have, v) != Tri::True) return false;
    }
    return true;
}

std::vector<NodeId> endpoint_nodes(const graph::Graph& g, const Endpoint& e) {
    std::vector<NodeId> out;
    if (e.impossible) return out;
    if (!e.labels.empty()) {
        for (NodeId n : g.nodes_with_label(e.labels[0]))
            if (endpoint_matches(g, n, e)) out.push_back(n);
        return out;
    }
    for (NodeId n = 0; n < g.node_id_bound(); ++n)
        if (g.node_alive(n) && endpoint_matches(g, n, e)) out.push_back(n);
    return out;
}

PathSpec spec_of(graph::Graph& g, const TypeSigns& signs, const ast::PathsQuery& q, const Params& params) {
    PathSpec spec;
    std::int64_t hops = q.max_hops.value_or(std::int64_t{kPathsDefaultMaxHops});
    if (hops < 1 || hops > kPathsMaxHopsBound)
        raise(ErrorKind::ArgumentError, "NumberOutOfRange",
              "MAX must be between 1 and " + std::to_string(kPathsMaxHopsBound) + " hops", q.pos);
    std::int64_t limit = q.limit.value_or(static_cast<std::int64_t>(kPathsDefaultLimit));
    if (limit < 1 || limit > kPathsLimitBound)
        raise(ErrorKind::ArgumentError, "NumberOutOfRange",
              "LIMIT must be between 1 and " + std::to_string(kPathsLimitBound), q.pos);
    if (q.sign && signs.empty())
        raise(ErrorKind::SemanticError, "",
              "SIGN needs relationship signs, but no schema.tsv was loaded with this graph", q.pos);
    spec.max_hops = static_cast<std::uint32_t>(hops);
    spec.limit = static_cast<std::size_t>(limit);
    spec.sign = q.sign;
    spec.any_context = q.any_context;
    spec.from = endpoint_nodes(g, compile_endpoint(g, q.from, params));
    spec.to = endpoint_nodes(g, compile_endpoint(g, q.to, params));
    for (const auto& l : q.via_labels)
        if (auto id = g.find_label(l)) spec.via_labels.push_back(*id);
    spec.via_impossible = !q.via_labels.empty() && spec.via_labels.empty();
    if (q.via_node) {
        auto via = compile_endpoint(g, *q.via_node, params);
        spec.via_node = [&g, via](NodeId n) { return endpoint_matches(g, n, via); };
    }
    return spec;
}

std::string explain(const PathSpec& spec) {
    std::string s = "1. Paths (iterative deepening, directed, simple paths, ranked by score)\n";
    s += "     from: " + std::to_string(spec.from.size()) + " node(s), to: " + std::to_string(spec.to.size()) +
         " node(s), max " + std::to_string(spec.max_hops) + " hops, limit " + std::to_string(spec.limit) + "\n";
    if (!spec.via_labels.empty() || spec.via_node || spec.via_impossible)
        s += "     via: at least one intermediate node matching VIA\n";
    if (spec.sign) s += std::string("     sign filter: ") + *spec.sign + "\n";
    s += spec.any_context ? "     context: any (ANY CONTEXT)\n"
                          : "     context: each hop general, or in the target disease or a SUBTYPE_OF relative\n";
    return s;
}

}  // namespace

ResultSet run_paths(graph::Graph& g, const TypeSigns& signs, const ast::Statement& statement, const Params& params,
                    Governor& gov) {
    PathSpec spec = spec_of(g, signs, *statement.paths, params);
    if (statement.mode == ast::StatementMode::Explain) {
        ResultSet rs;
        rs.columns = path_columns();
        rs.summary_columns = kPathSummaryColumns;
        rs.plan = explain(spec);
        return rs;
    }
    auto t0 = std::chrono::steady_clock::now();
    ResultSet rs = find_paths(g, signs, spec, gov);
    rs.summary_columns = kPathSummaryColumns;
    if (statement.mode == ast::StatementMode::Profile) {
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        rs.plan = "1. Paths (iterative deepening, directed, simple paths, ranked by score)   [rows: " +
                  std::to_string(rs.rows.size()) + ", time: " + std::to_string(ms) + " ms]\n";
    }
    return rs;
}

}  // namespace liverkg::engine

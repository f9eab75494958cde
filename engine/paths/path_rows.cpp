// A found path as a result row: the readable chain, net sign, score, weakest evidence and
// citations first (what a table shows), then hops, refs, the path value and one map per hop.
#include <algorithm>
#include <cmath>
#include <set>

#include "engine/paths/paths.hpp"
#include "engine/paths/path_parts.hpp"
#include "kg/cite.hpp"

namespace liverkg::engine {

const std::vector<std::string>& path_columns() {
    static const std::vector<std::string> columns = {"chain", "sign",   "score", "weakest_evidence", "citations",
                                                     "hops",  "refs",   "path",  "evidence"};
    return columns;
}

}  // namespace liverkg::engine

namespace liverkg::engine::paths {

using graph::NodeId;
using graph::RelId;
using graph::Value;

namespace {

std::string sign_text(int s) {
    return s == 2 ? "?" : s > 0 ? "+" : s < 0 ? "-" : "0";
}

}  // namespace

Row path_row(const graph::Graph& g, const Keys& keys, const std::vector<int>& type_sign, const Found& f,
             NodeId target, const ContextRule& rule) {
    graph::List hops;
    std::set<std::int64_t> refs;
    int weakest = 4;
    for (std::size_t i = 0; i < f.path.rels.size(); ++i) {
        RelId r = f.path.rels[i];
        graph::Map hop;
        auto node_name = [&](NodeId n) {
            const Value* v = keys.name ? g.node_property(n, *keys.name) : nullptr;
            if (!v || !v->is_string()) v = keys.id ? g.node_property(n, *keys.id) : nullptr;
            return v && v->is_string() ? Value(v->as_string()) : Value("#" + std::to_string(n));
        };
        hop["from"] = node_name(g.rel_start(r));   // the stored direction (refinement steps run backwards)
        hop["to"] = node_name(g.rel_end(r));
        hop["type"] = g.type_name(g.rel_type(r));
        hop["sign"] = sign_text(type_sign[g.rel_type(r)]);
        const Value* ev = keys.evidence ? g.rel_property(r, *keys.evidence) : nullptr;
        hop["evidence"] = ev ? *ev : Value();
        if (i >= f.refinement) weakest = std::min(weakest, evidence_rank(ev));
        const Value* rv = keys.refs ? g.rel_property(r, *keys.refs) : nullptr;
        hop["refs"] = rv ? *rv : Value(graph::List{});
        if (rv && rv->is_list())
            for (const Value& x : rv->as_list())
                if (x.is_int()) refs.insert(x.as_int());
        for (auto [name, key] : {std::pair{"context", keys.context}, {"model", keys.model},
                                 {"significant", keys.significant}, {"inferred", keys.inferred}})
            if (const Value* v = key ? g.rel_property(r, *key) : nullptr) hop[name] = *v;
        hop["in_context"] = i < f.refinement || rule.allowed(r, target);
        hops.emplace_back(std::move(hop));
    }
    graph::List ref_list;
    std::string citations;
    for (std::int64_t n : refs) {
        ref_list.emplace_back(n);
        citations += (citations.empty() ? "" : "; ") + kg::cite(g, n);
    }
    std::string sign = !f.sign_known ? "?" : f.sign > 0 ? "+" : f.sign < 0 ? "-" : "0";
    double score = std::round(f.score * 10) / 10;
    return Row{f.chain,
               sign,
               score,
               std::string(evidence_name(f.hops() ? weakest : 0)),
               citations,
               static_cast<std::int64_t>(f.hops()),
               std::move(ref_list),
               f.path,
               std::move(hops)};
}

}  // namespace liverkg::engine::paths

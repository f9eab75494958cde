// A found path as a result row: the readable chain, net sign, score, weakest evidence and
// citations first (what a table shows), then hops, refs, the path value and one map per hop.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "engine/paths.hpp"
#include "engine/paths/path_parts.hpp"

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

// "HUANG Guicai, LUO Yehao" -> "Huang"; "CHENG ML, NAKIB D" -> "Cheng".
std::string first_surname(const std::string& authors) {
    std::string word;
    for (char c : authors) {
        if (c == ' ' || c == ',') {
            if (!word.empty()) break;
            continue;
        }
        word += c;
    }
    bool ascii_caps = !word.empty() && std::all_of(word.begin(), word.end(), [](unsigned char c) {
        return c >= 0x80 || !std::isalpha(c) || std::isupper(c);
    });
    if (ascii_caps)
        for (std::size_t i = 1; i < word.size(); ++i)
            if (static_cast<unsigned char>(word[i]) < 0x80 && std::isalpha(static_cast<unsigned char>(word[i-1])))
                word[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
    return word;
}

std::string sign_text(int s) {
    return s == 2 ? "?" : s > 0 ? "+" : s < 0 ? "-" : "0";
}

}  // namespace
}  // namespace liverkg::engine::paths

namespace liverkg::engine {

using graph::NodeId;
using graph::Value;

std::string citation(const graph::Graph& g, std::int64_t number) {
    std::string bracket = "[" + std::to_string(number) + "]";
    auto label = g.find_label("Reference");
    auto num = g.find_key("number");
    if (!label || !num) return bracket;
    auto authors = g.find_key("authors");
    auto year = g.find_key("year");
    for (NodeId n : g.nodes_with_label(*label)) {
        const Value* v = g.node_property(n, *num);
        if (!v || !v->is_int() || v->as_int() != number) continue;
        const Value* a = authors ? g.node_property(n, *authors) : nullptr;
        const Value* y = year ? g.node_property(n, *year) : nullptr;
        std::string text;
        if (a && a->is_string()) text = paths::first_surname(a->as_string());
        if (y && y->is_int()) text += (text.empty() ? "" : " ") + std::to_string(y->as_int());
        return text.empty() ? bracket : text + " " + bracket;
    }
    return bracket;
}

}  // namespace liverkg::engine

namespace liverkg::engine::paths {

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
        citations += (citations.empty() ? "" : "; ") + engine::citation(g, n);
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

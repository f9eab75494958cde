// The context rule and the score of a mechanism path (docs/query-language.md, "How paths are
// ranked"). The review's chains were each shown in one disease model; splicing a hop seen in
// NAFLD onto a chain about acute liver failure makes a claim nobody made, hence the rule.
#include <algorithm>
#include <cmath>
#include <deque>

#include "engine/paths/path_parts.hpp"

namespace liverkg::engine::paths {

using graph::NodeId;
using graph::RelId;
using graph::Value;

Keys::Keys(const graph::Graph& g)
    : refs(g.find_key("refs")), evidence(g.find_key("evidence")), context(g.find_key("context")),
      model(g.find_key("model")), significant(g.find_key("significant")), inferred(g.find_key("inferred")),
      generic(g.find_key("generic")), id(g.find_key("id")), name(g.find_key("name")) {}

namespace {

const Value* node_prop(const graph::Graph& g, NodeId n, std::optional<graph::KeyId> k) {
    return k ? g.node_property(n, *k) : nullptr;
}

const Value* rel_prop(const graph::Graph& g, RelId r, std::optional<graph::KeyId> k) {
    return k ? g.rel_property(r, *k) : nullptr;
}

// D's id with the ids of its SUBTYPE_OF ancestors and descendants (each direction followed on
// its own: a sibling disease is neither).
std::unordered_set<std::string> disease_family(const graph::Graph& g, const Keys& keys, NodeId d) {
    std::unordered_set<std::string> ids;
    auto subtype = g.find_type("SUBTYPE_OF");
    auto add = [&](NodeId n) {
        const Value* v = node_prop(g, n, keys.id);
        if (v && v->is_string()) ids.insert(v->as_string());
    };
    add(d);
    for (bool upwards : {true, false}) {
        std::vector<bool> seen(g.node_id_bound(), false);
        std::deque<NodeId> queue{d};
        seen[d] = true;
        while (subtype && !queue.empty()) {
            NodeId n = queue.front();
            queue.pop_front();
            for (const auto& a : upwards ? g.out(n) : g.in(n)) {
                if (a.type != *subtype || seen[a.other]) continue;
                seen[a.other] = true;
                add(a.other);
                queue.push_back(a.other);
            }
        }
    }
    return ids;
}

bool flag(const Value* v, bool value) { return v && v->is_bool() && v->as_bool() == value; }

double evidence_weight(int rank) {
    static const double weights[] = {0.3, 0.4, 0.6, 0.8, 1.0};   // unknown, review, in_vitro, animal, clinical
    return weights[std::clamp(rank, 0, 4)];
}

// A node with many relationships ("inflammation") joins many chains and explains little.
constexpr double kHubDegree = 8;

double hub_factor(const graph::Graph& g, const Keys& keys, NodeId n) {
    double degree = double(g.out(n).size() + g.in(n).size());
    double f = std::min(1.0, kHubDegree / std::max(degree, 1.0));
    if (flag(node_prop(g, n, keys.generic), true)) f *= 0.5;
    return f;
}

}  // namespace

ContextRule::ContextRule(const graph::Graph& g, const Keys& keys, const std::vector<NodeId>& targets)
    : g_(g), keys_(keys) {
    auto disease = g.find_label("Disease");
    for (NodeId t : targets) {
        if (!disease || !g.has_label(t, *disease)) {
            unrestricted_target_ = true;
            continue;
        }
        auto ids = disease_family(g, keys, t);
        any_.insert(ids.begin(), ids.end());
        per_target_.emplace_back(t, std::move(ids));
    }
}

bool ContextRule::hop_matches(RelId r, const std::unordered_set<std::string>& ids) const {
    const Value* ctx = rel_prop(g_, r, keys_.context);
    if (!ctx || ctx->is_null()) return true;
    if (ctx->is_string()) return ids.count(ctx->as_string()) > 0;
    if (!ctx->is_list() || ctx->as_list().empty()) return true;
    for (const Value& c : ctx->as_list())
        if (c.is_string() && ids.count(c.as_string())) return true;
    return false;
}

bool ContextRule::allowed_for_some(RelId r) const { return unrestricted_target_ || hop_matches(r, any_); }

bool ContextRule::allowed(RelId r, NodeId target) const {
    for (const auto& [t, ids] : per_target_)
        if (t == target) return hop_matches(r, ids);
    return true;
}

int evidence_rank(const Value* e) {
    if (!e || !e->is_string()) return 0;
    const std::string& s = e->as_string();
    if (s == "clinical") return 4;
    if (s == "animal") return 3;
    if (s == "in_vitro") return 2;
    if (s == "review") return 1;
    return 0;
}

const char* evidence_name(int rank) {
    static const char* names[] = {"unknown", "review", "in_vitro", "animal", "clinical"};
    return names[std::clamp(rank, 0, 4)];
}

// score = 100 × E × H × L × R, where over the counted hops (not the leading subtype steps)
//   E = geometric mean of hop weights: evidence (clinical 1, animal 0.8, in_vitro 0.6, review 0.4,
//       none 0.3) × 0.5 when `significant: false` × 0.6 when `inferred: true`
//   H = geometric mean over the intermediate nodes of min(1, 8 / degree), halved for `generic: true`
//   L = 0.9 ^ (hops - 1)
//   R = 1 + 0.05 × min(distinct refs - 1, 4)
//   S = 0.85 ^ (leading subtype steps): a chain shown for UCB-MSC answers a question about MSC
//       a little less directly than one shown for MSC itself
double path_score(const graph::Graph& g, const Keys& keys, const Found& f) {
    const auto& rels = f.path.rels;
    const auto& nodes = f.path.nodes;
    std::size_t hops = f.hops();
    if (hops == 0) return 0;
    double log_e = 0, log_h = 0;
    std::unordered_set<std::int64_t> refs;
    for (std::size_t i = f.refinement; i < rels.size(); ++i) {
        double w = evidence_weight(evidence_rank(rel_prop(g, rels[i], keys.evidence)));
        if (flag(rel_prop(g, rels[i], keys.significant), false)) w *= 0.5;
        if (flag(rel_prop(g, rels[i], keys.inferred), true)) w *= 0.6;
        log_e += std::log(w);
        if (const Value* rv = rel_prop(g, rels[i], keys.refs); rv && rv->is_list())
            for (const Value& x : rv->as_list())
                if (x.is_int()) refs.insert(x.as_int());
    }
    std::size_t inner = 0;
    for (std::size_t i = f.refinement + 1; i + 1 < nodes.size(); ++i, ++inner)
        log_h += std::log(hub_factor(g, keys, nodes[i]));
    double e = std::exp(log_e / double(hops));
    double h = inner ? std::exp(log_h / double(inner)) : 1.0;
    double l = std::pow(0.9, double(hops - 1));
    double r = 1 + 0.05 * double(std::min<std::size_t>(refs.empty() ? 0 : refs.size() - 1, 4));
    double subtype = std::pow(0.85, double(f.refinement));
    return 100 * e * h * l * r * subtype;
}

}  // namespace liverkg::engine::paths

// PATHS FROM (a) TO (b) [VIA ...] [MAX n HOPS] [SIGN +|-] [LIMIT n]
//
// Directed simple paths from the FROM nodes to the TO nodes, found by iterative
// deepening (length 1, 2, ... MAX) with a reverse BFS distance bound that prunes
// every branch that cannot reach a target in the remaining hops. Each path's net
// sign is the product of its relationship types' signs (schema.tsv); structural
// types (sign 0) pass the sign through unchanged. Results are ranked by length,
// then by the weakest hop's evidence, then by the number of distinct refs.
//
// A FROM node stands for its subtypes too: `PATHS FROM (c {name: 'MSC'})` also
// follows chains that start at BMSC when BMSC -[:SUBTYPE_OF]-> MSC. Such a path
// begins with the SUBTYPE_OF step, walked backwards; that refinement step is shown
// in the chain and the evidence but not counted in `hops` or against MAX.
#include "engine/paths.hpp"

#include <algorithm>
#include <chrono>
#include <deque>
#include <set>

#include "engine/exec.hpp"
#include "engine/expr.hpp"

namespace liverkg::engine {

using graph::NodeId;
using graph::RelId;

namespace {

constexpr std::int64_t kDefaultMaxHops = 4;
constexpr std::int64_t kMaxHopsBound = 8;
constexpr std::int64_t kDefaultLimit = 20;
constexpr std::int64_t kLimitBound = 10'000;
constexpr std::size_t kPerLengthCap = 20'000;    // paths of one length considered for ranking
constexpr double kTimeBudgetMs = 3000;

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

int evidence_rank(const std::string& e) {
    if (e == "clinical") return 4;
    if (e == "animal") return 3;
    if (e == "in_vitro") return 2;
    if (e == "review") return 1;
    return 0;
}

const char* evidence_of_rank(int r) {
    static const char* names[] = {"unknown", "review", "in_vitro", "animal", "clinical"};
    return names[std::clamp(r, 0, 4)];
}

// Where a search starts: a FROM node, or one of its subtypes reached backwards over
// SUBTYPE_OF (prefix holds that walk: prefix_nodes.front() is the FROM node).
struct Source {
    std::vector<NodeId> prefix_nodes;
    std::vector<RelId> prefix_rels;
};

struct Found {
    std::size_t refinement = 0;   // leading SUBTYPE_OF steps (not counted as hops)
    graph::Path path;
    int sign = 1;            // +1, -1, or 0 when no hop carries a sign
    bool sign_known = true;
    int weakest = 4;
    std::size_t refs = 0;
    std::string chain;
};

class PathSearch {
public:
    PathSearch(graph::Graph& g, const TypeSigns& signs, const ast::PathsQuery& q, const Params& params,
               const std::atomic<bool>* cancel)
        : g_(g), signs_(signs), q_(q), params_(params), cancel_(cancel) {}

    ResultSet run() {
        setup();
        ResultSet rs;
        rs.columns = {"path", "chain", "sign", "hops", "weakest_evidence", "refs", "evidence"};
        std::vector<Found> found;
        started_ = std::chrono::steady_clock::now();
        for (std::uint32_t len = 1; len <= max_hops_ && !out_of_time_; ++len) {
            std::vector<Found> at_len;
            for (const Source& src : sources_) {
                std::vector<NodeId> nodes = src.prefix_nodes;
                std::vector<RelId> rels = src.prefix_rels;
                on_path_.assign(g_.node_id_bound(), false);
                for (NodeId n : nodes) on_path_[n] = true;
                dfs(nodes.back(), len + static_cast<std::uint32_t>(rels.size()), nodes, rels, 0, at_len,
                    rels.size());
                if (at_len.size() >= kPerLengthCap || out_of_time_) break;
            }
            if (at_len.size() >= kPerLengthCap)
                rs.notices.push_back("PATHS: ranked the first " + std::to_string(kPerLengthCap) + " paths of length " +
                                     std::to_string(len) + " only");
            rank(at_len);
            for (auto& f : at_len) found.push_back(std::move(f));
            if (found.size() >= limit_) break;
        }
        if (out_of_time_)
            rs.notices.push_back("PATHS: stopped after the time budget of " + std::to_string(int(kTimeBudgetMs)) +
                                 " ms; the results are the best found so far");
        if (found.size() > limit_) {
            found.resize(limit_);
            rs.notices.push_back("PATHS: stopped at LIMIT " + std::to_string(limit_));
        }
        for (auto& f : found) rs.rows.push_back(row_of(f));
        return rs;
    }

    std::string explain() {
        setup();
        std::string s = "1. Paths (iterative deepening, directed, simple paths)\n";
        s += "     from: " + std::to_string(sources_.size()) + " node(s), to: " + std::to_string(targets_count_) +
             " node(s), max " + std::to_string(max_hops_) + " hops, limit " + std::to_string(limit_) + "\n";
        if (!via_labels_.empty() || via_node_) s += "     via: at least one intermediate node matching VIA\n";
        if (q_.sign) s += std::string("     sign filter: ") + *q_.sign + "\n";
        return s;
    }

private:
    graph::Graph& g_;
    const TypeSigns& signs_;
    const ast::PathsQuery& q_;
    const Params& params_;
    const std::atomic<bool>* cancel_;
    std::vector<Source> sources_;
    std::vector<bool> is_target_;
    std::size_t targets_count_ = 0;
    std::vector<std::int32_t> dist_to_target_;
    std::vector<graph::LabelId> via_labels_;
    std::optional<Endpoint> via_node_;
    std::vector<bool> on_path_;
    std::uint32_t max_hops_ = kDefaultMaxHops;
    std::size_t limit_ = kDefaultLimit;
    std::vector<int> type_sign_;   // per TypeId: +1, -1, 0, or 2 = unknown
    std::optional<graph::KeyId> refs_key_, evidence_key_;
    std::chrono::steady_clock::time_point started_;
    bool out_of_time_ = false;
    std::uint64_t ticks_ = 0;

    void setup() {
        if (q_.max_hops) {
            if (*q_.max_hops < 1 || *q_.max_hops > kMaxHopsBound)
                raise(ErrorKind::ArgumentError, "NumberOutOfRange",
                      "MAX must be between 1 and " + std::to_string(kMaxHopsBound) + " hops", q_.pos);
            max_hops_ = static_cast<std::uint32_t>(*q_.max_hops);
        }
        if (q_.limit) {
            if (*q_.limit < 1 || *q_.limit > kLimitBound)
                raise(ErrorKind::ArgumentError, "NumberOutOfRange",
                      "LIMIT must be between 1 and " + std::to_string(kLimitBound), q_.pos);
            limit_ = static_cast<std::size_t>(*q_.limit);
        }
        if (q_.sign && signs_.empty())
            raise(ErrorKind::SemanticError, "",
                  "SIGN needs relationship signs, but no schema.tsv was loaded with this graph", q_.pos);
        Endpoint from = compile_endpoint(g_, q_.from, params_);
        Endpoint to = compile_endpoint(g_, q_.to, params_);
        sources_ = with_subtypes(endpoint_nodes(g_, from));
        is_target_.assign(g_.node_id_bound(), false);
        for (NodeId n : endpoint_nodes(g_, to)) {
            is_target_[n] = true;
            ++targets_count_;
        }
        for (const auto& l : q_.via_labels) {
            if (auto id = g_.find_label(l)) via_labels_.push_back(*id);
        }
        if (!q_.via_labels.empty() && via_labels_.empty()) sources_.clear();   // no node can satisfy VIA
        if (q_.via_node) via_node_ = compile_endpoint(g_, *q_.via_node, params_);
        type_sign_.assign(g_.type_dictionary_size(), 2);
        for (graph::TypeId t = 0; t < g_.type_dictionary_size(); ++t) {
            auto it = signs_.find(g_.type_name(t));
            if (it != signs_.end()) type_sign_[t] = it->second;
        }
        refs_key_ = g_.find_key("refs");
        evidence_key_ = g_.find_key("evidence");
        distances_to_targets();
    }

    // Each FROM node, then its subtypes (transitively), each with the walk that reaches it.
    std::vector<Source> with_subtypes(const std::vector<NodeId>& roots) const {
        std::vector<Source> out;
        auto subtype = g_.find_type("SUBTYPE_OF");
        for (NodeId r : roots) {
            std::size_t first = out.size();
            out.push_back(Source{{r}, {}});
            for (std::size_t i = first; subtype && i < out.size(); ++i) {
                Source cur = out[i];
                for (const auto& a : g_.in(cur.prefix_nodes.back())) {
                    if (a.type != *subtype) continue;
                    if (std::find(cur.prefix_nodes.begin(), cur.prefix_nodes.end(), a.other) != cur.prefix_nodes.end())
                        continue;
                    Source next = cur;
                    next.prefix_nodes.push_back(a.other);
                    next.prefix_rels.push_back(a.rel);
                    out.push_back(std::move(next));
                }
            }
        }
        return out;
    }

    // Reverse BFS from every target, up to max_hops: dist_to_target_[n] = hops still needed.
    void distances_to_targets() {
        dist_to_target_.assign(g_.node_id_bound(), -1);
        std::deque<NodeId> queue;
        for (NodeId n = 0; n < is_target_.size(); ++n)
            if (is_target_[n]) {
                dist_to_target_[n] = 0;
                queue.push_back(n);
            }
        while (!queue.empty()) {
            NodeId n = queue.front();
            queue.pop_front();
            if (dist_to_target_[n] >= static_cast<std::int32_t>(max_hops_)) continue;
            for (const auto& a : g_.in(n)) {
                if (dist_to_target_[a.other] >= 0) continue;
                dist_to_target_[a.other] = dist_to_target_[n] + 1;
                queue.push_back(a.other);
            }
        }
    }

    bool is_via(NodeId n) const {
        for (auto l : via_labels_)
            if (g_.has_label(n, l)) return true;
        return via_node_ && endpoint_matches(g_, n, *via_node_);
    }

    bool needs_via() const { return !via_labels_.empty() || via_node_.has_value(); }

    void poll() {
        if ((++ticks_ & 0xfff) != 0) return;
        if (cancel_ && cancel_->load(std::memory_order_relaxed))
            raise(ErrorKind::Cancelled, "", "statement cancelled; the graph is unchanged");
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
        if (ms > kTimeBudgetMs) out_of_time_ = true;
    }

    void dfs(NodeId at, std::uint32_t len, std::vector<NodeId>& nodes, std::vector<RelId>& rels, int via_count,
             std::vector<Found>& out, std::size_t refinement) {
        poll();
        if (out_of_time_ || out.size() >= kPerLengthCap) return;
        if (rels.size() == len) {
            if (is_target_[at] && (!needs_via() || via_count > 0)) consider(nodes, rels, out, refinement);
            return;
        }
        auto remaining = static_cast<std::int32_t>(len - rels.size() - 1);
        for (const auto& a : g_.out(at)) {
            NodeId next = a.other;
            if (on_path_[next]) continue;
            std::int32_t d = dist_to_target_[next];
            if (d < 0 || d > remaining) continue;
            bool last = remaining == 0;
            int via = via_count + (!last && is_via(next) ? 1 : 0);
            on_path_[next] = true;
            nodes.push_back(next);
            rels.push_back(a.rel);
            dfs(next, len, nodes, rels, via, out, refinement);
            rels.pop_back();
            nodes.pop_back();
            on_path_[next] = false;
        }
    }

    std::string node_name(NodeId n) const {
        for (const char* key : {"name", "id"}) {
            auto k = g_.find_key(key);
            const Value* v = k ? g_.node_property(n, *k) : nullptr;
            if (v && v->is_string()) return v->as_string();
        }
        return "#" + std::to_string(n);
    }

    void consider(const std::vector<NodeId>& nodes, const std::vector<RelId>& rels, std::vector<Found>& out,
                  std::size_t refinement) {
        Found f;
        f.refinement = refinement;
        f.path.nodes = nodes;
        f.path.rels = rels;
        std::set<std::int64_t> refs;
        bool any_signed = false;
        f.chain = node_name(nodes[0]);
        for (std::size_t i = 0; i < rels.size(); ++i) {
            int s = type_sign_[g_.rel_type(rels[i])];
            if (s == 2) f.sign_known = false;
            else if (s != 0) {
                any_signed = true;
                f.sign *= s;
            }
            const Value* ev = evidence_key_ ? g_.rel_property(rels[i], *evidence_key_) : nullptr;
            if (i >= refinement)   // a subtype step says what the cell is, not how it acts
                f.weakest = std::min(f.weakest, ev && ev->is_string() ? evidence_rank(ev->as_string()) : 0);
            const Value* rv = refs_key_ ? g_.rel_property(rels[i], *refs_key_) : nullptr;
            if (rv && rv->is_list())
                for (const Value& r : rv->as_list())
                    if (r.is_int()) refs.insert(r.as_int());
            const std::string& type = g_.type_name(g_.rel_type(rels[i]));
            f.chain += i < refinement ? " <-[" + type + "]- " : " -[" + type + "]-> ";
            f.chain += node_name(nodes[i + 1]);
        }
        if (!any_signed) f.sign = 0;
        f.refs = refs.size();
        if (q_.sign) {
            int want = *q_.sign == '+' ? 1 : -1;
            if (!f.sign_known || f.sign != want) return;
        }
        out.push_back(std::move(f));
    }

    static void rank(std::vector<Found>& fs) {
        std::stable_sort(fs.begin(), fs.end(), [](const Found& a, const Found& b) {
            std::size_t ha = a.path.rels.size() - a.refinement, hb = b.path.rels.size() - b.refinement;
            if (ha != hb) return ha < hb;
            if (a.refinement != b.refinement) return a.refinement < b.refinement;
            if (a.weakest != b.weakest) return a.weakest > b.weakest;
            if (a.refs != b.refs) return a.refs > b.refs;
            return a.chain < b.chain;
        });
    }

    Row row_of(const Found& f) const {
        graph::List hops;
        graph::List all_refs;
        std::set<std::int64_t> seen;
        for (std::size_t i = 0; i < f.path.rels.size(); ++i) {
            RelId r = f.path.rels[i];
            graph::Map hop;
            hop["from"] = node_name(g_.rel_start(r));   // the stored direction (refinement steps run backwards)
            hop["to"] = node_name(g_.rel_end(r));
            hop["type"] = g_.type_name(g_.rel_type(r));
            int s = type_sign_[g_.rel_type(r)];
            hop["sign"] = s == 2 ? std::string("?") : s > 0 ? std::string("+") : s < 0 ? std::string("-") : std::string("0");
            const Value* ev = evidence_key_ ? g_.rel_property(r, *evidence_key_) : nullptr;
            hop["evidence"] = ev ? *ev : Value();
            const Value* rv = refs_key_ ? g_.rel_property(r, *refs_key_) : nullptr;
            hop["refs"] = rv ? *rv : Value(graph::List{});
            if (rv && rv->is_list())
                for (const Value& x : rv->as_list())
                    if (x.is_int() && seen.insert(x.as_int()).second) all_refs.push_back(x);
            hops.emplace_back(std::move(hop));
        }
        std::sort(all_refs.begin(), all_refs.end(), [](const Value& a, const Value& b) { return a.as_int() < b.as_int(); });
        std::string sign = !f.sign_known ? "?" : f.sign > 0 ? "+" : f.sign < 0 ? "-" : "0";
        return Row{f.path, f.chain, sign, static_cast<std::int64_t>(f.path.rels.size() - f.refinement),
                   std::string(evidence_of_rank(f.weakest)), std::move(all_refs), std::move(hops)};
    }
};

}  // namespace

ResultSet run_paths(graph::Graph& g, const TypeSigns& signs, const ast::Statement& statement, const Params& params,
                    const std::atomic<bool>* cancel) {
    PathSearch search(g, signs, *statement.paths, params, cancel);
    if (statement.mode == ast::StatementMode::Explain) {
        ResultSet rs;
        rs.columns = {"path", "chain", "sign", "hops", "weakest_evidence", "refs", "evidence"};
        rs.plan = search.explain();
        return rs;
    }
    auto t0 = std::chrono::steady_clock::now();
    ResultSet rs = search.run();
    if (statement.mode == ast::StatementMode::Profile) {
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        rs.plan = "1. Paths (iterative deepening, directed, simple paths)   [rows: " + std::to_string(rs.rows.size()) +
                  ", time: " + std::to_string(ms) + " ms]\n";
    }
    return rs;
}

}  // namespace liverkg::engine

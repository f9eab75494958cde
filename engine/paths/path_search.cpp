// find_paths: directed simple paths from spec.from to spec.to, found by iterative deepening
// (length 1, 2, ... max) with a reverse BFS distance bound that prunes every branch that
// cannot reach a target in the remaining hops. Hops that break the context rule are not
// walked (unless spec.any_context). Each path's net sign is the product of its relationship
// types' signs (schema.tsv); sign-0 types pass the sign through. Paths are ranked by score.
//
// A FROM node stands for its subtypes too: `PATHS FROM (c {name: 'MSC'})` also follows chains
// that start at BMSC when BMSC -[:SUBTYPE_OF]-> MSC. Such a path begins with the SUBTYPE_OF
// step, walked backwards; that refinement step is shown in the chain and the evidence but not
// counted in `hops`, against MAX, or in the score.
#include <algorithm>
#include <chrono>
#include <deque>

#include "engine/paths/paths.hpp"
#include "engine/paths/path_parts.hpp"

namespace liverkg::engine {

using graph::NodeId;
using graph::RelId;
using paths::Found;

namespace {

constexpr std::size_t kPerLengthCap = 20'000;    // paths of one length considered for ranking
constexpr double kTimeBudgetMs = 3000;

// Where a search starts: a FROM node, or one of its subtypes reached backwards over
// SUBTYPE_OF (prefix_nodes.front() is the FROM node).
struct Source {
    std::vector<NodeId> prefix_nodes;
    std::vector<RelId> prefix_rels;
};

class PathSearch {
public:
    PathSearch(graph::Graph& g, const TypeSigns& signs, const PathSpec& spec, Governor& gov)
        : g_(g), spec_(spec), gov_(gov), keys_(g), rule_(g, keys_, spec.to) {
        type_sign_.assign(g_.type_dictionary_size(), 2);
        for (graph::TypeId t = 0; t < g_.type_dictionary_size(); ++t)
            if (auto it = signs.find(g_.type_name(t)); it != signs.end()) type_sign_[t] = it->second;
    }

    ResultSet run() {
        ResultSet rs;
        rs.columns = path_columns();
        if (spec_.via_impossible) return rs;
        sources_ = with_subtypes(spec_.from);
        is_target_.assign(g_.node_id_bound(), false);
        for (NodeId n : spec_.to) is_target_[n] = true;
        distances_to_targets();
        std::vector<Found> found;
        started_ = std::chrono::steady_clock::now();
        for (std::uint32_t len = 1; len <= spec_.max_hops && !out_of_time_; ++len) {
            std::size_t before = found.size();
            for (const Source& src : sources_) {
                std::vector<NodeId> nodes = src.prefix_nodes;
                std::vector<RelId> rels = src.prefix_rels;
                on_path_.assign(g_.node_id_bound(), false);
                for (NodeId n : nodes) on_path_[n] = true;
                dfs(len + static_cast<std::uint32_t>(rels.size()), nodes, rels, 0, found, rels.size(), before);
                if (found.size() - before >= kPerLengthCap || out_of_time_) break;
            }
            if (found.size() - before >= kPerLengthCap)
                rs.notices.push_back("PATHS: ranked the first " + std::to_string(kPerLengthCap) + " paths of length " +
                                     std::to_string(len) + " only");
        }
        if (out_of_time_)
            rs.notices.push_back("PATHS: stopped after the time budget of " + std::to_string(int(kTimeBudgetMs)) +
                                 " ms; the results are the best found so far");
        for (auto& f : found) f.score = paths::path_score(g_, keys_, f);
        std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
            if (a.score != b.score) return a.score > b.score;
            if (a.hops() != b.hops()) return a.hops() < b.hops();
            return a.chain < b.chain;
        });
        if (found.size() > spec_.limit) {
            found.resize(spec_.limit);
            rs.notices.push_back("PATHS: stopped at LIMIT " + std::to_string(spec_.limit));
        }
        for (auto& f : found) rs.rows.push_back(paths::path_row(g_, keys_, type_sign_, f, f.path.nodes.back(), rule_));
        return rs;
    }

private:
    graph::Graph& g_;
    const PathSpec& spec_;
    Governor& gov_;
    paths::Keys keys_;
    paths::ContextRule rule_;
    std::vector<Source> sources_;
    std::vector<bool> is_target_;
    std::vector<std::int32_t> dist_to_target_;
    std::vector<bool> on_path_;
    std::vector<int> type_sign_;   // per TypeId: +1, -1, 0, or 2 = unknown
    std::chrono::steady_clock::time_point started_;
    bool out_of_time_ = false;
    std::uint64_t ticks_ = 0;

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
            if (dist_to_target_[n] >= static_cast<std::int32_t>(spec_.max_hops)) continue;
            for (const auto& a : g_.in(n)) {
                if (dist_to_target_[a.other] >= 0 || !hop_walkable(a.rel)) continue;
                dist_to_target_[a.other] = dist_to_target_[n] + 1;
                queue.push_back(a.other);
            }
        }
    }

    bool hop_walkable(RelId r) const { return spec_.any_context || rule_.allowed_for_some(r); }

    bool is_via(NodeId n) const {
        for (auto l : spec_.via_labels)
            if (g_.has_label(n, l)) return true;
        return spec_.via_node && spec_.via_node(n);
    }

    bool needs_via() const { return !spec_.via_labels.empty() || static_cast<bool>(spec_.via_node); }

    void poll() {
        gov_.step();
        if ((++ticks_ & 0xfff) != 0) return;
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
        if (ms > kTimeBudgetMs) out_of_time_ = true;
    }

    void dfs(std::uint32_t len, std::vector<NodeId>& nodes, std::vector<RelId>& rels, int via_count,
             std::vector<Found>& out, std::size_t refinement, std::size_t length_start) {
        poll();
        if (out_of_time_ || out.size() - length_start >= kPerLengthCap) return;
        NodeId at = nodes.back();
        if (rels.size() == len) {
            if (is_target_[at] && (!needs_via() || via_count > 0)) consider(nodes, rels, out, refinement);
            return;
        }
        auto remaining = static_cast<std::int32_t>(len - rels.size() - 1);
        for (const auto& a : g_.out(at)) {
            NodeId next = a.other;
            if (on_path_[next] || !hop_walkable(a.rel)) continue;
            std::int32_t d = dist_to_target_[next];
            if (d < 0 || d > remaining) continue;
            bool last = remaining == 0;
            int via = via_count + (!last && is_via(next) ? 1 : 0);
            on_path_[next] = true;
            nodes.push_back(next);
            rels.push_back(a.rel);
            dfs(len, nodes, rels, via, out, refinement, length_start);
            rels.pop_back();
            nodes.pop_back();
            on_path_[next] = false;
        }
    }

    std::string node_name(NodeId n) const {
        for (auto k : {keys_.name, keys_.id}) {
            const graph::Value* v = k ? g_.node_property(n, *k) : nullptr;
            if (v && v->is_string()) return v->as_string();
        }
        return "#" + std::to_string(n);
    }

    void consider(const std::vector<NodeId>& nodes, const std::vector<RelId>& rels, std::vector<Found>& out,
                  std::size_t refinement) {
        if (!spec_.any_context)
            for (std::size_t i = refinement; i < rels.size(); ++i)
                if (!rule_.allowed(rels[i], nodes.back())) return;
        Found f;
        f.refinement = refinement;
        f.path.nodes = nodes;
        f.path.rels = rels;
        bool any_signed = false;
        f.chain = node_name(nodes[0]);
        for (std::size_t i = 0; i < rels.size(); ++i) {
            int s = type_sign_[g_.rel_type(rels[i])];
            if (s == 2) f.sign_known = false;
            else if (s != 0) {
                any_signed = true;
                f.sign *= s;
            }
            const std::string& type = g_.type_name(g_.rel_type(rels[i]));
            f.chain += i < refinement ? " <-[" + type + "]- " : " -[" + type + "]-> ";
            f.chain += node_name(nodes[i + 1]);
        }
        if (!any_signed) f.sign = 0;
        if (spec_.sign) {
            int want = *spec_.sign == '+' ? 1 : -1;
            if (!f.sign_known || f.sign != want) return;
        }
        out.push_back(std::move(f));
    }
};

}  // namespace

ResultSet find_paths(graph::Graph& g, const TypeSigns& signs, const PathSpec& spec, Governor& gov) {
    return PathSearch(g, signs, spec, gov).run();
}

}  // namespace liverkg::engine

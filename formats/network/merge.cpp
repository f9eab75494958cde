// Merging a staged network into the graph. A network node is matched to an existing node by
// `id`, then by CURIE (`xrefs`), then by `name`, then by alias (names and aliases compared
// without case, as "TNF" and "tnf" name one gene); the first way that finds anything decides,
// and finding two nodes that way is an error naming both: two concepts are never merged
// silently. Matched nodes are left as they are; the others are created.
#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "base/error.hpp"
#include "formats/network/network.hpp"

namespace liverkg::formats::network {
namespace {

using graph::Graph;
using graph::NodeId;
using Index = std::unordered_map<std::string, std::vector<NodeId>>;

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

// The strings of a property: itself, or the strings of a list.
std::vector<std::string> strings_of(const graph::Value* v) {
    std::vector<std::string> out;
    if (!v) return out;
    if (v->is_string()) out.push_back(v->as_string());
    if (v->is_list())
        for (const auto& item : v->as_list())
            if (item.is_string()) out.push_back(item.as_string());
    return out;
}

std::vector<std::string> strings_of(const std::map<std::string, graph::Value>& props, const char* key) {
    auto it = props.find(key);
    return strings_of(it == props.end() ? nullptr : &it->second);
}

// One lookup table per way of matching, over the graph as it is before the load.
class GraphIndex {
public:
    GraphIndex(const Graph& g, const std::vector<MatchBy>& ways) {
        for (auto way : ways) {
            const char* key = way == MatchBy::Id ? "id" : way == MatchBy::Xref ? "xrefs"
                            : way == MatchBy::Name ? "name" : "aliases";
            auto k = g.find_key(key);
            if (!k) continue;
            bool fold = way == MatchBy::Name || way == MatchBy::Alias;
            for (NodeId n = 0; n < g.node_id_bound(); ++n) {
                if (!g.node_alive(n)) continue;
                for (const auto& s : strings_of(g.node_property(n, *k)))
                    index_[int(way)][fold ? lower(s) : s].push_back(n);
            }
        }
    }

    std::set<NodeId> find(MatchBy way, const std::vector<std::string>& values) const {
        std::set<NodeId> out;
        const auto& idx = index_[int(way)];
        bool fold = way == MatchBy::Name || way == MatchBy::Alias;
        for (const auto& v : values)
            if (auto it = idx.find(fold ? lower(v) : v); it != idx.end()) out.insert(it->second.begin(), it->second.end());
        return out;
    }

private:
    Index index_[4];
};

// What a network node offers to each way of matching.
std::vector<std::string> probes(const Node& n, MatchBy way) {
    auto name_of = [&] {
        auto names = strings_of(n.props, "name");
        return names.empty() ? std::vector<std::string>{n.key} : names;
    };
    switch (way) {
    case MatchBy::Id: {
        auto ids = strings_of(n.props, "id");
        return ids.empty() ? std::vector<std::string>{n.key} : ids;
    }
    case MatchBy::Xref: {
        auto xrefs = strings_of(n.props, "xrefs");
        for (const auto& s : probes(n, MatchBy::Id))
            if (s.find(':') != std::string::npos) xrefs.push_back(s);   // a CURIE as the name
        return xrefs;
    }
    case MatchBy::Name: return name_of();
    case MatchBy::Alias: {
        auto all = name_of();
        for (auto& a : strings_of(n.props, "aliases")) all.push_back(std::move(a));
        return all;
    }
    }
    return {};
}

std::string describe(const Graph& g, NodeId n) {
    std::string out;
    for (const char* key : {"id", "name"})
        if (auto k = g.find_key(key))
            if (const auto* v = g.node_property(n, *k); v && v->is_string())
                out += out.empty() ? v->as_string() : " (" + v->as_string() + ")";
    return out.empty() ? "node " + std::to_string(n) : out;
}

struct Resolution {
    std::vector<std::optional<NodeId>> target;   // per network node: the graph node it merges into
    std::size_t by[4] = {0, 0, 0, 0};
};

Resolution resolve(const Graph& g, const Network& net, const std::vector<MatchBy>& ways) {
    GraphIndex index(g, ways);
    Resolution r;
    r.target.resize(net.nodes.size());
    for (std::size_t i = 0; i < net.nodes.size(); ++i) {
        const Node& n = net.nodes[i];
        for (auto way : ways) {
            auto found = index.find(way, probes(n, way));
            if (found.empty()) continue;
            if (found.size() > 1) {
                std::string list;
                for (auto m : found) list += (list.empty() ? "" : ", ") + describe(g, m);
                raise(ErrorKind::LoadError, "",
                      n.where + ": '" + n.key + "' matches " + std::to_string(found.size()) + " nodes by " +
                          std::string(match_by_name(way)) + ": " + list +
                          "; name one of them exactly, or restrict --merge-on");
            }
            r.target[i] = *found.begin();
            ++r.by[int(way)];
            break;
        }
    }
    return r;
}

graph::PropertyList property_list(Graph& g, const std::map<std::string, graph::Value>& props) {
    graph::PropertyList out;
    for (const auto& [k, v] : props) out.emplace_back(g.intern_key(k), v);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

std::string summary(const Network& net, const Resolution& r, const LoadReport& report) {
    std::size_t merged = 0;
    std::string ways;
    for (auto way : {MatchBy::Id, MatchBy::Xref, MatchBy::Name, MatchBy::Alias}) {
        merged += r.by[int(way)];
        if (r.by[int(way)])
            ways += (ways.empty() ? "" : ", ") + std::to_string(r.by[int(way)]) + " by " +
                    std::string(match_by_name(way));
    }
    return net.file + ": merged " + std::to_string(merged) + " of " + std::to_string(net.nodes.size()) +
           " nodes into the graph" + (ways.empty() ? "" : " (" + ways + ")") + "; created " +
           std::to_string(report.nodes) + " nodes and " + std::to_string(report.relationships) +
           " relationships";
}

}  // namespace

std::size_t Network::node(const std::string& key, const std::string& where) {
    auto [it, fresh] = by_key.try_emplace(key, nodes.size());
    if (fresh) nodes.push_back(Node{key, {}, {}, 0, where});
    return it->second;
}

LoadReport apply_network(Graph& g, const Network& net, const LoadOptions& options) {
    Resolution r = resolve(g, net, options.merge_on);
    LoadReport report;
    g.begin();
    try {
        std::vector<NodeId> ids(net.nodes.size());
        for (std::size_t i = 0; i < net.nodes.size(); ++i) {
            if (r.target[i]) {
                ids[i] = *r.target[i];
                continue;
            }
            ids[i] = g.add_node();
            for (const auto& l : net.nodes[i].labels) g.add_label(ids[i], g.intern_label(l));
            g.set_new_node_properties(ids[i], property_list(g, net.nodes[i].props));
            ++report.nodes;
        }
        for (const auto& rel : net.rels) {
            auto id = g.add_rel(ids[rel.from], ids[rel.to], g.intern_type(rel.type));
            for (const auto& [k, v] : rel.props) g.set_rel_property(id, g.intern_key(k), v);
            ++report.relationships;
        }
        g.commit();
    } catch (...) {
        g.rollback();
        throw;
    }
    report.warnings = net.warnings;
    report.signs = net.signs;
    report.summary = summary(net, r, report);
    return report;
}

}  // namespace liverkg::formats::network

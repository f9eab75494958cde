#include "repl/schema_summary.hpp"

#include <algorithm>
#include <ostream>
#include <tuple>

namespace liverkg::repl {
namespace {

// A node without labels still takes part in patterns; it shows as "()".
std::vector<std::string> label_names(const graph::Graph& g, graph::NodeId n) {
    std::vector<std::string> out;
    for (auto l : g.labels(n)) out.push_back(g.label_name(l));
    if (out.empty()) out.emplace_back();
    return out;
}

std::string node_text(const std::string& label) { return label.empty() ? "()" : "(:" + label + ")"; }

}  // namespace

SchemaSummary summarize_schema(const graph::Graph& g) {
    SchemaSummary s;
    for (graph::LabelId l = 0; l < g.label_dictionary_size(); ++l)
        if (auto n = g.nodes_with_label_count(l)) s.labels.emplace_back(g.label_name(l), n);
    for (graph::TypeId t = 0; t < g.type_dictionary_size(); ++t)
        if (auto n = g.rels_with_type(t)) s.types.emplace_back(g.type_name(t), n);
    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> counts;
    for (graph::RelId r = 0; r < g.rel_id_bound(); ++r) {
        if (!g.rel_alive(r)) continue;
        const auto& type = g.type_name(g.rel_type(r));
        for (const auto& from : label_names(g, g.rel_start(r)))
            for (const auto& to : label_names(g, g.rel_end(r))) ++counts[{from, type, to}];
    }
    for (const auto& [key, n] : counts)
        s.patterns.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), n});
    std::sort(s.labels.begin(), s.labels.end());
    std::sort(s.types.begin(), s.types.end());
    return s;
}

void print_schema(const SchemaSummary& s, const TypeSigns& signs, std::ostream& out) {
    out << "Node labels (" << s.labels.size() << "):\n";
    for (const auto& [name, n] : s.labels) out << "  :" << name << "  " << n << '\n';
    out << "Relationship types (" << s.types.size() << "):\n";
    for (const auto& [name, n] : s.types) {
        out << "  :" << name << "  " << n;
        if (auto it = signs.find(name); it != signs.end()) out << "  sign " << it->second;
        out << '\n';
    }
    out << "Patterns (" << s.patterns.size() << "):\n";
    for (const auto& p : s.patterns)
        out << "  " << node_text(p.from) << "-[:" << p.type << "]->" << node_text(p.to) << "  "
            << p.count << '\n';
}

}  // namespace liverkg::repl

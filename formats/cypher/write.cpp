// The Cypher script: nodes grouped by label set, relationships by type, each group in UNWIND
// batches of literal maps (one statement per batch, so no statement grows with the graph). A
// temporary label and key let each relationship batch find its ends; a label narrows that
// search to the exported nodes (and lets Neo4j use an index on it, see docs/interchange.md).
#include <map>
#include <ostream>
#include <vector>

#include "formats/cypher/cypher.hpp"

namespace liverkg::formats::cypher {
namespace {

std::string properties(const graph::Graph& g, const graph::PropertyList& props) {
    std::map<std::string, const graph::Value*> sorted;
    for (const auto& [k, v] : props) sorted[g.key_name(k)] = &v;
    std::string out = "{";
    for (const auto& [k, v] : sorted) out += (out.size() > 1 ? ", " : "") + name(k) + ": " + literal(*v);
    return out + "}";
}

std::string labels_of(const graph::Graph& g, graph::NodeId n) {
    std::string out;
    for (auto l : g.labels(n)) out += ":" + name(g.label_name(l));
    return out;
}

// Writes `rows` in batches: `head` + "UNWIND [rows] AS row" + `tail` per batch.
void batches(std::ostream& out, const std::vector<std::string>& rows, const std::string& tail) {
    for (std::size_t i = 0; i < rows.size(); i += kBatch) {
        out << "UNWIND [";
        for (std::size_t j = i; j < rows.size() && j < i + kBatch; ++j) out << (j > i ? ",\n  " : "\n  ") << rows[j];
        out << "\n] AS row\n" << tail << ";\n";
    }
}

}  // namespace

void write(const graph::Graph& g, const DotSelection& s, std::ostream& out) {
    const std::string label = name(kExportLabel), key = name(kExportKey);
    out << "// liverkg export: " << s.nodes.size() << " nodes, " << s.rels.size() << " relationships.\n"
        << "// Run into an empty database: liverkg --empty --load FILE, cypher-shell -f FILE, mgconsole < FILE.\n";
    std::map<std::string, std::vector<std::string>> by_labels;
    for (auto n : s.nodes)
        by_labels[labels_of(g, n)].push_back("{k: " + std::to_string(n) + ", p: " + properties(g, g.node_properties(n)) + "}");
    for (const auto& [labels, rows] : by_labels)
        batches(out, rows, "CREATE (n" + labels + ":" + label + " {" + key + ": row.k}) SET n += row.p");
    std::map<std::string, std::vector<std::string>> by_type;
    for (auto r : s.rels)
        by_type[g.type_name(g.rel_type(r))].push_back("{a: " + std::to_string(g.rel_start(r)) + ", b: " +
                                                      std::to_string(g.rel_end(r)) + ", p: " +
                                                      properties(g, g.rel_properties(r)) + "}");
    for (const auto& [type, rows] : by_type)
        batches(out, rows,
                "MATCH (a:" + label + " {" + key + ": row.a}), (b:" + label + " {" + key + ": row.b})\n" +
                    "CREATE (a)-[r:" + name(type) + "]->(b) SET r += row.p");
    out << "MATCH (n:" << label << ") REMOVE n:" << label << ", n." << key << ";\n";
}

}  // namespace liverkg::formats::cypher

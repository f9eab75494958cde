#include "repl/help_topics.hpp"

#include <array>
#include <cctype>

namespace liverkg::repl {
namespace {

const std::array<HelpTopic, 11> topic_table{{
    {"PATHS",
     "PATHS FROM (node) TO (node) [VIA :Label|:Label | VIA (node)] [MAX n HOPS] [SIGN +|-]\n"
     "      [ANY CONTEXT] [LIMIT n]",
     "Signed mechanism chains from the FROM nodes to the TO nodes, best score first: chain, net\n"
     "sign, score, weakest evidence and citations (json and :format tree show every hop).\n"
     "Hops must be context-true for a target disease (general, the disease, or a SUBTYPE_OF\n"
     "relative) unless ANY CONTEXT. Inside a query: CALL kg.paths(start, target, {options})\n"
     "YIELD chain, sign, score, ... (:help kg.paths). docs/query-language.md, PATHS.\n"
     "  PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'acute liver failure'})\n"
     "    VIA :Mechanism|:Molecule|:Pathway MAX 4 HOPS SIGN - LIMIT 5;"},
    {"MATCH", "[OPTIONAL] MATCH pattern {, pattern} [WHERE expr]",
     "Finds every way the pattern occurs.\n  MATCH (c:CellType)-[t:TREATS]->(d:Disease) RETURN c.name, d.name;"},
    {"WHERE", "WHERE expr", "Keeps the rows where expr is true (after MATCH or WITH)."},
    {"RETURN", "RETURN [DISTINCT] item [AS name] {, ...} [ORDER BY ...] [SKIP n] [LIMIT n]",
     "The statement's result columns; aggregates (count, collect, ...) group by the other items."},
    {"WITH", "WITH [DISTINCT] item [AS name] {, ...} [ORDER BY ...] [SKIP n] [LIMIT n] [WHERE expr]",
     "Like RETURN, but the query goes on with these columns."},
    {"UNWIND", "UNWIND list AS name", "One row per element of the list."},
    {"CREATE", "CREATE pattern {, pattern}", "Creates the nodes and relationships of the pattern."},
    {"MERGE", "MERGE path [ON CREATE SET ...] [ON MATCH SET ...]",
     "Matches the path, or creates it when it is not there."},
    {"SET", "SET n.key = expr | n = map | n += map | n:Label", "Sets properties and labels."},
    {"DELETE", "[DETACH] DELETE expr {, expr}",
     "Deletes nodes and relationships; DETACH also deletes a node's relationships."},
    {"EXPLAIN", "EXPLAIN statement | PROFILE statement",
     "EXPLAIN shows the plan without running; PROFILE runs and shows rows and time per step."},
}};

bool same_nocase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

}  // namespace

std::span<const HelpTopic> help_topics() { return topic_table; }

const HelpTopic* find_help_topic(std::string_view name) {
    for (const auto& t : topic_table)
        if (same_nocase(t.name, name)) return &t;
    if (same_nocase(name, "PROFILE")) return find_help_topic("EXPLAIN");
    return nullptr;
}

}  // namespace liverkg::repl

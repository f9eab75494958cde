// db.*: what the graph holds, as Neo4j's procedures of the same names answer it.
#include <map>
#include <set>

#include "engine/exec.hpp"
#include "engine/procedures/procedures.hpp"
#include "engine/registry/types.hpp"

namespace liverkg::engine {

namespace {

using graph::List;
using graph::Map;

std::vector<Row> one_per_row(const std::set<std::string>& names) {
    std::vector<Row> rows;
    for (const auto& n : names) rows.push_back({Value(n)});
    return rows;
}

// Labels, types and keys in use (a name interned by a statement that was rolled back, or
// whose last node was deleted, is not listed), in name order.
std::vector<Row> labels(ExecContext& ex, const std::vector<Value>&) {
    std::set<std::string> names;
    for (graph::LabelId l = 0; l < ex.g.label_dictionary_size(); ++l)
        if (ex.g.nodes_with_label_count(l) > 0) names.insert(ex.g.label_name(l));
    return one_per_row(names);
}

std::vector<Row> relationship_types(ExecContext& ex, const std::vector<Value>&) {
    std::set<std::string> names;
    for (graph::TypeId t = 0; t < ex.g.type_dictionary_size(); ++t)
        if (ex.g.rels_with_type(t) > 0) names.insert(ex.g.type_name(t));
    return one_per_row(names);
}

std::vector<Row> property_keys(ExecContext& ex, const std::vector<Value>&) {
    std::set<std::string> names;
    for (graph::NodeId n = 0; n < ex.g.node_id_bound(); ++n) {
        ex.poll();
        if (!ex.g.node_alive(n)) continue;
        for (const auto& [k, v] : ex.g.node_properties(n)) names.insert(ex.g.key_name(k));
    }
    for (graph::RelId r = 0; r < ex.g.rel_id_bound(); ++r) {
        ex.poll();
        if (!ex.g.rel_alive(r)) continue;
        for (const auto& [k, v] : ex.g.rel_properties(r)) names.insert(ex.g.key_name(k));
    }
    return one_per_row(names);
}

List strings(const std::set<std::string>& names) {
    List out;
    for (const auto& n : names) out.emplace_back(n);
    return out;
}

// One map per label and one per (start label)-[type]->(end label) pattern. Neo4j answers with
// virtual nodes and relationships; liverkg's values are the graph's own elements, so the schema's
// are maps: {name, count} and {type, start, end, count}.
std::vector<Row> schema_visualization(ExecContext& ex, const std::vector<Value>&) {
    List nodes;
    for (graph::LabelId l = 0; l < ex.g.label_dictionary_size(); ++l) {
        auto count = static_cast<std::int64_t>(ex.g.nodes_with_label_count(l));
        if (count > 0) nodes.emplace_back(Map{{"name", Value(ex.g.label_name(l))}, {"count", Value(count)}});
    }
    std::map<std::tuple<std::string, std::string, std::string>, std::int64_t> patterns;
    for (graph::RelId r = 0; r < ex.g.rel_id_bound(); ++r) {
        ex.poll();
        if (!ex.g.rel_alive(r)) continue;
        const std::string& type = ex.g.type_name(ex.g.rel_type(r));
        for (auto a : ex.g.labels(ex.g.rel_start(r)))
            for (auto b : ex.g.labels(ex.g.rel_end(r)))
                ++patterns[{ex.g.label_name(a), type, ex.g.label_name(b)}];
    }
    List rels;
    for (const auto& [key, count] : patterns) {
        const auto& [start, type, end] = key;
        rels.emplace_back(Map{{"type", Value(type)}, {"start", Value(start)}, {"end", Value(end)}, {"count", Value(count)}});
    }
    return {{Value(std::move(nodes)), Value(std::move(rels))}};
}

std::string type_label(const Value& v) {
    if (v.is_list()) {
        std::set<std::string> inner;
        for (const auto& x : v.as_list()) inner.insert(type_label(x));
        return inner.size() == 1 ? "LIST<" + *inner.begin() + ">" : "LIST";
    }
    return CypherType{kind_of(v), kAnyType}.text();
}

// For each combination of labels and each property key its nodes carry: the value types seen
// and whether every node of the combination has the key.
std::vector<Row> node_type_properties(ExecContext& ex, const std::vector<Value>&) {
    struct KeyFacts {
        std::set<std::string> types;
        std::int64_t nodes = 0;
    };
    struct Combination {
        std::int64_t nodes = 0;
        std::map<std::string, KeyFacts> keys;
    };
    std::map<std::vector<std::string>, Combination> combos;
    for (graph::NodeId n = 0; n < ex.g.node_id_bound(); ++n) {
        ex.poll();
        if (!ex.g.node_alive(n)) continue;
        std::vector<std::string> names;
        for (auto l : ex.g.labels(n)) names.push_back(ex.g.label_name(l));
        std::sort(names.begin(), names.end());
        Combination& c = combos[names];
        ++c.nodes;
        for (const auto& [k, v] : ex.g.node_properties(n)) {
            KeyFacts& f = c.keys[ex.g.key_name(k)];
            ++f.nodes;
            f.types.insert(type_label(v));
        }
    }
    std::vector<Row> rows;
    for (const auto& [names, c] : combos) {
        std::string node_type;
        for (const auto& n : names) node_type += ":`" + n + "`";
        List label_list;
        for (const auto& n : names) label_list.emplace_back(n);
        if (c.keys.empty()) rows.push_back({Value(node_type), Value(label_list), Value(), Value(), Value(false)});
        for (const auto& [key, f] : c.keys)
            rows.push_back({Value(node_type), Value(label_list), Value(key), Value(strings(f.types)),
                            Value(f.nodes == c.nodes)});
    }
    return rows;
}

}  // namespace

void add_db_procedures(Registry& r) {
    r.add_procedure({"db.labels() :: (label :: STRING)", "The node labels in use, in name order.", labels});
    r.add_procedure({"db.relationshipTypes() :: (relationshipType :: STRING)",
                     "The relationship types in use, in name order.", relationship_types});
    r.add_procedure({"db.propertyKeys() :: (propertyKey :: STRING)",
                     "The property keys of nodes and relationships, in name order.", property_keys});
    r.add_procedure({"db.schema.visualization() :: (nodes :: LIST<MAP>, relationships :: LIST<MAP>)",
                     "The schema as one row: each label {name, count} and each (start)-[type]->(end) label "
                     "pattern {type, start, end, count}.",
                     schema_visualization});
    r.add_procedure({"db.schema.nodeTypeProperties() :: (nodeType :: STRING, nodeLabels :: LIST<STRING>, "
                     "propertyName :: STRING, propertyTypes :: LIST<STRING>, mandatory :: BOOLEAN)",
                     "Each label combination's property keys, the value types seen and whether every such "
                     "node has the key.",
                     node_type_properties});
}

}  // namespace liverkg::engine

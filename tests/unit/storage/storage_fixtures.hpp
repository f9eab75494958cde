#pragma once
// Helpers of the storage tests: a canonical dump of a graph (two graphs are the same when
// their dumps are), a temporary directory, and a graph with every kind of value.
#include <filesystem>
#include <string>

#include "graph/graph.hpp"
#include "storage/codec.hpp"

namespace storage_test {

using namespace liverkg::graph;

inline std::string value_bytes(const Value& v) {
    liverkg::storage::ByteWriter w;
    w.value(v);
    return w.bytes();
}

// Names, not dictionary ids: ids may legitimately differ after a replay.
inline std::string dump(const Graph& g) {
    std::string out;
    for (NodeId n = 0; n < g.node_id_bound(); ++n) {
        out += "node " + std::to_string(n) + (g.node_alive(n) ? "" : " dead");
        if (!g.node_alive(n)) {
            out += '\n';
            continue;
        }
        for (auto l : g.labels(n)) out += " :" + g.label_name(l);
        for (const auto& [k, v] : g.node_properties(n)) out += " " + g.key_name(k) + "=" + value_bytes(v);
        out += '\n';
    }
    for (RelId r = 0; r < g.rel_id_bound(); ++r) {
        out += "rel " + std::to_string(r) + " " + std::to_string(g.rel_start(r)) + "-" + g.type_name(g.rel_type(r)) +
               "->" + std::to_string(g.rel_end(r)) + (g.rel_alive(r) ? "" : " dead");
        if (g.rel_alive(r))
            for (const auto& [k, v] : g.rel_properties(r)) out += " " + g.key_name(k) + "=" + value_bytes(v);
        out += '\n';
    }
    for (NodeId n = 0; n < g.node_id_bound(); ++n) {
        if (!g.node_alive(n)) continue;
        out += "adj " + std::to_string(n) + ":";
        for (const auto& a : g.out(n)) out += " >" + std::to_string(a.rel);
        for (const auto& a : g.in(n)) out += " <" + std::to_string(a.rel);
        out += '\n';
    }
    return out;
}

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        char tmpl[] = "/tmp/liverkg-storage-XXXXXX";
        path = mkdtemp(tmpl);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    std::string str(const char* sub = nullptr) const { return sub ? (path / sub).string() : path.string(); }
};

inline List every_kind_list() {
    Map m;
    m["a"] = Value(std::int64_t{-7});
    m["nested"] = Value(List{Value(1.5), Value(), Value("x")});
    return List{Value(),
                Value(true),
                Value(false),
                Value(std::int64_t{-9223372036854775807LL - 1}),
                Value(std::int64_t{9223372036854775807LL}),
                Value(-0.0),
                Value(1e308),
                Value(std::string("nul\0inside", 10)),
                Value(std::string("ünïcødé")),
                Value(std::move(m)),
                Value(make_date(-719528)),
                Value(make_local_time(86'399'999'999'999)),
                Value(make_time(3'600'000'000'000, -3600)),
                Value(make_local_datetime(19000, 42)),
                Value(make_datetime_local(19000, 7'200'000'000'000, 0, "Europe/London")),
                Value(make_duration(-14, 3, -5, 7)),
                Value(NodeRef{3}),
                Value(RelRef{4}),
                Value(Path{{0, 1}, {0}})};
}

// A graph with labels, properties of every kind, a dead node and a dead relationship.
inline void build_sample(Graph& g) {
    auto gene = g.intern_label("Gene"), drug = g.intern_label("Drug");
    auto treats = g.intern_type("TREATS"), binds = g.intern_type("BINDS");
    auto id = g.intern_key("id"), name = g.intern_key("name"), all = g.intern_key("all");
    for (int i = 0; i < 5; ++i) g.add_node();
    g.add_label(0, gene);
    g.add_label(1, drug);
    g.add_label(1, gene);
    g.set_node_property(0, id, Value("HGNC:1"));
    g.set_node_property(0, name, Value("ALB"));
    g.set_node_property(1, all, Value(every_kind_list()));
    g.add_rel(1, 0, treats);
    g.add_rel(0, 2, binds);
    g.add_rel(2, 2, binds);
    g.set_rel_property(0, name, Value(make_duration(1, 2, 3, 4)));
    g.set_rel_property(1, id, Value("r1"));
    g.remove_rel(1);
    g.remove_node(3);
}

}  // namespace storage_test

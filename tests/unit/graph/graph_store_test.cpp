#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "base/error.hpp"
#include "graph/graph.hpp"

using namespace liverkg::graph;

namespace {

std::vector<NodeId> ids(std::span<const NodeId> s) { return {s.begin(), s.end()}; }
std::vector<RelId> rel_ids(std::span<const Adjacent> s) {
    std::vector<RelId> v;
    for (const auto& a : s) v.push_back(a.rel);
    return v;
}

}  // namespace

TEST_CASE("dictionaries intern once and find by name", "[graph]") {
    Graph g;
    LabelId a = g.intern_label("Gene");
    CHECK(g.intern_label("Gene") == a);
    CHECK(g.find_label("Gene") == a);
    CHECK_FALSE(g.find_label("Disease"));
    CHECK(g.label_name(a) == "Gene");
    TypeId t = g.intern_type("TREATS");
    CHECK(g.type_name(t) == "TREATS");
    CHECK(g.type_dictionary_size() == 1);
    KeyId k = g.intern_key("year");
    CHECK(g.key_name(k) == "year");
    CHECK(g.find_key("year") == k);
}

TEST_CASE("nodes, labels and the label index", "[graph]") {
    Graph g;
    LabelId gene = g.intern_label("Gene"), drug = g.intern_label("Drug");
    NodeId a = g.add_node(), b = g.add_node(), c = g.add_node();
    CHECK(g.add_label(c, gene));
    CHECK(g.add_label(a, gene));
    CHECK_FALSE(g.add_label(a, gene));
    CHECK(g.add_label(a, drug));
    CHECK(ids(g.nodes_with_label(gene)) == std::vector<NodeId>{a, c});
    CHECK(g.has_label(a, drug));
    CHECK_FALSE(g.has_label(b, drug));
    std::vector<LabelId> la(g.labels(a).begin(), g.labels(a).end());
    CHECK(la == std::vector<LabelId>{gene, drug});
    CHECK(g.remove_label(a, gene));
    CHECK_FALSE(g.remove_label(a, gene));
    CHECK(ids(g.nodes_with_label(gene)) == std::vector<NodeId>{c});
    CHECK(g.nodes_with_label_count(drug) == 1);
    g.remove_node(b);
    CHECK_FALSE(g.node_alive(b));
    CHECK(g.node_id_bound() == 3);
    CHECK(g.counts().nodes == 2);
    NodeId d = g.add_node();
    CHECK(d == 3);   // ids are never reused
}

TEST_CASE("relationships, adjacency and type counts", "[graph]") {
    Graph g;
    TypeId t = g.intern_type("T"), u = g.intern_type("U");
    NodeId a = g.add_node(), b = g.add_node();
    RelId r1 = g.add_rel(a, b, t), r2 = g.add_rel(a, b, u), r3 = g.add_rel(b, a, t);
    CHECK(rel_ids(g.out(a)) == std::vector<RelId>{r1, r2});
    CHECK(rel_ids(g.in(a)) == std::vector<RelId>{r3});
    CHECK(g.out(a)[1].other == b);
    CHECK(g.out(a)[1].type == u);
    CHECK(g.rel_start(r3) == b);
    CHECK(g.rel_end(r3) == a);
    CHECK(g.rel_type(r2) == u);
    CHECK(g.rels_with_type(t) == 2);
    g.remove_rel(r1);
    CHECK_FALSE(g.rel_alive(r1));
    CHECK(g.rels_with_type(t) == 1);
    CHECK(rel_ids(g.out(a)) == std::vector<RelId>{r2});
    CHECK(g.counts().relationships == 2);
    CHECK(g.rel_id_bound() == 3);
}

TEST_CASE("a node with relationships cannot be removed; bad ids are errors", "[graph]") {
    Graph g;
    TypeId t = g.intern_type("T");
    NodeId a = g.add_node(), b = g.add_node();
    g.add_rel(a, b, t);
    CHECK_THROWS_AS(g.remove_node(a), liverkg::ErrorException);
    CHECK(g.node_alive(a));
    CHECK_THROWS_AS(g.add_rel(a, 99, t), liverkg::ErrorException);
    CHECK_THROWS_AS(g.remove_rel(42), liverkg::ErrorException);
}

TEST_CASE("properties: sorted, null removes, unchanged reports false", "[graph]") {
    Graph g;
    KeyId y = g.intern_key("year"), n = g.intern_key("note");
    NodeId a = g.add_node();
    CHECK(g.set_node_property(a, y, Value(2020)));
    CHECK_FALSE(g.set_node_property(a, y, Value(2020)));
    CHECK(g.set_node_property(a, n, Value("x")));
    REQUIRE(g.node_properties(a).size() == 2);
    CHECK(g.node_properties(a)[0].first == std::min(y, n));
    CHECK(g.node_property(a, y)->as_int() == 2020);
    CHECK(g.set_node_property(a, y, Value{}));
    CHECK(g.node_property(a, y) == nullptr);
    CHECK_FALSE(g.set_node_property(a, y, Value{}));
    TypeId t = g.intern_type("T");
    RelId r = g.add_rel(a, a, t);
    CHECK(g.rel_properties(r).empty());
    CHECK(g.set_rel_property(r, n, Value("evidence")));
    CHECK(g.rel_property(r, n)->as_string() == "evidence");
    CHECK(g.set_rel_property(r, n, Value{}));
    CHECK(g.rel_properties(r).empty());
}

TEST_CASE("id and name are indexed by string value", "[graph]") {
    Graph g;
    KeyId id = g.intern_key("id"), name = g.intern_key("name"), other = g.intern_key("other");
    CHECK(g.is_indexed(id));
    CHECK(g.is_indexed(name));
    CHECK_FALSE(g.is_indexed(other));
    NodeId a = g.add_node(), b = g.add_node();
    g.set_node_property(b, name, Value("HGF"));
    g.set_node_property(a, name, Value("HGF"));
    CHECK(ids(g.nodes_with_property(name, "HGF")) == std::vector<NodeId>{a, b});
    g.set_node_property(a, name, Value("MET"));
    CHECK(ids(g.nodes_with_property(name, "HGF")) == std::vector<NodeId>{b});
    CHECK(ids(g.nodes_with_property(name, "MET")) == std::vector<NodeId>{a});
    g.set_node_property(a, name, Value(3));   // non-strings are not indexed
    CHECK(g.nodes_with_property(name, "MET").empty());
    g.set_node_property(b, id, Value("G:1"));
    g.remove_node(b);
    CHECK(g.nodes_with_property(id, "G:1").empty());
    CHECK(g.nodes_with_property(name, "HGF").empty());
}

TEST_CASE("a new node's properties can be given at once, as if set one by one", "[graph]") {
    Graph g;
    KeyId id = g.intern_key("id"), name = g.intern_key("name"), score = g.intern_key("score");
    NodeId a = g.add_node(), b = g.add_node();
    g.begin();
    // Unsorted, a null, and `name` twice: the later value wins, the null is dropped.
    g.set_new_node_properties(a, {{score, Value(3)}, {name, Value("HGF")}, {id, Value{}}, {name, Value("MET")}});
    REQUIRE(g.node_properties(a).size() == 2);
    CHECK(g.node_properties(a)[0].first < g.node_properties(a)[1].first);
    CHECK(g.node_property(a, name)->as_string() == "MET");
    CHECK(g.node_property(a, score)->as_int() == 3);
    CHECK_FALSE(g.node_property(a, id));
    CHECK(ids(g.nodes_with_property(name, "MET")) == std::vector<NodeId>{a});
    CHECK(g.nodes_with_property(name, "HGF").empty());
    g.rollback();
    CHECK(g.node_properties(a).empty());
    CHECK(g.nodes_with_property(name, "MET").empty());
    // A node that has properties already gets the others as set_node_property would.
    g.set_node_property(b, name, Value("IL-10"));
    g.set_new_node_properties(b, {{id, Value("G:2")}, {name, Value("IL10")}});
    CHECK(g.node_property(b, name)->as_string() == "IL10");
    CHECK(ids(g.nodes_with_property(id, "G:2")) == std::vector<NodeId>{b});
    CHECK(g.nodes_with_property(name, "IL-10").empty());
    CHECK_THROWS(g.set_new_node_properties(a, {{KeyId{999}, Value(1)}}));
}

TEST_CASE("version bumps on non-transactional mutations and on commit", "[graph]") {
    Graph g;
    auto v0 = g.version();
    NodeId a = g.add_node();
    CHECK(g.version() == v0 + 1);
    g.begin();
    CHECK(g.in_transaction());
    g.add_node();
    g.add_node();
    CHECK(g.version() == v0 + 1);
    g.commit();
    CHECK(g.version() == v0 + 2);
    g.begin();
    g.add_node();
    g.rollback();
    CHECK(g.version() == v0 + 2);
    CHECK_FALSE(g.in_transaction());
    KeyId k = g.intern_key("k");
    g.begin();
    CHECK_FALSE(g.set_node_property(a, k, Value{}));
    g.commit();   // nothing changed: no bump
    CHECK(g.version() == v0 + 2);
}

TEST_CASE("rollback after mixed mutations restores the graph exactly", "[graph]") {
    Graph g;
    LabelId gene = g.intern_label("Gene");
    TypeId t = g.intern_type("T");
    KeyId name = g.intern_key("name"), w = g.intern_key("w");
    NodeId a = g.add_node(), b = g.add_node(), c = g.add_node();
    g.add_label(a, gene);
    g.add_label(b, gene);
    g.set_node_property(a, name, Value("A"));
    g.set_node_property(b, name, Value("B"));
    RelId r1 = g.add_rel(a, b, t), r2 = g.add_rel(a, c, t), r3 = g.add_rel(c, a, t);
    g.set_rel_property(r2, w, Value(1.5));
    const auto version = g.version();

    g.begin();
    LabelId drug = g.intern_label("Drug");   // dictionaries may keep new names
    g.add_label(c, drug);
    g.remove_label(a, gene);
    g.set_node_property(a, name, Value("A2"));
    g.set_node_property(b, name, Value{});
    g.remove_rel(r2);
    g.remove_rel(r3);
    g.remove_rel(r1);
    g.remove_node(c);
    NodeId d = g.add_node();
    g.add_label(d, gene);
    g.set_node_property(d, name, Value("A"));
    RelId r4 = g.add_rel(d, a, t);
    g.set_rel_property(r4, w, Value(2));
    g.remove_rel(r4);
    g.rollback();

    CHECK(g.version() == version);
    CHECK(g.node_id_bound() == 3);
    CHECK(g.rel_id_bound() == 3);
    CHECK(g.counts().nodes == 3);
    CHECK(g.counts().relationships == 3);
    CHECK(g.node_alive(c));
    CHECK(ids(g.nodes_with_label(gene)) == std::vector<NodeId>{a, b});
    CHECK(g.nodes_with_label(drug).empty());
    CHECK(g.labels(c).empty());
    CHECK(g.node_property(a, name)->as_string() == "A");
    CHECK(g.node_property(b, name)->as_string() == "B");
    CHECK(ids(g.nodes_with_property(name, "A")) == std::vector<NodeId>{a});
    CHECK(g.nodes_with_property(name, "A2").empty());
    CHECK(rel_ids(g.out(a)) == std::vector<RelId>{r1, r2});   // original order
    CHECK(rel_ids(g.in(a)) == std::vector<RelId>{r3});
    CHECK(rel_ids(g.in(c)) == std::vector<RelId>{r2});
    CHECK(g.rel_property(r2, w)->as_float() == 1.5);
    CHECK(g.rels_with_type(t) == 3);
    CHECK(g.find_label("Drug"));
}

TEST_CASE("a graph can be moved", "[graph]") {
    Graph g;
    g.add_node();
    Graph h(std::move(g));
    CHECK(h.counts().nodes == 1);
}

TEST_CASE("add_rels adds in order, checks everything first, and rolls back", "[graph]") {
    Graph g;
    TypeId t = g.intern_type("T"), u = g.intern_type("U");
    NodeId a = g.add_node(), b = g.add_node();
    RelId before = g.add_rel(a, b, t);
    std::vector<NewRel> batch{{a, b, u}, {b, a, t}, {a, a, u}};
    RelId first = g.add_rels(batch);
    CHECK(first == before + 1);
    CHECK(rel_ids(g.out(a)) == std::vector<RelId>{before, first, first + 2});
    CHECK(rel_ids(g.in(a)) == std::vector<RelId>{first + 1, first + 2});
    CHECK(g.rel_type(first + 1) == t);
    CHECK(g.rels_with_type(u) == 2);
    CHECK(g.counts().relationships == 4);
    std::vector<NewRel> bad{{a, b, t}, {a, 77, t}};
    CHECK_THROWS_AS(g.add_rels(bad), liverkg::ErrorException);
    CHECK(g.counts().relationships == 4);   // nothing added
    CHECK(g.rel_id_bound() == 4);
    g.begin();
    g.add_rels(batch);
    CHECK(g.counts().relationships == 7);
    g.rollback();
    CHECK(g.counts().relationships == 4);
    CHECK(rel_ids(g.out(a)) == std::vector<RelId>{before, first, first + 2});
    CHECK(g.rels_with_type(u) == 2);
}

TEST_CASE("a batch large enough for two threads gives the graph add_rel would build, and rolls back", "[graph]") {
    // 200,000 relationships (the two-thread path starts at 65,536) among 1,000 nodes, three
    // types, self-loops included: the same graph built one relationship at a time must agree
    // on every column, every adjacency list in order, and the type counts.
    Graph bulk, single;
    std::vector<TypeId> types;
    for (const char* name : {"A", "B", "C"}) {
        types.push_back(bulk.intern_type(name));
        single.intern_type(name);
    }
    for (int i = 0; i < 1000; ++i) {
        bulk.add_node();
        single.add_node();
    }
    std::vector<NewRel> batch;
    std::uint32_t x = 12345;
    auto next = [&] { return x = x * 1103515245u + 12345u, (x >> 8) % 1000; };
    for (int i = 0; i < 200000; ++i) {
        NodeId from = next(), to = i % 97 == 0 ? from : next();
        batch.push_back({from, to, types[i % 3]});
    }
    RelId first = bulk.add_rels(batch);
    for (const NewRel& e : batch) single.add_rel(e.from, e.to, e.type);
    REQUIRE(first == 0);
    REQUIRE(bulk.counts().relationships == 200000);
    for (RelId r = 0; r < 200000; r += 997) {
        CHECK(bulk.rel_start(r) == single.rel_start(r));
        CHECK(bulk.rel_end(r) == single.rel_end(r));
        CHECK(bulk.rel_type(r) == single.rel_type(r));
    }
    bool lists_agree = true;
    for (NodeId n = 0; n < 1000; ++n)
        lists_agree = lists_agree && rel_ids(bulk.out(n)) == rel_ids(single.out(n)) &&
                      rel_ids(bulk.in(n)) == rel_ids(single.in(n));
    CHECK(lists_agree);
    for (TypeId t : types) CHECK(bulk.rels_with_type(t) == single.rels_with_type(t));
    bulk.begin();
    bulk.add_rels(batch);
    CHECK(bulk.counts().relationships == 400000);
    bulk.rollback();
    CHECK(bulk.counts().relationships == 200000);
    CHECK(rel_ids(bulk.out(5)) == rel_ids(single.out(5)));
}

// GraphML: the hand-written fixture, a round trip of every value type through the writer and
// the reader, XML escaping, and every malformed input with FILE:LINE:COL and the graph unchanged.
#include <catch2/catch.hpp>

#include <cmath>

#include "base/error.hpp"
#include "formats/formats.hpp"
#include "../graph/tsv_test_util.hpp"

using namespace liverkg;
using namespace liverkg::formats;
using graph::Value;

namespace {

const std::string kFixtures = std::string(LIVERKG_SOURCE_DIR) + "/tests/fixtures/interchange/";

LoadReport load(graph::Graph& g, const std::string& path, const LoadOptions& o = {}) {
    const Format* f = reader_for(path);
    REQUIRE(f != nullptr);
    REQUIRE(f->name == "graphml");
    return f->read(g, path, o);
}

std::string load_error(graph::Graph& g, const std::string& path) {
    try {
        load(g, path);
    } catch (const ErrorException& e) {
        CHECK(e.error().kind == ErrorKind::LoadError);
        return e.error().message;
    }
    return "(no error)";
}

const Value* prop(const graph::Graph& g, graph::NodeId n, const char* key) {
    auto k = g.find_key(key);
    return k ? g.node_property(n, *k) : nullptr;
}

std::optional<graph::NodeId> with_id(const graph::Graph& g, const std::string& id) {
    for (graph::NodeId n = 0; n < g.node_id_bound(); ++n)
        if (g.node_alive(n))
            if (const Value* v = prop(g, n, "id"); v && v->is_string() && v->as_string() == id) return n;
    return std::nullopt;
}

void export_graph(const graph::Graph& g, const std::string& path) {
    engine::TypeSigns signs;
    export_with(*find_format("graphml"), ExportJob{g, nullptr, signs, path, "", 0});
}

graph::NodeId node(graph::Graph& g, std::vector<std::string> labels, std::vector<std::pair<std::string, Value>> props) {
    auto n = g.add_node();
    for (const auto& l : labels) g.add_label(n, g.intern_label(l));
    for (auto& [k, v] : props) g.set_node_property(n, g.intern_key(k), v);
    return n;
}

}  // namespace

TEST_CASE("the hand-written fixture: typed keys, defaults, parallel and undirected edges", "[graphml]") {
    graph::Graph g;
    auto report = load(g, kFixtures + "liver.graphml");
    CHECK(report.nodes == 5);
    CHECK(report.relationships == 7);
    auto il6 = with_id(g, "IL6");
    REQUIRE(il6);
    CHECK(prop(g, *il6, "length_aa")->as_int() == 212);
    CHECK(prop(g, *il6, "mass_kda")->as_float() == Approx(23.7));
    CHECK(prop(g, *il6, "secreted")->as_bool() == true);
    CHECK(prop(g, *il6, "labels") == nullptr);   // consumed as labels
    CHECK(g.has_label(*il6, *g.find_label("Molecule")));
    // The default of `secreted` fills the nodes without it; the yFiles key is skipped.
    auto jak1 = with_id(g, "JAK1");
    CHECK(prop(g, *jak1, "secreted")->as_bool() == false);
    CHECK(g.labels(*jak1).empty());
    CHECK(!g.find_key("k_gfx"));
    // interaction 1/-1 become ACTIVATES/INHIBITS with their signs; pp and binds their own types.
    CHECK(g.rels_with_type(*g.find_type("ACTIVATES")) == 4);
    CHECK(g.rels_with_type(*g.find_type("INHIBITS")) == 1);
    CHECK(g.rels_with_type(*g.find_type("PP")) == 1);
    CHECK(g.rels_with_type(*g.find_type("BINDS")) == 1);
    CHECK(report.signs.at("INHIBITS") == -1);
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0].find("1 undirected edges stored") != std::string::npos);
}

TEST_CASE("every value type, labels and types survive a write and a read", "[graphml]") {
    graph::Graph g;
    auto a = node(g, {"Gene", "Molecule"},
                  {{"id", Value("g:1")}, {"name", Value("IL-6 <\"quoted\" & 'odd'>\r\nline\ttab")},
                   {"n", Value(std::int64_t{-9007199254740993})}, {"x", Value(2.5)}, {"flag", Value(true)},
                   {"tags", Value(graph::List{Value("a|b"), Value("c")})}, {"refs", Value(graph::List{Value(1), Value(2)})},
                   {"mixed", Value(1)}, {"inf", Value(HUGE_VAL)}});
    auto b = node(g, {}, {{"mixed", Value("one")}});   // no id: written as n1, read back without one
    auto c = node(g, {"Gene"}, {{"id", Value("g:3")}, {"x", Value(1e-300)}});
    auto r1 = g.add_rel(a, b, g.intern_type("ACTIVATES"));
    g.set_rel_property(r1, g.intern_key("weight"), Value(0.25));
    g.add_rel(a, b, g.intern_type("ACTIVATES"));   // parallel
    auto r3 = g.add_rel(c, a, g.intern_type("lower_case type"));
    g.set_rel_property(r3, g.intern_key("significant"), Value(false));

    test::TempDir dir;
    export_graph(g, dir.file("g.graphml"));
    graph::Graph back;
    load(back, dir.file("g.graphml"));
    CHECK(back.counts().nodes == 3);
    CHECK(back.counts().relationships == 3);
    for (graph::NodeId n = 0; n < 3; ++n) {
        // Nodes come back in id order with the same labels and properties.
        CHECK(back.labels(n).size() == g.labels(n).size());
        REQUIRE(back.node_properties(n).size() == g.node_properties(n).size());
        for (const auto& [k, v] : g.node_properties(n)) {
            const Value* w = prop(back, n, g.key_name(k).c_str());
            REQUIRE(w != nullptr);
            CHECK(graph::same_value(v, *w));
        }
    }
    CHECK(back.rels_with_type(*back.find_type("ACTIVATES")) == 2);
    CHECK(back.rels_with_type(*back.find_type("lower_case type")) == 1);
    auto wk = back.find_key("weight");
    REQUIRE(wk);
    CHECK(back.rel_property(0, *wk)->as_float() == 0.25);
    CHECK(back.rel_property(2, *back.find_key("significant"))->as_bool() == false);
}

TEST_CASE("the writer declares one typed key per property and escapes XML", "[graphml]") {
    graph::Graph g;
    node(g, {"A"}, {{"id", Value("a&b")}, {"s", Value("x<y>\"z\"\x01")}, {"i", Value(3)}, {"f", Value(0.5)},
                    {"b", Value(false)}, {"l", Value(graph::List{Value("p")})}});
    test::TempDir dir;
    export_graph(g, dir.file("g.graphml"));
    std::string text = dir.read("g.graphml");
    CHECK(text.find("attr.name=\"i\" attr.type=\"long\"") != std::string::npos);
    CHECK(text.find("attr.name=\"f\" attr.type=\"double\"") != std::string::npos);
    CHECK(text.find("attr.name=\"b\" attr.type=\"boolean\"") != std::string::npos);
    CHECK(text.find("attr.name=\"s\" attr.type=\"string\"/>") != std::string::npos);
    CHECK(text.find("attr.name=\"l\" attr.type=\"string\" liverkg.type=\"json\"") != std::string::npos);
    CHECK(text.find("<node id=\"a&amp;b\">") != std::string::npos);
    CHECK(text.find("x&lt;y&gt;\"z\"\xEF\xBF\xBD<") != std::string::npos);   // a control character cannot be XML
    CHECK(text.find("[\"p\"]") != std::string::npos);
}

TEST_CASE("a property named like a structural key is refused", "[graphml][bad-input]") {
    graph::Graph g;
    node(g, {"A"}, {{"labels", Value("x")}});
    test::TempDir dir;
    CHECK_THROWS_WITH(export_graph(g, dir.file("g.graphml")),
                      Catch::Contains("a node property is named 'labels'"));
}

TEST_CASE("bad GraphML reports FILE:LINE:COL and what was expected; the graph is unchanged", "[graphml][bad-input]") {
    const std::string head = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
    const std::string key = "<key id=\"d0\" for=\"node\" attr.name=\"n\" attr.type=\"long\"/>\n";
    struct Case {
        std::string text, expected;
    } cases[] = {
        {head + "<graph>\n<node id=\"a\">\n</graph></graphml>\n", ":4:3: malformed XML: mismatched tag"},
        {head + "<graph><node id=\"a\"><data key=\"d9\">1</data></node></graph></graphml>",
         ":2:21: data key 'd9' is not declared by a <key>"},
        {head + "<graph><node id=\"a\"/>\n  <edge source=\"a\" target=\"b\"/></graph></graphml>",
         ":3:3: edge to 'b', which is not a declared <node>"},
        {head + "<key id=\"d0\" for=\"node\" attr.name=\"n\" attr.type=\"decimal\"/></graphml>",
         ":2:1: unknown attr.type 'decimal' of key 'd0' (expected boolean, int, long, float, double or string)"},
        {head + key + "<graph><node id=\"a\"><data key=\"d0\">12x</data></node></graph></graphml>",
         ":3:21: '12x' is not a long (key 'n', attr.type long)"},
        {head + "<graph><node id=\"a\"/>\n<node id=\"a\"/></graph></graphml>",
         ":3:1: duplicate node id 'a' (first declared at "},
        {"<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n <!ENTITY lol2 \"&lol;&lol;&lol;\">\n]>\n"
         "<graphml>&lol2;</graphml>",
         ":3:15: entity declarations are refused"},
        {"<svg></svg>", ":1:1: not GraphML: the root element is <svg>"},
        {"", ":1:1: malformed XML: no element found"},
    };
    test::TempDir dir;
    for (const auto& c : cases) {
        graph::Graph g;
        node(g, {"Kept"}, {{"id", Value("k")}});
        dir.write("bad.graphml", c.text);
        std::string message = load_error(g, dir.file("bad.graphml"));
        INFO(c.text);
        INFO(message);
        CHECK(message.find(dir.file("bad.graphml") + c.expected) == 0);
        CHECK(g.counts().nodes == 1);
        CHECK(g.counts().relationships == 0);
    }
}

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "base/error.hpp"
#include "formats/tsv.hpp"
#include "../graph/tsv_test_util.hpp"

using namespace liverkg::graph;
using namespace liverkg::formats;
using liverkg::test::TempDir;

namespace {

// Every alive node and relationship, rendered by names so that two graphs compare.
std::vector<std::string> describe(const Graph& g) {
    std::vector<std::string> lines;
    auto props = [&](const PropertyList& list) {
        auto text = [](const Value& v) {
            return std::string(value_type_name(v.type())) + ":" +
                   (v.is_string() ? v.as_string() : std::to_string(v.is_bool() ? v.as_bool() : v.as_number()));
        };
        std::vector<std::string> parts;   // by key name: key ids differ between graphs
        for (const auto& [k, v] : list) {
            std::string s = " " + g.key_name(k) + "=";
            if (v.is_list())
                for (const auto& item : v.as_list()) s += text(item) + ",";
            else
                s += text(v);
            parts.push_back(s);
        }
        std::sort(parts.begin(), parts.end());
        std::string all;
        for (const auto& part : parts) all += part;
        return all;
    };
    for (NodeId n = 0; n < g.node_id_bound(); ++n) {
        if (!g.node_alive(n)) continue;
        std::string s = "node";
        for (LabelId l : g.labels(n)) s += ":" + g.label_name(l);
        lines.push_back(s + props(g.node_properties(n)));
    }
    for (RelId r = 0; r < g.rel_id_bound(); ++r)
        if (g.rel_alive(r))
            lines.push_back(g.node_property(g.rel_start(r), *g.find_key("id"))->as_string() + " -" +
                            g.type_name(g.rel_type(r)) + "-> " +
                            g.node_property(g.rel_end(r), *g.find_key("id"))->as_string() + props(g.rel_properties(r)));
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::string save_failure(const Graph& g, const std::string& dir) {
    try {
        save_tsv(g, dir);
    } catch (const liverkg::ErrorException& e) {
        CHECK(e.error().kind == liverkg::ErrorKind::ArgumentError);
        return e.error().message;
    }
    FAIL("save succeeded");
    return {};
}

}  // namespace

TEST_CASE("save_tsv then load_tsv gives the same graph", "[tsv][save]") {
    Graph g;
    KeyId id = g.intern_key("id"), year = g.intern_key("year"), score = g.intern_key("score"),
          ok = g.intern_key("ok"), refs = g.intern_key("refs"), note = g.intern_key("note"),
          tags = g.intern_key("tags"), mixed = g.intern_key("mixed");
    LabelId gene = g.intern_label("Gene"), drug = g.intern_label("Drug");
    TypeId treats = g.intern_type("TREATS");
    NodeId a = g.add_node(), b = g.add_node(), dead = g.add_node();
    g.remove_node(dead);
    g.add_label(a, gene);
    g.add_label(b, gene);
    g.add_label(b, drug);
    g.set_node_property(a, id, Value("G:1"));
    g.set_node_property(b, id, Value("D:2"));
    g.set_node_property(a, year, Value(2020));
    g.set_node_property(b, score, Value(0.1));
    g.set_node_property(a, ok, Value(false));
    g.set_node_property(a, refs, Value(List{Value(7)}));   // one-element list survives under int[]
    g.set_node_property(a, note, Value("a|b"));            // '|' in a string column
    g.set_node_property(a, tags, Value(List{Value("x"), Value("y")}));
    g.set_node_property(a, mixed, Value("plain"));
    g.set_node_property(b, mixed, Value(List{Value("p"), Value("q")}));
    RelId r = g.add_rel(a, b, treats);
    g.set_rel_property(r, refs, Value(List{Value(1), Value(2)}));
    g.add_rel(b, a, treats);

    TempDir d;
    save_tsv(g, d.file("out"));
    Graph h;
    auto report = load_tsv(h, d.file("out"));
    CHECK(report.warnings.empty());
    CHECK(describe(h) == describe(g));
    CHECK(d.read("out/nodes.tsv").starts_with("id\tcategory\tmixed\tnote:string\tok:boolean\trefs:int[]\tscore:float\ttags:string[]\tyear:int\n"));
    // Saving again over the directory keeps files that are not ours, and drops the tables
    // the loader reads that this graph has none of (they would describe another graph).
    d.write("out/README.md", "keep me\n");
    d.write("out/schema.tsv", "type\tsign\tfrom\tto\nOLD\t+\t*\t*\n");
    save_tsv(h, d.file("out"));
    CHECK(d.read("out/README.md") == "keep me\n");
    CHECK_FALSE(std::filesystem::exists(d.file("out/schema.tsv")));
    CHECK(d.read("out/nodes.tsv") == [&] { TempDir e; save_tsv(g, e.file("x")); return e.read("x/nodes.tsv"); }());
}

TEST_CASE("save_tsv refuses what could not load back identically", "[tsv][save]") {
    TempDir d;
    Graph g;
    KeyId id = g.intern_key("id"), p = g.intern_key("p");
    NodeId a = g.add_node();
    CHECK(save_failure(g, d.file("x")) == "cannot save as TSV: node 0 has no string 'id' property (edges.tsv refers to nodes by id)");
    g.set_node_property(a, id, Value("a"));
    g.set_node_property(a, p, Value("tab\there"));
    CHECK(save_failure(g, d.file("x")) == "cannot save node property 'p' as TSV: 'tab\there' holds a tab or a line break");
    g.set_node_property(a, p, Value(List{}));
    CHECK(save_failure(g, d.file("x")) == "cannot save node property 'p' as TSV: an empty list would load back as no value");
    NodeId b = g.add_node();
    g.set_node_property(b, id, Value("b"));
    g.set_node_property(a, p, Value(1));
    g.set_node_property(b, p, Value("one"));
    CHECK(save_failure(g, d.file("x")) == "cannot save node property 'p' as TSV: values of different types share one column");
    g.set_node_property(b, p, Value{});
    g.set_node_property(b, id, Value("a"));
    CHECK(save_failure(g, d.file("x")) == "cannot save as TSV: two nodes have the id 'a'");
    g.set_node_property(b, id, Value("b"));
    g.add_label(a, g.intern_label("biolink:Gene"));
    CHECK(save_failure(g, d.file("x")).find("label 'biolink:Gene' cannot be written") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(d.file("x")));   // nothing written on failure
}

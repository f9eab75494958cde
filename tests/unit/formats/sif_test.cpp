// SIF import: the fixtures of tests/fixtures/interchange, the interaction mapping, merging into
// an existing graph, and every malformed input with its FILE:LINE.
#include <catch2/catch.hpp>

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
    REQUIRE(f->name == "sif");
    return f->read(g, path, o);
}

std::string load_error(graph::Graph& g, const std::string& path, const LoadOptions& o = {}) {
    try {
        load(g, path, o);
    } catch (const ErrorException& e) {
        CHECK(e.error().kind == ErrorKind::LoadError);
        return e.error().message;
    }
    return "(no error)";
}

std::string str(const graph::Graph& g, graph::NodeId n, const char* key) {
    auto k = g.find_key(key);
    const Value* v = k ? g.node_property(n, *k) : nullptr;
    return v && v->is_string() ? v->as_string() : "";
}

std::optional<graph::NodeId> named(const graph::Graph& g, const std::string& name) {
    for (graph::NodeId n = 0; n < g.node_id_bound(); ++n)
        if (g.node_alive(n) && str(g, n, "name") == name) return n;
    return std::nullopt;
}

// The types of the relationships from `a` to `b`.
std::vector<std::string> types(const graph::Graph& g, const std::string& a, const std::string& b) {
    std::vector<std::string> out;
    auto from = named(g, a), to = named(g, b);
    if (!from || !to) return out;
    for (const auto& adj : g.out(*from))
        if (adj.other == *to) out.push_back(g.type_name(adj.type));
    return out;
}

graph::NodeId add(graph::Graph& g, const std::string& id, const std::string& name,
                  std::vector<std::string> aliases = {}, std::vector<std::string> xrefs = {}) {
    auto n = g.add_node();
    g.add_label(n, g.intern_label("Molecule"));
    g.set_node_property(n, g.intern_key("id"), Value(id));
    g.set_node_property(n, g.intern_key("name"), Value(name));
    graph::List a, x;
    for (auto& s : aliases) a.emplace_back(s);
    for (auto& s : xrefs) x.emplace_back(s);
    if (!a.empty()) g.set_node_property(n, g.intern_key("aliases"), Value(a));
    if (!x.empty()) g.set_node_property(n, g.intern_key("xrefs"), Value(x));
    return n;
}

}  // namespace

TEST_CASE("the four liver PKN fixtures load with every node and interaction", "[sif]") {
    struct Expect { const char* file; std::size_t nodes, rels; };
    for (auto e : {Expect{"liver_toy_pkn.sif", 16, 15}, Expect{"liver_cytokine_pkn.sif", 32, 31},
                   Expect{"hepg2_il6_pkn.sif", 8, 8}, Expect{"hepatocyte_extended_pkn.sif", 15, 15}}) {
        graph::Graph g;
        auto r = load(g, kFixtures + e.file);
        INFO(e.file);
        CHECK(r.nodes == e.nodes);
        CHECK(r.relationships == e.rels);
        CHECK(g.counts().nodes == e.nodes);
        CHECK(g.counts().relationships == e.rels);
        CHECK(g.nodes_with_label_count(*g.find_label("Molecule")) == e.nodes);
    }
}

TEST_CASE("signed interactions become ACTIVATES and INHIBITS with their signs", "[sif]") {
    graph::Graph g;
    auto r = load(g, kFixtures + "liver_cytokine_pkn.sif");
    CHECK(types(g, "TNFa", "TNFR1") == std::vector<std::string>{"ACTIVATES"});
    CHECK(types(g, "IKBKB", "NFKBIA") == std::vector<std::string>{"INHIBITS"});
    CHECK(r.signs.at("ACTIVATES") == 1);
    CHECK(r.signs.at("INHIBITS") == -1);
    auto rel = g.out(*named(g, "AKT1"))[0].rel;
    CHECK(g.rel_property(rel, *g.find_key("interaction"))->as_string() == "-1");
    CHECK(g.rel_property(rel, *g.find_key("source"))->as_string() == "liver_cytokine_pkn.sif");
    CHECK(r.summary.find("created 32 nodes and 31 relationships") != std::string::npos);
}

TEST_CASE("tabs, comments, CRLF, several targets and unsigned interactions", "[sif]") {
    graph::Graph g;
    auto r = load(g, kFixtures + "hepatocyte_extended_pkn.sif");
    // Tab-separated names keep their spaces; one line gives three relationships.
    CHECK(types(g, "caspase 8", "CASP3") == std::vector<std::string>{"ACTIVATES"});
    for (const char* t : {"IKBKB", "MAP2K4", "MAP2K3"}) CHECK(types(g, "MAP3K7", t).size() == 1);
    // An interaction outside the mapping is its own type, upper-cased, without a sign.
    CHECK(types(g, "RIPK1", "TRAF2") == std::vector<std::string>{"PP"});
    CHECK(r.signs.count("PP") == 0);
}

TEST_CASE("a mapping file names types and signs; unknown names are upper-cased", "[sif]") {
    test::TempDir dir;
    dir.write("map.tsv", "# interaction\ttype\tsign\npp\tBINDS\t0\ninhibits\tINHIBITS\t-\n1\tUPREGULATES\t+\n");
    dir.write("n.sif", "A pp B\nB inhibits C\nC 1 D\nD controls-state-change-of E\n");
    graph::Graph g;
    LoadOptions o;
    o.sif_mapping = dir.file("map.tsv");
    o.sif_label = "Protein";
    auto r = load(g, dir.file("n.sif"), o);
    CHECK(types(g, "A", "B") == std::vector<std::string>{"BINDS"});
    CHECK(types(g, "B", "C") == std::vector<std::string>{"INHIBITS"});
    CHECK(types(g, "C", "D") == std::vector<std::string>{"UPREGULATES"});
    CHECK(types(g, "D", "E") == std::vector<std::string>{"CONTROLS_STATE_CHANGE_OF"});
    CHECK(r.signs.at("BINDS") == 0);
    CHECK(r.signs.at("UPREGULATES") == 1);
    CHECK(g.nodes_with_label_count(*g.find_label("Protein")) == 5);
}

TEST_CASE("repeated interactions are loaded once, with a warning", "[sif]") {
    test::TempDir dir;
    dir.write("r.sif", "A 1 B\nA 1 B\nA\t1\tB\nA -1 B\n");
    graph::Graph g;
    auto r = load(g, dir.file("r.sif"));
    CHECK(r.relationships == 2);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].find("2 repeated interactions") != std::string::npos);
}

TEST_CASE("network nodes merge by id, xref, name and alias, in that order", "[sif]") {
    graph::Graph g;
    auto il6 = add(g, "mol:IL-6", "IL-6", {"IL6", "interleukin 6"}, {"NCBIGene:3569"});
    auto tnf = add(g, "mol:TNF", "TNF-alpha", {"TNFa"});
    auto stat3 = add(g, "STAT3", "signal transducer 3");
    test::TempDir dir;
    dir.write("m.sif", "il6 1 STAT3\nNCBIGene:3569 1 tnf-ALPHA\nTNFa 1 NEW1\n");
    auto r = load(g, dir.file("m.sif"));
    CHECK(g.counts().nodes == 4);   // only NEW1 is created (il6 by alias, STAT3 by id, ...)
    CHECK(r.summary.find("merged 5 of 6 nodes into the graph (1 by id, 1 by xref, 1 by name, 2 by alias)") !=
          std::string::npos);
    auto has_rel = [&](graph::NodeId a, graph::NodeId b) {
        for (const auto& adj : g.out(a))
            if (adj.other == b) return true;
        return false;
    };
    CHECK(has_rel(il6, stat3));
    CHECK(has_rel(il6, tnf));
    CHECK(g.out(tnf).size() == 1);
}

TEST_CASE("a name matching two nodes is an error listing both, and nothing is loaded", "[sif]") {
    graph::Graph g;
    add(g, "gene:MSC", "musculin", {"MSC"});
    add(g, "cell:MSC", "mesenchymal stem cell", {"MSC"});
    auto before = g.counts();
    test::TempDir dir;
    dir.write("a.sif", "TNF 1 IL6\n# the gene, not the cell\nMSC 1 TNF\n");
    auto message = load_error(g, dir.file("a.sif"));
    CHECK(message.find(dir.file("a.sif") + ":3: 'MSC' matches 2 nodes by alias: gene:MSC (musculin), "
                       "cell:MSC (mesenchymal stem cell)") == 0);
    CHECK(g.counts().nodes == before.nodes);
    CHECK(g.counts().relationships == before.relationships);
    // Restricted to ids, the same file loads: MSC becomes a node of its own.
    LoadOptions ids_only;
    ids_only.merge_on = {MatchBy::Id};
    auto r = load(g, dir.file("a.sif"), ids_only);
    CHECK(r.nodes == 3);
    CHECK(g.counts().nodes == before.nodes + 3);
}

TEST_CASE("malformed SIF lines report FILE:LINE and what was expected", "[sif][bad-input]") {
    test::TempDir dir;
    graph::Graph g;
    dir.write("one.sif", "A 1 B\n\nLONELY\n");
    CHECK(load_error(g, dir.file("one.sif")) ==
          dir.file("one.sif") + ":3: expected `source interaction target...` (at least 3 fields), found 1 field 'LONELY'");
    dir.write("two.sif", "# c\nA 1\n");
    CHECK(load_error(g, dir.file("two.sif")) ==
          dir.file("two.sif") + ":2: expected `source interaction target...` (at least 3 fields), found 2 fields");
    CHECK(g.counts().nodes == 0);   // the good first line of one.sif was not kept
    CHECK(load_error(g, dir.file("missing.sif")).find(dir.file("missing.sif") + ":0: cannot read") == 0);
    dir.write("long.sif", "A 1 B\n" + std::string((std::size_t{1} << 20) + 10, 'x') + "\n");
    CHECK(load_error(g, dir.file("long.sif")).find(dir.file("long.sif") + ":2: line longer than") == 0);
}

TEST_CASE("a malformed mapping file reports FILE:LINE", "[sif][bad-input]") {
    test::TempDir dir;
    dir.write("n.sif", "A 1 B\n");
    graph::Graph g;
    LoadOptions o;
    o.sif_mapping = dir.file("map.tsv");
    dir.write("map.tsv", "pp BINDS\npp\n");
    CHECK(load_error(g, dir.file("n.sif"), o).find(dir.file("map.tsv") + ":2: found 1 fields") == 0);
    dir.write("map.tsv", "pp BINDS maybe\n");
    CHECK(load_error(g, dir.file("n.sif"), o).find(dir.file("map.tsv") + ":1: 'maybe' is not a sign") == 0);
    dir.write("map.tsv", "pp binds-to\n");
    CHECK(load_error(g, dir.file("n.sif"), o).find(":1: 'binds-to' is not a relationship type name") !=
          std::string::npos);
}

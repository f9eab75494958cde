#include <catch2/catch.hpp>

#include "base/error.hpp"
#include "formats/tsv.hpp"
#include "../graph/tsv_test_util.hpp"

using namespace liverkg::graph;
using namespace liverkg::formats;
using liverkg::test::TempDir;

namespace {

NodeId node(const Graph& g, const std::string& id) {
    auto hits = g.nodes_with_property(*g.find_key("id"), id);
    REQUIRE(hits.size() == 1);
    return hits.front();
}

const Value& prop(const Graph& g, NodeId n, const std::string& key) {
    const Value* v = g.node_property(n, *g.find_key(key));
    REQUIRE(v != nullptr);
    return *v;
}

// The LoadError message of a failing load, and a check that the graph did not change.
std::string load_failure(Graph& g, const std::string& dir) {
    auto before = g.counts();
    auto version = g.version();
    try {
        load_tsv(g, dir);
    } catch (const liverkg::ErrorException& e) {
        CHECK(e.error().kind == liverkg::ErrorKind::LoadError);
        CHECK(g.counts().nodes == before.nodes);
        CHECK(g.counts().relationships == before.relationships);
        CHECK(g.version() == version);
        return e.error().message;
    }
    FAIL("load succeeded");
    return {};
}

}  // namespace

TEST_CASE("load_tsv reads typed headers, lists and absent cells", "[tsv]") {
    TempDir d;
    d.write("nodes.tsv",
            "id\tcategory\tname\tyear:int\tscore:float\tclinical:boolean\trefs:int[]\taliases:string[]\tnote:string\ttags\n"
            "a\tGene\tHGF\t2020\t0.5\ttrue\t1|2|3\tx|y\tp|q\tone|two\n"
            "b\tDrug|Therapy\tMSC\t\t\tFALSE\t7\tsolo\t\t\n");
    d.write("edges.tsv", "object\tsubject\tpredicate\tweight:double\tevidence\nb\ta\tTREATS\t1e3\tclinical\n");
    Graph g;
    auto report = load_tsv(g, d.path());
    CHECK(report.nodes == 2);
    CHECK(report.relationships == 1);
    CHECK(report.warnings.empty());
    NodeId a = node(g, "a"), b = node(g, "b");
    CHECK(prop(g, a, "id").as_string() == "a");
    CHECK(prop(g, a, "year").as_int() == 2020);
    CHECK(prop(g, a, "score").as_float() == 0.5);
    CHECK(prop(g, a, "clinical").as_bool());
    CHECK(prop(g, a, "refs").as_list().size() == 3);
    CHECK(prop(g, a, "refs").as_list()[2].as_int() == 3);
    CHECK(prop(g, a, "aliases").as_list()[1].as_string() == "y");
    CHECK(prop(g, a, "note").as_string() == "p|q");   // typed string: '|' is text
    CHECK(prop(g, a, "tags").as_list()[0].as_string() == "one");
    CHECK(g.node_property(b, *g.find_key("year")) == nullptr);   // empty cell = absent
    CHECK_FALSE(prop(g, b, "clinical").as_bool());
    CHECK(prop(g, b, "refs").as_list().size() == 1);
    CHECK(prop(g, b, "aliases").as_list()[0].as_string() == "solo");
    CHECK(g.labels(b).size() == 2);
    CHECK_FALSE(g.find_key("category"));   // labels, not a property
    REQUIRE(g.out(a).size() == 1);
    RelId r = g.out(a)[0].rel;
    CHECK(g.rel_end(r) == b);
    CHECK(g.type_name(g.rel_type(r)) == "TREATS");
    CHECK(g.rel_property(r, *g.find_key("weight"))->as_float() == 1000.0);
    CHECK(g.rel_property(r, *g.find_key("evidence"))->as_string() == "clinical");
}

TEST_CASE("CRLF, a BOM, blank lines and a missing final newline load", "[tsv]") {
    TempDir d;
    d.write("nodes.tsv", "\xEF\xBB\xBFid\tcategory\tname\r\na\tGene\tA\r\n\r\nb\tGene\tB");
    d.write("edges.tsv", "subject\tpredicate\tobject\r\na\tR\tb");
    Graph g;
    auto report = load_tsv(g, d.path());
    CHECK(report.nodes == 2);
    CHECK(report.relationships == 1);
    CHECK(prop(g, node(g, "b"), "name").as_string() == "B");   // no stray '\r'
}

TEST_CASE("short rows leave cells absent; long rows are an error", "[tsv]") {
    TempDir d;
    d.write("nodes.tsv", "id\tcategory\tname\ttaxon\na\tGene\tA\nb\tGene\n");
    d.write("edges.tsv", "subject\tpredicate\tobject\n");
    Graph g;
    load_tsv(g, d.path());
    CHECK(g.node_properties(node(g, "b")).size() == 1);   // only id
    TempDir bad;
    bad.write("nodes.tsv", "id\tcategory\na\tGene\nb\tGene\textra\n");
    bad.write("edges.tsv", "subject\tpredicate\tobject\n");
    CHECK(load_failure(g, bad.path()) == bad.file("nodes.tsv") + ":3: row has 3 cells, the header has 2");
}

TEST_CASE("duplicate node ids are merged with a warning", "[tsv]") {
    TempDir d;
    d.write("nodes.tsv", "id\tcategory\tname\ttaxon\na\tGene\tA\na\tProtein\tA2\tNCBI:1\n");
    d.write("edges.tsv", "subject\tpredicate\tobject\n");
    Graph g;
    auto report = load_tsv(g, d.path());
    CHECK(report.nodes == 1);
    REQUIRE(report.warnings.size() == 2);
    CHECK(report.warnings[0] == d.file("nodes.tsv") + ":3: duplicate node id 'a' (first on line 2): merged");
    CHECK(report.warnings[1] == d.file("nodes.tsv") + ":3: conflicting value for 'name' ignored (line 2 wins)");
    NodeId a = node(g, "a");
    CHECK(g.labels(a).size() == 2);
    CHECK(prop(g, a, "name").as_string() == "A");
    CHECK(prop(g, a, "taxon").as_string() == "NCBI:1");
}

TEST_CASE("edges to missing nodes are skipped with a warning", "[tsv]") {
    TempDir d;
    d.write("nodes.tsv", "id\tcategory\na\tGene\n");
    d.write("edges.tsv", "subject\tpredicate\tobject\na\tR\tghost\na\tR\ta\n");
    Graph g;
    auto report = load_tsv(g, d.path());
    CHECK(report.relationships == 1);
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0] == d.file("edges.tsv") + ":2: skipped: no node with id 'ghost'");
}

TEST_CASE("CURIE labels and predicates keep their local part", "[tsv]") {
    TempDir d;
    d.write("nodes.tsv", "id\tcategory\nHGNC:1\tbiolink:NamedThing|biolink:Gene\nHP:2\tbiolink:PhenotypicFeature\n");
    d.write("edges.tsv", "subject\tpredicate\tobject\nHGNC:1\tbiolink:has_phenotype\tHP:2\n");
    Graph g;
    load_tsv(g, d.path());
    REQUIRE(g.find_label("Gene"));
    CHECK(g.nodes_with_label(*g.find_label("Gene")).size() == 1);
    CHECK(g.find_label("NamedThing"));
    CHECK_FALSE(g.find_label("biolink:Gene"));
    REQUIRE(g.find_type("has_phenotype"));
    CHECK(g.rels_with_type(*g.find_type("has_phenotype")) == 1);
    CHECK(prop(g, node(g, "HGNC:1"), "id").as_string() == "HGNC:1");   // ids are not touched
}

TEST_CASE("bad cells and headers fail with FILE:LINE and leave the graph unchanged", "[tsv]") {
    Graph g;
    g.add_node();
    TempDir d;
    d.write("nodes.tsv", "id\tcategory\tyear:int\na\tGene\t2001\nb\tGene\tabc\n");
    d.write("edges.tsv", "subject\tpredicate\tobject\n");
    CHECK(load_failure(g, d.path()) == d.file("nodes.tsv") + ":3: column 'year': 'abc' is not an integer");
    d.write("nodes.tsv", "id\tcategory\tok:boolean\na\tGene\tyes\n");
    CHECK(load_failure(g, d.path()) == d.file("nodes.tsv") + ":2: column 'ok': 'yes' is not a boolean (true or false)");
    d.write("nodes.tsv", "id\tcategory\tx:point\n");
    CHECK(load_failure(g, d.path()).starts_with(d.file("nodes.tsv") + ":1: column 'x:point': unknown type 'point'"));
    d.write("nodes.tsv", "id\tname\n");
    CHECK(load_failure(g, d.path()) == d.file("nodes.tsv") + ":1: header has no 'category' column");
    d.write("nodes.tsv", "id\tcategory\n\tGene\n");
    CHECK(load_failure(g, d.path()) == d.file("nodes.tsv") + ":2: row has no id");
    d.write("nodes.tsv", "id\tcategory\na\tGene\n");
    d.write("edges.tsv", "subject\tobject\n");
    CHECK(load_failure(g, d.path()) == d.file("edges.tsv") + ":1: header has no 'predicate' column");
    d.write("edges.tsv", "subject\tpredicate\tobject\tw:int\na\tR\ta\t1.5\n");
    CHECK(load_failure(g, d.path()) == d.file("edges.tsv") + ":2: column 'w': '1.5' is not an integer");
    TempDir empty;
    CHECK(load_failure(g, empty.path()) == empty.file("nodes.tsv") + ":0: no such file");
}

TEST_CASE("a second load merges by id and may link to earlier nodes", "[tsv]") {
    TempDir first, second;
    first.write("nodes.tsv", "id\tcategory\tname\na\tGene\tA\n");
    first.write("edges.tsv", "subject\tpredicate\tobject\n");
    second.write("nodes.tsv", "id\tcategory\tname\tnote\na\tProtein\tIGNORED\tkept\nb\tGene\tB\n");
    second.write("edges.tsv", "subject\tpredicate\tobject\nb\tR\ta\n");
    Graph g;
    load_tsv(g, first.path());
    auto report = load_tsv(g, second.path());
    CHECK(report.nodes == 1);
    CHECK(g.counts().nodes == 2);
    NodeId a = node(g, "a");
    CHECK(prop(g, a, "name").as_string() == "A");
    CHECK(prop(g, a, "note").as_string() == "kept");
    CHECK(g.labels(a).size() == 2);
    CHECK(g.in(a).size() == 1);
}

TEST_CASE("a nodes-only file set loads through load_tsv_files", "[tsv]") {
    TempDir d;
    d.write("my-nodes.tsv", "id\tname\tkind\nX::1\tone\tAnatomy\n");
    Graph g;
    auto report = load_tsv_files(g, d.file("my-nodes.tsv"), "", {"kind"});
    CHECK(report.nodes == 1);
    CHECK(g.find_label("Anatomy"));
    Graph h;
    auto by_dir = load_tsv(h, d.path());   // finds *-nodes.tsv, falls back to `kind`
    CHECK(by_dir.nodes == 1);
    REQUIRE_FALSE(by_dir.warnings.empty());
    CHECK(by_dir.warnings[0] == d.path() + ":0: no edges.tsv: loaded nodes only");
}

TEST_CASE("two-thread staging keeps file order, line numbers and the first error", "[tsv]") {
    TempDir d;
    std::string nodes = "id\tcategory\n", edges = "subject\tpredicate\tobject\tw:int\n";
    for (int i = 0; i < 50; ++i) nodes += "n" + std::to_string(i) + "\tN\n";
    for (int i = 0; i < 200; ++i)   // line i + 2; every 40th edge points at a missing node
        edges += "n" + std::to_string(i % 50) + "\t" + (i < 100 ? "A" : "B") + "\t" +
                 (i % 40 == 39 ? std::string("ghost") : "n" + std::to_string((i * 7) % 50)) + "\t" + std::to_string(i) + "\n";
    d.write("nodes.tsv", nodes);
    d.write("edges.tsv", edges);
    TsvLoadOptions parallel;
    parallel.parallel_min_bytes = 0;
    Graph g;
    auto report = load_tsv(g, d.path(), parallel);
    CHECK(report.relationships == 195);
    REQUIRE(report.warnings.size() == 5);
    CHECK(report.warnings[0] == d.file("edges.tsv") + ":41: skipped: no node with id 'ghost'");
    CHECK(report.warnings[4] == d.file("edges.tsv") + ":201: skipped: no node with id 'ghost'");
    KeyId w = *g.find_key("w");
    for (RelId r = 0; r + 1 < g.rel_id_bound(); ++r)   // relationships keep the file order
        CHECK(g.rel_property(r, w)->as_int() < g.rel_property(r + 1, w)->as_int());
    CHECK(g.rels_with_type(*g.find_type("A")) == 98);
    CHECK(g.rels_with_type(*g.find_type("B")) == 97);
    // Errors in both halves: the earlier line is reported.
    edges.replace(edges.find("\t180\n"), 5, "\ty\n");   // second half
    edges.replace(edges.find("\t60\n"), 4, "\tx\n");    // first half
    d.write("edges.tsv", edges);
    Graph h;
    try {
        load_tsv(h, d.path(), parallel);
        FAIL("loaded");
    } catch (const liverkg::ErrorException& e) {
        CHECK(e.error().message == d.file("edges.tsv") + ":62: column 'w': 'x' is not an integer");
    }
    CHECK(h.counts().nodes == 0);
}

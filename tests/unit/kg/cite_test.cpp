#include <catch2/catch.hpp>

#include "base/error.hpp"
#include "kg/cite.hpp"
#include "kg/references.hpp"
#include "../graph/tsv_test_util.hpp"

using namespace liverkg::kg;
using liverkg::test::TempDir;

TEST_CASE("the first author's surname as the bibliography prints it", "[kg]") {
    CHECK(first_author_surname("HUANG Guicai, LUO Yehao, JIANG Huirong") == "Huang");
    CHECK(first_author_surname("CHENG ML, NAKIB D, PERCIANI CT, et al.") == "Cheng");
    CHECK(first_author_surname("AM ESCH JS 2ND, KNOEFEL WT, KLEIN M, et al.") == "Am Esch");
    CHECK(first_author_surname("ABU-ELMAGD K") == "Abu-Elmagd");
    CHECK(first_author_surname("Yazdian Fatemeh Askari, Smith J") == "Yazdian");
    CHECK(first_author_surname("韩英, 张三") == "韩英");
    CHECK(first_author_surname("") == "");
}

namespace {

liverkg::graph::Graph graph_with_references(TempDir& d) {
    d.write("references.tsv",
            "ref:int\tauthors\tyear:int\ttitle\tdoi\n"
            "54\tWANG J, LIU Y, DING H, et al.\t2021\tA study\t\n"
            "7\tKULIK L\t\tNo year\t\n");
    liverkg::graph::Graph g;
    CHECK(add_references(g, read_references(d.file("references.tsv"))) == 2);
    return g;
}

}  // namespace

TEST_CASE("references.tsv rows become Reference nodes that cite() resolves", "[kg]") {
    TempDir d;
    auto g = graph_with_references(d);
    auto node = find_reference(g, 54);
    REQUIRE(node);
    CHECK(g.node_property(*node, *g.find_key("number"))->as_int() == 54);
    CHECK(g.node_property(*node, *g.find_key("id"))->as_string() == "ref:54");
    CHECK(g.node_property(*node, *g.find_key("title"))->as_string() == "A study");
    CHECK_FALSE(g.node_property(*node, *g.find_key("doi")));   // empty cell: no property
    CHECK(g.out(*node).empty());
    std::int64_t refs[] = {54, 7, 3};
    CHECK(cite(g, refs) == std::vector<std::string>{"Wang 2021 [54]", "Kulik [7]", "[3]"});
}

TEST_CASE("loading references twice completes the nodes instead of doubling them", "[kg]") {
    TempDir d;
    auto g = graph_with_references(d);
    d.write("more.tsv", "ref\tauthors\tjournal\n54\tSOMEONE ELSE\tJ Hepatol\n");
    add_references(g, read_references(d.file("more.tsv")));
    CHECK(g.counts().nodes == 2);
    auto node = find_reference(g, 54);
    CHECK(g.node_property(*node, *g.find_key("authors"))->as_string() == "WANG J, LIU Y, DING H, et al.");
    CHECK(g.node_property(*node, *g.find_key("journal"))->as_string() == "J Hepatol");
}

TEST_CASE("a malformed references.tsv is refused with FILE:LINE", "[kg]") {
    TempDir d;
    d.write("references.tsv", "ref:int\tauthors\n1\tA B\nx\tC D\n");
    try {
        read_references(d.file("references.tsv"));
        FAIL("no error");
    } catch (const liverkg::ErrorException& e) {
        CHECK(e.error().message == d.file("references.tsv") + ":3: column 'ref': 'x' is not an integer");
    }
    d.write("references.tsv", "number\tauthors\n1\tA B\n");
    CHECK_THROWS_WITH(read_references(d.file("references.tsv")),
                      Catch::Contains("references.tsv:1: header has no 'ref' column"));
}

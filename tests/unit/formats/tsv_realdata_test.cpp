// The three real data sets in shared/realdata load with the documented policies.
#include <catch2/catch.hpp>

#include <algorithm>

#include "formats/tsv.hpp"
#include "../graph/tsv_test_util.hpp"

using namespace liverkg::graph;
using namespace liverkg::formats;

namespace {

const std::string kRealData = std::string(LIVERKG_SHARED_DIR) + "/realdata";

std::size_t count_starting(const std::vector<std::string>& lines, const std::string& needle) {
    return std::count_if(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(needle) != std::string::npos; });
}

}  // namespace

TEST_CASE("realdata kgx-graph: short rows, duplicate ids merged, CURIE labels", "[tsv][realdata]") {
    Graph g;
    auto report = load_tsv(g, kRealData + "/kgx-graph");
    CHECK(report.nodes == 512);   // 534 rows, 22 duplicate ids merged
    CHECK(report.relationships == 539);
    CHECK(count_starting(report.warnings, "duplicate node id") == 22);
    REQUIRE(g.find_label("Gene"));
    CHECK(g.nodes_with_label_count(*g.find_label("Gene")) > 0);
    REQUIRE(g.find_type("interacts_with"));
    CHECK(g.rels_with_type(*g.find_type("interacts_with")) == 165);
    // A list cell: `string|biogrid` in aggregator_knowledge_source.
    auto hgnc = g.nodes_with_property(*g.find_key("id"), "HGNC:10848");
    REQUIRE(hgnc.size() == 1);
    CHECK(g.out(hgnc.front()).size() > 0);
    {   // and it saves and loads back
        liverkg::test::TempDir d;
        save_tsv(g, d.file("copy"));
        Graph h;
        auto again = load_tsv(h, d.file("copy"));
        CHECK(again.nodes == 512);
        CHECK(again.relationships == 539);
        CHECK(again.warnings.empty());
    }
}

TEST_CASE("realdata kgx-multi-category: several CURIE labels, an edge to a missing node", "[tsv][realdata]") {
    Graph g;
    auto report = load_tsv(g, kRealData + "/kgx-multi-category");
    CHECK(report.nodes == 10);
    CHECK(report.relationships == 8);
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0].ends_with("edges.tsv:10: skipped: no node with id 'HP:0010636'"));
    CHECK(g.nodes_with_label_count(*g.find_label("NamedThing")) == 10);
    CHECK(g.nodes_with_label_count(*g.find_label("Gene")) == 5);
}

TEST_CASE("realdata hetionet: a nodes-only directory with a `kind` label column", "[tsv][realdata]") {
    Graph g;
    auto report = load_tsv(g, kRealData + "/hetionet");
    CHECK(report.nodes == 47031);
    CHECK(report.relationships == 0);
    CHECK(g.label_dictionary_size() == 11);
    CHECK(g.nodes_with_label_count(*g.find_label("Gene")) == 20945);
    auto cervix = g.nodes_with_property(*g.find_key("name"), "uterine cervix");   // CRLF stripped
    CHECK(cervix.size() == 1);
    Graph h;
    auto direct = load_tsv_files(h, kRealData + "/hetionet/hetionet-v1.0-nodes.tsv", "", {"kind"});
    CHECK(direct.nodes == 47031);
}

#include <catch2/catch.hpp>

#include <algorithm>

#include "fixtures.hpp"
#include "parser/keywords.hpp"
#include "repl/completion.hpp"

using namespace liverkg;
using namespace liverkg::repl;

namespace {
CompletionNames names() {
    static test::TinyGraph t;
    auto n = gather_names(t.g);
    n.commands = {":help", ":history", ":load", ":export", ":format"};
    n.formats = {"csv", "json", "table"};
    n.export_formats = {"dot", "json", "tsv"};
    n.params = {"limit"};
    return n;
}
std::vector<std::string> offered(std::string_view before) { return complete(before, names()).candidates; }
}  // namespace

TEST_CASE("contexts", "[completion]") {
    CHECK(completion_context("MAT") == CompletionContext::Keyword);
    CHECK(completion_context("MATCH (n:Ce") == CompletionContext::Label);
    CHECK(completion_context("MATCH (n)-[r:TR") == CompletionContext::RelType);
    CHECK(completion_context("MATCH (n)-[:A|T") == CompletionContext::RelType);
    CHECK(completion_context("MATCH (n) WHERE n:Di") == CompletionContext::Label);
    CHECK(completion_context("MATCH (n) RETURN n.na") == CompletionContext::PropertyKey);
    CHECK(completion_context("RETURN 1.5") == CompletionContext::None);
    CHECK(completion_context("MATCH (n {name: 'mes") == CompletionContext::NodeName);
    CHECK(completion_context("RETURN 'a', 'b', x") == CompletionContext::Keyword);
    CHECK(completion_context("RETURN $li") == CompletionContext::Parameter);
    CHECK(completion_context(":he") == CompletionContext::Command);
    CHECK(completion_context(":load da") == CompletionContext::FilePath);
    CHECK(completion_context(":export cs") == CompletionContext::CommandArg);
    CHECK(completion_context(":export csv out") == CompletionContext::FilePath);
    CHECK(completion_context("MATCH (n)\nRETURN n.") == CompletionContext::PropertyKey);
}

TEST_CASE("labels, types and keys from the graph", "[completion]") {
    CHECK(offered("MATCH (n:Ce") == std::vector<std::string>{"CellType"});
    CHECK(offered("MATCH (a)-[:TR") == std::vector<std::string>{"TREATS"});
    CHECK(offered("MATCH (n) RETURN n.na") == std::vector<std::string>{"name"});
    auto c = complete("MATCH (n:Ce", names());
    CHECK(c.start == 9);
}

TEST_CASE("node names and aliases inside quotes, any case", "[completion]") {
    auto c = complete("MATCH (d {name: 'acute", names());
    CHECK(c.candidates == std::vector<std::string>{"acute liver failure'"});
    CHECK(c.start == 17);
    // an alias completes to the node's name
    CHECK(offered("RETURN 'fulm") == std::vector<std::string>{"acute liver failure'"});
    CHECK(offered("RETURN \"ms") == std::vector<std::string>{"MSC\""});
}

TEST_CASE("an alias typed in Chinese completes to the name and closes the string", "[completion]") {
    graph::Graph g;
    auto n = g.add_node();
    g.set_node_property(n, g.intern_key("name"), graph::Value("MSC"));
    g.set_node_property(n, g.intern_key("aliases"), graph::Value(graph::List{graph::Value("间充质干细胞")}));
    auto e = g.add_node();
    g.set_node_property(e, g.intern_key("name"), graph::Value("MSC exosome"));
    g.set_node_property(e, g.intern_key("aliases"), graph::Value(graph::List{graph::Value("间充质干细胞外泌体")}));
    auto c = complete("MATCH (c {name: '间充", gather_names(g));
    CHECK(c.candidates == std::vector<std::string>{"MSC exosome'", "MSC'"});
    CHECK(c.start == 17);
    // typed out in full, the alias means that node only
    CHECK(complete("MATCH (c {name: '间充质干细胞", gather_names(g)).candidates == std::vector<std::string>{"MSC'"});
}

TEST_CASE("keywords follow the typed case, functions too", "[completion]") {
    CHECK(offered("MATCH (n) RET") == std::vector<std::string>{"RETURN"});
    CHECK(offered("mat") == std::vector<std::string>{"match"});
    auto f = offered("RETURN toU");
    CHECK(f == std::vector<std::string>{"toUpper"});
}

TEST_CASE("meta-commands and their arguments", "[completion]") {
    CHECK(offered(":h") == std::vector<std::string>{":help", ":history"});
    CHECK(offered(":export j") == std::vector<std::string>{"json"});
    // :export offers export formats only, :format output formats only.
    CHECK(offered(":export d") == std::vector<std::string>{"dot"});
    CHECK(offered(":export ta").empty());
    CHECK(offered(":format ta") == std::vector<std::string>{"table"});
    CHECK(offered(":help lo") == std::vector<std::string>{"load"});
    CHECK(offered("RETURN $l") == std::vector<std::string>{"limit"});
}

TEST_CASE("file paths after :load", "[completion]") {
    std::string dir = std::string(LIVERKG_SOURCE_DIR) + "/tests/unit/rep";
    auto c = complete(":load " + dir, names());
    CHECK(c.candidates == std::vector<std::string>{dir + "l/"});
}

TEST_CASE("functions and procedures come from the engine's registry", "[completion]") {
    auto has = [](const std::vector<std::string>& v, const std::string& x) {
        return std::find(v.begin(), v.end(), x) != v.end();
    };
    CHECK(has(offered("RETURN ex"), "exp"));
    CHECK(has(offered("RETURN si"), "sin"));
    CHECK(has(offered("RETURN co"), "cos"));
    CHECK(has(offered("RETURN p"), "pi"));
    CHECK(has(offered("RETURN toU"), "toUpper"));
    CHECK(completion_context("CALL db.la") == CompletionContext::Procedure);
    CHECK(completion_context("MATCH (n) CALL d") == CompletionContext::Procedure);
    CHECK(completion_context("RECALL d") == CompletionContext::Keyword);
    auto c = complete("CALL db.la", names());
    CHECK(c.start == 5);
    CHECK(c.candidates == std::vector<std::string>{"db.labels"});
    CHECK(has(offered("CALL db.sch"), "db.schema.visualization"));
}

TEST_CASE("every keyword of the grammar's table is offered", "[completion]") {
    for (const parser::Keyword& k : parser::kKeywords) {
        if (k.flags & parser::kUnused) continue;
        INFO(k.word);
        auto c = offered(k.word);
        // Call-like words as written in a call (shortestPath), the others as typed.
        std::string want(k.flags & parser::kCallLike ? k.spelling : k.word);
        CHECK(std::find(c.begin(), c.end(), want) != c.end());
    }
    CHECK(offered("shortest") == std::vector<std::string>{"shortestPath"});
    CHECK(offered("UNION AL") == std::vector<std::string>{"ALL", "all", "allShortestPaths"});
}

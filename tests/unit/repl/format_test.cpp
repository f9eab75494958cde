#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <sstream>

#include "fixtures.hpp"
#include "formats/result.hpp"
#include "formats/value_text.hpp"
#include "repl/format/printer.hpp"
#include "repl/format/table_printer.hpp"
#include "repl/format/text_width.hpp"

using namespace liverkg;
using namespace liverkg::repl;
using formats::csv_field;
using formats::float_text;
using formats::value_json;
using formats::value_text;
using graph::Value;

namespace {
std::string print_with(std::string_view format, const engine::ResultSet& rs, const graph::Graph& g,
                       int width = 0) {
    std::ostringstream out;
    make_printer(format)->print(rs, PrintContext{g, width, false}, out);
    return out.str();
}
}  // namespace

TEST_CASE("every format in the table makes a printer", "[format]") {
    for (const auto& f : output_formats()) CHECK(make_printer(f.name) != nullptr);
    CHECK(make_printer("xml") == nullptr);
    CHECK(format_names() == "table|csv|tsv|json|vertical|tree");
}

TEST_CASE("floats keep a point or an exponent and round-trip", "[format]") {
    CHECK(float_text(1.0) == "1.0");
    CHECK(float_text(0.1) == "0.1");
    CHECK(float_text(1e300) == "1e+300");
    CHECK(float_text(-2.5) == "-2.5");
    CHECK(float_text(std::nan("")) == "NaN");
    CHECK(float_text(std::numeric_limits<double>::infinity()) == "Infinity");
    CHECK(float_text(-std::numeric_limits<double>::infinity()) == "-Infinity");
    CHECK(std::stod(float_text(0.1 + 0.2)) == 0.1 + 0.2);
}

TEST_CASE("value text quotes nested strings only", "[format]") {
    test::TinyGraph t;
    CHECK(value_text(Value("it's"), t.g) == "it's");
    CHECK(value_text(Value(graph::List{Value("it's"), Value(1), Value()}), t.g) == "['it\\'s', 1, null]");
    graph::Map m{{"b", Value(2.0)}, {"a", Value("x")}};
    CHECK(value_text(Value(m), t.g) == "{a: 'x', b: 2.0}");
}

TEST_CASE("nodes, relationships and paths as text", "[format]") {
    test::TinyGraph t;
    CHECK(value_text(Value(graph::NodeRef{t.msc}), t.g, {.compact_nodes = true}) ==
          "(:CellType {name: 'MSC'})");
    CHECK(value_text(Value(graph::NodeRef{t.msc}), t.g) == "(:CellType {id: 'CL:1', name: 'MSC'})");
    CHECK(value_text(Value(graph::RelRef{t.treats}), t.g) == "[:TREATS {refs: [12]}]");
    graph::Path forward{{t.msc, t.alf}, {t.treats}};
    CHECK(value_text(Value(forward), t.g, {.compact_nodes = true}) ==
          "(:CellType {name: 'MSC'})-[:TREATS {refs: [12]}]->(:Disease {name: 'acute liver failure'})");
    graph::Path backward{{t.alf, t.msc}, {t.treats}};
    CHECK(value_text(Value(backward), t.g, {.compact_nodes = true}) ==
          "(:Disease {name: 'acute liver failure'})<-[:TREATS {refs: [12]}]-(:CellType {name: 'MSC'})");
    graph::NodeId bare = t.g.add_node();
    CHECK(value_text(Value(graph::NodeRef{bare}), t.g) == "()");
}

TEST_CASE("table: aligned, numbers right, footer", "[format]") {
    test::TinyGraph t;
    auto rs = test::result({"name", "n"}, {{Value("MSC"), Value(3)}, {Value("hepatocyte"), Value(12)}});
    CHECK(print_with("table", rs, t.g) ==
          "+------------+----+\n"
          "| name       | n  |\n"
          "+------------+----+\n"
          "| MSC        |  3 |\n"
          "| hepatocyte | 12 |\n"
          "+------------+----+\n"
          "2 rows\n");
}

TEST_CASE("table: wide characters count twice, wrapping only with a width", "[format]") {
    test::TinyGraph t;
    auto rs = test::result({"x"}, {{Value("肝細胞")}});
    std::string out = print_with("table", rs, t.g);
    CHECK(out.find("| 肝細胞 |") != std::string::npos);
    CHECK(out.find("+--------+") != std::string::npos);   // 6 columns + 2 spaces
    auto wide = test::result({"text"}, {{Value(std::string(100, 'a'))}});
    std::string fitted = print_with("table", wide, t.g, 40);
    std::istringstream lines(fitted);
    std::string all;
    for (std::string line; std::getline(lines, line);) {
        CHECK(display_width(line) <= 40);
        if (line.rfind("| a", 0) == 0) all += line.substr(2, line.find(' ', 2) - 2);
    }
    CHECK(all == std::string(100, 'a'));   // wrapped inside the column, nothing lost
    CHECK(print_with("table", wide, t.g).find("| " + std::string(100, 'a') + " |") != std::string::npos);
}

TEST_CASE("table: long cells wrap on spaces inside their column, like psql's wrapped format", "[format]") {
    test::TinyGraph t;
    auto rs = test::result({"chain", "n"}, {{Value("MSC -[SECRETES]-> PGE2 -[INHIBITS]-> NLRP3 inflammasome"), Value(3)}});
    std::string out = print_with("table", rs, t.g, 30);
    CHECK(out ==
          "+------------------------+---+\n"
          "| chain                  | n |\n"
          "+------------------------+---+\n"
          "| MSC -[SECRETES]-> PGE2 | 3 |\n"
          "| -[INHIBITS]-> NLRP3    |   |\n"
          "| inflammasome           |   |\n"
          "+------------------------+---+\n"
          "1 row\n");
}

TEST_CASE("wrap_to_width: spaces first, long words cut, wide characters counted twice", "[format]") {
    CHECK(wrap_to_width("alpha beta gamma", 11) == std::vector<std::string>{"alpha beta", "gamma"});
    CHECK(wrap_to_width("abcdefgh", 3) == std::vector<std::string>{"abc", "def", "gh"});
    CHECK(wrap_to_width("间充质干细胞", 5) == std::vector<std::string>{"间充", "质干", "细胞"});
    CHECK(wrap_to_width("", 4) == std::vector<std::string>{""});
    CHECK(wrap_to_width("short", 10) == std::vector<std::string>{"short"});
}

TEST_CASE("table and vertical show a result's summary columns; json all of them", "[format]") {
    test::TinyGraph t;
    auto rs = test::result({"a", "b", "hidden"}, {{Value(1), Value(2), Value(3)}});
    rs.summary_columns = 2;
    CHECK(print_with("table", rs, t.g).find("hidden") == std::string::npos);
    CHECK(print_with("vertical", rs, t.g).find("hidden") == std::string::npos);
    CHECK(print_with("json", rs, t.g).find("hidden") != std::string::npos);
    CHECK(print_with("csv", rs, t.g).find("hidden") != std::string::npos);
}

TEST_CASE("table: a statement that only writes prints its counters", "[format]") {
    test::TinyGraph t;
    engine::ResultSet rs;
    rs.stats.nodes_created = 2;
    rs.stats.properties_set = 3;
    CHECK(print_with("table", rs, t.g) == "Nodes created: 2, Properties set: 3\n");
    CHECK(print_with("table", test::result({"a"}, {{Value(1)}}), t.g).find("1 row\n") != std::string::npos);
}

TEST_CASE("csv quotes per RFC 4180", "[format]") {
    test::TinyGraph t;
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    auto rs = test::result({"a", "b"}, {{Value("x,y"), Value()}, {Value(1.5), Value(true)}});
    CHECK(print_with("csv", rs, t.g) == "a,b\n\"x,y\",\n1.5,true\n");
}

TEST_CASE("tsv escapes tabs and newlines", "[format]") {
    test::TinyGraph t;
    auto rs = test::result({"a", "b"}, {{Value("x\ty"), Value("1\n2\\")}});
    CHECK(print_with("tsv", rs, t.g) == "a\tb\nx\\ty\t1\\n2\\\\\n");
}

TEST_CASE("vertical prints a block per row", "[format]") {
    test::TinyGraph t;
    auto rs = test::result({"name", "degree"}, {{Value("MSC"), Value(1)}});
    CHECK(print_with("vertical", rs, t.g) == "*** row 1 ***\n  name: MSC\ndegree: 1\n1 row\n");
}

TEST_CASE("json: the contract's object", "[format]") {
    test::TinyGraph t;
    auto rs = test::result({"a", "count(*)"}, {{Value(1), Value(2.0)}});
    rs.stats.nodes_created = 1;
    CHECK(print_with("json", rs, t.g) ==
          "{\"columns\":[\"a\",\"count(*)\"],\"rows\":[[1,2.0]],\"stats\":{\"labels_added\":0,"
          "\"labels_removed\":0,\"nodes_created\":1,\"nodes_deleted\":0,\"properties_removed\":0,"
          "\"properties_set\":0,\"relationships_created\":0,\"relationships_deleted\":0}}\n");
}

TEST_CASE("json values: numbers, specials, UTF-8, control characters, maps sorted", "[format]") {
    test::TinyGraph t;
    CHECK(value_json(Value(1e300), t.g).dump() == "1e+300");
    CHECK(value_json(Value(std::nan("")), t.g) == "NaN");
    CHECK(value_json(Value(-std::numeric_limits<double>::infinity()), t.g) == "-Infinity");
    CHECK(value_json(Value(std::int64_t{9007199254740993}), t.g).dump() == "9007199254740993");
    CHECK(value_json(Value("肝\x01"), t.g).dump(-1, ' ', false) == "\"肝\\u0001\"");
    graph::Map m{{"z", Value(1)}, {"a", Value(graph::List{})}};
    CHECK(value_json(Value(m), t.g).dump() == "{\"a\":[],\"z\":1}");
}

TEST_CASE("json entities: node, relationship, path", "[format]") {
    test::TinyGraph t;
    auto node = value_json(Value(graph::NodeRef{t.msc}), t.g);
    CHECK(node.dump() ==
          "{\"_id\":0,\"_kind\":\"node\",\"labels\":[\"CellType\"],\"properties\":{\"id\":\"CL:1\","
          "\"name\":\"MSC\"}}");
    auto rel = value_json(Value(graph::RelRef{t.treats}), t.g);
    CHECK(rel["_kind"] == "relationship");
    CHECK(rel["type"] == "TREATS");
    CHECK(rel["start"] == t.msc);
    CHECK(rel["end"] == t.alf);
    CHECK(rel["properties"].dump() == "{\"refs\":[12]}");
    auto path = value_json(Value(graph::Path{{t.msc, t.alf}, {t.treats}}), t.g);
    CHECK(path["_kind"] == "path");
    CHECK(path["nodes"].size() == 2);
    CHECK(path["relationships"][0]["type"] == "TREATS");
}

TEST_CASE("json adds the plan of EXPLAIN", "[format]") {
    test::TinyGraph t;
    engine::ResultSet rs;
    rs.plan = "Scan(n:CellType)";
    CHECK(print_with("json", rs, t.g).find("\"plan\":\"Scan(n:CellType)\"") != std::string::npos);
    CHECK(print_with("table", rs, t.g) == "Scan(n:CellType)\n");
}

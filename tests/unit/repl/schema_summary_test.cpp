#include <catch2/catch.hpp>

#include <sstream>

#include "fixtures.hpp"
#include "repl/schema_summary.hpp"

using namespace liverkg;
using namespace liverkg::repl;

TEST_CASE("schema summary counts labels, types and patterns", "[schema]") {
    test::TinyGraph t;
    auto second = t.g.add_node();
    t.g.add_label(second, t.g.find_label("CellType").value());
    t.g.add_rel(second, t.alf, t.g.find_type("TREATS").value());
    auto s = summarize_schema(t.g);
    CHECK(s.labels == std::vector<std::pair<std::string, std::size_t>>{{"CellType", 2}, {"Disease", 1}});
    CHECK(s.types == std::vector<std::pair<std::string, std::size_t>>{{"TREATS", 2}});
    REQUIRE(s.patterns.size() == 1);
    CHECK(s.patterns[0].from == "CellType");
    CHECK(s.patterns[0].to == "Disease");
    CHECK(s.patterns[0].count == 2);

    std::ostringstream out;
    print_schema(s, TypeSigns{{"TREATS", "-"}}, out);
    CHECK(out.str() ==
          "Node labels (2):\n  :CellType  2\n  :Disease  1\n"
          "Relationship types (1):\n  :TREATS  2  sign -\n"
          "Patterns (1):\n  (:CellType)-[:TREATS]->(:Disease)  2\n");
}

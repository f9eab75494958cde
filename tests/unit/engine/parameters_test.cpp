// Query parameters ($name): in property maps, expressions, SKIP/LIMIT and UNWIND.
#include <catch2/catch.hpp>

#include "engine_support.hpp"

using liverkg::engine::Params;
using liverkg::engine::testing::TestDb;
using liverkg::graph::List;
using liverkg::graph::Map;

TEST_CASE("parameters bind values wherever an expression may stand", "[engine][parameters]") {
    TestDb db("CREATE (:C {name: 'MSC', v: 1}), (:C {name: 'HSC', v: 2}), (:C {name: 'ESC', v: 3})");
    Params p{{"name", "HSC"}, {"names", List{"MSC", "ESC"}}, {"n", std::int64_t{2}}, {"props", Map{{"name", "ESC"}}}};
    CHECK(db.rows("MATCH (c:C {name: $name}) RETURN c.v", p) == "2");
    CHECK(db.rows("MATCH (c:C) WHERE c.name IN $names RETURN c.v ORDER BY c.v", p) == "1\n3");
    CHECK(db.rows("MATCH (c:C) RETURN c.v ORDER BY c.v SKIP $n - 1 LIMIT $n - 1", p) == "2");
    CHECK(db.rows("UNWIND $names AS x RETURN x", p) == "'MSC'\n'ESC'");
    CHECK(db.rows("MATCH (c:C {name: $props.name}) RETURN c.v", p) == "3");
    CHECK(db.rows("RETURN $n + 1 AS x, $name AS s", p) == "3 | 'HSC'");
    CHECK(db.stats("CREATE (:D {v: 1})") == "nodes_created=1 properties_set=1 labels_added=1");
}

TEST_CASE("a missing parameter is a SemanticError at its position", "[engine][parameters]") {
    TestDb db;
    CHECK(db.error("RETURN $nothing") == "SemanticError ParameterMissing 1:8");
    CHECK(db.error("RETURN 1 AS x LIMIT $n", Params{{"n", "two"}}) != "no error");
    CHECK(db.error("RETURN 1 AS x LIMIT $n", Params{{"n", std::int64_t{-1}}}) != "no error");
}

// The function and procedure registry: signatures, types and the built-in rows.
#include <catch2/catch.hpp>

#include <set>

#include "engine/registry/registry.hpp"
#include "engine_support.hpp"

using namespace liverkg::engine;
using liverkg::ErrorException;

TEST_CASE("signatures are read and printed back", "[engine][registry]") {
    Signature f = parse_signature("round(input :: FLOAT?, precision = 0 :: INTEGER?) :: FLOAT?", false);
    CHECK(f.name == "round");
    CHECK(f.min_args() == 1);
    CHECK(f.max_args() == 2);
    CHECK(f.text(false) == "round(input :: FLOAT, precision = 0 :: INTEGER) :: FLOAT");

    Signature p = parse_signature("test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?, n :: NUMBER?)", true);
    CHECK(p.name == "test.my.proc");
    REQUIRE(p.outputs.size() == 2);
    CHECK(p.outputs[1].type.text() == "NUMBER");
    CHECK(p.text(true) == "test.my.proc(name :: STRING, id :: INTEGER) :: (city :: STRING, n :: NUMBER)");

    CHECK(parse_signature("test.doNothing() :: ()", true).outputs.empty());
    CHECK(parse_signature("test.doNothing() :: VOID", true).text(true) == "test.doNothing() :: VOID");
    CHECK(parse_signature("coalesce(input :: ANY, ...) :: ANY", false).max_args() == SIZE_MAX);
    CHECK(parse_signature("f(x :: LIST? OF STRING?) :: LIST<NODE>", false).text(false) ==
          "f(x :: LIST<STRING>) :: LIST<NODE>");
    CHECK(parse_signature("f(x :: MAP | NODE | RELATIONSHIP) :: MAP", false).inputs[0].type.text() ==
          "MAP | NODE | RELATIONSHIP");
}

TEST_CASE("a bad signature is an error naming the spot", "[engine][registry]") {
    CHECK_THROWS_WITH(parse_signature("f(x INTEGER) :: INTEGER", false),
                      Catch::Contains("expected '::' and a type at character 5"));
    CHECK_THROWS_WITH(parse_signature("f(x :: WIDGET) :: INTEGER", false), Catch::Contains("expected a type"));
    CHECK_THROWS_WITH(parse_signature("f(x :: INTEGER)", false), Catch::Contains("result type"));
    CHECK_THROWS_WITH(parse_signature("p() :: (a :: INTEGER) extra", true), Catch::Contains("end of the signature"));
}

TEST_CASE("types admit their values, and an integer where a float is declared", "[engine][registry]") {
    std::size_t used = 0;
    CypherType number = *parse_type("NUMBER?", used);
    CHECK(used == 7);
    CHECK(type_admits(number, Value(std::int64_t{1})));
    CHECK(type_admits(number, Value(1.5)));
    CHECK_FALSE(type_admits(number, Value(true)));
    CHECK(type_admits(number, Value()));
    CypherType f = *parse_type("FLOAT", used);
    CHECK(type_admits(f, Value(std::int64_t{42})));
    CHECK(coerce_to(f, Value(std::int64_t{42})).is_float());
    CypherType strings = *parse_type("LIST<STRING>", used);
    CHECK(type_admits(strings, Value(liverkg::graph::List{Value(std::string("a"))})));
    CHECK_FALSE(type_admits(strings, Value(liverkg::graph::List{Value(std::int64_t{1})})));
}

TEST_CASE("the registry declares each name once and finds functions in any case", "[engine][registry]") {
    Registry& r = registry();
    REQUIRE(r.find_function("TOUPPER") != nullptr);
    CHECK(r.find_function("toupper")->name() == "toUpper");
    CHECK(r.find_function("count")->is_aggregate());
    CHECK_FALSE(r.find_function("rand")->deterministic);
    CHECK(r.find_procedure("db.labels") != nullptr);
    CHECK(r.find_procedure("DB.LABELS") == nullptr);
    CHECK_THROWS_WITH(r.add_function({"toupper(x :: STRING) :: STRING", "String", "again", [](ExecContext&, std::vector<Value>&) {
                                          return Value();
                                      }}),
                      Catch::Contains("declared twice"));
    std::set<std::string> seen;
    for (const FunctionDef* f : r.functions()) {
        CHECK(seen.insert(f->name()).second);
        CHECK_FALSE(f->description.empty());
        CHECK_FALSE(f->category.empty());
    }
    CHECK(seen.count("exp"));
    CHECK(seen.count("pi"));
}

TEST_CASE("math errors name the function that failed", "[engine][registry]") {
    testing::TestDb db;
    CHECK_THROWS_WITH(db.run("RETURN sqrt('x')"), Catch::Contains("sqrt()"));
    CHECK_THROWS_WITH(db.run("RETURN cos('x')"), Catch::Contains("cos()"));
}

TEST_CASE("an argument error names the type with its article", "[engine][registry]") {
    testing::TestDb db;
    CHECK_THROWS_WITH(db.run("RETURN toUpper(1)"), Catch::EndsWith("toUpper() does not accept an Integer"));
    CHECK_THROWS_WITH(db.run("RETURN abs('x')"), Catch::EndsWith("abs() does not accept a String"));
    CHECK_THROWS_WITH(db.run("RETURN date(1)"), Catch::EndsWith("date() does not accept an Integer"));
}

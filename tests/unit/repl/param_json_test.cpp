#include <catch2/catch.hpp>

#include "repl/param_json.hpp"

using namespace liverkg;
using namespace liverkg::repl;

TEST_CASE("param values keep their JSON types", "[params]") {
    std::string error;
    auto p = parse_param("n=42", error);
    REQUIRE(p);
    CHECK(p->name == "n");
    CHECK(p->value.is_int());
    CHECK(p->value.as_int() == 42);
    CHECK(parse_param("x=1.0", error)->value.is_float());
    CHECK(parse_param("s=\"MSC\"", error)->value.as_string() == "MSC");
    CHECK(parse_param("z=null", error)->value.is_null());
    auto list = parse_param("l=[1, \"a\", [true]]", error);
    REQUIRE(list);
    REQUIRE(list->value.is_list());
    CHECK(list->value.as_list().size() == 3);
    CHECK(list->value.as_list()[2].as_list()[0].as_bool());
    auto map = parse_param("$m={\"b\": 2, \"a\": {\"c\": 1.5}}", error);
    REQUIRE(map);
    CHECK(map->name == "m");
    CHECK(map->value.as_map().at("a").as_map().at("c").as_float() == 1.5);
    CHECK(parse_param("big=18446744073709551615", error)->value.is_float());
}

TEST_CASE("bad param values are reported", "[params]") {
    std::string error;
    CHECK_FALSE(parse_param("novalue", error));
    CHECK(error.find("NAME=JSON") != std::string::npos);
    CHECK_FALSE(parse_param("x={oops", error));
    CHECK(error.find("invalid JSON") != std::string::npos);
    CHECK_FALSE(parse_param("1x=1", error));
    CHECK_FALSE(parse_param("=1", error));
}

// The plan cache's normalising pass: statements that differ only in literals share a key.
#include <catch2/catch.hpp>

#include "parser/normalise.hpp"
#include "parser/parse.hpp"

namespace ast = liverkg::ast;
using liverkg::parser::next_statement;
using liverkg::parser::NormalisedStatement;

namespace {
NormalisedStatement first(std::string_view text) {
    auto n = next_statement(text, 0);
    REQUIRE(n);
    return *n;
}
}  // namespace

TEST_CASE("statements differing only in literals share a key") {
    auto a = first("MATCH (n {id: 'a'}) WHERE n.x > 5 RETURN n.y + 1.5 AS y");
    auto b = first("MATCH (n {id: 'bbbb'}) WHERE n.x > 700 RETURN n.y + 2.25 AS y");
    CHECK(a.cacheable);
    CHECK(a.key == b.key);
    REQUIRE(b.literals.size() == 3);
    CHECK(liverkg::parser::same_literal(b.values[b.literals[0].slot], ast::Literal(std::string("bbbb"))));
    CHECK(liverkg::parser::same_literal(b.values[b.literals[1].slot], ast::Literal(std::int64_t(700))));
    CHECK(b.literals[1].offset == 35);
    CHECK(b.literals[1].length == 3);
}

TEST_CASE("the key keeps types, equalities and everything but literals") {
    auto key = [](std::string_view t) { return first(t).key; };
    CHECK(key("RETURN 1 AS x") != key("RETURN '1' AS x"));
    CHECK(key("RETURN 1 AS x") != key("RETURN 1.0 AS x"));
    CHECK(key("RETURN 1 = 1 AS x") != key("RETURN 1 = 2 AS x"));
    CHECK(key("RETURN 1 = 1 AS x") == key("RETURN 3 = 3 AS x"));
    CHECK(key("RETURN 1 AS x") != key("RETURN 1 AS y"));
    CHECK(key("RETURN 1 AS x") != key("RETURN 1  AS x"));
    CHECK(key("MATCH (n:A) RETURN n") != key("MATCH (n:B) RETURN n"));
    CHECK(key("EXPLAIN RETURN 1 AS x") == key("RETURN 2 AS x"));
    CHECK(first("profile RETURN 1 AS x").mode == ast::StatementMode::Profile);
}

TEST_CASE("statements are found one after another, ';' and comments skipped") {
    std::string_view text = " ; RETURN 'a;b' AS x; // c\n;RETURN 2 AS y";
    auto a = next_statement(text, 0);
    REQUIRE(a);
    CHECK(a->begin == 3);
    CHECK(text.substr(a->begin, a->end - a->begin) == "RETURN 'a;b' AS x;");
    auto b = next_statement(text, a->end);
    REQUIRE(b);
    CHECK(text.substr(b->begin, b->end - b->begin) == "RETURN 2 AS y");
    CHECK_FALSE(next_statement(text, b->end));
}

TEST_CASE("what the pass does not read goes to the parser uncached") {
    CHECK_FALSE(first("MATCH (n {id: $id}) RETURN n").cacheable);
    auto bad = first("RETURN 9x AS a; RETURN 1 AS b");
    CHECK_FALSE(bad.cacheable);
    CHECK(bad.end == 15);
    auto escape = first("RETURN '\\q' AS a; RETURN 1 AS b");
    CHECK_FALSE(escape.cacheable);
    CHECK(escape.end == std::string_view("RETURN '\\q' AS a;").size());
    auto rest = first("RETURN 1 AS `x; RETURN 2 AS y");
    CHECK_FALSE(rest.cacheable);
    CHECK(rest.end == std::string_view("RETURN 1 AS `x; RETURN 2 AS y").size());
}

TEST_CASE("a literal's value is the parser's") {
    std::string_view text = "RETURN 'it\\'s \\u00e9' AS a, 0x1F AS b, 1e3 AS c";
    auto n = first(text);
    auto parsed = liverkg::parser::parse(text);
    REQUIRE(parsed.statements.size() == 1);
    REQUIRE(n.values.size() == 3);
    CHECK(liverkg::parser::same_literal(n.values[0], ast::Literal(std::string("it's \xc3\xa9"))));
    CHECK(liverkg::parser::same_literal(n.values[1], ast::Literal(std::int64_t(31))));
    CHECK(liverkg::parser::same_literal(n.values[2], ast::Literal(1000.0)));
}

TEST_CASE("positions are counted on from a known one") {
    std::string_view text = "ab\ncd\xc3\xa9" "f";
    auto p = liverkg::parser::advance_position(text, {}, 8);
    CHECK(p.line == 2);
    CHECK(p.column == 5);
    CHECK(p.offset == 8);
}

// Rejected inputs: openCypher detail code and exact line:column (1-based, code points).
#include <catch2/catch.hpp>

#include "parse_support.hpp"

using liverkg::parser::parse;
using liverkg::parser::testing::error_at;

TEST_CASE("syntax errors point at the offending token", "[parser][errors]") {
    CHECK(error_at("MATCH (n RETURN n") == "UnexpectedSyntax 1:10");
    CHECK(error_at("MATCH (n)\nRETRUN n") == "UnexpectedSyntax 2:1");
    CHECK(error_at("RETURN [, ] AS literal") == "UnexpectedSyntax 1:9");
    CHECK(error_at("RETURN {, } AS literal") == "UnexpectedSyntax 1:9");
    CHECK(error_at("RETURN {1} AS literal") == "UnexpectedSyntax 1:9");
    CHECK(error_at("RETURN {k1#k: 1} AS literal") == "UnexpectedSyntax 1:11");
    CHECK(error_at("RETURN {k1.k: 1} AS literal") == "UnexpectedSyntax 1:11");
    CHECK(error_at("RETURN [[[]] AS literal") == "UnexpectedSyntax 1:14");
    CHECK(error_at("RETURN {k: {k: {}} AS literal") == "UnexpectedSyntax 1:20");
    CHECK(error_at("RETURN 9223372#54775808 AS literal") == "UnexpectedSyntax 1:15");
    CHECK(error_at("MATCH (a)-[r]>(b) RETURN a") == "UnexpectedSyntax 1:14");
    CHECK(error_at("RETURN n ORDER n") == "UnexpectedSyntax 1:16");
    CHECK(error_at("UNWIND [1] x RETURN x") == "UnexpectedSyntax 1:12");
    CHECK(error_at("MERGE (n) ON DELETE SET n.x = 1") == "UnexpectedSyntax 1:14");
    CHECK(error_at("RETURN x[]") == "UnexpectedSyntax 1:10");
    CHECK(error_at("MATCH (n) RETURN n.") == "UnexpectedSyntax 1:20");
    CHECK(error_at("MATCH (a)-[:LIKES..]->(c) RETURN c") == "InvalidRelationshipPattern 1:18");
    CHECK(error_at("MATCH (a) RETURN size((a)-->())") == "UnexpectedSyntax 1:23");
}

TEST_CASE("reserved words are not bare variables", "[parser][errors]") {
    CHECK(error_at("MATCH (match) RETURN 1") == "UnexpectedSyntax 1:8");
    CHECK(error_at("WITH 1 AS return RETURN 1") == "UnexpectedSyntax 1:11");
    CHECK(error_at("WITH 1 AS `return` RETURN `return`") == "ok");
    CHECK(error_at("MATCH (n:Match) RETURN n.limit, {order: 1}") == "ok");
}

TEST_CASE("error messages say what was expected and what was found", "[parser][errors]") {
    auto r = parse("RETURN f(a RETURN");
    REQUIRE(r.error);
    CHECK(r.error->kind == liverkg::ErrorKind::SyntaxError);
    CHECK(r.error->message == "expected ',' or ')' but found 'RETURN'");
    CHECK_FALSE(r.incomplete);

    r = parse("RETURN 1 +");
    REQUIRE(r.error);
    CHECK(r.error->message == "unexpected end of input, expected an expression");
    CHECK(r.incomplete);

    r = parse("MATCH (n:Person\nRETURN n");
    CHECK(r.error->message == "expected ')' but found 'RETURN'");
    r = parse("MATCH (n) RETURN n ORDER n");
    CHECK(r.error->message == "expected 'BY' but found 'n'");
}

TEST_CASE("positions count code points and lines across statements", "[parser][errors]") {
    CHECK(error_at("RETURN 'é' +") == "UnexpectedSyntax 1:13");
    CHECK(error_at("RETURN 1;\nRETURN 'ü', ]") == "UnexpectedSyntax 2:13");
    auto r = parse("RETURN 1;\nRETURN 'ü', ]");
    REQUIRE(r.error);
    CHECK(r.error->pos->offset == 23);
    CHECK(r.statements.size() == 1);  // statements before the error are kept
}

TEST_CASE("unicode punctuation is InvalidUnicodeCharacter", "[parser][errors]") {
    CHECK(error_at("RETURN 42 \u2014 41") == "InvalidUnicodeCharacter 1:11");
}

TEST_CASE("incomplete input is flagged for the REPL", "[parser][errors]") {
    for (const char* text : {"MATCH (n", "MATCH (n)", "RETURN 'abc", "RETURN [1, 2", "RETURN /* c",
                             "MATCH (n) WHERE", "RETURN `name", "RETURN CASE WHEN a THEN 1",
                             "MATCH (a)-[:T", "RETURN 1 +\n  "}) {
        auto r = parse(text);
        INFO(text);
        if (std::string_view(text) == "MATCH (n)") {
            CHECK_FALSE(r.error);  // a complete (if pointless) statement
            continue;
        }
        REQUIRE(r.error);
        CHECK(r.incomplete);
    }
    for (const char* text : {"RETURN 1 1", "MATCH (n RETURN n", "RETURN )"}) {
        auto r = parse(text);
        INFO(text);
        REQUIRE(r.error);
        CHECK_FALSE(r.incomplete);
    }
}

// Number and string literals: values, escapes and their openCypher error codes.
#include <catch2/catch.hpp>

#include <limits>

#include "parse_support.hpp"

using liverkg::parser::parse;
using liverkg::parser::testing::error_at;
using liverkg::parser::testing::expr;

namespace {
liverkg::ast::Literal literal_of(const std::string& text) {
    auto r = parse("RETURN " + text);
    REQUIRE_FALSE(r.error);
    const auto& ret = std::get<liverkg::ast::ReturnClause>(r.statements.at(0).clauses.at(0));
    const auto& e = *ret.projection.items.at(0).expression;
    REQUIRE(e.kind == liverkg::ast::ExprKind::Literal);
    return e.literal;
}
}  // namespace

TEST_CASE("integer literals", "[parser][literals]") {
    CHECK(std::get<std::int64_t>(literal_of("0")) == 0);
    CHECK(std::get<std::int64_t>(literal_of("0x1F")) == 31);
    CHECK(std::get<std::int64_t>(literal_of("0xff")) == 255);
    CHECK(std::get<std::int64_t>(literal_of("0o17")) == 15);
    CHECK(std::get<std::int64_t>(literal_of("9223372036854775807")) ==
          std::numeric_limits<std::int64_t>::max());
    CHECK(std::get<std::int64_t>(literal_of("-9223372036854775808")) ==
          std::numeric_limits<std::int64_t>::min());
    CHECK(std::get<std::int64_t>(literal_of("-0x8000000000000000")) ==
          std::numeric_limits<std::int64_t>::min());
    CHECK(std::get<std::int64_t>(literal_of("-0o1000000000000000000000")) ==
          std::numeric_limits<std::int64_t>::min());
    CHECK(std::get<std::int64_t>(literal_of("-  42")) == -42);
}

TEST_CASE("float literals", "[parser][literals]") {
    CHECK(std::get<double>(literal_of("1.5")) == 1.5);
    CHECK(std::get<double>(literal_of(".5")) == 0.5);
    CHECK(std::get<double>(literal_of("1e3")) == 1000.0);
    CHECK(std::get<double>(literal_of("1.5E-3")) == 0.0015);
    CHECK(std::get<double>(literal_of("1.23456789e308")) == 1.23456789e308);
    CHECK(std::get<double>(literal_of("1e-400")) == 0.0);  // underflow is not an error
    CHECK(std::get<double>(literal_of("-1.5")) == -1.5);
}

TEST_CASE("number literal errors", "[parser][literals]") {
    CHECK(error_at("RETURN 9223372036854775808") == "IntegerOverflow 1:8");
    CHECK(error_at("RETURN -9223372036854775809") == "IntegerOverflow 1:9");
    CHECK(error_at("RETURN 0x8000000000000000") == "IntegerOverflow 1:8");
    CHECK(error_at("RETURN 0o1000000000000000000000") == "IntegerOverflow 1:8");
    CHECK(error_at("RETURN -0o1000000000000000000001") == "IntegerOverflow 1:9");
    CHECK(error_at("RETURN 1e999") == "FloatingPointOverflow 1:8");
    CHECK(error_at("RETURN 1.34E999") == "FloatingPointOverflow 1:8");
    CHECK(error_at("RETURN 0x") == "InvalidNumberLiteral 1:8");
    CHECK(error_at("RETURN 0o9") == "InvalidNumberLiteral 1:8");
    CHECK(error_at("RETURN 0x1A2b3j4D5E6f7") == "InvalidNumberLiteral 1:8");
    CHECK(error_at("RETURN 9x") == "InvalidNumberLiteral 1:8");
    CHECK(error_at("RETURN 1.2.3") == "InvalidNumberLiteral 1:8");
    CHECK(error_at("RETURN 1e") == "InvalidNumberLiteral 1:8");
}

TEST_CASE("ranges and property access next to numbers", "[parser][literals]") {
    CHECK(expr("x[1..3]") == "x[1..3]");
    CHECK(expr("x[-1..]") == "x[-1..]");
    CHECK(expr("[1,2][0]") == "[1, 2][0]");
    CHECK(expr("-1.5") == "-1.5");
}

TEST_CASE("string escapes", "[parser][literals]") {
    CHECK(std::get<std::string>(literal_of(R"('a\'b')")) == "a'b");
    CHECK(std::get<std::string>(literal_of(R"("a\"b")")) == "a\"b");
    CHECK(std::get<std::string>(literal_of(R"('\\\n\t\r\b\f')")) == "\\\n\t\r\b\f");
    CHECK(std::get<std::string>(literal_of(R"('\u00E9')")) == "\xC3\xA9");
    CHECK(std::get<std::string>(literal_of(R"('\U0001F600')")) == "\xF0\x9F\x98\x80");
    CHECK(std::get<std::string>(literal_of(R"("it's")")) == "it's");
    CHECK(std::get<std::string>(literal_of("'line\nbreak'")) == "line\nbreak");
    CHECK(std::get<std::string>(literal_of("''")).empty());
}

TEST_CASE("string escape errors", "[parser][literals]") {
    CHECK(error_at(R"(RETURN '\uH')") == "InvalidUnicodeLiteral 1:9");
    CHECK(error_at(R"(RETURN '\u12')") == "InvalidUnicodeLiteral 1:9");
    CHECK(error_at(R"(RETURN '\uD800')") == "InvalidUnicodeLiteral 1:9");
    CHECK(error_at(R"(RETURN '\U00110000')") == "InvalidUnicodeLiteral 1:9");
    CHECK(error_at(R"(RETURN 'a\qb')") == "UnexpectedSyntax 1:10");
}

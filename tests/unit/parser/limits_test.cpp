// Hostile input: deep nesting and long chains become SyntaxErrors, never crashes.
#include <catch2/catch.hpp>

#include "parse_support.hpp"

using liverkg::parser::parse;

namespace {
std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}
void require_syntax_error(const std::string& text, const std::string& fragment) {
    auto r = parse(text);
    REQUIRE(r.error);
    CHECK(r.error->kind == liverkg::ErrorKind::SyntaxError);
    CHECK(r.error->message.find(fragment) != std::string::npos);
}
}  // namespace

TEST_CASE("nesting within the limit parses", "[parser][limits]") {
    CHECK_FALSE(parse("RETURN " + repeat("(", 200) + "1" + repeat(")", 200)).error);
    CHECK_FALSE(parse("RETURN " + repeat("[", 200) + "1" + repeat("]", 200)).error);
    CHECK_FALSE(parse("RETURN " + repeat("{a: ", 200) + "1" + repeat("}", 200)).error);
    CHECK_FALSE(parse("RETURN " + repeat("1 + ", 900) + "1").error);
}

TEST_CASE("10,000 open brackets are a clear SyntaxError", "[parser][limits]") {
    require_syntax_error("RETURN " + repeat("(", 10000), "nested too deeply");
    require_syntax_error("RETURN " + repeat("[", 10000) + "1" + repeat("]", 10000),
                         "nested too deeply");
    require_syntax_error("RETURN " + repeat("{a:", 10000), "nested too deeply");
}

TEST_CASE("long unary and operator chains are bounded", "[parser][limits]") {
    require_syntax_error("RETURN " + repeat("- ", 10000) + "1", "nested too deeply");
    require_syntax_error("RETURN " + repeat("NOT ", 10000) + "true", "nested too deeply");
    require_syntax_error("RETURN " + repeat("1 + ", 20000) + "1", "expression too long");
    require_syntax_error("RETURN x" + repeat("[0]", 5000), "expression too long");
    require_syntax_error("RETURN a" + repeat(".b", 5000), "expression too long");
}

TEST_CASE("backtracking-heavy nesting stays fast", "[parser][limits]") {
    // Each level could be a pattern or a parenthesised map, a comprehension or a list.
    CHECK_FALSE(parse("RETURN " + repeat("({a: ", 60) + "1" + repeat("})", 60)).error);
    CHECK_FALSE(parse("RETURN " + repeat("[a IN ", 80) + "[1]" + repeat(", 1]", 80)).error);
    CHECK(parse("RETURN " + repeat("[a IN ", 80) + "[1] 2" + repeat("]", 80)).error);
}

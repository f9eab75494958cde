// AST shape: fields the engine relies on (positions, texts, directions, hops...).
#include <catch2/catch.hpp>

#include "parse_support.hpp"

namespace ast = liverkg::ast;
using liverkg::parser::parse;
using liverkg::parser::testing::error_at;
using liverkg::parser::testing::expr;
using liverkg::parser::testing::render;

namespace {
ast::Statement only_statement(std::string_view text) {
    auto r = parse(text);
    INFO(text);
    REQUIRE_FALSE(r.error);
    REQUIRE(r.statements.size() == 1);
    return r.statements[0];
}
template <typename Clause>
const Clause& clause_at(const ast::Statement& s, std::size_t i) {
    return std::get<Clause>(s.clauses.at(i));
}

// `RETURN  <atom> AS a` (a shortcut applies) gives the same node, at the same column, as
// the atom parsed as the operand of `IS NULL` (through the precedence levels).
void check_same_as_operand(const std::string& atom) {
    INFO(atom);
    auto lone = liverkg::parser::parse("RETURN  " + atom + " AS a");
    auto operand = liverkg::parser::parse("RETURN  " + atom + " IS NULL AS a");
    REQUIRE_FALSE(lone.error);
    REQUIRE_FALSE(operand.error);
    const auto& l = *std::get<liverkg::ast::ReturnClause>(lone.statements.at(0).clauses.at(0))
                         .projection.items.at(0).expression;
    const auto& o = *std::get<liverkg::ast::ReturnClause>(operand.statements.at(0).clauses.at(0))
                         .projection.items.at(0).expression->args.at(0);
    CHECK(liverkg::parser::print_expression(l) == liverkg::parser::print_expression(o));
    CHECK(l.pos.column == o.pos.column);
    CHECK(l.pos.column == (atom.front() == '(' ? 10u : 9u));   // a parenthesis gives its content
}
}  // namespace

TEST_CASE("return items keep their source text as the column name", "[parser][structure]") {
    auto s = only_statement("MATCH (n) RETURN count(*), n.name,  a  +  b , n.x AS y, /*c*/ `q`");
    const auto& items = clause_at<ast::ReturnClause>(s, 1).projection.items;
    REQUIRE(items.size() == 5);
    CHECK(items[0].text == "count(*)");
    CHECK(items[1].text == "n.name");
    CHECK(items[2].text == "a  +  b");
    CHECK(items[3].text == "n.x");
    CHECK(items[3].alias == "y");
    CHECK(items[4].text == "`q`");
    CHECK(items[2].pos.column == 37);
}

TEST_CASE("statement text and positions are relative to the whole input", "[parser][structure]") {
    auto r = parse("  RETURN 1 ;\n// c\nMATCH (n)\n  RETURN n;");
    REQUIRE_FALSE(r.error);
    REQUIRE(r.statements.size() == 2);
    CHECK(r.statements[0].text == "RETURN 1");
    CHECK(r.statements[0].pos.offset == 2);
    CHECK(r.statements[0].pos.column == 3);
    CHECK(r.statements[1].text == "MATCH (n)\n  RETURN n");
    CHECK(r.statements[1].pos.line == 3);
    const auto& ret = clause_at<ast::ReturnClause>(r.statements[1], 1);
    CHECK(ret.pos.line == 4);
    CHECK(ret.pos.column == 3);
    CHECK(ret.projection.items[0].expression->pos.column == 10);
}

TEST_CASE("empty statements are skipped", "[parser][structure]") {
    auto r = parse(";; RETURN 1;;; RETURN 2 ; ");
    REQUIRE_FALSE(r.error);
    CHECK(r.statements.size() == 2);
    CHECK(parse("").statements.empty());
    CHECK_FALSE(parse("  // only a comment\n").error);
}

TEST_CASE("relationship directions and hop ranges", "[parser][structure]") {
    auto s = only_statement("MATCH (a)-[r:T|U*2..5]->(b)<-[*3]-(c)-[*]-(d)<-[*..4]->(e)-[*1..]-(f) RETURN a");
    const auto& part = clause_at<ast::MatchClause>(s, 0).pattern.at(0);
    REQUIRE(part.steps.size() == 5);
    const auto& r0 = part.steps[0].rel;
    CHECK(r0.variable == "r");
    CHECK(r0.types == std::vector<std::string>{"T", "U"});
    CHECK(r0.direction == ast::Direction::Outgoing);
    CHECK(r0.variable_length);
    CHECK(r0.min_hops == 2);
    CHECK(r0.max_hops == 5);
    CHECK(part.steps[1].rel.direction == ast::Direction::Incoming);
    CHECK(part.steps[1].rel.min_hops == 3);
    CHECK(part.steps[1].rel.max_hops == 3);
    CHECK_FALSE(part.steps[2].rel.min_hops);
    CHECK_FALSE(part.steps[2].rel.max_hops);
    CHECK(part.steps[2].rel.direction == ast::Direction::Undirected);
    CHECK(part.steps[3].rel.direction == ast::Direction::Undirected);
    CHECK(part.steps[3].rel.max_hops == 4);
    CHECK(part.steps[4].rel.min_hops == 1);
    CHECK_FALSE(part.steps[4].rel.max_hops);
    CHECK(part.steps[0].rel.pos.column == 10);
    CHECK(part.steps[0].node.pos.column == 25);
    CHECK(part.steps[1].node.pos.column == 35);
}

TEST_CASE("node patterns", "[parser][structure]") {
    auto s = only_statement("MATCH (n:A:B {k: 1}), (:C $p), () RETURN n");
    const auto& pattern = clause_at<ast::MatchClause>(s, 0).pattern;
    REQUIRE(pattern.size() == 3);
    CHECK(pattern[0].start.variable == "n");
    CHECK(pattern[0].start.labels == std::vector<std::string>{"A", "B"});
    CHECK(pattern[0].start.properties->kind == ast::ExprKind::Map);
    CHECK_FALSE(pattern[1].start.variable);
    CHECK(pattern[1].start.properties->kind == ast::ExprKind::Parameter);
    CHECK(pattern[1].start.properties->name == "p");
    CHECK(pattern[2].start.labels.empty());
}

TEST_CASE("chained comparisons share the middle operand", "[parser][structure]") {
    auto s = only_statement("RETURN a < b < c");
    const auto& e = *clause_at<ast::ReturnClause>(s, 0).projection.items[0].expression;
    REQUIRE(e.kind == ast::ExprKind::Binary);
    CHECK(e.op == ast::Op::And);
    CHECK(e.args[0]->args[1] == e.args[1]->args[0]);
}

TEST_CASE("precedence", "[parser][structure]") {
    CHECK(expr("1 + 2 * 3") == "(1 + (2 * 3))");
    CHECK(expr("(1 + 2) * 3") == "((1 + 2) * 3)");
    CHECK(expr("2 ^ 3 ^ 2") == "((2 ^ 3) ^ 2)");
    CHECK(expr("-2 ^ 2") == "(-2 ^ 2)");
    CHECK(expr("- n.x ^ 2") == "((-n.x) ^ 2)");
    CHECK(expr("a OR b XOR c AND d") == "(a OR (b XOR (c AND d)))");
    CHECK(expr("NOT a = b") == "(NOT (a = b))");
    CHECK(expr("NOT NOT a") == "(NOT (NOT a))");
    CHECK(expr("a + 1 IN [2] = true") == "(((a + 1) IN [2]) = true)");
    CHECK(expr("x IS NULL AND y IS NOT NULL") == "((x IS NULL) AND (y IS NOT NULL))");
    CHECK(expr("a STARTS WITH 'x' OR b ENDS WITH 'y'") ==
          "((a STARTS WITH 'x') OR (b ENDS WITH 'y'))");
    CHECK(expr("s =~ 'a.*' = true") == "((s =~ 'a.*') = true)");
    CHECK(expr("n:A:B AND m:C") == "((n:A:B) AND (m:C))");
    CHECK(expr("a.b[0].c") == "a.b[0].c");
    CHECK(expr("10 - 2 - 3") == "((10 - 2) - 3)");
    CHECK(expr("8 / 2 % 3 * 2") == "(((8 / 2) % 3) * 2)");
}

TEST_CASE("keywords are case-insensitive and whole words", "[parser][structure]") {
    CHECK(liverkg::parser::testing::render("match (n) return n") == "MATCH (n) RETURN n\n");
    CHECK(expr("orx") == "orx");
    CHECK(expr("a OR b") == "(a OR b)");
    CHECK(expr("notx") == "notx");
    CHECK(expr("n.order") == "n.order");
    CHECK(expr("{limit: 1, match: 2}") == "{limit: 1, match: 2}");
}

TEST_CASE("functions, quantifiers, projections", "[parser][structure]") {
    CHECK(expr("count(*)") == "count(*)");
    CHECK(expr("COUNT( * )") == "count(*)");
    CHECK(expr("count(DISTINCT n)") == "count(DISTINCT n)");
    CHECK(expr("db.labels()") == "db.labels()");
    CHECK(expr("toUpper('a')") == "toUpper('a')");
    CHECK(expr("ALL(x IN l WHERE x > 0)") == "all(x IN l WHERE (x > 0))");
    CHECK(expr("n {.a, .*, b: 1, c}") == "n{.a, .*, b: 1, c}");
    CHECK(expr("[x IN l]") == "[x IN l]");
    CHECK(expr("[x IN l, 2]") == "[(x IN l), 2]");
    CHECK(expr("[(a)-->(b) | b]") == "[(a)-[]->(b) | b]");
}

TEST_CASE("EXPLAIN, PROFILE and PATHS", "[parser][structure]") {
    CHECK(only_statement("explain RETURN 1").mode == ast::StatementMode::Explain);
    CHECK(only_statement("PROFILE RETURN 1").mode == ast::StatementMode::Profile);
    auto s = only_statement(
        "PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease) VIA :Mechanism|:Pathway "
        "MAX 4 HOPS SIGN - LIMIT 20");
    REQUIRE(s.paths);
    CHECK(s.clauses.empty());
    CHECK(s.paths->from.labels == std::vector<std::string>{"CellType"});
    CHECK(s.paths->to.variable == "d");
    CHECK(s.paths->via_labels == std::vector<std::string>{"Mechanism", "Pathway"});
    CHECK(s.paths->max_hops == 4);
    CHECK(s.paths->sign == '-');
    CHECK(s.paths->limit == 20);
    auto v = only_statement("PATHS FROM (a) TO (b) VIA (m:Mechanism {name: 'x'})");
    REQUIRE(v.paths->via_node);
    CHECK(v.paths->via_node->variable == "m");
    CHECK_FALSE(v.paths->max_hops);
    CHECK(liverkg::parser::testing::error_at("PATHS FROM (a) TO (b) MAX -1 HOPS") ==
          "UnexpectedSyntax 1:27");
    CHECK(liverkg::parser::testing::error_at("PATHS FROM (a) (b)") == "UnexpectedSyntax 1:16");
}

// A lone literal, parameter or variable takes a shortcut past the precedence levels
// (expression_def.hpp): it must give the same node, at the same position, as the
// same atom parsed as the operand of an operator.
TEST_CASE("a lone atom parses as it does inside a larger expression", "[parser][expressions]") {
    const std::vector<std::string> atoms = {"'x'",  "\"y\\n\"", "42",    "1.5e3", "0x1F", "$p",       "n",
                                            "`odd name`", "true", "NULL", "False", "ünï",  "$`quoted`"};
    for (const auto& atom : atoms) check_same_as_operand(atom);
    // Whatever follows decides: these go through the levels and keep their meaning.
    CHECK(expr("1 + 2") == expr("(1 + 2)"));
    CHECK(expr("n.k") == expr("(n.k)"));
    CHECK(expr("[1, 2][0]") == expr("([1, 2][0])"));
    CHECK(render("MATCH (n {k: 'v', m: $p}) RETURN n ORDER BY n DESC LIMIT 3") ==
          render("MATCH (n {k: ('v'), m: ($p)}) RETURN (n) ORDER BY (n) DESC LIMIT (3)"));
    // A reserved word is no variable, shortcut or not.
    CHECK(error_at("RETURN MATCH AS a") == error_at("RETURN MATCH + 1 AS a"));
}

// The second shortcut: any atom with a few `.key` lookups, then a delimiter. When an
// operator follows instead, the levels reuse the atom already parsed.
TEST_CASE("an atom with property lookups parses as it does inside a larger expression", "[parser][expressions]") {
    const std::vector<std::string> atoms = {"length(p)", "n.name",          "n.a.b.c",       "[1, 2]",
                                            "{a: 1}.a",  "count(*)",        "f(x).k",        "`a b`.`c d`",
                                            "(n.k)",     "CASE WHEN true THEN 1 END", "m.end", "n.a.b.c.d.e.f.g.h.i.j", "$p.k", "n . k"};
    for (const auto& atom : atoms) check_same_as_operand(atom);
    CHECK(render("MATCH (n) WITH n.k AS k, collect(n.name) AS c ORDER BY k RETURN k, size(c)") ==
          render("MATCH (n) WITH (n.k) AS k, (collect((n.name))) AS c ORDER BY (k) RETURN k, (size(c))"));
    CHECK(expr("f(x) + 1") == expr("(f(x)) + 1"));
    CHECK(expr("n.a[0]") == expr("(n.a)[0]"));
    CHECK(expr("n.a:L") == expr("(n.a):L"));
}

TEST_CASE("an atom followed by an operator is parsed once", "[parser][expressions]") {
    // 100 nested calls, each followed by `+ 1`: parsing each atom twice would double the
    // work at every level and run into the parser's work budget.
    std::string e = "1", bracketed = "1";
    for (int i = 0; i < 100; ++i) {
        e = "f(" + e + ") + 1";
        bracketed = "(f(" + bracketed + ")) + 1";
    }
    CHECK(error_at("RETURN " + e) == "ok");
    CHECK(expr(e) == expr(bracketed));
}

// Node patterns of names, labels and a map of lone values are recognised on the raw text
// (shortcuts.hpp); they must give the AST and positions the rules give.
TEST_CASE("a simple node pattern parses as through the rules", "[parser][patterns]") {
    CHECK(render("MATCH ( a : L :M { k : 'v' , m : 2, `odd key`: $p, n: a.b } ) RETURN a") ==
          "MATCH (a:L:M {k: 'v', m: 2, `odd key`: $p, n: a.b}) RETURN a\n");
    CHECK(render("MATCH (), (:L), (a {}), (`x y`) RETURN 1") == "MATCH (), (:L), (a {}), (`x y`) RETURN 1\n");
    // Values the shortcut does not take go through the rules, with the same meaning.
    CHECK(render("MATCH (n {k: 1 + 1, m: [1]}) RETURN n") == render("MATCH (n {k: (1 + 1), m: ([1])}) RETURN n"));
    auto s = only_statement("MATCH  (a:L {k: 'v'})-->(b {id: $x}) RETURN a");
    const auto& part = clause_at<ast::MatchClause>(s, 0).pattern.at(0);
    CHECK(part.start.pos.column == 8);
    CHECK(part.start.properties->pos.column == 13);
    CHECK(part.start.properties->args.at(0)->pos.column == 17);
    CHECK(part.steps.at(0).node.pos.column == 25);
    CHECK(part.steps.at(0).node.properties->args.at(0)->pos.column == 33);
    // Malformed patterns still get the rules' errors.
    CHECK(error_at("MATCH (a:L {k: 'v' RETURN a") == "UnexpectedSyntax 1:20");
    CHECK(error_at("MATCH (MATCH) RETURN 1") == "UnexpectedSyntax 1:8");
}

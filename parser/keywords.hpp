#pragma once
// Every keyword of the grammar, declared once. The lexer's reserved-word test, the raw-text
// shortcuts (parser/x3/shortcuts.hpp), the shell's completion and the keyword list of
// docs/query-language.md all read this table; tests/unit/parser/keywords_test.cpp checks it
// against what the grammar accepts and against the docs.
//
// A keyword added to a rule (kw("WORD") in parser/x3/*_def.hpp) gets a row here; the test
// fails until it has one.
#include <array>
#include <cstddef>
#include <string_view>

namespace liverkg::parser {

// What a word does beyond being matched by a rule.
enum KeywordFlag : unsigned {
    // Never a bare variable or function name (`end` in backticks is one). Which words are
    // reserved decides what the grammar accepts, so the set follows the openCypher TCK.
    kReserved = 1u << 0,
    // Commonly follows a complete expression and cannot continue one: the shortcuts take a
    // lone literal or variable followed by such a word as the whole expression. Only words
    // for which the rules would record no other expectation there, so errors read the same.
    kEndsExpression = 1u << 1,
    // Continues an expression after its left operand (x AND y, x IS NULL, x STARTS WITH y).
    kOperator = 1u << 2,
    // Written like a function call (any(x IN l WHERE ...), shortestPath(...)): completion
    // offers it in `spelling`, beside the registry's functions.
    kCallLike = 1u << 3,
    // Taken by no rule: reserved only because openCypher reserves it.
    kUnused = 1u << 4,
};

struct Keyword {
    std::string_view word;           // upper case; matched ignoring ASCII case, as a whole word
    unsigned flags;
    std::string_view use;            // where the grammar takes it, for the docs
    std::string_view spelling = {};  // kCallLike: how it is written in a call
};

// Grouped as the docs list them: clauses and their parts, expressions, statements.
inline constexpr Keyword kKeywords[] = {
    {"MATCH", kReserved | kEndsExpression, "`MATCH`, `OPTIONAL MATCH`, `MERGE … ON MATCH SET`"},
    {"OPTIONAL", kReserved | kEndsExpression, "`OPTIONAL MATCH`"},
    {"WHERE", kReserved | kEndsExpression, "after `MATCH`, `WITH`, `YIELD`; in comprehensions and subqueries"},
    {"UNWIND", kReserved | kEndsExpression, "`UNWIND list AS name`"},
    {"WITH", kReserved | kEndsExpression, "the `WITH` clause; `STARTS WITH`, `ENDS WITH`"},
    {"RETURN", kReserved | kEndsExpression, "the `RETURN` clause"},
    {"AS", kReserved | kEndsExpression, "names in `RETURN`, `WITH`, `UNWIND` and `YIELD`"},
    {"DISTINCT", kReserved, "`RETURN DISTINCT`, `WITH DISTINCT`, `count(DISTINCT x)`"},
    {"ORDER", kReserved | kEndsExpression, "`ORDER BY`"},
    {"BY", kReserved, "`ORDER BY`"},
    {"ASC", kReserved | kEndsExpression, "`ORDER BY x ASC`"},
    {"ASCENDING", kReserved | kEndsExpression, "`ORDER BY x ASCENDING`"},
    {"DESC", kReserved | kEndsExpression, "`ORDER BY x DESC`"},
    {"DESCENDING", kReserved | kEndsExpression, "`ORDER BY x DESCENDING`"},
    {"SKIP", kReserved | kEndsExpression, "`SKIP n`"},
    {"LIMIT", kReserved | kEndsExpression, "`LIMIT n`, `PATHS … LIMIT n`"},
    {"CREATE", kReserved | kEndsExpression, "the `CREATE` clause, `MERGE … ON CREATE SET`"},
    {"MERGE", kReserved | kEndsExpression, "the `MERGE` clause"},
    {"ON", kReserved, "`MERGE … ON CREATE SET`, `MERGE … ON MATCH SET`"},
    {"SET", kReserved | kEndsExpression, "the `SET` clause, `ON CREATE SET`, `ON MATCH SET`"},
    {"REMOVE", kReserved | kEndsExpression, "the `REMOVE` clause"},
    {"DETACH", kReserved | kEndsExpression, "`DETACH DELETE`"},
    {"DELETE", kReserved | kEndsExpression, "the `DELETE` clause"},
    {"CALL", kReserved, "`CALL procedure(…)`"},
    {"YIELD", kReserved, "`CALL … YIELD a, b AS c`"},
    {"UNION", kReserved | kEndsExpression, "`query UNION [ALL] query`"},
    {"ALL", kReserved | kCallLike, "`UNION ALL`; the `all(x IN list WHERE …)` quantifier", "all"},
    {"CONSTRAINT", kReserved | kUnused, "reserved by openCypher for schema commands; not used"},

    {"AND", kReserved | kOperator, "`a AND b`"},
    {"OR", kReserved | kOperator, "`a OR b`"},
    {"XOR", kReserved | kOperator, "`a XOR b`"},
    {"NOT", kReserved | kOperator, "`NOT a`, `x IS NOT NULL`"},
    {"IN", kReserved | kOperator, "`x IN list`; `[x IN list …]`, quantifiers, `reduce`"},
    {"IS", kReserved | kOperator, "`x IS NULL`, `x IS NOT NULL`"},
    {"STARTS", kReserved | kOperator, "`s STARTS WITH t`"},
    {"ENDS", kReserved | kOperator, "`s ENDS WITH t`"},
    {"CONTAINS", kReserved | kOperator, "`s CONTAINS t`"},
    {"NULL", kReserved, "the null literal; `IS NULL`"},
    {"TRUE", kReserved, "the boolean literal"},
    {"FALSE", kReserved, "the boolean literal"},
    {"CASE", kReserved, "`CASE … END`"},
    {"WHEN", kReserved | kEndsExpression, "`CASE WHEN … THEN …`"},
    {"THEN", kReserved | kEndsExpression, "`CASE WHEN … THEN …`"},
    {"ELSE", kReserved | kEndsExpression, "`CASE … ELSE … END`"},
    {"END", kReserved | kEndsExpression, "`CASE … END`"},
    {"ANY", kCallLike, "the `any(x IN list WHERE …)` quantifier; `PATHS … ANY CONTEXT`", "any"},
    {"NONE", kCallLike, "the `none(x IN list WHERE …)` quantifier", "none"},
    {"SINGLE", kCallLike, "the `single(x IN list WHERE …)` quantifier", "single"},
    {"REDUCE", kCallLike, "`reduce(acc = init, x IN list | expr)`", "reduce"},
    {"EXISTS", kCallLike, "`EXISTS { … }` and the `exists(pattern)` predicate", "exists"},
    {"COUNT", kCallLike, "`COUNT { … }`, `count(*)`", "count"},
    {"COLLECT", kCallLike, "`COLLECT { … }`", "collect"},
    {"SHORTESTPATH", kCallLike, "`shortestPath((a)-[*]-(b))`", "shortestPath"},
    {"ALLSHORTESTPATHS", kCallLike, "`allShortestPaths((a)-[*]-(b))`", "allShortestPaths"},

    {"EXPLAIN", 0, "`EXPLAIN statement`: the plan, without running it"},
    {"PROFILE", 0, "`PROFILE statement`: the plan with rows and times"},
    {"PATHS", 0, "`PATHS FROM (a) TO (b) …`, liverkg's own statement"},
    {"FROM", 0, "`PATHS FROM`"},
    {"TO", 0, "`PATHS … TO`"},
    {"VIA", 0, "`PATHS … VIA (:Label)`"},
    {"MAX", 0, "`PATHS … MAX n HOPS`"},
    {"HOPS", 0, "`PATHS … MAX n HOPS`"},
    {"SIGN", 0, "`PATHS … SIGN +` or `SIGN -`"},
    {"CONTEXT", 0, "`PATHS … ANY CONTEXT`"},
    {"SHOW", 0, "`SHOW FUNCTIONS`, `SHOW PROCEDURES`"},
    {"FUNCTIONS", 0, "`SHOW FUNCTIONS`"},
    {"PROCEDURES", 0, "`SHOW PROCEDURES`"},
    {"BEGIN", 0, "`BEGIN [TRANSACTION]`"},
    {"COMMIT", 0, "`COMMIT [TRANSACTION]`"},
    {"ROLLBACK", 0, "`ROLLBACK [TRANSACTION]`"},
    {"TRANSACTION", 0, "`BEGIN TRANSACTION`, `COMMIT TRANSACTION`, `ROLLBACK TRANSACTION`"},
    {"CHECKPOINT", 0, "`CHECKPOINT`: write the database's checkpoint now"},
};

template <unsigned Flag>
constexpr std::size_t count_keywords() {
    std::size_t n = 0;
    for (const Keyword& k : kKeywords)
        if (k.flags & Flag) ++n;
    return n;
}

// The words with Flag, as a constant array: the lexer asks for nearly every name it reads
// whether it is reserved, and a constant list compiles to a few comparisons.
template <unsigned Flag>
constexpr std::array<std::string_view, count_keywords<Flag>()> keywords_with() {
    std::array<std::string_view, count_keywords<Flag>()> out{};
    std::size_t i = 0;
    for (const Keyword& k : kKeywords)
        if (k.flags & Flag) out[i++] = k.word;
    return out;
}

inline constexpr auto kReservedWords = keywords_with<kReserved>();
inline constexpr auto kExpressionEnders = keywords_with<kEndsExpression>();

}  // namespace liverkg::parser

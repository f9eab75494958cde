#pragma once
// The plan cache's normalising pass (engine/plan_cache.hpp): the next statement of a text,
// found with the lexer alone (no grammar), and its literals lifted out. Two statements
// that differ only in their literals get the same key. Cheap on purpose: one pass of the
// same lexical functions the grammar uses (parser/x3/lexer.hpp), so a literal's value here
// is the value the parser would give it.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "parser/ast.hpp"

namespace liverkg::parser {

struct LiteralToken {
    std::uint32_t offset = 0;   // in the whole text
    std::uint32_t length = 0;
    std::uint32_t slot = 0;     // index into NormalisedStatement::values
};

struct NormalisedStatement {
    std::size_t begin = 0;   // the statement's first character (blanks and ';' skipped)
    std::size_t end = 0;     // just past its ';', or the end of the text
    std::size_t body = 0;    // where the key starts: after a leading EXPLAIN / PROFILE
    ast::StatementMode mode = ast::StatementMode::Run;   // a leading EXPLAIN / PROFILE (not in the key)
    // False: the statement is parsed and compiled every time (it names a $parameter, whose
    // value is compiled in; or the pass met something it does not read, such as a bad number:
    // then `end` is the end of the text and the parser takes the rest as before).
    bool cacheable = false;
    // The text without EXPLAIN/PROFILE, each number and string literal replaced by
    // "\x01" type slot "\x01". Literals of equal type and value share a slot, so the key also
    // says which literals are equal (the compiler compares expressions with them).
    std::string key;
    std::vector<LiteralToken> literals;   // in text order
    std::vector<ast::Literal> values;     // per slot
};

// Same type and value (what gives two literals one slot).
inline bool same_literal(const ast::Literal& a, const ast::Literal& b) {
    if (a.index() != b.index()) return false;
    return std::visit(
        [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ast::Null>) return true;
            else return x == std::get<T>(b);
        },
        a);
}

// The next statement at or after `from`; nullopt when only blanks, comments and ';' remain.
std::optional<NormalisedStatement> next_statement(std::string_view text, std::size_t from);
// The same into `n`, reusing its buffers (a loop over many statements); false at the end.
bool next_statement(std::string_view text, std::size_t from, NormalisedStatement& n);

// The position of `offset` in text, counted on from `at` (a position at or before it).
SourcePos advance_position(std::string_view text, SourcePos at, std::size_t offset);

}  // namespace liverkg::parser

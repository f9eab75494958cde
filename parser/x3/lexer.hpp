#pragma once
// Character-level scanning shared by the grammar primitives and the parse driver.
//
// Plain C++ (no Spirit): the X3 primitives in common.hpp call these functions, so
// the lexical rules (what a name, a number or a string is) live in one place and
// are compiled once.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parser/ast.hpp"

namespace liverkg::parser::x3p {

// Skips whitespace (ASCII and the Unicode spaces Cypher allows) and comments.
// An unterminated /* comment runs to the end.
const char* skip_blank(const char* p, const char* end);
// False for a character that certainly starts no blank (printable ASCII other than '/').
inline bool may_start_blank(char c) {
    auto u = static_cast<unsigned char>(c);
    return u <= ' ' || u >= 0x80 || u == '/';
}

// Length in bytes of the identifier character at p (0 when p does not start one).
std::size_t ident_start_len(const char* p, const char* end);
std::size_t ident_part_len(const char* p, const char* end);

// Decodes the code point at p; returns its byte length (at least 1, even for bad UTF-8).
std::size_t decode_utf8(const char* p, const char* end, char32_t& cp);
void append_utf8(std::string& out, char32_t cp);

// The closer matching the bracket at `open` ('(', '[' or '{'), skipping strings,
// quoted names and comments; null when the brackets do not balance.
const char* matching_close(const char* open, const char* end);
// True when the bracket at `open` holds a ',' outside any nested bracket.
bool has_top_level_comma(const char* open, const char* end);

// Every bracket of [begin, end) in one pass, in text order: the same answers as
// matching_close and has_top_level_comma for each, without a scan per question.
struct BracketSpan {
    std::uint32_t open;
    std::uint32_t close;   // kUnclosed when the brackets do not balance
    bool top_level_comma;
    static constexpr std::uint32_t kUnclosed = 0xffffffff;
};
std::vector<BracketSpan> bracket_spans(const char* begin, const char* end);

// End of the last token in [begin, end): trailing blanks and comments excluded.
const char* last_token_end(const char* begin, const char* end);

// True for the words that cannot be bare variable or function names (kReserved in
// parser/keywords.hpp).
bool is_reserved(std::string_view word);
// Whether word, ignoring ASCII case, is one of upper_words (written in upper case, at most
// kLongestWord letters long). A template over the word list: the grammar asks it for nearly
// every name it tries, and a constant list compiles to a few comparisons.
inline constexpr std::size_t kLongestWord = 10;   // CONSTRAINT, DESCENDING
template <typename Words>
bool is_one_of_words(std::string_view word, const Words& upper_words) {
    // Asked for every name the grammar tries: upper-case into a local buffer, no allocation.
    if (word.empty() || word.size() > kLongestWord) return false;
    char buf[kLongestWord];
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = word[i];
        buf[i] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    std::string_view upper(buf, word.size());
    for (std::string_view w : upper_words)
        if (w.size() == upper.size() && w[0] == upper[0] && w == upper) return true;
    return false;
}


enum class LexStatus { Ok, NoMatch, Error };

// A lexical failure that makes the whole statement invalid wherever it occurs.
struct LexIssue {
    const char* code = "UnexpectedSyntax";
    std::string message;
    const char* where = nullptr;
    bool at_end = false;   // the input ended inside the token (incomplete)
};

struct NumberToken {
    LexStatus status = LexStatus::NoMatch;
    std::size_t length = 0;
    ast::Literal value;
    LexIssue issue;
};
// negative: the caller consumed a unary minus, so -2^63 is representable.
NumberToken lex_number(const char* p, const char* end, bool negative);

struct TextToken {
    LexStatus status = LexStatus::NoMatch;
    std::size_t length = 0;
    std::string value;
    LexIssue issue;
};
// '...' or "..." with escapes.
TextToken lex_string(const char* p, const char* end);
// A plain name (letters, digits, _) or a `back-ticked` one (`` escapes a backtick).
TextToken lex_name(const char* p, const char* end);

}  // namespace liverkg::parser::x3p

#include "parser/x3/lexer.hpp"

#include "parser/keywords.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace liverkg::parser::x3p {

std::size_t decode_utf8(const char* p, const char* end, char32_t& cp) {
    utf8proc_int32_t c = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(p), end - p, &c);
    if (n <= 0 || c < 0) {
        cp = 0xFFFD;
        return 1;
    }
    cp = static_cast<char32_t>(c);
    return static_cast<std::size_t>(n);
}

void append_utf8(std::string& out, char32_t cp) {
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

namespace {

bool is_unicode_space(char32_t cp) {
    return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

bool is_unicode_letter(char32_t cp) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        return true;
    default:
        return false;
    }
}

bool is_unicode_ident_part(char32_t cp) {
    if (is_unicode_letter(cp)) return true;
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
        return true;
    default:
        return false;
    }
}

// Length of one blank unit at p: a space, a comment, or 0.
std::size_t blank_len(const char* p, const char* end) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (c == '/' && end - p >= 2 && p[1] == '/') {
        const char* q = std::find(p + 2, end, '\n');
        return static_cast<std::size_t>(q - p);
    }
    if (c == '/' && end - p >= 2 && p[1] == '*') {
        for (const char* q = p + 2; q + 1 < end; ++q)
            if (q[0] == '*' && q[1] == '/') return static_cast<std::size_t>(q + 2 - p);
        return static_cast<std::size_t>(end - p);
    }
    if (c >= 0x80) {
        char32_t cp;
        std::size_t n = decode_utf8(p, end, cp);
        if (is_unicode_space(cp)) return n;
    }
    return 0;
}

}  // namespace

const char* skip_blank(const char* p, const char* end) {
    while (p < end) {
        // Most calls stand on a token or a single space: decide those without blank_len.
        unsigned char c = static_cast<unsigned char>(*p);
        if (c == ' ') {
            ++p;
            continue;
        }
        if (!may_start_blank(static_cast<char>(c))) break;
        std::size_t n = blank_len(p, end);
        if (n == 0) break;
        p += n;
    }
    return p;
}

namespace {
bool ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
}  // namespace

std::size_t ident_start_len(const char* p, const char* end) {
    if (p >= end) return 0;
    unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x80) return (ascii_letter(c) || c == '_') ? 1 : 0;
    char32_t cp;
    std::size_t n = decode_utf8(p, end, cp);
    return is_unicode_letter(cp) ? n : 0;
}

std::size_t ident_part_len(const char* p, const char* end) {
    if (p >= end) return 0;
    unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x80) return (ascii_letter(c) || ascii_digit(c) || c == '_') ? 1 : 0;
    char32_t cp;
    std::size_t n = decode_utf8(p, end, cp);
    return is_unicode_ident_part(cp) ? n : 0;
}

namespace {

// Past the string, quoted name or comment starting at p, or p itself.
const char* skip_opaque(const char* p, const char* end) {
    if (*p == '\'' || *p == '"' || *p == '`') {
        const char quote = *p;
        for (const char* q = p + 1; q < end; ++q) {
            if (*q == '\\' && quote != '`') ++q;
            else if (*q == quote) return q + 1;
        }
        return end;
    }
    std::size_t n = blank_len(p, end);
    return n ? p + n : p;
}

// Walks the bracket at `open`; calls on_top(c) for each character at depth 1.
template <typename OnTop>
const char* walk_bracket(const char* open, const char* end, OnTop on_top) {
    int depth = 0;
    for (const char* p = open; p < end;) {
        const char* next = skip_opaque(p, end);
        if (next != p) {
            p = next;
            continue;
        }
        if (*p == '(' || *p == '[' || *p == '{') ++depth;
        else if (*p == ')' || *p == ']' || *p == '}') {
            if (--depth == 0) return p;
        } else if (depth == 1) on_top(*p);
        ++p;
    }
    return nullptr;
}

}  // namespace

const char* matching_close(const char* open, const char* end) {
    return walk_bracket(open, end, [](char) {});
}

const char* last_token_end(const char* begin, const char* end) {
    // Without a '/' in the text there is no comment, so the trailing blanks are plain
    // whitespace (ASCII or Unicode spaces) and can be dropped from the end. That is
    // the usual case and spares a scan of every token.
    if (std::memchr(begin, '/', static_cast<std::size_t>(end - begin)) == nullptr) {
        const char* q = end;
        while (q > begin) {
            unsigned char c = static_cast<unsigned char>(q[-1]);
            if (c >= 0x80) break;   // possibly a Unicode space: let the full scan decide
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return q;
            --q;
        }
        if (q == begin) return begin;
    }
    const char* last = begin;
    for (const char* p = skip_blank(begin, end); p < end; p = skip_blank(p, end)) {
        const char* next = skip_opaque(p, end);  // a whole string or quoted name
        p = (next != p) ? next : p + 1;
        last = std::min(p, end);
    }
    return last;
}

bool has_top_level_comma(const char* open, const char* end) {
    bool comma = false;
    walk_bracket(open, end, [&](char c) { comma = comma || c == ','; });
    return comma;
}

std::vector<BracketSpan> bracket_spans(const char* begin, const char* end) {
    std::vector<BracketSpan> spans;
    std::vector<std::size_t> open;   // indexes into spans of the brackets not yet closed
    for (const char* p = begin; p < end;) {
        const char* next = skip_opaque(p, end);
        if (next != p) {
            p = next;
            continue;
        }
        auto at = static_cast<std::uint32_t>(p - begin);
        if (*p == '(' || *p == '[' || *p == '{') {
            open.push_back(spans.size());
            spans.push_back({at, BracketSpan::kUnclosed, false});
        } else if (*p == ')' || *p == ']' || *p == '}') {
            // Any closer ends the innermost bracket, as walk_bracket counts them.
            if (!open.empty()) {
                spans[open.back()].close = at;
                open.pop_back();
            }
        } else if (*p == ',' && !open.empty()) {
            spans[open.back()].top_level_comma = true;
        }
        ++p;
    }
    return spans;
}

namespace {
// is_one_of_words reads at most kLongestWord letters.
template <std::size_t N>
constexpr bool all_short(const std::array<std::string_view, N>& words) {
    for (std::string_view w : words)
        if (w.size() > kLongestWord) return false;
    return true;
}
static_assert(all_short(kReservedWords) && all_short(kExpressionEnders));
}  // namespace

bool is_reserved(std::string_view word) {
    if (word.size() < 2) return false;   // one-letter names (n, a, p) are the commonest
    return is_one_of_words(word, kReservedWords);
}

TextToken lex_name(const char* p, const char* end) {
    TextToken t;
    if (p < end && *p == '`') {
        for (const char* q = p + 1; q < end; ++q) {
            if (*q != '`') {
                t.value.push_back(*q);
                continue;
            }
            if (q + 1 < end && q[1] == '`') {  // `` inside a quoted name is one backtick
                t.value.push_back('`');
                ++q;
                continue;
            }
            t.status = LexStatus::Ok;  // `` is a valid (empty) name, e.g. a map key
            t.length = static_cast<std::size_t>(q + 1 - p);
            return t;
        }
        t.status = LexStatus::Error;
        t.issue = {"UnexpectedSyntax", "unterminated quoted name", p, true};
        return t;
    }
    std::size_t n = ident_start_len(p, end);
    if (n == 0) return t;
    const char* q = p + n;
    while (std::size_t m = ident_part_len(q, end)) q += m;
    t.status = LexStatus::Ok;
    t.length = static_cast<std::size_t>(q - p);
    t.value.assign(p, q);
    return t;
}

}  // namespace liverkg::parser::x3p

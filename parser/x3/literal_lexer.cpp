// Number and string literals: the lexical rules and their openCypher error codes.
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

#include "parser/x3/lexer.hpp"

namespace liverkg::parser::x3p {
namespace {

bool is_digit(const char* p, const char* end) {
    return p < end && std::isdigit(static_cast<unsigned char>(*p));
}

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

NumberToken number_error(const char* code, std::string message, const char* where) {
    NumberToken t;
    t.status = LexStatus::Error;
    t.issue = {code, std::move(message), where, false};
    return t;
}

// A number glued to a name character (`9x`, `0x1j`) or to another fraction (`1.2.3`)
// is one malformed token, not two.
bool has_bad_tail(const char* q, const char* end) {
    if (ident_part_len(q, end) > 0) return true;
    return q < end && *q == '.' && is_digit(q + 1, end);
}

NumberToken make_integer(const char* p, const char* digits, const char* q, int base, bool negative) {
    // 2^63 is allowed only when a unary minus makes it INT64_MIN.
    const unsigned long long limit = negative ? 9223372036854775808ULL : 9223372036854775807ULL;
    unsigned long long v = 0;
    for (const char* d = digits; d < q; ++d) {
        unsigned long long dv = static_cast<unsigned long long>(digit_value(*d));
        if (v > (limit - dv) / static_cast<unsigned long long>(base))
            return number_error("IntegerOverflow",
                                "integer literal is too large: " + std::string(p, q), p);
        v = v * static_cast<unsigned long long>(base) + dv;
    }
    NumberToken t;
    t.status = LexStatus::Ok;
    t.length = static_cast<std::size_t>(q - p);
    if (negative)
        t.value = v == 9223372036854775808ULL ? std::numeric_limits<std::int64_t>::min()
                                              : -static_cast<std::int64_t>(v);
    else
        t.value = static_cast<std::int64_t>(v);
    return t;
}

NumberToken lex_prefixed(const char* p, const char* end, bool negative) {
    const int base = (p[1] == 'x' || p[1] == 'X') ? 16 : 8;
    const char* digits = p + 2;
    const char* q = digits;
    while (q < end && digit_value(*q) < base) ++q;
    if (q == digits || has_bad_tail(q, end)) {
        const char* tail = q;
        while (std::size_t n = ident_part_len(tail, end)) tail += n;
        return number_error("InvalidNumberLiteral",
                            "invalid number literal: " + std::string(p, tail), p);
    }
    return make_integer(p, digits, q, base, negative);
}

NumberToken make_float(const char* p, const char* q, bool negative) {
    double v = 0;
    auto res = std::from_chars(p, q, v);
    if (res.ec == std::errc::result_out_of_range || !std::isfinite(v)) {
        // from_chars reports underflow as out of range too; only overflow is an error.
        bool huge = res.ec != std::errc::result_out_of_range || std::abs(v) > 1.0;
        if (huge || std::strtod(std::string(p, q).c_str(), nullptr) != 0.0)
            return number_error("FloatingPointOverflow",
                                "floating point literal is too large: " + std::string(p, q), p);
        v = 0.0;
    }
    NumberToken t;
    t.status = LexStatus::Ok;
    t.length = static_cast<std::size_t>(q - p);
    t.value = negative ? -v : v;
    return t;
}

}  // namespace

NumberToken lex_number(const char* p, const char* end, bool negative) {
    if (!(is_digit(p, end) || (p < end && *p == '.' && is_digit(p + 1, end)))) return {};
    if (*p == '0' && end - p >= 2 && (p[1] == 'x' || p[1] == 'X' || p[1] == 'o' || p[1] == 'O'))
        return lex_prefixed(p, end, negative);
    const char* q = p;
    while (is_digit(q, end)) ++q;
    bool is_float = false;
    if (q < end && *q == '.' && is_digit(q + 1, end)) {
        is_float = true;
        for (++q; is_digit(q, end);) ++q;
    }
    if (q < end && (*q == 'e' || *q == 'E')) {
        const char* e = q + 1;
        if (e < end && (*e == '+' || *e == '-')) ++e;
        if (is_digit(e, end)) {
            is_float = true;
            for (q = e; is_digit(q, end);) ++q;
        }
    }
    if (has_bad_tail(q, end)) {
        const char* tail = q;
        while (tail < end && (ident_part_len(tail, end) > 0 || *tail == '.'))
            tail += std::max<std::size_t>(1, ident_part_len(tail, end));
        return number_error("InvalidNumberLiteral",
                            "invalid number literal: " + std::string(p, tail), p);
    }
    if (is_float) return make_float(p, q, negative);
    return make_integer(p, p, q, 10, negative);
}

namespace {

// Reads \uXXXX (4 digits) or \UXXXXXXXX (8 digits) at p (which points at the u/U).
bool read_unicode_escape(const char*& p, const char* end, char32_t& cp) {
    int digits = (*p == 'u') ? 4 : 8;
    const char* q = p + 1;
    char32_t v = 0;
    for (int i = 0; i < digits; ++i, ++q) {
        if (q >= end || digit_value(*q) >= 16) return false;
        v = v * 16 + static_cast<char32_t>(digit_value(*q));
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
    cp = v;
    p = q - 1;
    return true;
}

char simple_escape(char c) {
    switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'b': return '\b';
    case 'f': return '\f';
    default: return 0;
    }
}

TextToken string_error(const char* code, std::string message, const char* where, bool at_end) {
    TextToken t;
    t.status = LexStatus::Error;
    t.issue = {code, std::move(message), where, at_end};
    return t;
}

}  // namespace

TextToken lex_string(const char* p, const char* end) {
    if (p >= end || (*p != '\'' && *p != '"')) return {};
    const char quote = *p;
    TextToken t;
    const char* plain = p + 1;   // characters from here to q are copied as they are, in one go
    for (const char* q = p + 1; q < end; ++q) {
        if (*q == quote) {
            t.value.append(plain, q);
            t.status = LexStatus::Ok;
            t.length = static_cast<std::size_t>(q + 1 - p);
            return t;
        }
        if (*q != '\\') continue;
        t.value.append(plain, q);
        const char* esc = q;
        if (++q >= end) break;
        if (*q == 'u' || *q == 'U') {
            char32_t cp = 0;
            if (!read_unicode_escape(q, end, cp))
                return string_error("InvalidUnicodeLiteral", "invalid unicode escape sequence",
                                    esc, false);
            append_utf8(t.value, cp);
        } else if (char c = simple_escape(*q)) {
            t.value.push_back(c);
        } else {
            return string_error("UnexpectedSyntax",
                                std::string("invalid escape sequence '\\") + *q + "'", esc, false);
        }
        plain = q + 1;   // q is on the escape's last character
    }
    return string_error("UnexpectedSyntax", "unterminated string literal", p, true);
}

}  // namespace liverkg::parser::x3p

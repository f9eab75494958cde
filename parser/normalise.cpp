// The normalising pass: blanks, comments, names and punctuation are copied into the key as
// written; number and string literals become placeholders. Anything the pass cannot read
// hands the rest of the text to the parser (NormalisedStatement::cacheable).
#include "parser/normalise.hpp"

#include <array>
#include <iterator>

#include "parser/x3/lexer.hpp"

namespace liverkg::parser {
namespace {

using x3p::LexStatus;

// Beyond this many literals a statement is not cached: the slots are found by a linear
// search, and statements that long are rarely repeated.
constexpr std::size_t kMaxLiterals = 256;

bool word_is(std::string_view word, std::string_view upper) {
    if (word.size() != upper.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = word[i];
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c != upper[i]) return false;
    }
    return true;
}

bool starts_number(const char* p, const char* end) {
    auto digit = [&](const char* q) { return q < end && *q >= '0' && *q <= '9'; };
    return digit(p) || (*p == '.' && digit(p + 1));
}

constexpr bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
constexpr bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// ASCII letters, digits and '_', by byte (names are most of a statement's characters).
constexpr std::array<bool, 256> kNamePart = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = ascii_letter(static_cast<char>(c)) || ascii_digit(static_cast<char>(c));
    return t;
}();

// The end of a plain ASCII name at p, or null when p starts none or the name goes on in
// non-ASCII letters (the lexer's own rules decide those).
const char* ascii_name_end(const char* p, const char* end) {
    if (!ascii_letter(*p)) return nullptr;
    const char* q = p + 1;
    while (q < end && kNamePart[static_cast<unsigned char>(*q)]) ++q;
    return q < end && static_cast<unsigned char>(*q) >= 0x80 ? nullptr : q;
}

// ASCII characters that are a token alone and are copied into the key as written: everything
// printable but letters, digits and '_' (names, numbers), quotes and '`' (strings, quoted
// names), '.' (may start a number), '/' (may start a comment), '$' (a parameter) and ';'.
constexpr bool plain_punctuation(unsigned char c) {
    if (c <= ' ' || c >= 0x7F) return false;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return false;
    switch (c) {
    case '_': case '\'': case '"': case '`': case '.': case '/': case '$': case ';': return false;
    default: return true;
    }
}

class Normaliser {
public:
    Normaliser(std::string_view text, NormalisedStatement& n) : text_(text), n_(n) {}

    // Reads from p to the statement's ';' (or the end); false when the rest goes to the parser.
    bool run(const char* p) {
        const char* end = text_.data() + text_.size();
        copied_ = p;
        n_.key.reserve(256);
        while (p < end && *p != ';') {
            // The common cases first: a single space, punctuation.
            if (*p == ' ' || plain_punctuation(static_cast<unsigned char>(*p))) {
                ++p;
                continue;
            }
            if (x3p::may_start_blank(*p)) {
                const char* b = x3p::skip_blank(p, end);
                if (b != p) {
                    p = b;
                    continue;
                }
            }
            if (*p == '\'' || *p == '"') {
                auto t = x3p::lex_string(p, end);
                if (t.status == LexStatus::Ok) p = literal(p, t.length, ast::Literal(std::move(t.value)));
                else if (!(p = past_quoted(p, end))) return false;
            } else if (starts_number(p, end)) {
                // A number the lexer refuses alone (2^63 needs its '-') stays as written and
                // keeps the statement out of the cache; the parser decides.
                auto t = x3p::lex_number(p, end, false);
                if (t.status == LexStatus::Ok) {
                    p = literal(p, t.length, std::move(t.value));
                } else {
                    n_.cacheable = false;
                    ++p;
                }
            } else if (const char* q = ascii_name_end(p, end)) {
                p = q;
            } else if (*p == '`' || x3p::ident_start_len(p, end) > 0) {
                auto t = x3p::lex_name(p, end);
                if (t.status != LexStatus::Ok || t.length == 0) return false;
                p += t.length;
            } else {
                // $name: parameters are compiled into the plan. \x01 would look like a placeholder.
                if (*p == '$' || *p == '\x01') n_.cacheable = false;
                ++p;
            }
        }
        n_.key.append(copied_, p);
        n_.end = static_cast<std::size_t>(p - text_.data()) + (p < end ? 1 : 0);
        return true;
    }

private:
    // Past a string with a bad escape (the statement is then not cached), or null.
    const char* past_quoted(const char* p, const char* end) {
        n_.cacheable = false;
        for (const char* q = p + 1; q < end; ++q) {
            if (*q == '\\') ++q;
            else if (*q == *p) return q + 1;
        }
        return nullptr;
    }

    const char* literal(const char* p, std::size_t length, ast::Literal value) {
        if (n_.literals.size() >= kMaxLiterals) {
            n_.cacheable = false;
            return p + length;
        }
        std::uint32_t slot = slot_of(std::move(value));
        n_.key.append(copied_, p);
        static const char tags[] = {'n', 'b', 'i', 'f', 's'};   // by ast::Literal's index
        char digits[12];
        char* d = std::end(digits);
        std::uint32_t v = slot;
        do *--d = static_cast<char>('0' + v % 10); while (v /= 10);
        n_.key += '\x01';
        n_.key += tags[n_.values[slot].index()];
        n_.key.append(d, std::end(digits));
        n_.key += '\x01';
        n_.literals.push_back({static_cast<std::uint32_t>(p - text_.data()), static_cast<std::uint32_t>(length), slot});
        copied_ = p + length;
        return copied_;
    }

    // Literals of one type and value share a slot (a variant compares its type first).
    std::uint32_t slot_of(ast::Literal value) {
        for (std::size_t i = 0; i < n_.values.size(); ++i)
            if (same_literal(n_.values[i], value)) return static_cast<std::uint32_t>(i);
        n_.values.push_back(std::move(value));
        return static_cast<std::uint32_t>(n_.values.size() - 1);
    }

    std::string_view text_;
    NormalisedStatement& n_;
    const char* copied_ = nullptr;   // text before this is in the key
};

}  // namespace

bool next_statement(std::string_view text, std::size_t from, NormalisedStatement& n) {
    const char* begin = text.data();
    const char* end = begin + text.size();
    const char* p = begin + std::min(from, text.size());
    while (true) {
        p = x3p::skip_blank(p, end);
        if (p == end) return false;
        if (*p != ';') break;
        ++p;
    }
    // The buffers keep their capacity from one statement to the next.
    n.key.clear();
    n.literals.clear();
    n.values.clear();
    n.literals.reserve(8);
    n.values.reserve(8);
    n.mode = ast::StatementMode::Run;
    n.end = 0;
    n.begin = static_cast<std::size_t>(p - begin);
    n.cacheable = true;
    // EXPLAIN and PROFILE run the same plan: the key leaves them out.
    if (x3p::ident_start_len(p, end) > 0) {
        auto word = x3p::lex_name(p, end);
        std::string_view w(p, word.length);
        if (word.status == LexStatus::Ok && (word_is(w, "EXPLAIN") || word_is(w, "PROFILE"))) {
            n.mode = word_is(w, "EXPLAIN") ? ast::StatementMode::Explain : ast::StatementMode::Profile;
            p = x3p::skip_blank(p + word.length, end);
        }
    }
    n.body = static_cast<std::size_t>(p - begin);
    if (!Normaliser(text, n).run(p)) {
        n.cacheable = false;
        n.end = text.size();
    }
    return true;
}

std::optional<NormalisedStatement> next_statement(std::string_view text, std::size_t from) {
    NormalisedStatement n;
    if (!next_statement(text, from, n)) return std::nullopt;
    return n;
}

SourcePos advance_position(std::string_view text, SourcePos at, std::size_t offset) {
    for (std::size_t i = at.offset; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++at.column;
        }
    }
    at.offset = static_cast<std::uint32_t>(offset);
    return at;
}

}  // namespace liverkg::parser

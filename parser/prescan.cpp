#include "parser/prescan.hpp"

#include <string>

#include "parser/x3/error_handler.hpp"

namespace liverkg::parser {
namespace {

// Byte offset -> 1-based line and code-point column.
SourcePos position_of(std::string_view text, std::size_t offset) {
    SourcePos pos{static_cast<std::uint32_t>(offset), 1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

PrescanIssue issue(std::string_view text, std::size_t offset, std::string message, bool at_end) {
    return {Error{ErrorKind::SyntaxError, "UnexpectedSyntax", std::move(message),
                  position_of(text, offset)},
            at_end};
}

std::optional<PrescanIssue> scan(std::string_view text);

// Index just past the closing quote of the string or name opened at i, or npos.
std::size_t skip_quoted(std::string_view text, std::size_t i) {
    const char quote = text[i];
    for (std::size_t j = i + 1; j < text.size(); ++j) {
        if (quote != '`' && text[j] == '\\') {
            ++j;
        } else if (text[j] == quote) {
            if (quote == '`' && j + 1 < text.size() && text[j + 1] == '`') {
                ++j;  // `` inside a quoted name
                continue;
            }
            return j + 1;
        }
    }
    return std::string_view::npos;
}

}  // namespace

std::optional<PrescanIssue> prescan(std::string_view text, SourcePos origin) {
    auto found = scan(text);
    if (found && found->error.pos) found->error.pos = x3p::place_in(origin, *found->error.pos);
    return found;
}

namespace {

std::optional<PrescanIssue> scan(std::string_view text) {
    int depth = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (c == '/' && next == '/') {
            std::size_t nl = text.find('\n', i);
            i = nl == std::string_view::npos ? text.size() : nl;
        } else if (c == '/' && next == '*') {
            std::size_t close = text.find("*/", i + 2);
            if (close == std::string_view::npos)
                return issue(text, i, "unterminated comment", true);
            i = close + 2;
        } else if (c == '\'' || c == '"' || c == '`') {
            std::size_t after = skip_quoted(text, i);
            if (after == std::string_view::npos)
                return issue(text, i,
                             c == '`' ? "unterminated quoted name" : "unterminated string literal",
                             true);
            i = after;
        } else {
            if (c == '(' || c == '[' || c == '{') {
                if (++depth > x3p::max_nesting_depth)
                    return issue(text, i,
                                 "brackets nested too deeply (the limit is " +
                                     std::to_string(x3p::max_nesting_depth) + " levels)",
                                 false);
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                --depth;
            }
            ++i;
        }
    }
    return std::nullopt;
}

}  // namespace

}  // namespace liverkg::parser

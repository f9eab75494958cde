#include "repl/error_render.hpp"

#include "base/text_escape.hpp"
#include "repl/format/text_width.hpp"

namespace liverkg::repl {
namespace {

std::string_view line_of(std::string_view text, std::uint32_t line) {
    std::size_t start = 0;
    for (std::uint32_t l = 1; l < line; ++l) {
        auto nl = text.find('\n', start);
        if (nl == std::string_view::npos) return {};
        start = nl + 1;
    }
    auto end = text.find('\n', start);
    auto s = text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    return s;
}

// Byte length of the first `n` code points of s (UTF-8 continuation bytes are 10xxxxxx).
std::size_t prefix_bytes(std::string_view s, std::uint32_t n) {
    std::size_t i = 0;
    for (std::uint32_t k = 0; k < n && i < s.size(); ++k) {
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xc0) == 0x80) ++i;
    }
    return i;
}

}  // namespace

// Messages quote paths and cells of files as they are: control characters and bytes that
// are not UTF-8 are escaped here, at the edge, so they cannot garble the terminal.
std::string error_headline(const Error& e) {
    std::string message = escape_for_message(e.message, true);
    if (e.kind == ErrorKind::LoadError) return message;
    std::string out = error_kind_name(e.kind);
    out += ": ";
    if (!e.code.empty() && e.message.rfind(e.code, 0) != 0) out += e.code + ": ";
    return out + message;
}

std::string caret_lines(std::string_view text, std::uint32_t line, std::uint32_t column) {
    std::string_view src = line_of(text, line);
    std::string out = "  " + std::string(src) + "\n  ";
    // Walk the code points before the spot: a tab stays a tab so the caret lines up whatever
    // the tab width, a wide character takes two columns.
    std::string_view before = src.substr(0, prefix_bytes(src, column > 0 ? column - 1 : 0));
    for (std::size_t i = 0; i < before.size();) {
        std::size_t len = prefix_bytes(before.substr(i), 1);
        if (before[i] == '\t') out += '\t';
        else out.append(display_width(before.substr(i, len)), ' ');
        i += len;
    }
    return out + "^";
}

std::string render_error(const Error& e, std::string_view source, std::string_view source_name) {
    std::string out = error_headline(e);
    if (!e.pos) return out;
    out += "\n  at ";
    if (!source_name.empty()) out += std::string(source_name) + ", ";
    out += "line " + std::to_string(e.pos->line) + ", column " + std::to_string(e.pos->column);
    if (!source.empty()) out += "\n" + caret_lines(source, e.pos->line, e.pos->column);
    return out;
}

}  // namespace liverkg::repl

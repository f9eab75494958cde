#include "repl/format/text_width.hpp"

#include <cstdint>

#ifdef LIVERKG_HAVE_UTF8PROC
#include <utf8proc.h>
#endif

namespace liverkg::repl {
namespace {

// Decodes one code point at s[i], advancing i; invalid bytes count as one code point each.
std::int32_t next_code_point(std::string_view s, std::size_t& i) {
    auto byte = static_cast<unsigned char>(s[i]);
    std::size_t len = byte < 0x80 ? 1 : (byte >> 5) == 6 ? 2 : (byte >> 4) == 14 ? 3
                                    : (byte >> 3) == 30 ? 4 : 1;
    if (i + len > s.size()) len = 1;
    std::int32_t cp = len == 1 ? byte : byte & (0x7f >> len);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
    i += len;
    return cp;
}

std::size_t code_point_width(std::int32_t cp) {
    if (cp < 0x80) return cp < 0x20 || cp == 0x7f ? 0 : 1;
#ifdef LIVERKG_HAVE_UTF8PROC
    int w = utf8proc_charwidth(cp);
    return w < 0 ? 0 : static_cast<std::size_t>(w);
#else
    return 1;
#endif
}

}  // namespace

std::size_t display_width(std::string_view s) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) width += code_point_width(next_code_point(s, i));
    return width;
}

std::string truncate_to_width(std::string_view s, std::size_t width) {
    if (display_width(s) <= width) return std::string(s);
    if (width == 0) return {};
    std::size_t used = 0, i = 0, cut = 0;
    while (i < s.size()) {
        std::size_t w = code_point_width(next_code_point(s, i));
        if (used + w > width - 1) break;   // keep one column for the ellipsis
        used += w;
        cut = i;
    }
    return std::string(s.substr(0, cut)) + "\u2026";
}

std::vector<std::string> wrap_to_width(std::string_view s, std::size_t width) {
    std::vector<std::string> lines;
    if (width == 0) width = 1;
    while (display_width(s) > width) {
        std::size_t used = 0, i = 0, cut = 0, space = std::string_view::npos;
        while (i < s.size()) {
            std::size_t start = i;
            std::size_t w = code_point_width(next_code_point(s, i));
            if (used + w > width) break;
            used += w;
            cut = i;
            if (s[start] == ' ') space = start;
        }
        if (cut == 0) cut = i;   // a single character wider than the line: take it anyway
        bool at_space = cut < s.size() && s[cut] == ' ';
        std::size_t end = at_space || space == std::string_view::npos || space == 0 ? cut : space;
        std::string_view line = s.substr(0, end);
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
        lines.emplace_back(line);
        s.remove_prefix(end);
        while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    }
    lines.emplace_back(s);
    return lines;
}

}  // namespace liverkg::repl

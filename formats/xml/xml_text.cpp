// Escaping for XML. Checks UTF-8 as it goes: a malformed sequence would make the whole file
// unreadable to every XML parser, so it is replaced rather than copied.
#include "formats/xml/xml_text.hpp"

#include <cstdint>

namespace liverkg::formats::xml {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";   // U+FFFD

// Length of the well-formed UTF-8 sequence starting at s[i] (1..4), or 0 when malformed.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    std::uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < n; ++k) {
        auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (c & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8; U+FFFE/FFFF are not XML.
    static constexpr std::uint32_t min_of[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_of[n] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF || cp == 0xFFFE || cp == 0xFFFF)
        return 0;
    return n;
}

std::string escape(std::string_view s, bool in_attribute) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::size_t n = utf8_length(s, i);
        if (n == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        char c = s[i];
        if (n > 1) out.append(s.substr(i, n));
        else if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '\r') out += "&#13;";
        else if (in_attribute && c == '"') out += "&quot;";
        else if (in_attribute && c == '\n') out += "&#10;";
        else if (in_attribute && c == '\t') out += "&#9;";
        else if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') out += kReplacement;
        else out += c;
        i += n;
    }
    return out;
}

}  // namespace

std::string text(std::string_view s) { return escape(s, false); }
std::string attribute(std::string_view s) { return escape(s, true); }

}  // namespace liverkg::formats::xml

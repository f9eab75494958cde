#pragma once
// Terminal display width of UTF-8 text: CJK and other wide characters count 2 columns,
// combining marks 0 (with utf8proc; without it every code point counts 1).
#include <cstddef>
#include <string>
#include <string_view>

namespace liverkg::repl {

std::size_t display_width(std::string_view utf8);

// The longest prefix of s that fits in `width` columns, ending in "…" when something was cut.
std::string truncate_to_width(std::string_view s, std::size_t width);

}  // namespace liverkg::repl

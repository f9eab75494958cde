#pragma once
// Terminal display width of UTF-8 text: CJK and other wide characters count 2 columns,
// combining marks 0 (with utf8proc; without it every code point counts 1).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace liverkg::repl {

std::size_t display_width(std::string_view utf8);

// The longest prefix of s that fits in `width` columns, ending in "…" when something was cut.
std::string truncate_to_width(std::string_view s, std::size_t width);

// s cut into lines of at most `width` columns (width >= 1), as psql's wrapped format does: a line
// breaks after the last space that fits, or inside a word longer than the line. Spaces at a break
// are dropped. Empty text gives one empty line.
std::vector<std::string> wrap_to_width(std::string_view s, std::size_t width);

}  // namespace liverkg::repl

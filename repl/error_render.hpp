#pragma once
// The one place an Error becomes text (errors are values until they reach the edge).
#include <string>
#include <string_view>

#include "base/error.hpp"

namespace liverkg::repl {

// First line: "<Class>: <Code>: <message>" (the openCypher class first, as the command-line
// contract requires; the code only when there is one). Load errors are their message alone
// ("FILE:LINE: message"). With a position and the source text, three more lines follow:
//   "  at line L, column C", the source line, and a caret under the spot.
// `source_name` (a file) prefixes the location: "  at FILE, line L, column C".
std::string render_error(const Error& e, std::string_view source = {},
                         std::string_view source_name = {});

// The first line alone.
std::string error_headline(const Error& e);

// The source line `line` (1-based) of text, and a caret line pointing at `column`
// (tabs kept, wide characters counted twice so the caret lands under the spot).
std::string caret_lines(std::string_view text, std::uint32_t line, std::uint32_t column);

}  // namespace liverkg::repl

#pragma once
// Text inside XML (GraphML): escaped so that any property value survives a parser unchanged.
#include <string>
#include <string_view>

namespace liverkg::formats::xml {

// Element text: & < > escaped, CR as &#13; (a parser would turn CR LF into LF). Characters
// XML 1.0 cannot hold at all (NUL and the other C0 controls but tab and line feed) and
// malformed UTF-8 become U+FFFD, so the file stays well-formed; they are the one loss.
std::string text(std::string_view s);

// An attribute value in double quotes: as text(), plus " escaped and tab and LF as character
// references (a parser turns them into spaces otherwise).
std::string attribute(std::string_view s);

}  // namespace liverkg::formats::xml

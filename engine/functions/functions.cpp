// Helpers shared by the built-in functions.
#include <algorithm>

#include "engine/functions/functions.hpp"

namespace liverkg::engine {

[[noreturn]] void bad_argument(const char* fn, const Value& v) {
    raise(ErrorKind::TypeError, "InvalidArgumentType",
          std::string(fn) + "() does not accept " + with_article(type_name(v)));
}

std::int64_t utf8_length(const std::string& s) {
    return static_cast<std::int64_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace liverkg::engine

#include "repl/version.hpp"

namespace liverkg::repl {
const char* version() { return LIVERKG_VERSION; }
}  // namespace liverkg::repl

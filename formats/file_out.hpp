#pragma once
// Writing one output file with the error a user can act on ("cannot write PATH: reason").
#include <functional>
#include <iosfwd>
#include <string>

namespace liverkg::formats {

// Opens PATH for writing (truncating it), lets `body` write, flushes; throws
// std::runtime_error("cannot write PATH: <strerror>") when any step fails.
void write_file(const std::string& path, const std::function<void(std::ostream&)>& body);

}  // namespace liverkg::formats

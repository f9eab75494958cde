#pragma once
// Writing one output file with the error a user can act on ("cannot write PATH: reason").
#include <functional>
#include <iosfwd>
#include <string>

namespace liverkg::formats {

// Lets `body` write the text of PATH, then writes it atomically (base/atomic_file.hpp: a
// temporary file beside PATH, fsync, rename), so a failure leaves the old PATH as it was.
// Throws std::runtime_error("cannot write PATH: <reason>") when any step fails.
void write_file(const std::string& path, const std::function<void(std::ostream&)>& body);

}  // namespace liverkg::formats

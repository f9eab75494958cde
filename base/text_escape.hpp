#pragma once
// Text from outside (paths, cells of a file) shown in a message: printable as it is when it is
// valid UTF-8 without control characters, escaped otherwise, so a binary file or a name with
// a terminal escape in it cannot garble or drive the user's terminal.
#include <string>
#include <string_view>

namespace liverkg {

// Control characters become \t, \r, \n or \xNN, DEL and bytes that are not part of valid
// UTF-8 become \xNN, and a backslash stays a backslash; everything else is kept.
// keep_newlines: a '\n' stays (for whole messages of several lines).
std::string escape_for_message(std::string_view text, bool keep_newlines = false);

}  // namespace liverkg

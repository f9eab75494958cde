#pragma once
// Scripts (-c, -f FILE, piped stdin): Cypher statements and, on lines of their own between
// statements, the shell's meta-commands (`:param`, `:format`, `:export` ...), the way sqlite3
// reads dot-commands and cypher-shell `:param` in a file.
#include <string_view>

#include "repl/session.hpp"

namespace liverkg::repl {

// Runs the script; stops at the first failing statement or meta-command. Errors name
// `source_name` (a file) and the line in the whole script.
RunStatus run_script(Session& session, std::string_view text, std::string_view source_name = {});

// Is this text, so far, a finished statement (or nothing but blank and comment lines)? Then a
// line starting with ':' is a meta-command; inside a statement it is Cypher (`(n\n:Label)`).
bool between_statements(std::string_view text);

}  // namespace liverkg::repl

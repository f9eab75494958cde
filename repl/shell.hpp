#pragma once
// The interactive shell: prompt, multi-line statements, meta-commands, history, completion,
// Ctrl-C and Ctrl-D. Runs until :quit or Ctrl-D; statement errors never end it.
#include <string>

#include "repl/cli_options.hpp"

namespace liverkg::repl {

class Session;

int run_shell(Session& session, const CliOptions& options);

// ~/.liverkg_history, moved by --history-file or $LIVERKG_HISTORY; "" (no history file) with
// --no-history or an empty $LIVERKG_HISTORY.
std::string history_path(const CliOptions& options);

// A statement is ready to run when it ends with ';' and the parser does not say the input
// stopped too early (an open string or bracket swallowing the ';').
bool statement_complete(const std::string& text);

}  // namespace liverkg::repl

#pragma once
// What we need to know about the terminal, in one place.
namespace liverkg::repl {

bool stdin_is_tty();
bool stdout_is_tty();
// Columns of the terminal on stdout; 0 when stdout is not a terminal.
int terminal_width();
// ANSI colours on stdout: a terminal, and NO_COLOR unset or empty (https://no-color.org).
bool use_color();

}  // namespace liverkg::repl

#pragma once
// The handlers behind the command table (commands.cpp); one function per command.
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "repl/commands.hpp"

namespace liverkg::repl {

void cmd_help(ShellState& s, std::string_view args);
void cmd_quit(ShellState& s, std::string_view args);
// commands_graph.cpp
void cmd_schema(ShellState& s, std::string_view args);
void cmd_stats(ShellState& s, std::string_view args);
void cmd_load(ShellState& s, std::string_view args);
void cmd_save(ShellState& s, std::string_view args);
void cmd_export(ShellState& s, std::string_view args);
// commands_settings.cpp
void cmd_format(ShellState& s, std::string_view args);
void cmd_timer(ShellState& s, std::string_view args);
void cmd_max_rows(ShellState& s, std::string_view args);
void cmd_set(ShellState& s, std::string_view args);
void cmd_param(ShellState& s, std::string_view args);
void cmd_params(ShellState& s, std::string_view args);
void cmd_history(ShellState& s, std::string_view args);
void cmd_clear(ShellState& s, std::string_view args);
// commands_tx.cpp
void cmd_begin(ShellState& s, std::string_view args);
void cmd_commit(ShellState& s, std::string_view args);
void cmd_rollback(ShellState& s, std::string_view args);
void cmd_checkpoint(ShellState& s, std::string_view args);

// Splits off the first whitespace-separated word of args; the rest is trimmed.
std::pair<std::string_view, std::string_view> split_word(std::string_view args);
std::string_view trim(std::string_view s);

// Splits off a path: a word, or text in '...' or "..." (a name with spaces; inside, a
// backslash escapes the quote or a backslash). The rest is trimmed. nullopt when a quote is
// not closed.
std::optional<std::pair<std::string, std::string_view>> split_path(std::string_view args);

}  // namespace liverkg::repl

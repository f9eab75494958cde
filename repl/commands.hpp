#pragma once
// The shell's meta-commands: ONE table of {name, arguments, help, handler}. :help is generated
// from it and an unknown command is answered with the nearest names in it.
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace liverkg::repl {

class Session;
class LineReader;

// What a command may touch.
struct ShellState {
    Session& session;
    LineReader& reader;
    std::ostream& out;
    std::ostream& err;
    bool quit = false;   // set by :quit; the shell still asks about unsaved changes
    bool failed = false; // the last command reported an error (a script stops there, exit 1)
    bool quiet = false;  // a script: settings change without "Format: json"-style confirmations
    // Where a command reports an error: marks it failed.
    std::ostream& fail() {
        failed = true;
        return err;
    }
    // Where a command confirms what it did: nowhere in a script, whose stdout is its results.
    std::ostream& confirm();
};

using CommandHandler = void (*)(ShellState& state, std::string_view args);

struct Command {
    std::string_view name;   // with its ':'
    std::string_view args;   // usage of the arguments, "" for none
    std::string_view help;   // one line
    CommandHandler handler;
};

std::span<const Command> commands();
const Command* find_command(std::string_view name);

// Levenshtein distance, for "did you mean".
std::size_t edit_distance(std::string_view a, std::string_view b);
// The commands closest to an unknown name (distance ≤ 2, or a prefix match), best first.
std::vector<std::string> suggest_commands(std::string_view name);

// Runs one ":name args" line.
void run_command(ShellState& state, std::string_view line);

// The :help text: all commands, or one command's usage and help.
std::string help_text(std::string_view name = {});

}  // namespace liverkg::repl

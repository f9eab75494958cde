// :begin, :commit, :rollback, :checkpoint — the transaction statements as meta-commands,
// as cypher-shell has them. Each runs the statement, so messages and errors are the same.
#include "repl/command_handlers.hpp"
#include "repl/session.hpp"

namespace liverkg::repl {
namespace {

void run_as_statement(ShellState& s, std::string_view args, const char* statement, const char* usage) {
    if (!trim(args).empty()) return void(s.fail() << "Usage: " << usage << " (no arguments)\n");
    if (s.session.run_text(statement) == RunStatus::Failed) s.failed = true;
}

}  // namespace

void cmd_begin(ShellState& s, std::string_view args) { run_as_statement(s, args, "BEGIN", ":begin"); }
void cmd_commit(ShellState& s, std::string_view args) { run_as_statement(s, args, "COMMIT", ":commit"); }
void cmd_rollback(ShellState& s, std::string_view args) { run_as_statement(s, args, "ROLLBACK", ":rollback"); }
void cmd_checkpoint(ShellState& s, std::string_view args) { run_as_statement(s, args, "CHECKPOINT", ":checkpoint"); }

}  // namespace liverkg::repl

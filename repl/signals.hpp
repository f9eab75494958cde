#pragma once
// Ctrl-C: at the prompt it clears the line; while a statement runs it sets the cancel flag
// the engine polls (RunOptions.cancel), so the statement stops and the graph is unchanged.
#include <atomic>

namespace liverkg::repl {

// Installs the SIGINT handler (without SA_RESTART, so a blocking read wakes up).
void install_interrupt_handler(std::atomic<bool>* cancel);
// True once after each Ctrl-C.
bool take_interrupt();
// Whether a Ctrl-C is waiting to be taken (does not take it).
bool interrupt_pending();

}  // namespace liverkg::repl

#include "repl/signals.hpp"

#include <csignal>

namespace liverkg::repl {
namespace {

volatile std::sig_atomic_t interrupted = 0;
std::atomic<bool>* cancel_flag = nullptr;
static_assert(std::atomic<bool>::is_always_lock_free, "the handler may only touch lock-free atomics");

extern "C" void on_sigint(int) {
    interrupted = 1;
    if (cancel_flag) cancel_flag->store(true);
}

}  // namespace

void install_interrupt_handler(std::atomic<bool>* cancel) {
    cancel_flag = cancel;
    struct sigaction sa {};
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, nullptr);
}

bool interrupt_pending() { return interrupted != 0; }

bool take_interrupt() {
    if (!interrupted) return false;
    interrupted = 0;
    return true;
}

}  // namespace liverkg::repl

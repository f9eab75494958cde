#include "repl/terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>

namespace liverkg::repl {

bool stdin_is_tty() { return ::isatty(STDIN_FILENO) == 1; }
bool stdout_is_tty() { return ::isatty(STDOUT_FILENO) == 1; }

// COLUMNS wins (as in psql and less), so a script or a test can ask for a width; then the
// terminal's own width; when neither is known, tables are never cut.
int terminal_width() {
    if (const char* columns = std::getenv("COLUMNS"); columns && *columns) {
        char* end = nullptr;
        long n = std::strtol(columns, &end, 10);
        if (end && *end == '\0' && n > 0 && n < 100'000) return static_cast<int>(n);
    }
    if (!stdout_is_tty()) return 0;
    winsize ws{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 80;
}

bool use_color() {
    const char* no_color = std::getenv("NO_COLOR");
    return stdout_is_tty() && (!no_color || !*no_color);
}

}  // namespace liverkg::repl

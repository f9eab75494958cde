#include "repl/line_reader.hpp"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>

#include "repl/signals.hpp"

#ifdef LIVERKG_HAVE_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

namespace liverkg::repl {

namespace {
void load_history_file(const std::string& path, std::vector<std::string>& history) {
    if (path.empty()) return;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) history.push_back(decode_history_entry(line));
}
}  // namespace

#ifdef LIVERKG_HAVE_READLINE

// Readline's C callbacks reach the reader and the candidates through these.
struct ReadlineGlue {
    static inline LineReader* reader = nullptr;
    static inline std::vector<std::string> matches;
    static inline std::size_t next = 0;
    static inline bool got_line = false;
    static inline char* line = nullptr;

    static void on_line(char* l) {
        got_line = true;
        line = l;
        rl_callback_handler_remove();
    }

    static char* generate(const char*, int state) {
        if (state == 0) next = 0;
        return next < matches.size() ? strdup(matches[next++].c_str()) : nullptr;
    }

    // Readline chose where the word starts (`start`); our completer may choose another spot.
    // The candidates are rewritten so that replacing line[start, point) gives the right text.
    static char** complete(const char*, int start, int) {
        rl_attempted_completion_over = 1;   // never fall back to file names
        matches.clear();
        if (!reader || !reader->completer_) return nullptr;
        std::string before = reader->pending_ + std::string(rl_line_buffer, rl_point);
        Completion c = reader->completer_(before);
        std::size_t offset = reader->pending_.size();
        std::size_t ours = c.start >= offset ? c.start - offset : 0;
        std::string line(rl_line_buffer, rl_point);
        auto theirs = static_cast<std::size_t>(start);
        for (const auto& cand : c.candidates) {
            if (ours >= theirs) {
                matches.push_back(line.substr(theirs, ours - theirs) + cand);
            } else {
                std::string cut = line.substr(ours, theirs - ours);
                if (cand.compare(0, cut.size(), cut) == 0) matches.push_back(cand.substr(cut.size()));
            }
        }
        rl_completion_append_character = c.append_space ? ' ' : '\0';
        rl_completion_suppress_quote = 1;   // the completer closes strings itself
        if (matches.empty()) return nullptr;
        return rl_completion_matches("", &ReadlineGlue::generate);
    }
};

constexpr int kInterruptCheckMs = 100;

// readline's own key reader blocks in pselect until a byte arrives. A Ctrl-C flushes the
// terminal's input queue, so when it lands between "input is ready" and that read, the
// read waits forever. This reader waits in short slices and, once a Ctrl-C is pending,
// hands readline a harmless key (C-@, set-mark) so that control returns to read(), which
// discards the line.
int read_key(FILE*) {
    for (;;) {
        if (interrupt_pending()) return 0;
        pollfd fd{STDIN_FILENO, POLLIN, 0};
        if (::poll(&fd, 1, kInterruptCheckMs) <= 0) continue;
        unsigned char c = 0;
        ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n == 1) return c;
        if (n == 0) return EOF;
        if (errno != EINTR && errno != EAGAIN) return EOF;
    }
}

LineReader::LineReader(std::string history_file) : history_file_(std::move(history_file)) {
    load_history_file(history_file_, history_);
    for (const auto& e : history_) ::add_history(e.c_str());
    rl_readline_name = "liverkg";
    rl_catch_signals = 0;   // our SIGINT handler decides what Ctrl-C means
    rl_getc_function = &read_key;
    rl_attempted_completion_function = &ReadlineGlue::complete;
    rl_completer_quote_characters = "'\"";
    rl_completer_word_break_characters = const_cast<char*>(" \t\n()[]{},:;.=<>+-*/%|!$");
    ReadlineGlue::reader = this;
}

LineReader::~LineReader() { ReadlineGlue::reader = nullptr; }

bool LineReader::has_readline() { return true; }

ReadResult LineReader::read(const std::string& prompt) {
    if (!::isatty(STDIN_FILENO)) {
        std::string line;
        if (!std::getline(std::cin, line)) return {ReadStatus::Eof, {}};
        return {ReadStatus::Line, line};
    }
    take_interrupt();   // a Ctrl-C that cancelled the last statement is not meant for this prompt
    ReadlineGlue::got_line = false;
    ReadlineGlue::line = nullptr;
    rl_callback_handler_install(prompt.c_str(), &ReadlineGlue::on_line);
    while (!ReadlineGlue::got_line) {
        // The flag is checked before every wait, and the wait is short: a Ctrl-C that lands
        // while a key is being handled (just before poll) would otherwise wait for more input.
        if (take_interrupt()) {
            // Ctrl-C at the prompt: drop what was typed and start a fresh line.
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_callback_handler_remove();
            std::fputs("^C\n", stdout);
            std::fflush(stdout);
            return {ReadStatus::Interrupted, {}};
        }
        pollfd fd{STDIN_FILENO, POLLIN, 0};
        if (::poll(&fd, 1, kInterruptCheckMs) > 0) rl_callback_read_char();
    }
    if (!ReadlineGlue::line) return {ReadStatus::Eof, {}};
    std::string line = ReadlineGlue::line;
    std::free(ReadlineGlue::line);
    return {ReadStatus::Line, line};
}

void LineReader::add_history(const std::string& entry) {
    if (entry.empty() || (!history_.empty() && history_.back() == entry)) return;
    history_.push_back(entry);
    ::add_history(entry.c_str());
    if (history_file_.empty()) return;
    std::ofstream out(history_file_, std::ios::app);
    out << encode_history_entry(entry) << '\n';
}

#else  // no readline: plain lines, history kept for :history and the file only

LineReader::LineReader(std::string history_file) : history_file_(std::move(history_file)) {
    load_history_file(history_file_, history_);
}

LineReader::~LineReader() = default;

bool LineReader::has_readline() { return false; }

ReadResult LineReader::read(const std::string& prompt) {
    if (::isatty(STDIN_FILENO)) std::cout << prompt << std::flush;
    std::string line;
    if (!std::getline(std::cin, line)) {
        if (take_interrupt()) {
            std::cin.clear();
            std::cout << "^C\n";
            return {ReadStatus::Interrupted, {}};
        }
        return {ReadStatus::Eof, {}};
    }
    return {ReadStatus::Line, line};
}

void LineReader::add_history(const std::string& entry) {
    if (entry.empty() || (!history_.empty() && history_.back() == entry)) return;
    history_.push_back(entry);
    if (history_file_.empty()) return;
    std::ofstream out(history_file_, std::ios::app);
    out << encode_history_entry(entry) << '\n';
}

#endif

}  // namespace liverkg::repl

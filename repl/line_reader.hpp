#pragma once
// Reading a line at a prompt: GNU readline when the build has it (editing, history, Ctrl-R,
// Tab completion), else std::getline. The shell never knows which one it has.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace liverkg::repl {

enum class ReadStatus { Line, Eof, Interrupted };

struct ReadResult {
    ReadStatus status = ReadStatus::Eof;
    std::string line;
};

// What Tab offers: the candidates replace before_cursor[start, end).
struct Completion {
    std::size_t start = 0;
    std::vector<std::string> candidates;
    bool append_space = false;   // after a unique keyword or command, not after a name
};

// before_cursor: the pending statement's earlier lines, '\n', and the current line up to the cursor.
using Completer = std::function<Completion(std::string_view before_cursor)>;

class LineReader {
public:
    // history_file empty: history lives for this run only.
    explicit LineReader(std::string history_file);
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    // Ctrl-C at the prompt answers Interrupted (the shell drops the pending input).
    ReadResult read(const std::string& prompt);

    // One entry per statement, even one typed over several lines; appended to the file now,
    // so a second session sees it even if this one is killed.
    void add_history(const std::string& entry);
    const std::vector<std::string>& history() const { return history_; }

    void set_completer(Completer c) { completer_ = std::move(c); }
    // Earlier lines of the statement being typed, for context-aware completion.
    void set_pending(std::string pending) { pending_ = std::move(pending); }

    static bool has_readline();

private:
    std::string history_file_;
    std::vector<std::string> history_;
    Completer completer_;
    std::string pending_;

    friend struct ReadlineGlue;
};

// History file lines: one entry per line, '\' and newline written as "\\" and "\n".
std::string encode_history_entry(std::string_view entry);
std::string decode_history_entry(std::string_view line);

}  // namespace liverkg::repl

#include "repl/script.hpp"

#include <iostream>
#include <string>

#include "parser/parse.hpp"
#include "repl/commands.hpp"
#include "repl/line_reader.hpp"

namespace liverkg::repl {
namespace {

std::string_view trimmed(std::string_view s) {
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

}  // namespace

bool between_statements(std::string_view text) {
    std::string code;   // the text without its comment lines
    for (std::size_t at = 0; at <= text.size();) {
        auto end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = trimmed(text.substr(at, end - at));
        if (line.substr(0, 2) != "//") code += std::string(line) + "\n";
        at = end + 1;
    }
    std::string_view t = trimmed(code);
    if (t.empty()) return true;
    return t.back() == ';' && !parser::parse(text).incomplete;
}

RunStatus run_script(Session& session, std::string_view text, std::string_view source_name) {
    LineReader no_reader("");   // :history in a script lists nothing
    ShellState state{session, no_reader, std::cout, std::cerr};
    state.quiet = true;
    std::string pending;        // the statements since the last meta-command, line numbers kept
    bool has_code = false;
    RunTextOptions options{source_name};
    auto flush = [&] {
        RunStatus s = has_code ? session.run_text(pending, options) : RunStatus::Ok;
        for (char& c : pending)
            if (c != '\n') c = ' ';   // keeps the line count for the next chunk's error positions
        has_code = false;
        return s;
    };
    for (std::size_t at = 0; at <= text.size();) {
        auto end = text.find('\n', at);
        bool last = end == std::string_view::npos;
        if (last) end = text.size();
        std::string_view line = text.substr(at, end - at);
        std::string_view t = trimmed(line);
        if (!t.empty() && t[0] == ':' && between_statements(pending)) {
            if (flush() == RunStatus::Failed) return RunStatus::Failed;
            run_command(state, t);
            if (state.failed) return RunStatus::Failed;
            if (state.quit) return RunStatus::Ok;
            pending += "\n";
        } else {
            pending += std::string(line) + (last ? "" : "\n");
            if (!t.empty()) has_code = true;
        }
        at = end + 1;
    }
    return flush();
}

}  // namespace liverkg::repl

#include "repl/commands.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <ostream>

#include "formats/formats.hpp"
#include "repl/command_handlers.hpp"
#include "engine/registry/registry.hpp"
#include "repl/help_topics.hpp"

namespace liverkg::repl {
namespace {

const std::array<Command, 21> command_table{{
    {":help", "[name]", "list the commands, or show a command's, statement's or procedure's usage", &cmd_help},
    {":schema", "", "labels and relationship types with counts, and (label)-[type]->(label) patterns",
     &cmd_schema},
    {":stats", "", "size of the graph and the session's settings", &cmd_stats},
    {":load", "PATH", "load a TSV directory or a file of a readable format (:help load), or run a .cypher file", &cmd_load},
    {":save", "DIR", "write the graph and its tables as a TSV directory that --load DIR reads back (atomically)", &cmd_save},
    {":export", "FORMAT PATH [--title 'text'] [--dpi N] [statement]",
     "write a statement's result (default: the last result, else the graph) to PATH as FORMAT", &cmd_export},
    {":format", "table|csv|tsv|json|vertical|tree", "set the output format (no argument: show it)",
     &cmd_format},
    {":timer", "on|off", "print the time each statement takes", &cmd_timer},
    {":max_rows", "N", "show at most N rows of a result in table, vertical and tree (0: all)", &cmd_max_rows},
    {":set", "[max-memory MB | max-steps N | timeout SECONDS]",
     "set a limit of every statement (0 or none: no limit); no argument: show them", &cmd_set},
    {":param", "name => value", "bind $name to the value of a Cypher expression", &cmd_param},
    {":params", "", "list the bound parameters", &cmd_params},
    {":history", "", "list the statements entered so far", &cmd_history},
    {":begin", "", "open a transaction (the same as BEGIN;)", &cmd_begin},
    {":commit", "", "commit the open transaction (COMMIT;); with --db it is on disk when this returns", &cmd_commit},
    {":rollback", "", "undo the open transaction (ROLLBACK;)", &cmd_rollback},
    {":checkpoint", "", "with --db: write a snapshot of the graph and empty the log (CHECKPOINT;)", &cmd_checkpoint},
    {":clear", "", "clear the screen", &cmd_clear},
    {":quit", "", "leave the shell (asks first about unsaved changes or an open transaction)", &cmd_quit},
    {":exit", "", "same as :quit", &cmd_quit},
    {":q", "", "same as :quit", &cmd_quit},
}};

}  // namespace

std::span<const Command> commands() { return command_table; }

const Command* find_command(std::string_view name) {
    for (const auto& c : command_table)
        if (c.name == name) return &c;
    return nullptr;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
            diag = up;
        }
    }
    return row[b.size()];
}

std::vector<std::string> suggest_commands(std::string_view name) {
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto& c : command_table) {
        std::size_t d = edit_distance(name, c.name);
        bool prefix = name.size() > 2 && c.name.substr(0, name.size()) == name;
        if (d <= 2 || prefix) scored.emplace_back(prefix ? 0 : d, std::string(c.name));
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (auto& [d, n] : scored) out.push_back(std::move(n));
    return out;
}

std::ostream& ShellState::confirm() {
    static std::ostream nowhere(nullptr);
    return quiet ? nowhere : out;
}

void run_command(ShellState& state, std::string_view line) {
    state.failed = false;
    auto [name, args] = split_word(line);
    if (const Command* c = find_command(name)) return c->handler(state, args);
    state.fail() << "Unknown command " << name << '.';
    auto near = suggest_commands(name);
    if (!near.empty()) {
        state.err << " Did you mean ";
        for (std::size_t i = 0; i < near.size(); ++i)
            state.err << (i == 0 ? "" : i + 1 == near.size() ? " or " : ", ") << near[i];
        state.err << '?';
    }
    state.err << " Type :help for the list.\n";
}

namespace {

// Words of text as lines of at most `width` columns, each starting with `indent`.
std::string wrapped(std::string_view text, std::size_t width, std::string_view indent) {
    std::string out, line;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find(' ', at);
        if (end == std::string_view::npos) end = text.size();
        std::string_view word = text.substr(at, end - at);
        if (!line.empty() && indent.size() + line.size() + 1 + word.size() > width) {
            out += std::string(indent) + line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + std::string(word);
        at = end + 1;
    }
    if (!line.empty()) out += std::string(indent) + line + "\n";
    return out;
}

// A procedure or function of the engine's registry: its signature and description.
std::optional<std::string> registry_help(std::string_view name) {
    constexpr std::size_t width = 100;
    if (const engine::ProcedureDef* p = engine::registry().find_procedure(name))
        return wrapped(p->signature.text(true), width, "") + wrapped(p->description, width, "  ") +
               "  Procedure (" + engine::procedure_mode_name(p->mode) + "): CALL " + p->name() +
               "(...) YIELD ... ; SHOW PROCEDURES lists them all.\n";
    if (const engine::FunctionDef* f = engine::registry().find_function(name))
        return wrapped(f->signature.text(false), width, "") + wrapped(f->description, width, "  ") + "  " +
               f->category + (f->is_aggregate() ? " aggregate" : "") +
               " function; SHOW FUNCTIONS lists them all.\n";
    return std::nullopt;
}

}  // namespace

std::string help_text(std::string_view name) {
    if (!name.empty()) {
        if (name[0] != ':') {
            if (const HelpTopic* t = find_help_topic(name))
                return std::string(t->syntax) + "\n" + std::string(t->text) + "\n";
            if (auto h = registry_help(name)) return *h;
        }
        std::string n = name[0] == ':' ? std::string(name) : ":" + std::string(name);
        const Command* c = find_command(n);
        if (!c)
            return "No help for " + std::string(name) +
                   ": not a meta-command, statement, clause, procedure or function.\n";
        std::string usage = "Usage: " + std::string(c->name) + (c->args.empty() ? "" : " ") +
                            std::string(c->args) + "\n  " + std::string(c->help) + "\n";
        // The formats :load reads and :export writes come from the format registry.
        if (n == ":load" || n == ":export") usage += "Formats:\n" + formats::formats_help();
        return usage;
    }
    std::string out =
        "Statements end with ';' and may span several lines. Meta-commands start with ':'.\n";
    std::size_t width = 0;
    for (const auto& c : command_table) width = std::max(width, c.name.size() + 1 + c.args.size());
    for (const auto& c : command_table) {
        std::string usage = std::string(c.name) + (c.args.empty() ? "" : " ") + std::string(c.args);
        out += "  " + usage + std::string(width - usage.size() + 2, ' ') + std::string(c.help) + "\n";
    }
    out += "Statements and clauses: :help PATHS, :help MATCH, ... (";
    for (std::size_t i = 0; i < help_topics().size(); ++i) out += (i ? ", " : "") + std::string(help_topics()[i].name);
    out += ")\n";
    out += "Procedures and functions: :help kg.paths, :help kg.lookup, :help toUpper, ... (SHOW PROCEDURES, "
           "SHOW FUNCTIONS)\n";
    out += "Keys: Tab completes, Up/Down and Ctrl-R search the history, Ctrl-C cancels, "
           "Ctrl-D quits.\n";
    return out;
}

void cmd_help(ShellState& s, std::string_view args) { s.out << help_text(trim(args)); }

void cmd_quit(ShellState& s, std::string_view) { s.quit = true; }

std::string_view trim(std::string_view s) {
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

std::pair<std::string_view, std::string_view> split_word(std::string_view args) {
    args = trim(args);
    auto sp = args.find_first_of(" \t");
    if (sp == std::string_view::npos) return {args, {}};
    return {args.substr(0, sp), trim(args.substr(sp))};
}

std::optional<std::pair<std::string, std::string_view>> split_path(std::string_view args) {
    args = trim(args);
    char quote = args.empty() ? 0 : args.front();
    if (quote != '"' && quote != '\'') {
        auto [word, rest] = split_word(args);
        return std::pair{std::string(word), rest};
    }
    std::string path;
    for (std::size_t i = 1; i < args.size(); ++i) {
        char c = args[i];
        if (c == quote) return std::pair{path, trim(args.substr(i + 1))};
        if (c == '\\' && i + 1 < args.size() && (args[i + 1] == quote || args[i + 1] == '\\')) c = args[++i];
        path += c;
    }
    return std::nullopt;
}

}  // namespace liverkg::repl

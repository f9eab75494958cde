// Meta-commands about the session: :format, :timer, :param, :params, :history, :clear.
#include <ostream>

#include "repl/command_handlers.hpp"
#include "repl/error_render.hpp"
#include "repl/format/printer.hpp"
#include "formats/value_text.hpp"
#include "repl/limit_settings.hpp"
#include "repl/line_reader.hpp"
#include "repl/session.hpp"

namespace liverkg::repl {

using formats::quoted;
using formats::value_text;
namespace {

// A parameter's value as it could be typed back: strings quoted at the top level too.
std::string param_text(const graph::Value& v, const graph::Graph& g) {
    return v.is_string() ? quoted(v.as_string()) : value_text(v, g);
}

}  // namespace

void cmd_format(ShellState& s, std::string_view args) {
    std::string_view name = trim(args);
    if (name.empty()) {
        s.out << "Format: " << s.session.format() << " (one of " << format_names() << ")\n";
        return;
    }
    if (!s.session.set_format(name)) {
        s.fail() << "Unknown format '" << name << "': expected " << format_names() << '\n';
        return;
    }
    s.confirm() << "Format: " << name << '\n';
}

void cmd_timer(ShellState& s, std::string_view args) {
    std::string_view v = trim(args);
    if (v == "on" || v == "off") s.session.set_timer(v == "on");
    else if (!v.empty()) return void(s.fail() << "Usage: :timer on|off\n");
    s.confirm() << "Timer: " << (s.session.timer() ? "on" : "off") << '\n';
}

// :max_rows N — long results in the shell stop after N rows with a line saying how many more.
void cmd_max_rows(ShellState& s, std::string_view args) {
    std::string_view v = trim(args);
    if (!v.empty()) {
        std::size_t n = 0;
        bool digits = v.size() < 10;
        for (char c : v) digits = digits && c >= '0' && c <= '9';
        if (!digits) return void(s.fail() << "Usage: :max_rows N (0 = show every row)\n");
        for (char c : v) n = n * 10 + std::size_t(c - '0');
        s.session.set_max_rows(n);
    }
    s.confirm() << "Max rows: " << (s.session.max_rows() ? std::to_string(s.session.max_rows()) : "all") << '\n';
}

// :set NAME VALUE — the limits of every statement (repl/limit_settings.hpp); :set alone lists them.
void cmd_set(ShellState& s, std::string_view args) {
    args = trim(args);
    engine::Limits& limits = s.session.limits();
    if (args.empty()) {
        for (const auto& l : limit_settings())
            s.out << l.name << ' ' << limit_text(limits, l) << "   (" << l.unit << ")\n";
        return;
    }
    auto space = args.find_first_of(" \t=");
    std::string_view name = args.substr(0, space);
    std::string_view value = space == std::string_view::npos ? std::string_view{} : trim(args.substr(space + 1));
    if (!value.empty() && value.front() == '=') value = trim(value.substr(1));
    const LimitSetting* l = find_limit(name);
    if (!l || value.empty()) {
        std::string names;
        for (const auto& x : limit_settings()) names += (names.empty() ? "" : ", ") + std::string(x.name);
        return void(s.fail() << "Usage: :set NAME VALUE, NAME one of " << names << '\n');
    }
    std::string error;
    if (!set_limit(limits, *l, value, error)) return void(s.fail() << "Error: " << error.substr(2) << '\n');
    s.confirm() << l->name << ' ' << limit_text(limits, *l) << '\n';
}

// :param name => value — the value is any Cypher expression, evaluated once now.
void cmd_param(ShellState& s, std::string_view args) {
    args = trim(args);
    auto arrow = args.find("=>");
    std::string_view name = trim(args.substr(0, arrow));
    std::string_view expr = arrow == std::string_view::npos ? std::string_view{} : trim(args.substr(arrow + 2));
    if (!name.empty() && name[0] == '$') name.remove_prefix(1);
    if (name.empty() || expr.empty()) return void(s.fail() << "Usage: :param name => value\n");
    std::string statement = "RETURN " + std::string(expr);
    try {
        auto rs = s.session.query(statement);
        if (rs.rows.size() != 1 || rs.rows[0].size() != 1)
            return void(s.fail() << "Error: the value must be a single expression\n");
        s.session.params()[std::string(name)] = rs.rows[0][0];
        s.confirm() << '$' << name << " => " << param_text(rs.rows[0][0], s.session.graph()) << '\n';
    } catch (const ErrorException& e) {
        s.fail() << render_error(e.error(), statement) << '\n';
    }
}

void cmd_params(ShellState& s, std::string_view) {
    if (s.session.params().empty()) return void(s.out << "No parameters. Set one with :param name => value\n");
    for (const auto& [name, v] : s.session.params())
        s.out << '$' << name << " => " << param_text(v, s.session.graph()) << '\n';
}

void cmd_history(ShellState& s, std::string_view) {
    const auto& h = s.reader.history();
    for (std::size_t i = 0; i < h.size(); ++i) s.out << (i + 1) << "  " << h[i] << '\n';
}

void cmd_clear(ShellState& s, std::string_view) { s.out << "\033[H\033[2J" << std::flush; }

}  // namespace liverkg::repl

#include "repl/shell.hpp"

#include <atomic>
#include <cstdlib>
#include <iostream>

#include "parser/parse.hpp"
#include "repl/commands.hpp"
#include "repl/completion.hpp"
#include "engine/registry/registry.hpp"
#include "repl/help_topics.hpp"
#include "repl/command_handlers.hpp"
#include "formats/formats.hpp"
#include "repl/format/printer.hpp"
#include "repl/line_reader.hpp"
#include "repl/session.hpp"
#include "repl/signals.hpp"
#include "repl/terminal.hpp"
#include "repl/version.hpp"

namespace liverkg::repl {
namespace {

const std::string main_prompt = "liverkg> ";
const std::string more_prompt = "    ...> ";
const std::string tx_prompt = "liverkg(tx)> ";   // a transaction is open

std::atomic<bool> cancel_requested{false};

void print_welcome(const Session& session, std::ostream& out) {
    const auto& g = session.graph();
    auto counts = g.counts();
    std::size_t labels = 0;
    for (graph::LabelId l = 0; l < g.label_dictionary_size(); ++l)
        if (g.nodes_with_label_count(l)) ++labels;
    out << "liverkg " << version() << " - stem-cell therapies for liver disease, as a graph\n"
        << counts.nodes << " nodes, " << counts.relationships << " relationships, " << labels
        << " labels. Statements end with ';'. Type :help for help, :quit to leave.\n";
}

// Completion names are gathered again only when the graph or the parameters changed.
class CompletionCache {
public:
    explicit CompletionCache(Session& s) : session_(s) {}
    Completion operator()(std::string_view before) {
        auto version = session_.graph().change_count();
        if (!ready_ || version != version_ || session_.params().size() != param_count_) refresh();
        return complete(before, names_);
    }

private:
    void refresh() {
        names_ = gather_names(session_.graph());
        for (const auto& c : commands()) names_.commands.emplace_back(c.name);
        for (const auto& f : output_formats()) names_.formats.emplace_back(f.name);
        for (const auto& f : formats::all_formats())
            if (f.write_graph || f.write_result) names_.export_formats.emplace_back(f.name);
        for (const auto& t : help_topics()) names_.help_topics.emplace_back(t.name);
        for (const auto* p : engine::registry().procedures()) names_.help_topics.push_back(p->name());
        for (const auto& [p, v] : session_.params()) names_.params.push_back(p);
        version_ = session_.graph().change_count();
        param_count_ = session_.params().size();
        ready_ = true;
    }
    Session& session_;
    CompletionNames names_;
    std::uint64_t version_ = 0;
    std::size_t param_count_ = 0;
    bool ready_ = false;
};

// Asked once per attempt to leave with an open transaction (rolled back on leaving) or with
// changes that were never saved.
bool confirm_quit(ShellState& state) {
    if (state.session.in_transaction()) {
        auto answer = state.reader.read("A transaction is open. Roll it back and quit? [y/N] ");
        std::string_view a = trim(answer.line);
        if (answer.status != ReadStatus::Eof && a != "y" && a != "Y" && a != "yes") return false;
        state.session.rollback_open("leaving the shell");
        return true;
    }
    if (!state.session.unsaved()) return true;
    auto answer = state.reader.read("The graph has unsaved changes (:save DIR keeps them). Quit anyway? [y/N] ");
    if (answer.status == ReadStatus::Eof) return true;
    std::string_view a = trim(answer.line);
    return a == "y" || a == "Y" || a == "yes";
}

bool is_blank(std::string_view s) { return trim(s).empty(); }

}  // namespace

std::string history_path(const CliOptions& o) {
    if (o.no_history) return {};
    if (o.history_file) return *o.history_file;
    if (const char* env = std::getenv("LIVERKG_HISTORY")) return env;
    const char* home = std::getenv("HOME");
    return home && *home ? std::string(home) + "/.liverkg_history" : std::string{};
}

bool statement_complete(const std::string& text) {
    std::string_view t = trim(text);
    if (t.empty() || t.back() != ';') return false;
    return !parser::parse(text).incomplete;
}

int run_shell(Session& session, const CliOptions& options) {
    LineReader reader(history_path(options));
    reader.set_completer(CompletionCache(session));
    install_interrupt_handler(&cancel_requested);
    session.set_cancel_flag(&cancel_requested);
    ShellState state{session, reader, std::cout, std::cerr};
    print_welcome(session, std::cout);

    std::string pending;
    while (true) {
        reader.set_pending(pending.empty() ? std::string{} : pending + "\n");
        std::cout.flush();
        auto r = reader.read(!pending.empty() ? more_prompt : session.in_transaction() ? tx_prompt : main_prompt);
        if (r.status == ReadStatus::Interrupted) {
            pending.clear();
            continue;
        }
        if (r.status == ReadStatus::Eof) {
            std::cout << std::endl;
            if (confirm_quit(state)) break;
            continue;
        }
        if (pending.empty() && is_blank(r.line)) continue;
        if (pending.empty() && trim(r.line).front() == ':') {
            reader.add_history(std::string(trim(r.line)));
            run_command(state, trim(r.line));
            if (!state.quit) continue;
            state.quit = false;
            if (confirm_quit(state)) break;
            continue;
        }
        pending += pending.empty() ? r.line : "\n" + r.line;
        if (!statement_complete(pending)) continue;
        reader.add_history(pending);
        session.set_terminal(terminal_width(), use_color());   // the window may have been resized
        session.run_text(pending);
        pending.clear();
    }
    return 0;
}

}  // namespace liverkg::repl

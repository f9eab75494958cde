// Meta-commands about the graph: :schema, :stats, :load, :save, :export.
#include <ostream>

#include "base/text_escape.hpp"
#include "formats/formats.hpp"
#include "formats/tsv.hpp"
#include "repl/check.hpp"
#include "repl/command_handlers.hpp"
#include "repl/error_render.hpp"
#include "repl/schema_summary.hpp"
#include "repl/session.hpp"

namespace liverkg::repl {

void cmd_schema(ShellState& s, std::string_view) {
    std::string error;
    auto signs = type_signs(s.session.loaded_dirs(), error);
    if (!error.empty()) s.err << "warning: " << error << '\n';
    print_schema(summarize_schema(s.session.graph()), signs, s.out);
}

void cmd_stats(ShellState& s, std::string_view) {
    const auto& g = s.session.graph();
    auto counts = g.counts();
    auto schema = summarize_schema(g);
    s.out << "Nodes:              " << counts.nodes << '\n'
          << "Relationships:      " << counts.relationships << '\n'
          << "Labels:             " << schema.labels.size() << '\n'
          << "Relationship types: " << schema.types.size() << '\n'
          << "Property keys:      " << g.key_dictionary_size() << '\n'
          << "Unsaved changes:    " << (s.session.unsaved() ? "yes" : "no") << '\n'
          << "Format:             " << s.session.format() << '\n'
          << "Timer:              " << (s.session.timer() ? "on" : "off") << '\n'
          << "Parameters:         " << s.session.params().size() << '\n';
}

void cmd_load(ShellState& s, std::string_view args) {
    // The rest of the line is the path (spaces and all), or a quoted path as :save takes.
    std::string path(trim(args));
    if (!path.empty() && (path.front() == '"' || path.front() == '\'')) {
        auto quoted = split_path(path);
        path = quoted && quoted->second.empty() ? quoted->first : std::string();
    }
    if (path.empty()) {
        s.fail() << "Usage: :load PATH\n";
        return;
    }
    bool was_saved = !s.session.unsaved();
    if (!s.session.load(path, true)) return;
    // Loading into an unchanged graph gives a graph that is all on disk; otherwise it is not.
    if (was_saved) s.session.mark_saved();
    auto counts = s.session.graph().counts();
    s.out << "Loaded " << path << ": the graph has " << counts.nodes << " nodes and "
          << counts.relationships << " relationships.\n";
}

void cmd_save(ShellState& s, std::string_view args) {
    auto path = split_path(args);
    if (!path || path->first.empty() || !path->second.empty()) {
        s.fail() << "Usage: :save DIR   (quote a name with spaces: :save \"my graph\")\n";
        return;
    }
    const std::string& dir = path->first;
    try {
        const kg::DirectoryTables tables = s.session.directory_tables();
        auto files = formats::save_tsv(s.session.graph(), dir, formats::TsvSaveOptions{&tables});
        s.session.mark_saved();
        std::string names;
        for (std::size_t i = 0; i < files.size(); ++i)
            names += (i == 0 ? "" : i + 1 == files.size() ? " and " : ", ") + files[i];
        s.out << "Saved to " << escape_for_message(dir) << ": " << names << ".\n";
    } catch (const ErrorException& e) {
        s.fail() << error_headline(e.error()) << '\n';
    } catch (const std::exception& e) {
        s.fail() << "Error: cannot save to " << escape_for_message(dir) << ": " << escape_for_message(e.what()) << '\n';
    }
}

// :export FORMAT PATH [statement]: the statement's result, else the last result, else (or for
// a format that writes only whole graphs) the whole graph, written by the registry's writer.
namespace {

// Drawing options between the file and the statement: --title 'text' and --dpi N.
struct DrawOptions {
    std::string title;
    int dpi = 0;
};

// Takes the options off the front of `rest`; false (with a message) on a bad one.
bool take_draw_options(std::string_view& rest, DrawOptions& o, std::string& error) {
    while (rest.substr(0, 2) == "--") {
        auto [flag, after] = split_word(rest);
        if (flag == "--dpi") {
            auto [n, tail] = split_word(after);
            int v = 0;
            for (char c : n) v = (c >= '0' && c <= '9' && v < 100000) ? v * 10 + (c - '0') : -1;
            if (n.empty() || v < 36 || v > 1200) return error = "--dpi takes a number from 36 to 1200", false;
            o.dpi = v;
            rest = tail;
        } else if (flag == "--title") {
            after = trim(after);
            char q = after.empty() ? 0 : after[0];
            auto close = (q == '\'' || q == '"') ? after.find(q, 1) : std::string_view::npos;
            if (close == std::string_view::npos) return error = "--title takes a quoted text: --title 'MSC in ALF'", false;
            o.title = std::string(after.substr(1, close - 1));
            rest = trim(after.substr(close + 1));
        } else {
            return error = "unknown option " + std::string(flag) + " (known: --title 'text', --dpi N)", false;
        }
    }
    return true;
}

}  // namespace

void cmd_export(ShellState& s, std::string_view args) {
    auto [format, after_format] = split_word(args);
    auto path = split_path(after_format);
    if (!path) return void(s.fail() << "Error: :export: the quoted file name has no closing quote\n");
    auto& [file, rest] = *path;
    DrawOptions draw;
    std::string bad;
    if (!take_draw_options(rest, draw, bad)) return void(s.fail() << "Error: :export: " << bad << '\n');
    std::string_view statement = rest;
    const formats::Format* f = formats::find_format(format);
    if (!f || !(f->write_graph || f->write_result) || file.empty()) {
        s.fail() << "Usage: :export " << formats::writer_names() << " PATH [statement]\n";
        return;
    }
    std::optional<engine::ResultSet> fresh;
    if (!statement.empty()) {
        while (!statement.empty() && (statement.back() == ';' || statement.back() == ' '))
            statement.remove_suffix(1);
        try {
            fresh = s.session.query(statement);
        } catch (const ErrorException& e) {
            s.fail() << render_error(e.error(), statement) << '\n';
            return;
        }
    }
    const auto& result = fresh ? fresh : s.session.last_result();
    if (!result && !f->write_graph) {
        s.fail() << "Nothing to export yet: run a statement first, or give one after the file name.\n";
        return;
    }
    bool whole = !result || !f->write_result;
    const kg::DirectoryTables tables = s.session.directory_tables();
    try {
        formats::export_with(*f, formats::ExportJob{s.session.graph(), whole ? nullptr : &*result,
                                                    s.session.type_signs(), file, draw.title, draw.dpi,
                                                    &tables});
    } catch (const ErrorException& e) {
        s.fail() << error_headline(e.error()) << '\n';
        return;
    } catch (const std::exception& e) {
        s.fail() << "Error: " << escape_for_message(e.what()) << '\n';
        return;
    }
    if (whole) {
        auto counts = s.session.graph().counts();
        s.confirm() << "Exported the graph (" << counts.nodes << " nodes, " << counts.relationships
              << " relationships) to " << escape_for_message(file) << ".\n";
    } else {
        s.confirm() << "Exported " << result->rows.size() << " rows to " << escape_for_message(file) << ".\n";
    }
}

}  // namespace liverkg::repl

// Meta-commands about the graph: :schema, :stats, :load, :save, :export.
#include <ostream>

#include "graph/tsv.hpp"
#include "repl/check.hpp"
#include "repl/command_handlers.hpp"
#include "repl/error_render.hpp"
#include "repl/export.hpp"
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
    std::string path(trim(args));
    if (path.empty()) {
        s.err << "Usage: :load PATH\n";
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
    std::string dir(trim(args));
    if (dir.empty()) {
        s.err << "Usage: :save DIR\n";
        return;
    }
    try {
        graph::save_tsv(s.session.graph(), dir);
        s.session.mark_saved();
        s.out << "Saved to " << dir << "/nodes.tsv and " << dir << "/edges.tsv.\n";
    } catch (const ErrorException& e) {
        s.err << error_headline(e.error()) << '\n';
    } catch (const std::exception& e) {
        s.err << "Error: cannot save to " << dir << ": " << e.what() << '\n';
    }
}

void cmd_export(ShellState& s, std::string_view args) {
    auto [format, rest] = split_word(args);
    auto [file, statement] = split_word(rest);
    const ExportFormat* f = find_export_format(format);
    if (!f || file.empty()) {
        s.err << "Usage: :export " << export_format_names() << " FILE [statement]\n";
        return;
    }
    std::optional<engine::ResultSet> fresh;
    if (!statement.empty()) {
        while (!statement.empty() && (statement.back() == ';' || statement.back() == ' '))
            statement.remove_suffix(1);
        try {
            fresh = s.session.query(statement);
        } catch (const ErrorException& e) {
            s.err << render_error(e.error(), statement) << '\n';
            return;
        }
    }
    const auto& result = fresh ? fresh : s.session.last_result();
    if (!result) {
        s.err << "Nothing to export yet: run a statement first, or give one after the file name.\n";
        return;
    }
    std::string error;
    if (!f->write(ExportJob{*result, s.session.graph(), std::string(file),
                            &s.session.type_signs()}, error)) {
        s.err << "Error: " << error << '\n';
        return;
    }
    s.out << "Exported " << result->rows.size() << " rows to " << file << ".\n";
}

}  // namespace liverkg::repl

#include "repl/completion.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <set>

#include "engine/registry/registry.hpp"
#include "parser/keywords.hpp"

namespace liverkg::repl {
namespace {

bool is_word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
           (static_cast<unsigned char>(c) & 0x80);
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (prefix.size() > s.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) !=
            std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}

// Walks s outside string literals and backtick-quoted names, calling on_code(i) for each
// byte of code; answers where the literal still open at the end starts (the byte after its
// quote), or npos. Escapes inside strings are skipped.
template <class F>
std::size_t scan_code(std::string_view s, F on_code) {
    char quote = 0;
    std::size_t start = std::string_view::npos;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (quote) {
            if (c == '\\' && quote != '`') ++i;
            else if (c == quote) quote = 0;
        } else if (c == '\'' || c == '"' || c == '`') {
            quote = c;
            start = i + 1;
        } else {
            on_code(i);
        }
    }
    return quote == '\'' || quote == '"' ? start : std::string_view::npos;
}

std::size_t open_string_start(std::string_view s) {
    return scan_code(s, [](std::size_t) {});
}

// The innermost unclosed '(' or '[' (string contents ignored), or 0.
char enclosing_bracket(std::string_view s) {
    std::vector<char> stack;
    scan_code(s, [&](std::size_t i) {
        char c = s[i];
        if (c == '(' || c == '[' || c == '{') stack.push_back(c);
        else if ((c == ')' || c == ']' || c == '}') && !stack.empty()) stack.pop_back();
    });
    for (auto it = stack.rbegin(); it != stack.rend(); ++it)
        if (*it != '{') return *it;
    return 0;
}

std::size_t word_start(std::string_view s) {
    std::size_t i = s.size();
    while (i > 0 && is_word_char(s[i - 1])) --i;
    return i;
}

CompletionContext command_context(std::string_view line) {
    auto space = line.find_first_of(" \t");
    if (space == std::string_view::npos) return CompletionContext::Command;
    std::string_view name = line.substr(0, space);
    if (name == ":load" || name == ":save") return CompletionContext::FilePath;
    if (name == ":export") {
        // :export FORMAT FILE [statement]: the first argument is a format, the second a path.
        std::string_view rest = line.substr(space);
        auto first = rest.find_first_not_of(" \t");
        bool in_first = first == std::string_view::npos ||
                        rest.find_first_of(" \t", first) == std::string_view::npos;
        return in_first ? CompletionContext::CommandArg : CompletionContext::FilePath;
    }
    if (name == ":help" || name == ":format") return CompletionContext::CommandArg;
    return CompletionContext::None;
}

void add_matches(Completion& c, std::string_view prefix, const std::vector<std::string>& names,
                 bool nocase) {
    for (const auto& n : names)
        if (nocase ? starts_with_nocase(n, prefix) : n.compare(0, prefix.size(), prefix) == 0)
            c.candidates.push_back(n);
}

// Keywords follow the case the user typed: "mat" → "match", "MAT" or "Mat" → "MATCH".
void add_keywords(Completion& c, std::string_view prefix) {
    bool lower = !prefix.empty() && std::all_of(prefix.begin(), prefix.end(), [](char ch) {
        return !std::isupper(static_cast<unsigned char>(ch));
    });
    for (const parser::Keyword& k : parser::kKeywords) {
        if (k.flags & parser::kUnused) continue;
        if (!starts_with_nocase(k.word, prefix)) continue;
        // A call-like word is offered as written in a call (all, shortestPath); those spelt
        // in one case (ALL, ANY, COUNT) are keywords elsewhere too, and offered as such.
        if (k.flags & parser::kCallLike) {
            c.candidates.emplace_back(k.spelling);
            if (std::any_of(k.spelling.begin(), k.spelling.end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)) != 0; }))
                continue;
        }
        std::string kw(k.word);
        if (lower)
            for (char& ch : kw) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        c.candidates.push_back(kw);
    }
    // Functions, as the registry names them.
    for (const engine::FunctionDef* f : engine::registry().functions())
        if (starts_with_nocase(f->name(), prefix)) c.candidates.push_back(f->name());
}

// Start of the qualified name (a.b.c) that ends at `end`, when the word before it is CALL.
std::optional<std::size_t> procedure_name_start(std::string_view s, std::size_t end) {
    std::size_t i = end;
    while (i > 0 && (is_word_char(s[i - 1]) || s[i - 1] == '.')) --i;
    std::size_t j = i;
    while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t' || s[j - 1] == '\n')) --j;
    if (j == i || j < 4 || !starts_with_nocase(s.substr(j - 4, 4), "CALL")) return std::nullopt;
    if (j > 4 && is_word_char(s[j - 5])) return std::nullopt;
    return i;
}

void add_procedures(Completion& c, std::string_view prefix) {
    for (const engine::ProcedureDef* p : engine::registry().procedures())
        if (p->name().compare(0, prefix.size(), prefix) == 0) c.candidates.push_back(p->name());
}

void add_paths(Completion& c, std::string_view prefix) {
    namespace fs = std::filesystem;
    auto slash = prefix.rfind('/');
    std::string dir = slash == std::string_view::npos ? "." : std::string(prefix.substr(0, slash + 1));
    std::string shown = slash == std::string_view::npos ? "" : dir;
    std::string_view leaf = slash == std::string_view::npos ? prefix : prefix.substr(slash + 1);
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.compare(0, leaf.size(), leaf) != 0 || (leaf.empty() && name[0] == '.')) continue;
        c.candidates.push_back(shown + name + (it->is_directory(ec) ? "/" : ""));
    }
}

}  // namespace

CompletionContext completion_context(std::string_view s) {
    // A meta-command is one line starting with ':' (no Cypher statement starts that way).
    auto first = s.find_first_not_of(" \t");
    if (first != std::string_view::npos && s[first] == ':' && s.find('\n') == std::string_view::npos)
        return command_context(s.substr(first));
    if (open_string_start(s) != std::string_view::npos) return CompletionContext::NodeName;
    std::size_t w = word_start(s);
    if (procedure_name_start(s, s.size())) return CompletionContext::Procedure;
    if (w == 0) return CompletionContext::Keyword;
    char before = s[w - 1];
    if (before == '.') {
        bool number = w >= 2 && std::isdigit(static_cast<unsigned char>(s[w - 2]));
        return number ? CompletionContext::None : CompletionContext::PropertyKey;
    }
    if (before == '$') return CompletionContext::Parameter;
    if (before == ':' || before == '|') {
        char b = enclosing_bracket(s.substr(0, w));
        return b == '[' ? CompletionContext::RelType : CompletionContext::Label;
    }
    return CompletionContext::Keyword;
}

Completion complete(std::string_view s, const CompletionNames& names) {
    Completion c;
    CompletionContext ctx = completion_context(s);
    std::size_t start = ctx == CompletionContext::NodeName    ? open_string_start(s)
                        : ctx == CompletionContext::Procedure ? *procedure_name_start(s, s.size())
                                                              : word_start(s);
    if (ctx == CompletionContext::Command || ctx == CompletionContext::FilePath ||
        ctx == CompletionContext::CommandArg) {
        auto sp = s.find_last_of(" \t");
        start = ctx == CompletionContext::Command ? s.find(':') : sp + 1;
    }
    c.start = start;
    std::string_view prefix = s.substr(start);
    switch (ctx) {
    case CompletionContext::Keyword: add_keywords(c, prefix); c.append_space = true; break;
    case CompletionContext::Procedure: add_procedures(c, prefix); break;
    case CompletionContext::Label: add_matches(c, prefix, names.labels, false); break;
    case CompletionContext::RelType: add_matches(c, prefix, names.types, false); break;
    case CompletionContext::PropertyKey: add_matches(c, prefix, names.keys, false); break;
    case CompletionContext::Parameter: add_matches(c, prefix, names.params, false); break;
    case CompletionContext::NodeName:
        // What is typed may be a name or an alias; the node's own name goes in, and closes the
        // string: 'mesen<Tab> gives 'MSC', as does '间充<Tab>.
        // A whole name or alias typed out means that node, not the longer names it begins.
        for (const auto& [text, name] : names.node_names)
            if (text.size() == prefix.size() && starts_with_nocase(text, prefix))
                c.candidates.push_back(name + s[start - 1]);
        if (c.candidates.empty())
            for (const auto& [text, name] : names.node_names)
                if (starts_with_nocase(text, prefix)) c.candidates.push_back(name + s[start - 1]);
        break;
    case CompletionContext::Command:
        add_matches(c, prefix, names.commands, false);
        c.append_space = true;
        break;
    case CompletionContext::CommandArg: {
        bool help = s.find(":help") != std::string_view::npos;
        bool exporting = s.find(":export") != std::string_view::npos;
        std::vector<std::string> bare;
        for (const auto& cmd : names.commands) bare.push_back(cmd.substr(1));
        if (help) bare.insert(bare.end(), names.help_topics.begin(), names.help_topics.end());
        add_matches(c, prefix, help ? bare : exporting ? names.export_formats : names.formats, help);
        c.append_space = true;
        break;
    }
    case CompletionContext::FilePath: add_paths(c, prefix); break;
    case CompletionContext::None: break;
    }
    std::sort(c.candidates.begin(), c.candidates.end());
    c.candidates.erase(std::unique(c.candidates.begin(), c.candidates.end()), c.candidates.end());
    return c;
}

CompletionNames gather_names(const graph::Graph& g) {
    CompletionNames n;
    for (graph::LabelId i = 0; i < g.label_dictionary_size(); ++i) n.labels.push_back(g.label_name(i));
    for (graph::TypeId i = 0; i < g.type_dictionary_size(); ++i) n.types.push_back(g.type_name(i));
    for (graph::KeyId i = 0; i < g.key_dictionary_size(); ++i) n.keys.push_back(g.key_name(i));
    std::set<std::pair<std::string, std::string>> names;
    auto name_key = g.find_key("name");
    auto alias_key = g.find_key("aliases");
    for (graph::NodeId id = 0; id < g.node_id_bound(); ++id) {
        if (!g.node_alive(id) || !name_key) continue;
        const graph::Value* name = g.node_property(id, *name_key);
        if (!name || !name->is_string()) continue;
        names.emplace(name->as_string(), name->as_string());
        const graph::Value* aliases = alias_key ? g.node_property(id, *alias_key) : nullptr;
        if (aliases && aliases->is_list())
            for (const auto& a : aliases->as_list())
                if (a.is_string()) names.emplace(a.as_string(), name->as_string());
    }
    n.node_names.assign(names.begin(), names.end());
    return n;
}

}  // namespace liverkg::repl

#pragma once
// :help for what is not a meta-command: statements and clauses (`:help PATHS`, `:help MATCH`),
// from ONE table, which completion after :help also offers.
#include <span>
#include <string>
#include <string_view>

namespace liverkg::repl {

struct HelpTopic {
    std::string_view name;     // as typed after :help, matched ignoring case
    std::string_view syntax;   // the grammar line(s)
    std::string_view text;     // what it does, with a short example
};

std::span<const HelpTopic> help_topics();
const HelpTopic* find_help_topic(std::string_view name);

}  // namespace liverkg::repl

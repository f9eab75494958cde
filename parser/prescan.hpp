#pragma once
// A cheap pass over the raw text before the grammar runs: it finds unterminated
// strings, quoted names and comments (the input is incomplete) and brackets nested
// deeper than the grammar's recursion can safely follow.
#include <optional>
#include <string_view>

#include "base/error.hpp"

namespace liverkg::parser {

struct PrescanIssue {
    Error error;
    bool at_end = false;  // the text ended inside a string or comment
};

// origin: where text starts in the whole input (positions are reported in the whole input).
std::optional<PrescanIssue> prescan(std::string_view text, SourcePos origin = {});

}  // namespace liverkg::parser

#pragma once
// Public entry point of the parser: text in, AST (or an Error) out.
#include <string_view>
#include <vector>

#include "base/error.hpp"
#include "parser/ast.hpp"

namespace liverkg::parser {

struct ParseResult {
    std::vector<ast::Statement> statements;  // in order; empty statements (";;") are skipped
    std::optional<Error> error;              // the first syntax error, if any (SyntaxError kind)
    // True when the error is that the input ended too early (an open string, bracket,
    // clause...): the REPL then asks for another line instead of reporting it.
    bool incomplete = false;
};

// Parses one or more statements separated by ';' (a final ';' is optional).
// Never throws and never crashes; deep nesting is reported as a SyntaxError.
ParseResult parse(std::string_view text);

}  // namespace liverkg::parser

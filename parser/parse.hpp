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
// Statements before the first error are returned too (they may run; the contract
// stops at the first failing statement). Never throws and never crashes. Limits,
// reported as SyntaxError (UnexpectedSyntax): brackets nested deeper than 256, unary
// operators (NOT, -, +) nested deeper than 256, more than 1000 chained operators in
// one left-associative chain (a + b + ..., a.b.c..., x[0][0]...).
ParseResult parse(std::string_view text);

// The same for the part text[begin, end) of a larger input, with positions in the whole
// input: origin is where `begin` is (line, column, offset). The session parses one
// statement at a time this way when the plan cache has no plan for it.
ParseResult parse_part(std::string_view text, std::size_t begin, std::size_t end, SourcePos origin);

}  // namespace liverkg::parser

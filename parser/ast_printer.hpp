#pragma once
// Renders the AST back as canonical openCypher text: every operator application is
// parenthesised, so the output shows exactly how the parser grouped the input.
// Used by the parser tests (golden files) and for debugging (EXPLAIN output).
#include <string>

#include "parser/ast.hpp"

namespace liverkg::parser {

std::string print_expression(const ast::Expr& e);
std::string print_pattern_part(const ast::PatternPart& part);
std::string print_clause(const ast::Clause& clause);
std::string print_statement(const ast::Statement& statement);

// Literals and names in Cypher syntax ('it\'s', `odd name`, 1.0).
std::string print_literal(const ast::Literal& literal);
std::string print_name(const std::string& name);

}  // namespace liverkg::parser

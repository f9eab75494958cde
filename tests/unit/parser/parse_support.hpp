#pragma once
// Test helpers: parse text and render the outcome as one comparable string.
#include <string>

#include "parser/ast_printer.hpp"
#include "parser/parse.hpp"

namespace liverkg::parser::testing {

// Canonical text of every statement, one per line; an error adds a final line
// "error: CODE LINE:COLUMN MESSAGE" (+ " [incomplete]").
inline std::string render(const ParseResult& r) {
    std::string out;
    for (const auto& s : r.statements) out += print_statement(s) + "\n";
    if (r.error) {
        out += "error: " + r.error->code + " ";
        if (r.error->pos)
            out += std::to_string(r.error->pos->line) + ":" + std::to_string(r.error->pos->column);
        out += " " + r.error->message + (r.incomplete ? " [incomplete]" : "") + "\n";
    }
    return out;
}

inline std::string render(std::string_view text) { return render(parse(text)); }

// The canonical text of the only expression of `RETURN <expr>`.
inline std::string expr(const std::string& text) {
    auto r = parse("RETURN " + text);
    if (r.error) return "error: " + r.error->code + " " + r.error->message;
    const auto& ret = std::get<ast::ReturnClause>(r.statements.at(0).clauses.at(0));
    return print_expression(*ret.projection.items.at(0).expression);
}

// "CODE LINE:COLUMN" of the error, or "ok".
inline std::string error_at(std::string_view text) {
    auto r = parse(text);
    if (!r.error) return "ok";
    return r.error->code + " " + std::to_string(r.error->pos->line) + ":" +
           std::to_string(r.error->pos->column);
}

}  // namespace liverkg::parser::testing

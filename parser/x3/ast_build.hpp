#pragma once
// Small constructors for AST expression nodes, used by the grammar's semantic actions.
#include <memory>
#include <string>
#include <utility>

#include "parser/ast.hpp"

namespace liverkg::parser::x3p {

inline ast::ExprPtr make_expr(ast::ExprKind kind, SourcePos pos) {
    auto e = std::make_shared<ast::Expr>();
    e->kind = kind;
    e->pos = pos;
    return e;
}

inline ast::ExprPtr make_literal(ast::Literal value, SourcePos pos) {
    auto e = make_expr(ast::ExprKind::Literal, pos);
    e->literal = std::move(value);
    return e;
}

inline ast::ExprPtr make_named(ast::ExprKind kind, std::string name, SourcePos pos) {
    auto e = make_expr(kind, pos);
    e->name = std::move(name);
    return e;
}

// A binary node sits where its left operand starts.
inline ast::ExprPtr make_binary(ast::Op op, ast::ExprPtr lhs, ast::ExprPtr rhs) {
    auto e = make_expr(ast::ExprKind::Binary, lhs->pos);
    e->op = op;
    e->args = {std::move(lhs), std::move(rhs)};
    return e;
}

inline ast::ExprPtr make_unary(ast::Op op, ast::ExprPtr operand, SourcePos pos) {
    auto e = make_expr(ast::ExprKind::Unary, pos);
    e->op = op;
    e->args = {std::move(operand)};
    return e;
}

inline ast::ExprPtr make_property(ast::ExprPtr subject, std::string key) {
    auto e = make_expr(ast::ExprKind::Property, subject->pos);
    e->name = std::move(key);
    e->args = {std::move(subject)};
    return e;
}

}  // namespace liverkg::parser::x3p

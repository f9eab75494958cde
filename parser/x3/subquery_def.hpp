#pragma once
// EXISTS { query } | COUNT { query } | COLLECT { query }, where query is clauses (a full
// subquery) or `pattern [WHERE expr]` (the short form, read as MATCH pattern [WHERE expr]).
// After the keyword and '{' the parse is committed.
#include "parser/x3/clause.hpp"
#include "parser/x3/common.hpp"
#include "parser/x3/expression.hpp"
#include "parser/x3/pattern.hpp"
#include "parser/x3/subquery.hpp"

namespace liverkg::parser::x3p {

subquery_type const subquery_rule = "subquery";

namespace subquery_grammar {

using x3::_attr;
using x3::_val;

template <ast::SubqueryKind Kind>
auto const start = act([](auto& ctx) {
    auto e = make_expr(ast::ExprKind::Subquery, where_pos(ctx));
    e->subquery_kind = Kind;
    e->subquery = std::make_shared<ast::SubqueryBody>();
    _val(ctx) = std::move(e);
});
auto const add_clause = act([](auto& ctx) { _val(ctx)->subquery->clauses.push_back(std::move(_attr(ctx))); });
auto const add_match = act([](auto& ctx) {
    ast::MatchClause m;
    m.pos = where_pos(ctx);
    m.pattern = std::move(_attr(ctx));
    _val(ctx)->subquery->clauses.push_back(std::move(m));
});
auto const set_where = act([](auto& ctx) {
    std::get<ast::MatchClause>(_val(ctx)->subquery->clauses.back()).where = std::move(_attr(ctx));
});

auto const opening = op("{");
auto const body = +clause()[add_clause] |
                  (pattern()[add_match] >> -(kw("WHERE") > expression()[set_where]));

auto const keyword = kw("EXISTS")[start<ast::SubqueryKind::Exists>] |
                     kw("COUNT")[start<ast::SubqueryKind::Count>] |
                     kw("COLLECT")[start<ast::SubqueryKind::Collect>];

}  // namespace subquery_grammar

// The keyword and '{' are looked at together: `count(x)` and a map projection `n{.a}` stay as they are.
auto const subquery_rule_def = (subquery_grammar::keyword >> subquery_grammar::opening) >
                               labeled("a query or a pattern")[subquery_grammar::body] > tok("}", "'}'");

BOOST_SPIRIT_DEFINE(subquery_rule);

subquery_type const& subquery() { return subquery_rule; }

}  // namespace liverkg::parser::x3p

#pragma once
// A statement: [EXPLAIN | PROFILE] then a query (clauses) or liverkg's PATHS:
//   PATHS FROM (a) TO (b) [VIA :A|:B | VIA (m:M {..})] [MAX n HOPS] [SIGN +|-] [ANY CONTEXT] [LIMIT n]
// or SHOW FUNCTIONS | SHOW PROCEDURES (a standalone CALL of dbms.functions() / dbms.procedures()),
// or transaction control (BEGIN, COMMIT, ROLLBACK, CHECKPOINT: transaction_def.hpp).
// It must be followed by ';' or the end of the input.
#include "parser/x3/clause.hpp"
#include "parser/x3/common.hpp"
#include "parser/x3/pattern.hpp"
#include "parser/x3/statement.hpp"
#include "parser/x3/transaction.hpp"

namespace liverkg::parser::x3p {

statement_type const statement_rule = "statement";

namespace statement_grammar {

using x3::_attr;
using x3::_pass;
using x3::_val;

template <ast::StatementMode Mode>
auto const set_mode = act([](auto& ctx) { _val(ctx).mode = Mode; });
auto const set_clauses = act([](auto& ctx) { _val(ctx).clauses = std::move(_attr(ctx)); });
auto const start_union = act([](auto& ctx) { _val(ctx).pos = where_pos(ctx); });
auto const set_all = act([](auto& ctx) { _val(ctx).all = true; });
auto const add_union = act([](auto& ctx) { _val(ctx).unions.push_back(std::move(_attr(ctx))); });
auto const set_paths = act([](auto& ctx) { _val(ctx).paths = std::move(_attr(ctx)); });
auto const set_control = act([](auto& ctx) { _val(ctx).control = _attr(ctx); });

auto const start_paths = act([](auto& ctx) { _val(ctx).pos = where_pos(ctx); });
auto const set_from = act([](auto& ctx) { _val(ctx).from = std::move(_attr(ctx)); });
auto const set_to = act([](auto& ctx) { _val(ctx).to = std::move(_attr(ctx)); });
auto const set_via_node = act([](auto& ctx) { _val(ctx).via_node = std::move(_attr(ctx)); });
auto const set_via_labels = act([](auto& ctx) { _val(ctx).via_labels = std::move(_attr(ctx)); });
auto const set_max = act([](auto& ctx) { _val(ctx).max_hops = _attr(ctx); });
auto const set_limit = act([](auto& ctx) { _val(ctx).limit = _attr(ctx); });
auto const set_any_context = act([](auto& ctx) { _val(ctx).any_context = true; });
template <char Sign>
auto const set_sign = act([](auto& ctx) { _val(ctx).sign = Sign; });

// SHOW FUNCTIONS reads as CALL dbms.functions(), SHOW PROCEDURES as CALL dbms.procedures().
template <const char* Procedure>
auto const show_call = act([](auto& ctx) {
    ast::CallClause call;
    call.procedure = Procedure;
    call.explicit_arguments = true;
    call.pos = call.name_pos = where_pos(ctx);
    _val(ctx).clauses.push_back(std::move(call));
});
inline constexpr char functions_procedure[] = "dbms.functions";
inline constexpr char procedures_procedure[] = "dbms.procedures";

// MAX and LIMIT take a non-negative integer literal.
auto const count_value = act([](auto& ctx) {
    auto* v = std::get_if<std::int64_t>(&_attr(ctx));
    _pass(ctx) = v != nullptr && *v >= 0;
    if (v) _val(ctx) = *v;
});

x3::rule<class query_class, std::vector<ast::Clause>> const query = "query";
x3::rule<class paths_class, ast::PathsQuery> const paths = "PATHS";
x3::rule<class union_class, ast::UnionPart> const union_part = "UNION";
x3::rule<class count_class, std::int64_t> const count = "a non-negative integer";
x3::rule<class via_labels_class, std::vector<std::string>> const via_labels = "labels";

auto const node_pattern_ = node_pattern();
auto const label_name = name_parser{true, "a label"};

auto const query_def = +clause();

auto const union_part_def =
    kw("UNION")[start_union] > -kw("ALL")[set_all] > query[set_clauses];

auto const count_def = labeled("a non-negative integer")[number_literal[count_value]];

auto const via_labels_def = op(":") >> (label_name % (op("|") >> -op(":")));

auto const paths_def =
    kw("PATHS")[start_paths] > kw("FROM", "'FROM'") > node_pattern_[set_from] >
    kw("TO", "'TO'") > node_pattern_[set_to] >>
    -(kw("VIA") >
      labeled("a node pattern or labels")[node_pattern_[set_via_node] |
                                          via_labels[set_via_labels]]) >>
    -(kw("MAX") > count[set_max] > kw("HOPS", "'HOPS'")) >>
    -(kw("SIGN") > (tok("+", "'+'")[set_sign<'+'>] | tok("-", "'-'")[set_sign<'-'>])) >>
    -(kw("ANY") > kw("CONTEXT", "'CONTEXT'")[set_any_context]) >>
    -(kw("LIMIT") > count[set_limit]);

auto const statement_end = &tok(";", "';'") | end_of_input;

auto const show = kw("SHOW") > (kw("FUNCTIONS")[show_call<functions_procedure>] |
                                 kw("PROCEDURES", "'FUNCTIONS' or 'PROCEDURES'")[show_call<procedures_procedure>]);

BOOST_SPIRIT_DEFINE(query, paths, union_part, count, via_labels);

}  // namespace statement_grammar

auto const statement_rule_def =
    -(kw("EXPLAIN")[statement_grammar::set_mode<ast::StatementMode::Explain>] |
      kw("PROFILE")[statement_grammar::set_mode<ast::StatementMode::Profile>]) >>
    (statement_grammar::paths[statement_grammar::set_paths] | statement_grammar::show |
     transaction()[statement_grammar::set_control] |
     (statement_grammar::query[statement_grammar::set_clauses] >>
      *statement_grammar::union_part[statement_grammar::add_union])) >>
    statement_grammar::statement_end;

BOOST_SPIRIT_DEFINE(statement_rule);

statement_type const& statement() { return statement_rule; }

}  // namespace liverkg::parser::x3p

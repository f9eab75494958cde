#pragma once
// Clauses: [OPTIONAL] MATCH, UNWIND, WITH, RETURN, CREATE, MERGE, SET, REMOVE,
// [DETACH] DELETE, CALL ... YIELD. After a clause keyword the parse is committed (`>`).
#include <boost/fusion/include/at_c.hpp>

#include "parser/x3/clause.hpp"
#include "parser/x3/common.hpp"
#include "parser/x3/expression.hpp"
#include "parser/x3/pattern.hpp"

namespace liverkg::parser::x3p {

clause_type const clause_rule = "clause";

namespace clause_grammar {

using boost::fusion::at_c;
using x3::_attr;
using x3::_val;

// ---------------------------------------------------------------- actions

auto const start_at = act([](auto& ctx) { _val(ctx).pos = where_pos(ctx); });
auto const set_val = act([](auto& ctx) { _val(ctx) = std::move(_attr(ctx)); });
auto const set_optional = act([](auto& ctx) {
    _val(ctx).pos = where_pos(ctx);
    _val(ctx).optional = true;
});
auto const set_pattern = act([](auto& ctx) { _val(ctx).pattern = std::move(_attr(ctx)); });
auto const set_where = act([](auto& ctx) { _val(ctx).where = std::move(_attr(ctx)); });
auto const set_expression = act([](auto& ctx) { _val(ctx).expression = std::move(_attr(ctx)); });
auto const set_variable = act([](auto& ctx) { _val(ctx).variable = std::move(_attr(ctx)); });
auto const set_projection = act([](auto& ctx) { _val(ctx).projection = std::move(_attr(ctx)); });
// A pattern is a predicate (WHERE (a)-->(b)), not a value WITH can carry on: openCypher asks
// for a pattern comprehension or EXISTS { ... } there.
auto const set_with_projection = act([](auto& ctx) {
    for (const auto& item : _attr(ctx).items)
        if (item.expression->kind == ast::ExprKind::PatternPredicate)
            throw LexError{{"UnexpectedSyntax",
                            "a pattern cannot be projected by WITH; use a pattern comprehension [(a)-->(b) | b] "
                            "or EXISTS { (a)-->(b) }",
                            tracker_of(ctx).begin() + item.expression->pos.offset, false}};
    _val(ctx).projection = std::move(_attr(ctx));
});
auto const add_item = act([](auto& ctx) { _val(ctx).items.push_back(std::move(_attr(ctx))); });
auto const add_expression = act([](auto& ctx) {
    _val(ctx).expressions.push_back(std::move(_attr(ctx)));
});
auto const set_detach = act([](auto& ctx) {
    _val(ctx).pos = where_pos(ctx);
    _val(ctx).detach = true;
});

// Projection (WITH / RETURN)
auto const set_distinct = act([](auto& ctx) { _val(ctx).distinct = true; });
auto const set_star = act([](auto& ctx) { _val(ctx).star = true; });
auto const set_order = act([](auto& ctx) { _val(ctx).order_by = std::move(_attr(ctx)); });
auto const set_skip = act([](auto& ctx) { _val(ctx).skip = std::move(_attr(ctx)); });
auto const set_limit = act([](auto& ctx) { _val(ctx).limit = std::move(_attr(ctx)); });
auto const set_descending = act([](auto& ctx) { _val(ctx).descending = true; });

// The column name is the expression exactly as written.
auto const set_item_expression = act([](auto& ctx) {
    auto range = x3::_where(ctx);
    _val(ctx).pos = where_pos(ctx);
    _val(ctx).text = tracker_of(ctx).text_between(range.begin(), range.end());
    _val(ctx).expression = std::move(_attr(ctx));
});
auto const set_alias = act([](auto& ctx) { _val(ctx).alias = std::move(_attr(ctx)); });

// SET / REMOVE items
using SetKind = ast::SetItem::Kind;
template <SetKind Kind>
auto const set_item = act([](auto& ctx) {
    auto& item = _val(ctx);
    item.kind = Kind;
    item.pos = where_pos(ctx);
    if constexpr (Kind == SetKind::Property) {
        item.target = std::move(at_c<0>(_attr(ctx)));
        item.value = std::move(at_c<1>(_attr(ctx)));
    } else if constexpr (Kind == SetKind::Labels) {
        item.variable = std::move(at_c<0>(_attr(ctx)));
        item.labels = std::move(at_c<1>(_attr(ctx)));
    } else {
        item.variable = std::move(at_c<0>(_attr(ctx)));
        item.value = std::move(at_c<1>(_attr(ctx)));
    }
});
auto const remove_property = act([](auto& ctx) {
    _val(ctx).kind = ast::RemoveItem::Kind::Property;
    _val(ctx).pos = where_pos(ctx);
    _val(ctx).target = std::move(_attr(ctx));
});
auto const remove_labels = act([](auto& ctx) {
    _val(ctx).kind = ast::RemoveItem::Kind::Labels;
    _val(ctx).pos = where_pos(ctx);
    _val(ctx).variable = std::move(at_c<0>(_attr(ctx)));
    _val(ctx).labels = std::move(at_c<1>(_attr(ctx)));
});
auto const start_property = act([](auto& ctx) {
    _val(ctx) = make_named(ast::ExprKind::Variable, std::move(_attr(ctx)), where_pos(ctx));
});
auto const add_property = act([](auto& ctx) {
    _val(ctx) = make_property(std::move(_val(ctx)), std::move(_attr(ctx)));
});

// MERGE
auto const set_part = act([](auto& ctx) { _val(ctx).pattern = std::move(_attr(ctx)); });
auto const add_on_create = act([](auto& ctx) {
    for (auto& item : _attr(ctx)) _val(ctx).on_create.push_back(std::move(item));
});
auto const add_on_match = act([](auto& ctx) {
    for (auto& item : _attr(ctx)) _val(ctx).on_match.push_back(std::move(item));
});

// CALL
auto const set_procedure = act([](auto& ctx) {
    _val(ctx).procedure = std::move(_attr(ctx));
    _val(ctx).name_pos = where_pos(ctx);
});
auto const set_explicit = act([](auto& ctx) { _val(ctx).explicit_arguments = true; });
auto const add_argument = act([](auto& ctx) { _val(ctx).arguments.push_back(std::move(_attr(ctx))); });
auto const set_yield_all = act([](auto& ctx) { _val(ctx).yield_all = true; });
auto const add_yield = act([](auto& ctx) { _val(ctx).yields.push_back(std::move(_attr(ctx))); });
auto const set_field = act([](auto& ctx) {
    _val(ctx).field = std::move(_attr(ctx));
    _val(ctx).pos = where_pos(ctx);
});
auto const append_name_part = act([](auto& ctx) {
    _val(ctx) += '.';
    _val(ctx) += _attr(ctx);
});
auto const set_name = act([](auto& ctx) { _val(ctx) = std::move(_attr(ctx)); });

// ---------------------------------------------------------------- rules

x3::rule<class match_class, ast::MatchClause> const match_clause = "MATCH";
x3::rule<class unwind_class, ast::UnwindClause> const unwind_clause = "UNWIND";
x3::rule<class with_class, ast::WithClause> const with_clause = "WITH";
x3::rule<class return_class, ast::ReturnClause> const return_clause = "RETURN";
x3::rule<class create_class, ast::CreateClause> const create_clause = "CREATE";
x3::rule<class merge_class, ast::MergeClause> const merge_clause = "MERGE";
x3::rule<class set_class, ast::SetClause> const set_clause = "SET";
x3::rule<class remove_class, ast::RemoveClause> const remove_clause = "REMOVE";
x3::rule<class delete_class, ast::DeleteClause> const delete_clause = "DELETE";
x3::rule<class call_class, ast::CallClause> const call_clause = "CALL";
x3::rule<class procedure_name_class, std::string> const procedure_name = "a procedure name";
x3::rule<class yield_item_class, ast::YieldItem> const yield_item = "a procedure output";
x3::rule<class projection_class, ast::Projection> const projection = "projection";
x3::rule<class return_item_class, ast::ReturnItem> const return_item = "return item";
x3::rule<class sort_item_class, ast::SortItem> const sort_item = "sort item";
x3::rule<class set_item_class, ast::SetItem> const set_item_rule = "set item";
x3::rule<class set_items_class, std::vector<ast::SetItem>> const set_items = "set items";
x3::rule<class remove_item_class, ast::RemoveItem> const remove_item = "remove item";
x3::rule<class property_target_class, ast::ExprPtr> const property_target = "property";

auto const expression_ = expression();
auto const pattern_ = pattern();
auto const pattern_part_ = pattern_part();
auto const node_labels_ = node_labels();
auto const property_key = name_parser{true, "a property key"};
auto const comma = op(",");

auto const clause_body = match_clause[set_val] | unwind_clause[set_val] | with_clause[set_val] |
                         return_clause[set_val] | create_clause[set_val] |
                         merge_clause[set_val] | set_clause[set_val] |
                         remove_clause[set_val] | delete_clause[set_val] | call_clause[set_val];

auto const match_clause_def =
    ((kw("OPTIONAL")[set_optional] > kw("MATCH", "'MATCH'")) | kw("MATCH")[start_at]) >
    pattern_[set_pattern] >> -(kw("WHERE") > expression_[set_where]);

auto const unwind_clause_def = kw("UNWIND")[start_at] > expression_[set_expression] >
                               kw("AS", "'AS'") > variable_name[set_variable];

auto const with_clause_def = kw("WITH")[start_at] > projection[set_with_projection] >>
                             -(kw("WHERE") > expression_[set_where]);

auto const return_clause_def = kw("RETURN")[start_at] > projection[set_projection];

auto const create_clause_def = kw("CREATE")[start_at] > pattern_[set_pattern];

auto const merge_clause_def =
    kw("MERGE")[start_at] > pattern_part_[set_part] >>
    *(kw("ON") > ((kw("CREATE", "'CREATE'") > kw("SET", "'SET'") > set_items[add_on_create]) |
                  (kw("MATCH", "'MATCH'") > kw("SET", "'SET'") > set_items[add_on_match])));

auto const set_clause_def = kw("SET")[start_at] > (set_item_rule[add_item] % comma);

auto const remove_clause_def = kw("REMOVE")[start_at] > (remove_item[add_item] % comma);

auto const delete_clause_def =
    ((kw("DETACH")[set_detach] > kw("DELETE", "'DELETE'")) | kw("DELETE")[start_at]) >
    (expression_[add_expression] % comma);

auto const procedure_name_def =
    symbolic_name[set_name] >> *(op(".") > symbolic_name[append_name_part]);

auto const yield_item_def = symbolic_name[set_field] >> -(kw("AS") > variable_name[set_alias]);

// YIELD * hands every output to the result, so it ends the statement (standalone CALL only).
auto const statement_ends = &(tok(";", "';'") | end_of_input);

auto const call_clause_def =
    kw("CALL")[start_at] > procedure_name[set_procedure] >>
    -(op("(")[set_explicit] > -(expression_[add_argument] % comma) > tok(")", "')'")) >>
    -(kw("YIELD") >
      ((op("*")[set_yield_all] > statement_ends) |
       ((yield_item[add_yield] % comma) >> -(kw("WHERE") > expression_[set_where]))));

auto const projection_items =
    (op("*")[set_star] >> *(comma >> return_item[add_item])) |
    (return_item[add_item] % comma);

auto const projection_def =
    -kw("DISTINCT")[set_distinct] >> projection_items >>
    -(kw("ORDER") > kw("BY", "'BY'") > (sort_item % comma)[set_order]) >>
    -(kw("SKIP") > expression_[set_skip]) >> -(kw("LIMIT") > expression_[set_limit]);

auto const return_item_def =
    expression_[set_item_expression] >> -(kw("AS") > variable_name[set_alias]);

auto const sort_item_def =
    expression_[set_expression] >>
    -(kw("ASCENDING") | kw("ASC") | kw("DESCENDING")[set_descending] | kw("DESC")[set_descending]);

auto const property_target_def =
    (variable_name[start_property] | (op("(") >> variable_name[start_property] >> tok(")", "')'"))) >>
    +(op(".") >> property_key)[add_property];

auto const set_item_rule_def =
    (property_target >> op("=") >> expression_)[set_item<SetKind::Property>] |
    (variable_name >> op("+=") >> expression_)[set_item<SetKind::Merge>] |
    (variable_name >> op("=") >> expression_)[set_item<SetKind::Replace>] |
    (variable_name >> node_labels_)[set_item<SetKind::Labels>];

auto const set_items_def = set_item_rule % comma;

auto const remove_item_def =
    property_target[remove_property] | (variable_name >> node_labels_)[remove_labels];

BOOST_SPIRIT_DEFINE(match_clause, unwind_clause, with_clause, return_clause, create_clause,
                    merge_clause, set_clause, remove_clause, delete_clause, call_clause, procedure_name,
                    yield_item, projection,
                    return_item, sort_item, set_item_rule, set_items, remove_item,
                    property_target);

}  // namespace clause_grammar

auto const clause_rule_def = labeled("a clause")[clause_grammar::clause_body];
BOOST_SPIRIT_DEFINE(clause_rule);

clause_type const& clause() { return clause_rule; }

}  // namespace liverkg::parser::x3p

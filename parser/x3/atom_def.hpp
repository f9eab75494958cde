#pragma once
// Atoms, tried in this order (the first that matches wins):
//   literal, $parameter, CASE, count(*), [x IN l WHERE p | e], [list], any/all/none/single,
//   reduce, pattern predicate, (expression), {map}, EXISTS/COUNT/COLLECT { subquery },
//   n{projection}, f.g(args), variable.
#include <boost/fusion/include/at_c.hpp>

#include <cctype>

#include "parser/x3/atom.hpp"
#include "parser/x3/common.hpp"
#include "parser/x3/expression.hpp"
#include "parser/x3/pattern.hpp"
#include "parser/x3/subquery.hpp"

namespace liverkg::parser::x3p {

atom_type const atom_rule = "atom";
properties_type const properties_rule = "properties";

namespace atom_grammar {

using boost::fusion::at_c;
using x3::_attr;
using x3::_val;

// ---------------------------------------------------------------- actions

template <typename Value>
auto literal_of(Value v) {
    return act([v](auto& ctx) { _val(ctx) = make_literal(ast::Literal(v), where_pos(ctx)); });
}
auto const number_atom = act([](auto& ctx) { _val(ctx) = make_literal(_attr(ctx), where_pos(ctx)); });
auto const string_atom = act([](auto& ctx) {
    _val(ctx) = make_literal(ast::Literal(std::move(_attr(ctx))), where_pos(ctx));
});

template <ast::ExprKind Kind>
auto const named_atom = act([](auto& ctx) {
    _val(ctx) = make_named(Kind, std::move(_attr(ctx)), where_pos(ctx));
});

template <ast::ExprKind Kind>
auto const start = act([](auto& ctx) { _val(ctx) = make_expr(Kind, where_pos(ctx)); });

auto const add_arg = act([](auto& ctx) { _val(ctx)->args.push_back(std::move(_attr(ctx))); });
auto const set_distinct = act([](auto& ctx) { _val(ctx)->distinct = true; });

// CASE
auto const set_subject = act([](auto& ctx) { _val(ctx)->case_subject = std::move(_attr(ctx)); });
auto const add_when = act([](auto& ctx) {
    _val(ctx)->case_when.push_back(std::move(at_c<0>(_attr(ctx))));
    _val(ctx)->case_then.push_back(std::move(at_c<1>(_attr(ctx))));
});
auto const set_else = act([](auto& ctx) { _val(ctx)->case_else = std::move(_attr(ctx)); });

// [x IN list WHERE pred | expr] and quantifiers: args = {list, where?, projection?}
auto const start_iteration = act([](auto& ctx) {
    auto e = make_expr(ast::ExprKind::ListComprehension, where_pos(ctx));
    e->name = std::move(at_c<0>(_attr(ctx)));
    e->args = {std::move(at_c<1>(_attr(ctx))), nullptr, nullptr};
    _val(ctx) = std::move(e);
});
auto const set_filter = act([](auto& ctx) { _val(ctx)->args[1] = std::move(_attr(ctx)); });
auto const set_projection = act([](auto& ctx) { _val(ctx)->args[2] = std::move(_attr(ctx)); });
auto const start_quantifier = act([](auto& ctx) {
    auto e = make_expr(ast::ExprKind::Quantifier, where_pos(ctx));
    e->quantifier = at_c<0>(_attr(ctx));
    e->name = std::move(at_c<1>(_attr(ctx)));
    e->args = {std::move(at_c<2>(_attr(ctx))), nullptr};
    _val(ctx) = std::move(e);
});

// reduce(acc = init, x IN list | expr): keys[0] = acc, args = {init, list, expr}
auto const make_reduce = act([](auto& ctx) {
    auto& a = _attr(ctx);
    auto e = make_expr(ast::ExprKind::Reduce, where_pos(ctx));
    e->keys = {std::move(at_c<0>(a))};
    e->name = std::move(at_c<2>(a));
    e->args = {std::move(at_c<1>(a)), std::move(at_c<3>(a)), std::move(at_c<4>(a))};
    _val(ctx) = std::move(e);
});

auto const make_pattern_predicate = act([](auto& ctx) {
    auto e = make_expr(ast::ExprKind::PatternPredicate, where_pos(ctx));
    e->pattern = std::make_shared<ast::PatternPart>(std::move(_attr(ctx)));
    _val(ctx) = std::move(e);
});

// [p = (a)-->(b) WHERE pred | expr]: pattern (with its path variable), args = {where?, expr}
auto const start_pattern_comprehension = act([](auto& ctx) {
    auto e = make_expr(ast::ExprKind::PatternComprehension, where_pos(ctx));
    auto part = std::make_shared<ast::PatternPart>(std::move(at_c<1>(_attr(ctx))));
    if (auto& name = at_c<0>(_attr(ctx))) part->path_variable = std::move(*name);
    e->pattern = std::move(part);
    e->args = {nullptr, nullptr};
    _val(ctx) = std::move(e);
});
auto const set_arg0 = act([](auto& ctx) { _val(ctx)->args[0] = std::move(_attr(ctx)); });
auto const set_arg1 = act([](auto& ctx) { _val(ctx)->args[1] = std::move(_attr(ctx)); });

auto const add_entry = act([](auto& ctx) {
    _val(ctx)->keys.push_back(std::move(at_c<0>(_attr(ctx))));
    _val(ctx)->args.push_back(std::move(at_c<1>(_attr(ctx))));
});

// n{.key, .*, key: expr, var}
using Item = ast::MapProjectionItem;
template <Item::Kind Kind>
auto const projection_item = act([](auto& ctx) {
    _val(ctx).kind = Kind;
    if constexpr (Kind == Item::Kind::Literal) {
        _val(ctx).key = std::move(at_c<0>(_attr(ctx)));
        _val(ctx).value = std::move(at_c<1>(_attr(ctx)));
    } else if constexpr (Kind != Item::Kind::AllProperties) {
        _val(ctx).key = std::move(_attr(ctx));
    }
});
auto const add_item = act([](auto& ctx) { _val(ctx)->map_items.push_back(std::move(_attr(ctx))); });

// Function names keep their namespaces: a.b.c(x) is the function "a.b.c".
auto const append_name_part = act([](auto& ctx) {
    _val(ctx) += '.';
    _val(ctx) += _attr(ctx);
});
auto const set_name = act([](auto& ctx) { _val(ctx) = std::move(_attr(ctx)); });

// openCypher no longer lets a pattern stand for a list of paths: size((a)-->())
// is a syntax error (a pattern comprehension, size([(a)-->() | 1]), is the way).
auto const check_pattern_argument = act([](auto& ctx) {
    const auto& call = *_val(ctx);
    std::string name = call.name;
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name == "size" && call.args.size() == 1 &&
        call.args[0]->kind == ast::ExprKind::PatternPredicate)
        throw LexError{{"UnexpectedSyntax",
                        "a pattern cannot be the argument of size(); use a pattern comprehension "
                        "such as size([(a)-->() | 1])",
                        tracker_of(ctx).begin() + call.args[0]->pos.offset, false}};
});

// ---------------------------------------------------------------- rules

x3::rule<class literal_class, ast::ExprPtr> const literal = "literal";
x3::rule<class parameter_class, ast::ExprPtr> const parameter = "parameter";
x3::rule<class parameter_name_class, std::string> const parameter_name = "parameter name";
x3::rule<class case_class, ast::ExprPtr> const case_expr = "CASE expression";
x3::rule<class count_star_class, ast::ExprPtr> const count_star = "count(*)";
x3::rule<class comprehension_class, ast::ExprPtr> const comprehension = "list comprehension";
x3::rule<class list_class, ast::ExprPtr> const list = "list";
x3::rule<class pattern_comprehension_class, ast::ExprPtr> const pattern_comprehension =
    "pattern comprehension";
x3::rule<class quantifier_class, ast::ExprPtr> const quantifier = "quantifier";
x3::rule<class quantifier_word_class, ast::Quantifier> const quantifier_word = "quantifier";
x3::rule<class reduce_class, ast::ExprPtr> const reduce = "reduce";
x3::rule<class pattern_predicate_class, ast::ExprPtr> const pattern_predicate = "pattern";
x3::rule<class parenthesized_class, ast::ExprPtr> const parenthesized = "parenthesized";
x3::rule<class map_class, ast::ExprPtr> const map = "map";
x3::rule<class projection_class, ast::ExprPtr> const map_projection = "map projection";
x3::rule<class projection_item_class, Item> const map_projection_item = "map projection item";
x3::rule<class function_call_class, ast::ExprPtr> const function_call = "function call";
x3::rule<class function_name_class, std::string> const function_name = "function name";
x3::rule<class variable_class, ast::ExprPtr> const variable = "variable";

auto const expression_ = expression();
auto const relationships_ = relationships_pattern();
auto const property_key = name_parser{true, "a property key"};
auto const rparen = tok(")", "')'");
auto const comma = tok(",", "','");

auto const atom_body = literal | parameter | case_expr | count_star | comprehension |
                       pattern_comprehension | list |
                      quantifier | reduce | pattern_predicate | parenthesized | map | subquery() |
                      map_projection | function_call | variable;


auto const literal_def = number_literal[number_atom] | string_literal[string_atom] |
                         kw("TRUE")[literal_of(true)] | kw("FALSE")[literal_of(false)] |
                         kw("NULL")[literal_of(ast::Null{})];

auto const parameter_name_def = symbolic_name | +x3::digit;
auto const parameter_def =
    x3::lexeme[op("$") >> parameter_name][named_atom<ast::ExprKind::Parameter>];

auto const case_expr_def =
    kw("CASE")[start<ast::ExprKind::Case>] >> -expression_[set_subject] >>
    +(kw("WHEN", "'WHEN'") >> expression_ >> kw("THEN", "'THEN'") >> expression_)[add_when] >>
    -(kw("ELSE") >> expression_)[set_else] >> kw("END", "'END'");

auto const count_star_def =
    (kw("COUNT") >> op("(") >> op("*") >> rparen)[start<ast::ExprKind::CountStar>];

// Once `[x IN` is seen in brackets without a top-level comma, it can only be a
// comprehension: commit, so a failure is not re-parsed as a list literal.
auto const comprehension_def =
    ((comprehension_ahead >> op("[") >> variable_name >> kw("IN")) > expression_)[start_iteration] >
    -(kw("WHERE") > expression_)[set_filter] > -(op("|") > expression_)[set_projection] >
    tok("]", "']'");

auto const pattern_comprehension_def =
    (op("[") >> -(variable_name >> op("=")) >> relationship_chain_ahead >>
     relationships_)[start_pattern_comprehension] >>
    (-(kw("WHERE") > expression_[set_arg0]) >> tok("|", "'|'")) > expression_[set_arg1] >
    tok("]", "']'");

auto const list_def = op("[")[start<ast::ExprKind::List>] >>
                      -(expression_[add_arg] % comma) >> tok("]", "']'");

auto const quantifier_word_def = (kw("ANY") >> x3::attr(ast::Quantifier::Any)) |
                             (kw("ALL") >> x3::attr(ast::Quantifier::All)) |
                             (kw("NONE") >> x3::attr(ast::Quantifier::None)) |
                             (kw("SINGLE") >> x3::attr(ast::Quantifier::Single));
auto const quantifier_def =
    (quantifier_word >> op("(") >> variable_name >> kw("IN") >> expression_)[start_quantifier] >>
    -(kw("WHERE") >> expression_)[set_filter] >> rparen;

auto const reduce_def =
    (kw("REDUCE") >> op("(") >> variable_name >> op("=") >> expression_ >> tok(",", "','") >>
     variable_name >> kw("IN", "'IN'") >> expression_ >> tok("|", "'|'") >> expression_ >>
     rparen)[make_reduce];

auto const pattern_predicate_def =
    (relationship_chain_ahead >> relationships_)[make_pattern_predicate];

auto const parenthesized_def = op("(") >> expression_ >> rparen;

auto const map_def =
    op("{")[start<ast::ExprKind::Map>] >>
    -((property_key >> tok(":", "':'") >> expression_)[add_entry] % comma) >> tok("}", "'}'");

auto const map_projection_item_def =
    (op(".") >> op("*"))[projection_item<Item::Kind::AllProperties>] |
    (op(".") >> property_key)[projection_item<Item::Kind::Property>] |
    (property_key >> op(":") >> expression_)[projection_item<Item::Kind::Literal>] |
    variable_name[projection_item<Item::Kind::Variable>];

auto const map_projection_def =
    (variable_name >> op("{"))[named_atom<ast::ExprKind::MapProjection>] >>
    -(map_projection_item[add_item] % op(",")) >> tok("}", "'}'");

auto const function_name_def =
    variable_name[set_name] >> *(op(".") >> symbolic_name)[append_name_part];

auto const function_call_def =
    (function_name >> op("("))[named_atom<ast::ExprKind::Function>] >>
    -kw("DISTINCT")[set_distinct] >> -(expression_[add_arg] % comma) >>
    rparen[check_pattern_argument];

auto const variable_def = variable_name[named_atom<ast::ExprKind::Variable>];

BOOST_SPIRIT_DEFINE(literal, parameter, parameter_name, case_expr, count_star,
                    comprehension, pattern_comprehension, list, quantifier, quantifier_word, reduce, pattern_predicate, parenthesized, map,
                    map_projection, map_projection_item, function_call, function_name, variable);

}  // namespace atom_grammar

auto const atom_rule_def = labeled("an expression")[atom_grammar::atom_body];
auto const properties_rule_def = atom_grammar::map | atom_grammar::parameter;
BOOST_SPIRIT_DEFINE(atom_rule, properties_rule);

atom_type const& atom() { return atom_rule; }
properties_type const& properties() { return properties_rule; }

}  // namespace liverkg::parser::x3p

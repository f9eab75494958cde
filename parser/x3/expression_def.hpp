#pragma once
// Operator precedence, one rule per level (lowest first):
//   OR, XOR, AND, NOT, comparison (chained), string/list/null predicates,
//   + -, * / %, ^, unary - +, postfix (.key  [i]  [a..b]  :Label).
// Each level is "next level, then any number of (operator, next level)", folded
// to the left by a semantic action, so long chains loop instead of recursing.
#include <boost/fusion/include/at_c.hpp>

#include "parser/x3/atom.hpp"
#include "parser/x3/common.hpp"
#include "parser/x3/expression.hpp"
#include "parser/x3/shortcuts.hpp"

namespace liverkg::parser::x3p {

// Public rules live in x3p (where BOOST_SPIRIT_DECLARE put them); the levels below
// are private to this unit.
expression_type const expression_rule = "expression";

namespace expression_grammar {

using boost::fusion::at_c;
using x3::_attr;
using x3::_pass;
using x3::_val;

// ---------------------------------------------------------------- operator tables

struct comparison_ops_table : x3::symbols<ast::Op> {
    comparison_ops_table() {
        add("=", ast::Op::Eq)("<>", ast::Op::Neq)("<", ast::Op::Lt)("<=", ast::Op::Le)(
            ">", ast::Op::Gt)(">=", ast::Op::Ge);
    }
};
struct additive_ops_table : x3::symbols<ast::Op> {
    additive_ops_table() { add("+", ast::Op::Add)("-", ast::Op::Sub); }
};
struct multiplicative_ops_table : x3::symbols<ast::Op> {
    multiplicative_ops_table() { add("*", ast::Op::Mul)("/", ast::Op::Div)("%", ast::Op::Mod); }
};

const comparison_ops_table comparison_ops;
const additive_ops_table additive_ops;
const multiplicative_ops_table multiplicative_ops;

// ---------------------------------------------------------------- actions

auto const set_val = act([](auto& ctx) { _val(ctx) = std::move(_attr(ctx)); });

// _attr: (Op, rhs)
auto const fold_binary = act([](auto& ctx) {
    auto& a = _attr(ctx);
    _val(ctx) = make_binary(at_c<0>(a), std::move(_val(ctx)), std::move(at_c<1>(a)));
    check_chain_depth(ctx, _val(ctx));
});

template <ast::Op O>
auto const fold_op = act([](auto& ctx) {
    _val(ctx) = make_binary(O, std::move(_val(ctx)), std::move(_attr(ctx)));
    check_chain_depth(ctx, _val(ctx));
});

template <ast::Op O>
auto const prefix_op = act([](auto& ctx) { _val(ctx) = make_unary(O, _attr(ctx), where_pos(ctx)); });

template <bool Negated>
auto const is_null = act([](auto& ctx) {
    auto e = make_expr(ast::ExprKind::IsNull, _val(ctx)->pos);
    e->negated = Negated;
    e->args = {std::move(_val(ctx))};
    _val(ctx) = std::move(e);
    check_chain_depth(ctx, _val(ctx));
});

// a < b <= c  means  a < b AND b <= c (b is shared, evaluated once per row).
// _attr: (first, [(Op, operand)...])
auto const build_comparison = act([](auto& ctx) {
    auto& a = _attr(ctx);
    ast::ExprPtr last = at_c<0>(a);
    ast::ExprPtr chain;
    for (auto& step : at_c<1>(a)) {
        auto cmp = make_binary(at_c<0>(step), last, at_c<1>(step));
        chain = chain ? make_binary(ast::Op::And, chain, cmp) : cmp;
        last = at_c<1>(step);
    }
    _val(ctx) = chain ? chain : at_c<0>(a);
    check_chain_depth(ctx, _val(ctx));
});

auto const negative_literal = act([](auto& ctx) { _val(ctx) = make_literal(_attr(ctx), where_pos(ctx)); });

auto const add_property = act([](auto& ctx) {
    _val(ctx) = make_property(std::move(_val(ctx)), std::move(_attr(ctx)));
    check_chain_depth(ctx, _val(ctx));
});

auto const add_label = act([](auto& ctx) {
    auto& v = _val(ctx);
    if (v->kind != ast::ExprKind::HasLabels) {
        auto e = make_expr(ast::ExprKind::HasLabels, v->pos);
        e->args = {std::move(v)};
        v = std::move(e);
    }
    v->labels.push_back(std::move(_attr(ctx)));
    check_chain_depth(ctx, v);
});

// [i] or [from..to]; the parts are collected in a Subscript first.
struct Subscript {
    ast::ExprPtr from;
    ast::ExprPtr to;
    bool range = false;
};

auto const set_from = act([](auto& ctx) { _val(ctx).from = std::move(_attr(ctx)); });
auto const set_to = act([](auto& ctx) { _val(ctx).to = std::move(_attr(ctx)); });
auto const set_range = act([](auto& ctx) { _val(ctx).range = true; });

auto const apply_subscript = act([](auto& ctx) {
    Subscript& s = _attr(ctx);
    if (!s.range && !s.from) {  // `x[]` indexes nothing
        _pass(ctx) = false;
        return;
    }
    auto e = make_expr(s.range ? ast::ExprKind::Slice : ast::ExprKind::Index, _val(ctx)->pos);
    e->args = {std::move(_val(ctx)), std::move(s.from)};
    if (s.range) e->args.push_back(std::move(s.to));
    _val(ctx) = std::move(e);
    check_chain_depth(ctx, _val(ctx));
});

// ---------------------------------------------------------------- rules

x3::rule<class or_class, ast::ExprPtr> const or_expr = "expression";
x3::rule<class xor_class, ast::ExprPtr> const xor_expr = "expression";
x3::rule<class and_class, ast::ExprPtr> const and_expr = "expression";
x3::rule<class not_class, ast::ExprPtr> const not_expr = "expression";
x3::rule<class comparison_class, ast::ExprPtr> const comparison_expr = "expression";
x3::rule<class predicate_class, ast::ExprPtr> const predicate_expr = "expression";
x3::rule<class additive_class, ast::ExprPtr> const additive_expr = "expression";
x3::rule<class multiplicative_class, ast::ExprPtr> const multiplicative_expr = "expression";
x3::rule<class power_class, ast::ExprPtr> const power_expr = "expression";
x3::rule<class unary_class, ast::ExprPtr> const unary_expr = "expression";
x3::rule<class postfix_class, ast::ExprPtr> const postfix_expr = "expression";
x3::rule<class subscript_class, Subscript> const subscript = "subscript";

auto const atom_ = atom();
auto const property_key = name_parser{true, "a property key"};
auto const label_name = name_parser{true, "a label"};


auto const or_expr_def = xor_expr[set_val] >> *(kw("OR") >> xor_expr)[fold_op<ast::Op::Or>];
auto const xor_expr_def = and_expr[set_val] >> *(kw("XOR") >> and_expr)[fold_op<ast::Op::Xor>];
auto const and_expr_def = not_expr[set_val] >> *(kw("AND") >> not_expr)[fold_op<ast::Op::And>];
auto const not_expr_def =
    (kw("NOT") >> guard[not_expr])[prefix_op<ast::Op::Not>] | comparison_expr[set_val];

auto const comparison_expr_def =
    (predicate_expr >> *(comparison_ops >> predicate_expr))[build_comparison];

auto const predicate_expr_def =
    additive_expr[set_val] >>
    *((kw("STARTS") >> kw("WITH", "'WITH'") >> additive_expr)[fold_op<ast::Op::StartsWith>] |
      (kw("ENDS") >> kw("WITH", "'WITH'") >> additive_expr)[fold_op<ast::Op::EndsWith>] |
      (kw("CONTAINS") >> additive_expr)[fold_op<ast::Op::Contains>] |
      (op("=~") >> additive_expr)[fold_op<ast::Op::RegexMatch>] |
      (kw("IN") >> additive_expr)[fold_op<ast::Op::In>] |
      (kw("IS") >> kw("NULL"))[is_null<false>] |
      (kw("IS") >> kw("NOT", "'NOT'") >> kw("NULL", "'NULL'"))[is_null<true>]);

auto const additive_expr_def =
    multiplicative_expr[set_val] >> *(additive_ops >> multiplicative_expr)[fold_binary];
auto const multiplicative_expr_def =
    power_expr[set_val] >> *(multiplicative_ops >> power_expr)[fold_binary];
auto const power_expr_def = unary_expr[set_val] >> *(op("^") >> unary_expr)[fold_op<ast::Op::Pow>];

// -9223372036854775808 is only representable as one literal, so a minus directly
// before a number is folded into it (unless a postfix operator applies to the number).
auto const postfix_start = (op(".") >> !x3::lit('.')) | op("[");
auto const unary_expr_def =
    (op("-") >> negated_number_literal >> !postfix_start)[negative_literal] |
    (op("-") >> guard[unary_expr])[prefix_op<ast::Op::Negate>] |
    (op("+") >> guard[unary_expr])[prefix_op<ast::Op::Plus>] | postfix_expr[set_val];

// The atom at the current position, taken from the shortcut's memo when it parsed it
// already (see atom_then_end below).
struct memo_atom_parser : x3::parser<memo_atom_parser> {
    using attribute_type = ast::ExprPtr;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext& rctx, Attribute& attr) const {
        x3::skip_over(first, last, ctx);
        Tracker& tracker = tracker_of(ctx);
        Tracker::AtomMemo& memo = tracker.atom_memo;
        if (memo.start == first && memo.expr) {
            first = memo.end;
            x3::traits::move_to(memo.expr, attr);
            return true;
        }
        if (tracker.atom_failed_at(first)) return false;
        Iterator start = first;
        if (atom_.parse(first, last, ctx, rctx, attr)) return true;
        tracker.atom_fails_at(start);
        return false;
    }
};

inline constexpr memo_atom_parser memo_atom{};

auto const postfix_expr_def = memo_atom[set_val] >> *((op(".") >> property_key)[add_property] |
                                                  subscript[apply_subscript] |
                                                  (op(":") >> label_name)[add_label]);

auto const subscript_def = op("[") >> -expression_rule[set_from] >>
                           -(op("..")[set_range] >> -expression_rule[set_to]) >> tok("]", "']'");

BOOST_SPIRIT_DEFINE(or_expr, xor_expr, and_expr, not_expr, comparison_expr,
                    predicate_expr, additive_expr, multiplicative_expr, power_expr, unary_expr,
                    postfix_expr, subscript);

}  // namespace expression_grammar

// Most expressions in real statements are one literal, or a parameter or variable with
// a few `.key` lookups, with a ',', ')', ']', '}', '|', ';', the end or a clause word right
// after it: `{id: 'X'}`, `LIMIT 5`, `RETURN n.name AS m`. Those are recognised on the raw
// text (shortcuts.hpp) and skip the twelve precedence levels (and their allocations).
// Anything else fails here without a trace (no tracker expectation, no input consumed)
// and parses through the levels as before.
inline constexpr shortcut::raw_text_parser<ast::ExprPtr, shortcut::read_lone_expression> lone_atom{};

// The next most common expression: any atom (a function call, a list, a map...) with at
// most a few `.key` lookups, then what ends an expression: `length(p) AS len`,
// `n.name`, `collect(x)`. When something else follows, the atom is left in the tracker's
// memo and the precedence levels below reuse it instead of parsing it again.
struct atom_then_end_parser : x3::parser<atom_then_end_parser> {
    using attribute_type = ast::ExprPtr;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext& rctx, Attribute& attr) const {
        Iterator start = first;
        x3::skip_over(start, last, ctx);
        Iterator end = start;
        ast::ExprPtr atom;
        Tracker& tracker = tracker_of(ctx);
        if (tracker.atom_failed_at(start)) return false;
        if (!expression_grammar::atom_.parse(end, last, ctx, rctx, atom)) {
            tracker.atom_fails_at(start);
            return false;
        }
        ast::ExprPtr e = atom;
        const char* p = end;
        // A chain the levels would reject (check_chain_depth) is left to them, for their error.
        if (!shortcut::add_keys(e, p, last) || !shortcut::ends_expression(p, last) || chain_too_deep(e))
            return remember(ctx, start, end, std::move(atom));
        first = p;
        x3::traits::move_to(std::move(e), attr);
        return true;
    }

    template <typename Context>
    static bool remember(Context const& ctx, const char* start, const char* end, ast::ExprPtr atom) {
        tracker_of(ctx).atom_memo = {start, end, std::move(atom)};
        return false;
    }
};

inline constexpr atom_then_end_parser atom_then_end{};

auto const expression_rule_def =
    labeled("an expression")[guard[lone_atom | atom_then_end | expression_grammar::or_expr]];
BOOST_SPIRIT_DEFINE(expression_rule);

expression_type const& expression() { return expression_rule; }

}  // namespace liverkg::parser::x3p

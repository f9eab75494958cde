#pragma once
// Patterns: p = (a:A {k: v})-[r:T|U*1..3 {k: v}]->(b)<--(c), shortestPath((a)-[*]-(b)).
#include <boost/fusion/include/at_c.hpp>

#include "parser/x3/atom.hpp"
#include "parser/x3/common.hpp"
#include "parser/x3/pattern.hpp"
#include "parser/x3/shortcuts.hpp"

namespace liverkg::parser::x3p {

node_pattern_type const node_pattern_rule = "node pattern";
pattern_part_type const pattern_part_rule = "pattern";
pattern_type const pattern_rule = "pattern";
relationships_type const relationships_rule = "relationship pattern";
node_labels_type const node_labels_rule = "labels";

namespace pattern_grammar {

using boost::fusion::at_c;
using x3::_attr;
using x3::_pass;
using x3::_val;

// *  *n  *m..n  *..n  *m..
struct VarLength {
    std::optional<std::int64_t> min;
    std::optional<std::int64_t> max;
    bool range = false;
};

// ---------------------------------------------------------------- actions

auto const start_at = act([](auto& ctx) { _val(ctx).pos = where_pos(ctx); });
auto const set_variable = act([](auto& ctx) { _val(ctx).variable = std::move(_attr(ctx)); });
auto const set_labels = act([](auto& ctx) { _val(ctx).labels = std::move(_attr(ctx)); });
auto const set_types = act([](auto& ctx) { _val(ctx).types = std::move(_attr(ctx)); });
auto const set_properties = act([](auto& ctx) { _val(ctx).properties = std::move(_attr(ctx)); });

// The arrow is read left to right: `<-` starts Incoming, a closing `->` turns it
// Outgoing, or Undirected when both heads are written (<-->).
template <ast::Direction D>
auto const start_rel = act([](auto& ctx) {
    _val(ctx).pos = where_pos(ctx);
    _val(ctx).direction = D;
});
auto const head_right = act([](auto& ctx) {
    auto& d = _val(ctx).direction;
    d = (d == ast::Direction::Incoming) ? ast::Direction::Undirected : ast::Direction::Outgoing;
});

// Hop counts are non-negative integer literals.
auto const hop_count = act([](auto& ctx) {
    auto* v = std::get_if<std::int64_t>(&_attr(ctx));
    _pass(ctx) = v != nullptr && *v >= 0;
    if (v) _val(ctx) = *v;
});
auto const set_min = act([](auto& ctx) { _val(ctx).min = _attr(ctx); });
auto const set_max = act([](auto& ctx) { _val(ctx).max = _attr(ctx); });
auto const set_dots = act([](auto& ctx) { _val(ctx).range = true; });
auto const set_var_length = act([](auto& ctx) {
    VarLength& v = _attr(ctx);
    auto& rel = _val(ctx);
    rel.variable_length = true;
    rel.min_hops = v.min;
    rel.max_hops = v.range ? v.max : v.min;  // *3 means exactly 3 hops
});

auto const set_start = act([](auto& ctx) {
    _val(ctx).start = std::move(_attr(ctx));
    _val(ctx).pos = _val(ctx).start.pos;
});
auto const add_step = act([](auto& ctx) {
    _val(ctx).steps.push_back(
        ast::PatternStep{std::move(at_c<0>(_attr(ctx))), std::move(at_c<1>(_attr(ctx)))});
});
template <ast::PathFunction F>
auto const path_function = act([](auto& ctx) {
    _val(ctx) = std::move(_attr(ctx));
    _val(ctx).path_function = F;
});
auto const set_part = act([](auto& ctx) { _val(ctx) = std::move(_attr(ctx)); });
auto const build_part = act([](auto& ctx) {
    _val(ctx) = std::move(at_c<1>(_attr(ctx)));
    if (auto& name = at_c<0>(_attr(ctx))) _val(ctx).path_variable = std::move(*name);
    _val(ctx).pos = where_pos(ctx);
});
auto const require_steps = act([](auto& ctx) {
    _pass(ctx) = !_attr(ctx).steps.empty();
    _val(ctx) = std::move(_attr(ctx));
});

// ---------------------------------------------------------------- rules

x3::rule<class rel_pattern_class, ast::RelPattern> const rel_pattern = "relationship pattern";
x3::rule<class var_length_class, VarLength> const var_length = "variable length";
x3::rule<class hop_class, std::int64_t> const hop = "hop count";
x3::rule<class chain_class, ast::PatternPart> const chain = "pattern";
x3::rule<class path_body_class, ast::PatternPart> const path_body = "pattern";

auto const properties_ = properties();
auto const label_name = name_parser{true, "a label"};
auto const type_name = name_parser{true, "a relationship type"};

auto const labels = +(op(":") >> label_name);

auto const node_body = op("(")[start_at] >> -variable_name[set_variable] >>
                              -labels[set_labels] >> -properties_[set_properties] >>
                              tok(")", "')'");

auto const hop_def = number_literal[hop_count];
auto const var_length_def =
    op("*") >> -hop[set_min] >> -(op("..")[set_dots] >> -hop[set_max]);

auto const rel_types = op(":") >> (type_name % (op("|") >> -op(":")));
// [:T..] is a common slip for [:T*..]; openCypher names it InvalidRelationshipPattern.
auto const range_without_star = act([](auto& ctx) {
    throw LexError{{"InvalidRelationshipPattern",
                    "a hop range in a relationship pattern must start with '*', e.g. [:T*1..3]",
                    x3::_where(ctx).begin(), false}};
});
auto const rel_detail = op("[") >> -variable_name[set_variable] >> -rel_types[set_types] >>
                        -var_length[set_var_length] >> -op("..")[range_without_star] >>
                        -properties_[set_properties] >> tok("]", "']'");
auto const rel_pattern_def =
    ((op("<") >> op("-"))[start_rel<ast::Direction::Incoming>] |
     op("-")[start_rel<ast::Direction::Undirected>]) >>
    -rel_detail >> tok("-", "'-'") >> -op(">")[head_right];

auto const chain_def = node_pattern_rule[set_start] >> *(rel_pattern >> node_pattern_rule)[add_step];

auto const path_body_def =
    (kw("SHORTESTPATH") >> tok("(", "'('") >> chain >>
     tok(")", "')'"))[path_function<ast::PathFunction::ShortestPath>] |
    (kw("ALLSHORTESTPATHS") >> tok("(", "'('") >> chain >>
     tok(")", "')'"))[path_function<ast::PathFunction::AllShortestPaths>] |
    chain[set_part];

auto const part_body =
    labeled("a pattern")[(-(variable_name >> op("=")) >> path_body)[build_part]];



BOOST_SPIRIT_DEFINE(rel_pattern, var_length, hop, chain, path_body);

}  // namespace pattern_grammar

// `(n:Label {id: 'x'})`, the usual node pattern, is recognised on the raw text first
// (shortcuts.hpp); anything else parses through node_body.
inline constexpr shortcut::raw_text_parser<ast::NodePattern, shortcut::simple_node> simple_node{};
// node_body fills the rule's value through its actions; the shortcut's result goes there too.
auto const set_node = act([](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); });

auto const node_pattern_rule_def = simple_node[set_node] | pattern_grammar::node_body;
auto const pattern_part_rule_def = pattern_grammar::part_body;
auto const pattern_rule_def = pattern_part_rule % op(",");
auto const relationships_rule_def = pattern_grammar::chain[pattern_grammar::require_steps];
auto const node_labels_rule_def = pattern_grammar::labels;
BOOST_SPIRIT_DEFINE(node_pattern_rule, pattern_part_rule, pattern_rule, relationships_rule,
                    node_labels_rule);

node_pattern_type const& node_pattern() { return node_pattern_rule; }
pattern_part_type const& pattern_part() { return pattern_part_rule; }
pattern_type const& pattern() { return pattern_rule; }
relationships_type const& relationships_pattern() { return relationships_rule; }
node_labels_type const& node_labels() { return node_labels_rule; }

}  // namespace liverkg::parser::x3p

#pragma once
// Raw-text recognisers for the commonest small constructs, tried before the X3 rules:
// a lone literal, parameter or variable (with a few `.key` lookups) as an expression,
// and a node pattern `(n:Label {key: value, ...})` whose values are such expressions.
// Each either recognises its construct completely, giving exactly the AST the rules
// would, or gives up without consuming input or recording an expectation, so the rules
// then parse (and report errors) as before. They exist for speed: a statement of a few
// such pieces otherwise descends a dozen rules per literal.
#include <initializer_list>
#include <string_view>
#include <utility>

#include "parser/keywords.hpp"
#include "parser/x3/ast_build.hpp"
#include "parser/x3/config.hpp"
#include "parser/x3/error_handler.hpp"
#include "parser/x3/lexer.hpp"

namespace liverkg::parser::x3p::shortcut {

// Longer `.key` chains go through the rules (and their depth checks).
inline constexpr int kMaxKeys = 8;

inline bool is_word(std::string_view w, std::initializer_list<std::string_view> words) {
    return is_one_of_words(w, words);
}

// Whether nothing that can continue an expression starts at p.
inline bool ends_expression(const char* p, const char* end) {
    p = skip_blank(p, end);
    if (p == end) return true;
    char c = *p;
    if (c == ',' || c == ')' || c == ']' || c == '}' || c == '|' || c == ';') return true;
    if (ident_start_len(p, end) == 0) return false;
    TextToken t = lex_name(p, end);
    return t.status == LexStatus::Ok && is_one_of_words(t.value, kExpressionEnders);
}

// The literal, parameter or variable at p and its length, or null (position not set).
inline ast::ExprPtr lex_atom(const char* p, const char* end, std::size_t& length) {
    char c = *p;
    if (c == '\'' || c == '"') {
        TextToken t = lex_string(p, end);
        if (t.status != LexStatus::Ok) return nullptr;
        length = t.length;
        return make_literal(ast::Literal(std::move(t.value)), {});
    }
    if (c >= '0' && c <= '9') {
        NumberToken t = lex_number(p, end, false);
        if (t.status != LexStatus::Ok) return nullptr;
        length = t.length;
        return make_literal(std::move(t.value), {});
    }
    std::size_t sigil = c == '$' ? 1 : 0;
    if (c != '`' && ident_start_len(p + sigil, end) == 0) return nullptr;
    TextToken t = lex_name(p + sigil, end);
    if (t.status != LexStatus::Ok || (sigil && p[1] == '`')) return nullptr;
    length = sigil + t.length;
    if (sigil) return make_named(ast::ExprKind::Parameter, std::move(t.value), {});
    if (c == '`') return make_named(ast::ExprKind::Variable, std::move(t.value), {});
    if (is_word(t.value, {"TRUE"})) return make_literal(ast::Literal(true), {});
    if (is_word(t.value, {"FALSE"})) return make_literal(ast::Literal(false), {});
    if (is_word(t.value, {"NULL"})) return make_literal(ast::Literal(ast::Null{}), {});
    if (is_reserved(t.value)) return nullptr;
    return make_named(ast::ExprKind::Variable, std::move(t.value), {});
}

// Appends the `.key` lookups that follow p to e, moving p past them. False when one is
// malformed or there are more than kMaxKeys: the rules then decide.
inline bool add_keys(ast::ExprPtr& e, const char*& p, const char* last) {
    for (int keys = 0;; ++keys) {
        const char* dot = skip_blank(p, last);
        if (dot == last || *dot != '.' || (dot + 1 < last && dot[1] == '.')) return true;
        if (keys == kMaxKeys) return false;
        const char* name = skip_blank(dot + 1, last);
        TextToken t = lex_name(name, last);
        if (t.status != LexStatus::Ok) return false;
        e = make_property(std::move(e), std::move(t.value));
        p = name + t.length;
    }
}

// A whole expression at p (after blanks) that is one literal, or a parameter or variable
// with `.key` lookups, followed by what ends an expression; p moves past it. Null otherwise.
inline ast::ExprPtr lone_expression(const char*& p, const char* last, const Tracker& tracker) {
    const char* start = skip_blank(p, last);
    if (start == last) return nullptr;
    std::size_t length = 0;
    ast::ExprPtr e = lex_atom(start, last, length);
    if (!e) return nullptr;
    const char* after = start + length;
    e->pos = tracker.pos_at(start);   // before the lookups, which take their subject's position
    if (e->kind != ast::ExprKind::Literal && !add_keys(e, after, last)) return nullptr;
    if (!ends_expression(after, last)) return nullptr;
    p = after;
    return e;
}

// The X3 form of a reader above: Read(p, last, tracker, out) either reads its construct
// at p into out and moves p past it, or returns false.
template <typename Attribute, auto Read>
struct raw_text_parser : x3::parser<raw_text_parser<Attribute, Read>> {
    using attribute_type = Attribute;

    template <typename Iterator, typename Context, typename RContext, typename Attr>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext&, Attr& attr) const {
        const char* p = first;
        Attribute value{};
        if (!Read(p, last, x3::get<tracker_tag>(ctx).get(), value)) return false;
        first = p;
        x3::traits::move_to(std::move(value), attr);
        return true;
    }
};

inline bool read_lone_expression(const char*& p, const char* last, const Tracker& tracker, ast::ExprPtr& out) {
    out = lone_expression(p, last, tracker);
    return out != nullptr;
}

// `{key: expr, ...}` at p (after blanks) with lone expressions as values; p moves past '}'.
inline ast::ExprPtr simple_map(const char*& p, const char* last, const Tracker& tracker) {
    const char* q = skip_blank(p, last);
    if (q == last || *q != '{') return nullptr;
    ast::ExprPtr map = make_expr(ast::ExprKind::Map, tracker.pos_at(q));
    q = skip_blank(q + 1, last);
    if (q < last && *q == '}') {
        p = q + 1;
        return map;
    }
    while (true) {
        TextToken key = lex_name(q, last);
        if (key.status != LexStatus::Ok) return nullptr;
        q = skip_blank(q + key.length, last);
        if (q == last || *q != ':') return nullptr;
        ++q;
        ast::ExprPtr value = lone_expression(q, last, tracker);
        if (!value) return nullptr;
        map->keys.push_back(std::move(key.value));
        map->args.push_back(std::move(value));
        q = skip_blank(q, last);
        if (q == last) return nullptr;
        if (*q == '}') {
            p = q + 1;
            return map;
        }
        if (*q != ',') return nullptr;
        q = skip_blank(q + 1, last);
    }
}

// `(var:Label:Label {map})`, every part optional, at p (after blanks); p moves past ')'.
inline bool simple_node(const char*& p, const char* last, const Tracker& tracker, ast::NodePattern& node) {
    const char* open = skip_blank(p, last);
    if (open == last || *open != '(') return false;
    const char* q = skip_blank(open + 1, last);
    if (q < last && (*q == '`' || ident_start_len(q, last) > 0)) {
        TextToken name = lex_name(q, last);
        if (name.status != LexStatus::Ok || (*q != '`' && is_reserved(name.value))) return false;
        node.variable = std::move(name.value);
        q = skip_blank(q + name.length, last);
    }
    while (q < last && *q == ':') {
        const char* label_at = skip_blank(q + 1, last);
        TextToken label = lex_name(label_at, last);
        if (label.status != LexStatus::Ok) return false;
        node.labels.push_back(std::move(label.value));
        q = skip_blank(label_at + label.length, last);
    }
    if (q < last && *q == '{') {
        node.properties = simple_map(q, last, tracker);
        if (!node.properties) return false;
        q = skip_blank(q, last);
    }
    if (q == last || *q != ')') return false;
    node.pos = tracker.pos_at(open);
    p = q + 1;
    return true;
}

}  // namespace liverkg::parser::x3p::shortcut

#pragma once
// Lexical primitives shared by the grammars: tokens and keywords that record what
// was expected when they fail, names, number and string literals, and the
// `guard` / `labeled` directives. Each primitive skips blanks first, like X3's own.
#include <string>

#include "parser/x3/ast_build.hpp"
#include "parser/x3/config.hpp"

namespace liverkg::parser::x3p {

// act(f): a semantic action whose _where(ctx) spans the subject it follows, from
// its first character (blanks included; pos_at skips them) to its end. X3 1.81's
// own actions only see [end of subject, end of input), which cannot locate nodes.
template <typename F>
struct located {
    F f;
};
template <typename F>
constexpr located<F> act(F f) {
    return {f};
}

}  // namespace liverkg::parser::x3p

namespace boost::spirit::x3 {

template <typename Subject, typename F>
struct action<Subject, liverkg::parser::x3p::located<F>>
    : unary_parser<Subject, action<Subject, liverkg::parser::x3p::located<F>>> {
    using base_type = unary_parser<Subject, action<Subject, liverkg::parser::x3p::located<F>>>;
    static bool const is_pass_through_unary = true;
    static bool const has_action = true;

    constexpr action(Subject const& subject, liverkg::parser::x3p::located<F> a)
        : base_type(subject), f(a) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse_main(Iterator& first, Iterator const& last, Context const& context,
                    RContext& rcontext, Attribute& attr) const {
        Iterator save = first;
        if (!this->subject.parse(first, last, context, rcontext, attr)) return false;
        bool pass = true;
        auto action_context = make_context<parse_pass_context_tag>(pass, context);
        Iterator start = save;
        call(f.f, start, first, action_context, rcontext, attr);
        if (pass) return true;
        first = save;  // the action rejected the match
        return false;
    }

    template <typename Iterator, typename Context, typename RContext>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               unused_type) const {
        typename traits::attribute_of<action, Context>::type attribute{};
        return parse_main(first, last, context, rcontext, attribute);
    }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               Attribute& attr) const {
        return parse_main(first, last, context, rcontext, attr);
    }

    liverkg::parser::x3p::located<F> f;
};

}  // namespace boost::spirit::x3

namespace liverkg::parser::x3p {

template <typename Context>
Tracker& tracker_of(Context const& ctx) {
    return x3::get<tracker_tag>(ctx).get();
}

// Position of the first token matched by the subject of the current semantic action.
template <typename Context>
SourcePos where_pos(Context const& ctx) {
    return tracker_of(ctx).pos_at(x3::_where(ctx).begin());
}

// A fixed token. word: a keyword (case-insensitive, whole word). label: how it is
// named in "expected ..." messages; null keeps the failure silent (operators and
// optional decorations, which would otherwise flood every message).
struct token_parser : x3::parser<token_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    const char* text;
    const char* label;
    bool word;

    constexpr token_parser(const char* t, const char* l, bool w) : text(t), label(l), word(w) {}

    std::size_t match(const char* p, const char* end) const {
        std::size_t n = 0;
        for (; text[n] != '\0'; ++n) {
            if (p + n >= end) return 0;
            char a = p[n], b = text[n];
            if (word && a >= 'a' && a <= 'z') a = static_cast<char>(a - 'a' + 'A');
            if (a != b) return 0;
        }
        if (word && ident_part_len(p + n, end) > 0) return 0;
        return n;
    }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext&,
               Attribute&) const {
        x3::skip_over(first, last, ctx);
        if (std::size_t n = match(first, last)) {
            first += n;
            return true;
        }
        if (label) tracker_of(ctx).expect(first, label);
        return false;
    }
};

constexpr token_parser tok(const char* text, const char* label) { return {text, label, false}; }
constexpr token_parser op(const char* text) { return {text, nullptr, false}; }
constexpr token_parser kw(const char* word, const char* label = nullptr) {
    return {word, label, true};
}

// A name: plain (letters, digits, _) or `quoted`. Variables and function names
// may not be reserved words; labels, types and property keys may.
struct name_parser : x3::parser<name_parser> {
    using attribute_type = std::string;

    bool allow_reserved;
    const char* label;

    constexpr name_parser(bool reserved_ok, const char* l) : allow_reserved(reserved_ok), label(l) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, ctx);
        TextToken t = lex_name(first, last);
        if (t.status == LexStatus::Error) throw LexError{t.issue};
        bool ok = t.status == LexStatus::Ok &&
                  (allow_reserved || *first == '`' || !is_reserved(t.value));
        if (!ok) {
            if (label) tracker_of(ctx).expect(first, label);
            return false;
        }
        first += t.length;
        x3::traits::move_to(std::move(t.value), attr);
        return true;
    }
};

inline constexpr name_parser variable_name{false, "an identifier"};
inline constexpr name_parser symbolic_name{true, "a name"};

// A number literal; `negative` is used right after a unary minus (see unary_expr).
struct number_parser : x3::parser<number_parser> {
    using attribute_type = ast::Literal;
    bool negative;

    constexpr explicit number_parser(bool neg) : negative(neg) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, ctx);
        NumberToken t = lex_number(first, last, negative);
        if (t.status == LexStatus::Error) throw LexError{t.issue};
        if (t.status != LexStatus::Ok) return false;
        first += t.length;
        x3::traits::move_to(std::move(t.value), attr);
        return true;
    }
};

inline constexpr number_parser number_literal{false};
inline constexpr number_parser negated_number_literal{true};

struct string_parser : x3::parser<string_parser> {
    using attribute_type = std::string;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, ctx);
        TextToken t = lex_string(first, last);
        if (t.status == LexStatus::Error) throw LexError{t.issue};
        if (t.status != LexStatus::Ok) return false;
        first += t.length;
        x3::traits::move_to(std::move(t.value), attr);
        return true;
    }
};

inline constexpr string_parser string_literal{};

// Succeeds (without consuming) at the end of input.
struct end_parser : x3::parser<end_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext&,
               Attribute&) const {
        Iterator it = first;  // a lookahead: leaves trailing blanks for the caller
        x3::skip_over(it, last, ctx);
        if (it == last) return true;
        tracker_of(ctx).expect(it, "end of input");
        return false;
    }
};

inline constexpr end_parser end_of_input{};

// Zero-width lookahead on the raw text, used to pick an alternative before trying
// it: re-parsing a big bracket for each alternative would be exponential in nesting.
struct peek_parser : x3::parser<peek_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    bool (*test)(const Tracker& t, const char* p, const char* end);

    constexpr explicit peek_parser(bool (*t)(const Tracker&, const char*, const char*)) : test(t) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext&,
               Attribute&) const {
        Iterator it = first;
        x3::skip_over(it, last, ctx);
        return test(tracker_of(ctx), it, last);
    }
};

// ( ... ) followed by '-' or '<': may start a relationship pattern.
inline bool starts_relationship_chain(const Tracker& t, const char* p, const char* end) {
    if (p >= end || *p != '(') return false;
    const char* close = t.close_of(p);
    if (!close) return false;
    const char* next = skip_blank(close + 1, end);
    return next < end && (*next == '-' || *next == '<');
}

// [ ... ] without a top-level ',': may be a list comprehension.
inline bool single_item_brackets(const Tracker& t, const char* p, const char* end) {
    return p < end && *p == '[' && !t.top_level_comma(p);
}

inline constexpr peek_parser relationship_chain_ahead{starts_relationship_chain};
inline constexpr peek_parser comprehension_ahead{single_item_brackets};

// Operator chains are folded into left-deep trees; their depth is bounded so that
// recursive consumers (printer, evaluator, destructors) cannot exhaust the stack.
inline constexpr int max_chain_depth = 1000;

// Whether e is a left-nested chain (a.b.c..., a + b + c ...) longer than max_chain_depth.
inline bool chain_too_deep(const ast::ExprPtr& e) {
    int depth = 0;
    for (const ast::Expr* p = e.get(); p && !p->args.empty(); p = p->args[0].get()) {
        if (p->kind == ast::ExprKind::Function || p->kind == ast::ExprKind::List) break;
        if (++depth > max_chain_depth) return true;
    }
    return false;
}

template <typename Context>
void check_chain_depth(Context const& ctx, const ast::ExprPtr& e) {
    if (chain_too_deep(e))
        throw LexError{{"UnexpectedSyntax",
                        "expression too long: more than " + std::to_string(max_chain_depth) + " chained operators",
                        x3::_where(ctx).begin(), false}};
}

// guard[p]: counts recursion depth and total work, so deep or pathological input
// becomes a SyntaxError instead of a stack overflow or an endless backtrack.
template <typename Subject>
struct guard_directive : x3::unary_parser<Subject, guard_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, guard_directive<Subject>>;
    static bool const is_pass_through_unary = true;
    constexpr explicit guard_directive(Subject const& s) : base_type(s) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext& rctx,
               Attribute& attr) const {
        DepthGuard guard(tracker_of(ctx), first);
        return this->subject.parse(first, last, ctx, rctx, attr);
    }
};

struct guard_gen {
    template <typename Subject>
    constexpr guard_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
        Subject const& s) const {
        return guard_directive<typename x3::extension::as_parser<Subject>::value_type>(
            x3::as_parser(s));
    }
};

inline constexpr guard_gen guard{};

// labeled("an expression")[p]: when p fails without getting past its first token,
// report it by this name rather than by every token its alternatives tried.
template <typename Subject>
struct labeled_directive : x3::unary_parser<Subject, labeled_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, labeled_directive<Subject>>;
    static bool const is_pass_through_unary = true;
    const char* label;
    constexpr labeled_directive(Subject const& s, const char* l) : base_type(s), label(l) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext& rctx,
               Attribute& attr) const {
        x3::skip_over(first, last, ctx);
        Tracker& t = tracker_of(ctx);
        const char* start = first;
        Tracker::Mark before = t.mark();
        if (this->subject.parse(first, last, ctx, rctx, attr)) return true;
        t.relabel(start, before, label);
        return false;
    }
};

struct labeled_gen {
    const char* label;
    template <typename Subject>
    constexpr labeled_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
        Subject const& s) const {
        return {x3::as_parser(s), label};
    }
};

constexpr labeled_gen labeled(const char* label) { return {label}; }

}  // namespace liverkg::parser::x3p

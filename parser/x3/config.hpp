#pragma once
// The iterator and the exact context every grammar rule is compiled for. The
// driver (parse.cpp) must build the same context: phrase_parse with skipper_parser
// around x3::with<tracker_tag>(std::ref(tracker))[rule].
#include <boost/spirit/home/x3.hpp>

#include <functional>

#include "parser/x3/error_handler.hpp"
#include "parser/x3/lexer.hpp"

namespace liverkg::parser::x3p {

namespace x3 = boost::spirit::x3;

struct tracker_tag;

// Whitespace and comments between tokens (see lexer.cpp: skip_blank).
struct skipper_parser : x3::parser<skipper_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&,
               Attribute&) const {
        // Called before every token the grammar tries: settle the common case inline.
        if (first == last || !may_start_blank(*first)) return false;
        const char* next = skip_blank(first, last);
        if (next == first) return false;
        first = next;
        return true;
    }
};

inline constexpr skipper_parser skipper{};

using iterator_type = const char*;
using phrase_context_type = x3::phrase_parse_context<skipper_parser>::type;
using context_type =
    x3::context<tracker_tag, std::reference_wrapper<Tracker>, phrase_context_type>;

}  // namespace liverkg::parser::x3p

// Temporary during bring-up: replaced by the Spirit X3 parser.
#include "parser/parse.hpp"
namespace liverkg::parser {
ParseResult parse(std::string_view) {
    ParseResult r;
    r.error = Error{ErrorKind::SyntaxError, "", "parser under construction", std::nullopt};
    return r;
}
}  // namespace liverkg::parser

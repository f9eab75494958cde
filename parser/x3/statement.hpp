#pragma once
// The statement grammar: [EXPLAIN|PROFILE] (query | PATHS ...), up to a ';' or the end.
// Defined in statement_def.hpp, compiled in statement.cpp.
#include <boost/spirit/home/x3.hpp>

#include "parser/ast.hpp"

namespace liverkg::parser::x3p {

namespace x3 = boost::spirit::x3;

struct statement_class;

using statement_type = x3::rule<statement_class, ast::Statement>;

BOOST_SPIRIT_DECLARE(statement_type);

statement_type const& statement();

}  // namespace liverkg::parser::x3p

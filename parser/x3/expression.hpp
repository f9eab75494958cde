#pragma once
// The expression grammar's public rules (defined in expression_def.hpp, compiled
// in expression.cpp). Other grammars use them through these accessors.
#include <boost/spirit/home/x3.hpp>

#include "parser/ast.hpp"

namespace liverkg::parser::x3p {

namespace x3 = boost::spirit::x3;

struct expression_class;

using expression_type = x3::rule<expression_class, ast::ExprPtr>;

BOOST_SPIRIT_DECLARE(expression_type);

expression_type const& expression();

}  // namespace liverkg::parser::x3p

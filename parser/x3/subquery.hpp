#pragma once
// Subquery expressions: EXISTS { ... }, COUNT { ... }, COLLECT { ... }, whose body is a query
// (clauses) or a pattern with an optional WHERE. Defined in subquery_def.hpp, compiled in
// subquery.cpp (it joins the clause and expression grammars, so it has a unit of its own).
#include <boost/spirit/home/x3.hpp>

#include "parser/ast.hpp"

namespace liverkg::parser::x3p {

namespace x3 = boost::spirit::x3;

struct subquery_class;

using subquery_type = x3::rule<subquery_class, ast::ExprPtr>;

BOOST_SPIRIT_DECLARE(subquery_type);

subquery_type const& subquery();

}  // namespace liverkg::parser::x3p

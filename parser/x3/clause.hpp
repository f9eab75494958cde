#pragma once
// The clause grammar's public rule: one clause of a query (MATCH ... DELETE).
// Defined in clause_def.hpp, compiled in clause.cpp.
#include <boost/spirit/home/x3.hpp>

#include "parser/ast.hpp"

namespace liverkg::parser::x3p {

namespace x3 = boost::spirit::x3;

struct clause_class;

using clause_type = x3::rule<clause_class, ast::Clause>;

BOOST_SPIRIT_DECLARE(clause_type);

clause_type const& clause();

}  // namespace liverkg::parser::x3p

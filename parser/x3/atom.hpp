#pragma once
// The atoms of an expression: literals, parameters, CASE, lists and comprehensions,
// maps and map projections, function calls, pattern predicates, (parentheses).
// Defined in atom_def.hpp, compiled in atom.cpp (its own unit: it is the biggest part).
#include <boost/spirit/home/x3.hpp>

#include "parser/ast.hpp"

namespace liverkg::parser::x3p {

namespace x3 = boost::spirit::x3;

struct atom_class;
struct properties_class;

using atom_type = x3::rule<atom_class, ast::ExprPtr>;
// The property map of a node or relationship pattern: a map literal or a parameter.
using properties_type = x3::rule<properties_class, ast::ExprPtr>;

BOOST_SPIRIT_DECLARE(atom_type, properties_type);

atom_type const& atom();
properties_type const& properties();

}  // namespace liverkg::parser::x3p

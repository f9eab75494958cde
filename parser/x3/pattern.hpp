#pragma once
// The pattern grammar's public rules: (n:A {k: v})-[r:T*1..3]->(m), named paths,
// shortestPath(...). Defined in pattern_def.hpp, compiled in pattern.cpp.
#include <boost/spirit/home/x3.hpp>

#include "parser/ast.hpp"

namespace liverkg::parser::x3p {

namespace x3 = boost::spirit::x3;

struct node_pattern_class;
struct pattern_part_class;
struct pattern_class;
struct relationships_class;
struct node_labels_class;

using node_pattern_type = x3::rule<node_pattern_class, ast::NodePattern>;
using pattern_part_type = x3::rule<pattern_part_class, ast::PatternPart>;
using pattern_type = x3::rule<pattern_class, ast::Pattern>;
// A chain with at least one relationship: the pattern predicate of WHERE (a)-->(b).
using relationships_type = x3::rule<relationships_class, ast::PatternPart>;
// :A:B after a variable (SET n:A, REMOVE n:A).
using node_labels_type = x3::rule<node_labels_class, std::vector<std::string>>;

BOOST_SPIRIT_DECLARE(node_pattern_type, pattern_part_type, pattern_type, relationships_type,
                     node_labels_type);

node_pattern_type const& node_pattern();
pattern_part_type const& pattern_part();
pattern_type const& pattern();
relationships_type const& relationships_pattern();
node_labels_type const& node_labels();

}  // namespace liverkg::parser::x3p

#pragma once
// Transaction control statements: BEGIN | COMMIT | ROLLBACK [TRANSACTION], CHECKPOINT.
// Defined in transaction_def.hpp, compiled in transaction.cpp.
#include <boost/spirit/home/x3.hpp>

#include "parser/ast.hpp"

namespace liverkg::parser::x3p {

namespace x3 = boost::spirit::x3;

struct transaction_class;

using transaction_type = x3::rule<transaction_class, ast::TxCommand>;

BOOST_SPIRIT_DECLARE(transaction_type);

transaction_type const& transaction();

}  // namespace liverkg::parser::x3p

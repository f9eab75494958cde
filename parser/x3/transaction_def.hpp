#pragma once
// BEGIN, COMMIT and ROLLBACK as Memgraph accepts them (an optional TRANSACTION after each),
// and CHECKPOINT. None of them is a reserved word: a statement cannot start with a name, so
// they never clash with a variable called `begin`.
#include "parser/x3/common.hpp"
#include "parser/x3/transaction.hpp"

namespace liverkg::parser::x3p {

transaction_type const transaction_rule = "transaction control";

namespace transaction_grammar {

template <ast::TxCommand C>
auto const set = act([](auto& ctx) { x3::_val(ctx) = C; });

auto const with_word = kw("BEGIN")[set<ast::TxCommand::Begin>] | kw("COMMIT")[set<ast::TxCommand::Commit>] |
                       kw("ROLLBACK")[set<ast::TxCommand::Rollback>];

}  // namespace transaction_grammar

auto const transaction_rule_def =
    (transaction_grammar::with_word >> -kw("TRANSACTION")) | kw("CHECKPOINT")[transaction_grammar::set<ast::TxCommand::Checkpoint>];

BOOST_SPIRIT_DEFINE(transaction_rule);

transaction_type const& transaction() { return transaction_rule; }

}  // namespace liverkg::parser::x3p

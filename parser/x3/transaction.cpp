// Compilation firewall: the only place the transaction-control grammar is instantiated.
#include "parser/x3/transaction_def.hpp"

namespace liverkg::parser::x3p {
BOOST_SPIRIT_INSTANTIATE(transaction_type, iterator_type, context_type);
}  // namespace liverkg::parser::x3p

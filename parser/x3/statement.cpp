// Compilation firewall: the only place the statement grammar is instantiated.
#include "parser/x3/statement_def.hpp"

namespace liverkg::parser::x3p {
BOOST_SPIRIT_INSTANTIATE(statement_type, iterator_type, context_type);
}  // namespace liverkg::parser::x3p

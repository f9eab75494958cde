// Compilation firewall: the only place the clause grammar is instantiated.
#include "parser/x3/clause_def.hpp"

namespace liverkg::parser::x3p {
BOOST_SPIRIT_INSTANTIATE(clause_type, iterator_type, context_type);
}  // namespace liverkg::parser::x3p

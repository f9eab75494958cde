// Compilation firewall: the only place the subquery grammar is instantiated.
#include "parser/x3/subquery_def.hpp"

namespace liverkg::parser::x3p {
BOOST_SPIRIT_INSTANTIATE(subquery_type, iterator_type, context_type);
}  // namespace liverkg::parser::x3p

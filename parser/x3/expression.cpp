// Compilation firewall: the only place the expression grammar is instantiated.
#include "parser/x3/expression_def.hpp"

namespace liverkg::parser::x3p {
BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type);
}  // namespace liverkg::parser::x3p

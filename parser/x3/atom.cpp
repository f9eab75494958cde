// Compilation firewall: the only place the atom grammar is instantiated.
#include "parser/x3/atom_def.hpp"

namespace liverkg::parser::x3p {
BOOST_SPIRIT_INSTANTIATE(atom_type, iterator_type, context_type);
BOOST_SPIRIT_INSTANTIATE(properties_type, iterator_type, context_type);
}  // namespace liverkg::parser::x3p

// Compilation firewall: the only place the pattern grammar is instantiated.
#include "parser/x3/pattern_def.hpp"

namespace liverkg::parser::x3p {
BOOST_SPIRIT_INSTANTIATE(node_pattern_type, iterator_type, context_type);
BOOST_SPIRIT_INSTANTIATE(pattern_part_type, iterator_type, context_type);
BOOST_SPIRIT_INSTANTIATE(pattern_type, iterator_type, context_type);
BOOST_SPIRIT_INSTANTIATE(relationships_type, iterator_type, context_type);
BOOST_SPIRIT_INSTANTIATE(node_labels_type, iterator_type, context_type);
}  // namespace liverkg::parser::x3p

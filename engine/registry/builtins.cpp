// The built-in functions and procedures: one line per file that declares some.
// To add yours, write `void add_xyz(Registry&)` beside its implementation and call it here.
#include "engine/functions/functions.hpp"
#include "engine/procedures/procedures.hpp"

namespace liverkg::engine {

namespace {

void add_builtins(Registry& r) {
    add_graph_functions(r);
    add_text_functions(r);
    add_math_functions(r);
    add_aggregate_functions(r);
    add_kg_functions(r);
    add_temporal_functions(r);
    add_db_procedures(r);
    add_dbms_procedures(r);
    add_kg_procedures(r);
}

}  // namespace

Registry& registry() {
    static Registry r;
    static const bool filled = (add_builtins(r), true);
    (void)filled;
    return r;
}

}  // namespace liverkg::engine

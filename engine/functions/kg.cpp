// Knowledge-graph functions: kg.cite(refs) turns reference numbers into citations
// ("Wang 2021 [54]") from the graph's Reference nodes (kg/cite.hpp).
#include "engine/functions/functions.hpp"
#include "engine/exec.hpp"
#include "kg/cite.hpp"

namespace liverkg::engine {
namespace {

// kg.cite(54) -> "Wang 2021 [54]"; kg.cite([1, 54]) -> ["Cheng 2021 [1]", "Wang 2021 [54]"];
// null -> null, and a null inside the list stays null.
Value fn_cite(ExecContext& ex, Args& a) {
    const Value& v = a[0];
    if (v.is_null()) return Value();
    if (v.is_int()) return kg::cite(ex.g, v.as_int());
    if (!v.is_list()) bad_argument("kg.cite", v);
    graph::List out;
    for (const Value& item : v.as_list()) {
        if (item.is_null()) out.emplace_back();
        else if (item.is_int()) out.emplace_back(kg::cite(ex.g, item.as_int()));
        else bad_argument("kg.cite", item);
    }
    return out;
}

}  // namespace

void add_kg_functions(Registry& r) {
    r.add_function({"kg.cite(refs :: INTEGER | LIST<INTEGER>) :: STRING | LIST<STRING>", "Knowledge graph",
                    "Reference numbers (one, or a list) as citations such as 'Wang 2021 [54]', from the Reference "
                    "nodes.",
                    fn_cite});
}

}  // namespace liverkg::engine

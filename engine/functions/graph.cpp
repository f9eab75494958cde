// Functions on graph elements, paths and lists.
#include <algorithm>

#include "engine/functions/functions.hpp"

namespace liverkg::engine {

using graph::List;
using graph::Map;

namespace {

void require_alive(ExecContext& ex, const Value& v) {
    if (v.is_node() && !ex.g.node_alive(v.as_node()))
        raise(ErrorKind::EntityNotFound, "DeletedEntityAccess", "the node was deleted in this statement");
    if (v.is_rel() && !ex.g.rel_alive(v.as_rel()))
        raise(ErrorKind::EntityNotFound, "DeletedEntityAccess", "the relationship was deleted in this statement");
}


Value fn_id(ExecContext&, Args& a) {
    if (a[0].is_null()) return Value();
    if (a[0].is_node()) return static_cast<std::int64_t>(a[0].as_node());
    if (a[0].is_rel()) return static_cast<std::int64_t>(a[0].as_rel());
    bad_argument("id", a[0]);
}

Value fn_labels(ExecContext& ex, Args& a) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_node()) bad_argument("labels", a[0]);
    require_alive(ex, a[0]);
    List out;
    for (auto l : ex.g.labels(a[0].as_node())) out.emplace_back(ex.g.label_name(l));
    return out;
}

Value fn_type(ExecContext& ex, Args& a) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_rel()) bad_argument("type", a[0]);
    return ex.g.type_name(ex.g.rel_type(a[0].as_rel()));
}

Value fn_properties(ExecContext& ex, Args& a) {
    const Value& v = a[0];
    if (v.is_null()) return Value();
    if (v.is_map()) return v;
    if (!v.is_node() && !v.is_rel()) bad_argument("properties", v);
    require_alive(ex, v);
    Map out;
    const auto& props = v.is_node() ? ex.g.node_properties(v.as_node()) : ex.g.rel_properties(v.as_rel());
    for (const auto& [k, x] : props) out[ex.g.key_name(k)] = x;
    return out;
}

Value fn_keys(ExecContext& ex, Args& a) {
    Value props = fn_properties(ex, a);
    if (props.is_null()) return props;
    List out;
    for (const auto& [k, x] : props.as_map()) out.emplace_back(k);
    return out;
}

Value fn_start_node(ExecContext& ex, Args& a) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_rel()) bad_argument("startNode", a[0]);
    return graph::NodeRef{ex.g.rel_start(a[0].as_rel())};
}

Value fn_end_node(ExecContext& ex, Args& a) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_rel()) bad_argument("endNode", a[0]);
    return graph::NodeRef{ex.g.rel_end(a[0].as_rel())};
}

Value fn_nodes(ExecContext&, Args& a) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_path()) bad_argument("nodes", a[0]);
    List out;
    for (auto n : a[0].as_path().nodes) out.emplace_back(graph::NodeRef{n});
    return out;
}

Value fn_relationships(ExecContext&, Args& a) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_path()) bad_argument("relationships", a[0]);
    List out;
    for (auto r : a[0].as_path().rels) out.emplace_back(graph::RelRef{r});
    return out;
}

Value fn_length(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null()) return v;
    // openCypher's length() measures paths only; size() measures strings and lists.
    if (v.is_path()) return static_cast<std::int64_t>(v.as_path().rels.size());
    bad_argument("length", v);
}

Value fn_size(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null()) return v;
    if (v.is_list()) return static_cast<std::int64_t>(v.as_list().size());
    if (v.is_string()) return utf8_length(v.as_string());
    if (v.is_map()) return static_cast<std::int64_t>(v.as_map().size());
    bad_argument("size", v);
}

// ---- lists

const List* list_or_null(const char* fn, const Value& v) {
    if (v.is_null()) return nullptr;
    if (!v.is_list()) bad_argument(fn, v);
    return &v.as_list();
}

Value fn_head(ExecContext&, Args& a) {
    const List* l = list_or_null("head", a[0]);
    return l && !l->empty() ? l->front() : Value();
}

Value fn_last(ExecContext&, Args& a) {
    const List* l = list_or_null("last", a[0]);
    return l && !l->empty() ? l->back() : Value();
}

Value fn_tail(ExecContext&, Args& a) {
    const List* l = list_or_null("tail", a[0]);
    if (!l) return Value();
    return l->empty() ? List{} : List(l->begin() + 1, l->end());
}

std::int64_t range_arg(const Value& v) {
    if (!v.is_int())
        raise(ErrorKind::ArgumentError, "InvalidArgumentType",
              std::string("range() expects Integer arguments, got ") + type_name(v));
    return v.as_int();
}

// How many values range(from, to, step) has, computed in unsigned 64-bit arithmetic so that
// neither the span nor the last increment can overflow (range(9223372036854775806, 9223372036854775807)).
std::uint64_t range_length(std::int64_t from, std::int64_t to, std::int64_t step) {
    if (step > 0 ? from > to : from < to) return 0;
    std::uint64_t span = step > 0 ? std::uint64_t(to) - std::uint64_t(from) : std::uint64_t(from) - std::uint64_t(to);
    std::uint64_t stride = step > 0 ? std::uint64_t(step) : std::uint64_t(0) - std::uint64_t(step);
    std::uint64_t steps = span / stride;
    return steps == UINT64_MAX ? steps : steps + 1;   // range(-2^63, 2^63 - 1) saturates
}

Value fn_range(ExecContext& ex, Args& a) {
    std::int64_t from = range_arg(a[0]);
    std::int64_t to = range_arg(a[1]);
    std::int64_t step = a.size() > 2 ? range_arg(a[2]) : 1;
    if (step == 0) raise(ErrorKind::ArgumentError, "NumberOutOfRange", "range() step must not be zero");
    std::uint64_t n = range_length(from, to, step);
    // The whole list is asked for at once: past the memory limit it fails before any is built.
    if (n > List().max_size())
        raise(ErrorKind::ResourceLimit, "", "range() of " + std::to_string(n) + " values cannot fit in memory");
    ex.poll(n / 16);
    List out;
    out.reserve(n);
    std::uint64_t i = std::uint64_t(from);
    for (std::uint64_t k = 0; k < n; ++k, i += std::uint64_t(step)) out.emplace_back(std::int64_t(i));
    return out;
}

Value fn_reverse(ExecContext&, Args& a) {
    const Value& v = a[0];
    if (v.is_null()) return v;
    if (v.is_string()) {
        // reverse by code point so multi-byte characters stay intact
        const std::string& s = v.as_string();
        std::string out;
        std::size_t i = s.size();
        while (i > 0) {
            std::size_t j = i - 1;
            while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
            out.append(s, j, i - j);
            i = j;
        }
        return out;
    }
    if (v.is_list()) return List(v.as_list().rbegin(), v.as_list().rend());
    bad_argument("reverse", v);
}

Value fn_coalesce(ExecContext&, Args& a) {
    for (const Value& v : a)
        if (!v.is_null()) return v;
    return Value();
}

}  // namespace

void add_graph_functions(Registry& r) {
    const std::string_view graph = "Graph", list = "List", scalar = "Scalar";
    r.add_function({"id(input :: NODE | RELATIONSHIP) :: INTEGER", scalar,
           "The internal id of a node or relationship (stable for the life of the process).", fn_id});
    r.add_function({"labels(input :: NODE) :: LIST<STRING>", graph, "The labels of a node.", fn_labels});
    r.add_function({"type(input :: RELATIONSHIP) :: STRING", graph, "The type of a relationship.", fn_type});
    r.add_function({"properties(input :: MAP | NODE | RELATIONSHIP) :: MAP", graph,
           "The properties of a node or relationship as a map (a map is returned as it is).", fn_properties});
    r.add_function({"keys(input :: MAP | NODE | RELATIONSHIP) :: LIST<STRING>", graph,
           "The property keys of a node or relationship, or the keys of a map.", fn_keys});
    r.add_function({"startNode(input :: RELATIONSHIP) :: NODE", graph, "The node a relationship starts at.", fn_start_node});
    r.add_function({"endNode(input :: RELATIONSHIP) :: NODE", graph, "The node a relationship ends at.", fn_end_node});
    r.add_function({"nodes(input :: PATH) :: LIST<NODE>", graph, "The nodes of a path, in order.", fn_nodes});
    r.add_function({"relationships(input :: PATH) :: LIST<RELATIONSHIP>", graph, "The relationships of a path, in order.",
           fn_relationships});
    r.add_function({"length(input :: PATH) :: INTEGER", graph, "The number of relationships in a path.", fn_length});
    r.add_function({"size(input :: STRING | LIST | MAP) :: INTEGER", scalar,
           "The number of characters of a string, elements of a list or entries of a map.", fn_size});
    r.add_function({"head(list :: LIST) :: ANY", list, "The first element of a list (null when it is empty).", fn_head});
    r.add_function({"last(list :: LIST) :: ANY", list, "The last element of a list (null when it is empty).", fn_last});
    r.add_function({"tail(list :: LIST) :: LIST", list, "A list without its first element.", fn_tail});
    r.add_function({"range(start :: INTEGER, end :: INTEGER, step = 1 :: INTEGER) :: LIST<INTEGER>", list,
           "The integers from start to end inclusive, step apart.", fn_range});
    r.add_function({"reverse(input :: STRING | LIST) :: STRING | LIST", list,
           "A string's characters or a list's elements in reverse order.", fn_reverse});
    r.add_function({"coalesce(input :: ANY, ...) :: ANY", scalar, "The first of its arguments that is not null.",
           fn_coalesce});
}

}  // namespace liverkg::engine

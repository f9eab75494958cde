// The arguments of CALL kg.paths(from, to, {options}) as a PathSpec, checked.
#include "engine/paths.hpp"

namespace liverkg::engine {

namespace {

[[noreturn]] void bad(const std::string& what) {
    raise(ErrorKind::ArgumentError, "InvalidArgumentValue", "kg.paths: " + what);
}

std::vector<graph::NodeId> nodes_of(const Value& v, const char* which) {
    std::vector<graph::NodeId> out;
    if (v.is_null()) return out;
    if (v.is_node()) return {v.as_node()};
    if (v.is_list()) {
        for (const Value& x : v.as_list()) {
            if (x.is_null()) continue;
            if (!x.is_node()) bad(std::string(which) + " must be a node or a list of nodes");
            out.push_back(x.as_node());
        }
        return out;
    }
    bad(std::string(which) + " must be a node or a list of nodes, not " + graph::value_type_name(v.type()));
}

std::int64_t bounded_int(const Value& v, const char* key, std::int64_t lo, std::int64_t hi) {
    if (!v.is_int() || v.as_int() < lo || v.as_int() > hi)
        bad(std::string(key) + " must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi));
    return v.as_int();
}

}  // namespace

PathSpec path_spec_of(const graph::Graph& g, const TypeSigns& signs, const Value& from, const Value& to,
                      const Value& options) {
    PathSpec spec;
    spec.from = nodes_of(from, "the start");
    spec.to = nodes_of(to, "the target");
    if (options.is_null()) return spec;
    if (!options.is_map()) bad("the options must be a map such as {maxHops: 4, sign: '-'}");
    for (const auto& [key, v] : options.as_map()) {
        if (key == "via") {
            if (!v.is_list()) bad("via must be a list of label names such as ['Mechanism', 'Pathway']");
            for (const Value& l : v.as_list()) {
                if (!l.is_string()) bad("via must be a list of label names");
                if (auto id = g.find_label(l.as_string())) spec.via_labels.push_back(*id);
            }
            spec.via_impossible = !v.as_list().empty() && spec.via_labels.empty();
        } else if (key == "maxHops") {
            spec.max_hops = static_cast<std::uint32_t>(bounded_int(v, "maxHops", 1, kPathsMaxHopsBound));
        } else if (key == "limit") {
            spec.limit = static_cast<std::size_t>(bounded_int(v, "limit", 1, kPathsLimitBound));
        } else if (key == "sign") {
            if (!v.is_string() || (v.as_string() != "+" && v.as_string() != "-")) bad("sign must be '+' or '-'");
            if (signs.empty()) bad("sign needs relationship signs, but no schema.tsv was loaded with this graph");
            spec.sign = v.as_string()[0];
        } else if (key == "anyContext") {
            if (!v.is_bool()) bad("anyContext must be true or false");
            spec.any_context = v.as_bool();
        } else {
            bad("unknown option '" + key + "' (known: via, maxHops, sign, anyContext, limit)");
        }
    }
    return spec;
}

}  // namespace liverkg::engine

// The arguments of CALL kg.paths(start, target, {options}) as a PathSpec, checked. The
// options are read without the graph first (path_options_of), so that a literal map can be
// checked before the statement runs, even when no row ever reaches the call.
#include "engine/exec.hpp"
#include "engine/paths/paths.hpp"

namespace liverkg::engine {

namespace {

constexpr const char* kKnownOptions = "via, maxHops, sign, anyContext, limit";

[[noreturn]] void bad(const std::string& what) {
    raise(ErrorKind::ArgumentError, "InvalidArgumentValue", "kg.paths: " + what);
}

// ", got 'down' (String)": the value as written in Cypher, and its type.
std::string got(const Value& v) {
    if (v.is_null()) return ", got null";
    std::string text = v.is_string() ? "'" + v.as_string() + "'" : to_cypher_string(v);
    return ", got " + text + " (" + type_name(v) + ")";
}

std::vector<graph::NodeId> nodes_of(const Value& v, const char* which) {
    std::vector<graph::NodeId> out;
    if (v.is_null()) return out;
    if (v.is_node()) return {v.as_node()};
    if (v.is_list()) {
        for (const Value& x : v.as_list()) {
            if (x.is_null()) continue;
            if (!x.is_node()) bad(std::string(which) + " must be a node or a list of nodes; an element" + got(x));
            out.push_back(x.as_node());
        }
        return out;
    }
    bad(std::string(which) + " must be a node or a list of nodes" + got(v));
}

std::int64_t bounded_int(const Value& v, const char* key, std::int64_t lo, std::int64_t hi) {
    if (!v.is_int() || v.as_int() < lo || v.as_int() > hi)
        bad(std::string(key) + " must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi) + got(v));
    return v.as_int();
}

std::vector<std::string> via_of(const Value& v) {
    const char* expected = "via must be a list of label names such as ['Mechanism', 'Pathway']";
    if (!v.is_list()) bad(expected + got(v));
    std::vector<std::string> out;
    for (const Value& l : v.as_list()) {
        if (!l.is_string()) bad(std::string(expected) + "; an element" + got(l));
        out.push_back(l.as_string());
    }
    return out;
}

}  // namespace

PathOptions path_options_of(const Value& options) {
    PathOptions o;
    if (options.is_null()) return o;
    if (!options.is_map()) bad("the options must be a map such as {maxHops: 4, sign: '-'}" + got(options));
    for (const auto& [key, v] : options.as_map()) {
        if (key == "via") {
            o.via = via_of(v);
        } else if (key == "maxHops") {
            o.max_hops = static_cast<std::uint32_t>(bounded_int(v, "maxHops", 1, kPathsMaxHopsBound));
        } else if (key == "limit") {
            o.limit = static_cast<std::size_t>(bounded_int(v, "limit", 1, kPathsLimitBound));
        } else if (key == "sign") {
            if (!v.is_string() || (v.as_string() != "+" && v.as_string() != "-")) bad("sign must be '+' or '-'" + got(v));
            o.sign = v.as_string()[0];
        } else if (key == "anyContext") {
            if (!v.is_bool()) bad("anyContext must be true or false" + got(v));
            o.any_context = v.as_bool();
        } else {
            bad("unknown option '" + key + "' (known: " + kKnownOptions + ")");
        }
    }
    return o;
}

PathSpec path_spec_of(const graph::Graph& g, const TypeSigns& signs, const Value& from, const Value& to,
                      const Value& options) {
    PathOptions o = path_options_of(options);
    if (o.sign && signs.empty()) bad("sign needs relationship signs, but no schema.tsv was loaded with this graph");
    PathSpec spec;
    spec.from = nodes_of(from, "start");
    spec.to = nodes_of(to, "target");
    for (const auto& name : o.via) {
        auto id = g.find_label(name);
        if (id) spec.via_labels.push_back(*id);
        if (!id || g.nodes_with_label_count(*id) == 0) spec.unknown_via.push_back(name);
    }
    spec.via_impossible = !o.via.empty() && spec.via_labels.empty();
    spec.max_hops = o.max_hops;
    spec.limit = o.limit;
    spec.sign = o.sign;
    spec.any_context = o.any_context;
    return spec;
}

}  // namespace liverkg::engine

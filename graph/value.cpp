#include "graph/value.hpp"

namespace liverkg::graph {

bool same_value(const Value& a, const Value& b) {
    if (a.type() != b.type()) return false;
    switch (a.type()) {
    case ValueType::Null: return true;
    case ValueType::Bool: return a.as_bool() == b.as_bool();
    case ValueType::Int: return a.as_int() == b.as_int();
    case ValueType::Float: return a.as_float() == b.as_float();
    case ValueType::String: return a.as_string() == b.as_string();
    case ValueType::Node: return a.as_node() == b.as_node();
    case ValueType::Rel: return a.as_rel() == b.as_rel();
    case ValueType::Path: return a.as_path().nodes == b.as_path().nodes && a.as_path().rels == b.as_path().rels;
    case ValueType::Temporal: {
        const Temporal& x = a.as_temporal();
        const Temporal& y = b.as_temporal();
        return x.kind == y.kind && x.months == y.months && x.days == y.days && x.seconds == y.seconds &&
               x.nanos == y.nanos && x.offset == y.offset && x.zone == y.zone;
    }
    case ValueType::List: {
        const List& x = a.as_list();
        const List& y = b.as_list();
        if (x.size() != y.size()) return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (!same_value(x[i], y[i])) return false;
        return true;
    }
    case ValueType::Map: {
        const Map& x = a.as_map();
        const Map& y = b.as_map();
        if (x.size() != y.size()) return false;
        for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j)
            if (i->first != j->first || !same_value(i->second, j->second)) return false;
        return true;
    }
    }
    return false;
}

const char* value_type_name(ValueType t) {
    switch (t) {
    case ValueType::Null: return "Null";
    case ValueType::Bool: return "Boolean";
    case ValueType::Int: return "Integer";
    case ValueType::Float: return "Float";
    case ValueType::String: return "String";
    case ValueType::List: return "List";
    case ValueType::Map: return "Map";
    case ValueType::Node: return "Node";
    case ValueType::Rel: return "Relationship";
    case ValueType::Path: return "Path";
    case ValueType::Temporal: return "Temporal";
    }
    return "Unknown";
}

const char* value_name(const Value& v) {
    return v.is_temporal() ? temporal_type_name(v.as_temporal().kind) : value_type_name(v.type());
}

}  // namespace liverkg::graph

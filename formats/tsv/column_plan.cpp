#include "formats/tsv/column_plan.hpp"

#include <charconv>
#include <optional>

#include "base/error.hpp"

namespace liverkg::formats::tsv {

namespace {

[[noreturn]] void cannot_save(const std::string& what, const std::string& why) {
    raise(ErrorKind::ArgumentError, "", "cannot save " + what + " as TSV: " + why);
}

std::optional<CellType> scalar_type(const Value& v) {
    switch (v.type()) {
    case ValueType::Int: return CellType::Int;
    case ValueType::Float: return CellType::Float;
    case ValueType::Bool: return CellType::Bool;
    case ValueType::String: return CellType::String;
    case ValueType::Temporal: return cell_type_of(v.as_temporal().kind);
    default: return std::nullopt;
    }
}

// The one element type of a list, or nullopt when mixed, empty or not scalar.
std::optional<CellType> element_type(const List& items) {
    std::optional<CellType> type;
    for (const Value& item : items) {
        auto t = scalar_type(item);
        if (!t || (type && *type != *t)) return std::nullopt;
        type = t;
    }
    return type;
}

// What one value needs from its column.
struct Need {
    CellType type;
    bool list;
};

Need need_of(const Value& v, const std::string& what) {
    if (v.is_list()) {
        const List& items = v.as_list();
        if (items.empty()) cannot_save(what, "an empty list would load back as no value");
        auto t = element_type(items);
        if (!t) cannot_save(what, "a list must hold values of one type (Integer, Float, Boolean, String or one temporal type)");
        return {*t, true};
    }
    auto t = scalar_type(v);
    if (!t) cannot_save(what, std::string("a ") + value_type_name(v.type()) + " value has no TSV form");
    return {*t, false};
}

void check_string(const std::string& s, bool in_list, const std::string& what) {
    check_cell_text(s, what);
    if (s.empty()) cannot_save(what, "an empty string would load back as no value");
    if (in_list && s.find('|') != std::string::npos) cannot_save(what, "a list element holds '|'");
}

}  // namespace

void check_cell_text(const std::string& text, const std::string& what) {
    if (text.find_first_of("\t\r\n") != std::string::npos)
        cannot_save(what, "'" + text + "' holds a tab or a line break");
}

Column plan_column(const std::string& name, const ValueRefs& values, const std::string& what) {
    // `a:b` would read as column `a` of type `b`: a name holding ':' is always written typed.
    bool typed = name.find(':') != std::string::npos;
    std::optional<CellType> type;
    bool any_list = false, any_scalar = false, bar_in_string = false, single_list = false;
    for (const Value* v : values) {
        Need n = need_of(*v, what);
        if (type && *type != n.type) cannot_save(what, "values of different types share one column");
        type = n.type;
        (n.list ? any_list : any_scalar) = true;
        if (n.type != CellType::String) continue;
        if (!n.list) {
            check_string(v->as_string(), false, what);
            bar_in_string |= v->as_string().find('|') != std::string::npos;
        } else {
            single_list |= v->as_list().size() == 1;
            for (const Value& item : v->as_list()) check_string(item.as_string(), true, what);
        }
    }
    Column c;
    c.name = name;
    c.type = type.value_or(CellType::String);
    c.array = any_list;
    if (c.type != CellType::String || !(any_list && any_scalar)) {
        // One shape only: the type says it all. Plain strings without '|' need no type.
        if (c.type == CellType::String && !any_list && !bar_in_string && !typed) c.type = CellType::Auto;
        return c;
    }
    // Strings and lists of strings together: only the untyped form keeps both, by '|'.
    if (typed) cannot_save(what, "a name holding ':' needs a typed column, and its strings share it with lists");
    if (bar_in_string) cannot_save(what, "a string holding '|' shares a column with lists");
    if (single_list) cannot_save(what, "a one-element list shares a column with strings");
    c.type = CellType::Auto;
    c.array = false;
    return c;
}

std::string header_text(const Column& c) {
    std::string text = c.name;
    if (c.type != CellType::Auto) text += std::string(":") + cell_type_name(c.type);
    if (c.array) text += "[]";
    return text;
}

namespace {

void append_scalar(std::string& out, const Value& v) {
    char buf[64];
    switch (v.type()) {
    case ValueType::Int: out.append(buf, std::to_chars(buf, buf + sizeof buf, v.as_int()).ptr); break;
    case ValueType::Float: out.append(buf, std::to_chars(buf, buf + sizeof buf, v.as_float()).ptr); break;
    case ValueType::Bool: out += v.as_bool() ? "true" : "false"; break;
    case ValueType::String: out += v.as_string(); break;
    case ValueType::Temporal: out += temporal_text(v.as_temporal()); break;
    default: break;
    }
}

}  // namespace

void append_cell(std::string& out, const Value& v) {
    if (!v.is_list()) return append_scalar(out, v);
    bool first = true;
    for (const Value& item : v.as_list()) {
        if (!first) out += '|';
        first = false;
        append_scalar(out, item);
    }
}

}  // namespace liverkg::formats::tsv

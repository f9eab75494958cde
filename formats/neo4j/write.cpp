// neo4j-admin database import files: DIR/nodes.csv, DIR/relationships.csv and DIR/import.sh
// with the command that reads them. Headers are typed (`name:string`, `refs:long[]`, ...) from
// the values each property holds; a property whose values differ in type is written as text
// (`:string`), the one loss, which docs/interchange.md states.
#include <filesystem>
#include <map>
#include <ostream>
#include <set>
#include <sstream>

#include "base/atomic_file.hpp"
#include "base/error.hpp"
#include "formats/result.hpp"
#include "formats/rows.hpp"
#include "formats/value_text.hpp"

namespace liverkg::formats::rows {
namespace {

namespace fs = std::filesystem;
using graph::Value;

// neo4j-admin's name of a scalar value's type; "" for none (null, maps, graph values).
std::string scalar_type(const Value& v) {
    switch (v.type()) {
    case graph::ValueType::Bool: return "boolean";
    case graph::ValueType::Int: return "long";
    case graph::ValueType::Float: return "double";
    case graph::ValueType::String: return "string";
    case graph::ValueType::Temporal: return graph::temporal_kind_word(v.as_temporal().kind);
    default: return "";
    }
}

// "" for an empty list, which fits any array column.
std::string type_of(const Value& v) {
    if (!v.is_list()) return scalar_type(v);
    if (v.as_list().empty()) return "";
    std::set<std::string> items;
    for (const auto& x : v.as_list()) items.insert(scalar_type(x));
    return items.size() == 1 && !items.begin()->empty() ? *items.begin() + "[]" : "mixed";
}

struct Column {
    std::string key;
    std::string type;   // neo4j-admin's; "string" for a property of mixed types
};

std::vector<Column> columns(const graph::Graph& g, const std::vector<const graph::PropertyList*>& all) {
    std::map<std::string, std::set<std::string>> types;
    for (const auto* props : all)
        for (const auto& [k, v] : *props) types[g.key_name(k)].insert(type_of(v));
    std::vector<Column> out;
    for (auto& [key, t] : types) {
        if (t.size() > 1) t.erase("");
        std::string one = t.size() == 1 ? *t.begin() : "mixed";
        out.push_back({key, one == "" ? "string[]" : one == "mixed" ? "string" : one});
    }
    return out;
}

std::string scalar_text(const Value& v) {
    if (v.is_temporal()) return graph::temporal_text(v.as_temporal());
    if (v.is_float()) return float_text(v.as_float());
    if (v.is_bool()) return v.as_bool() ? "true" : "false";
    if (v.is_int()) return std::to_string(v.as_int());
    if (v.is_string()) return v.as_string();
    return "";
}

// The array delimiter: the first of a few that no written array element contains.
char pick_delimiter(const std::vector<const graph::PropertyList*>& all,
                    const std::vector<std::string>& label_texts) {
    for (char d : std::string_view(";|^~")) {
        bool clash = false;
        for (const auto& t : label_texts) clash = clash || t.find(d) != std::string::npos;
        for (const auto* props : all)
            for (const auto& [k, v] : *props)
                if (v.is_list())
                    for (const auto& x : v.as_list()) clash = clash || scalar_text(x).find(d) != std::string::npos;
        if (!clash) return d;
    }
    raise(ErrorKind::ArgumentError, "",
          "cannot export for neo4j-admin: each array delimiter (; | ^ ~) occurs in some list value or label");
}

std::string quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// A cell: empty for a missing property; text always quoted, so "" stays an empty string and
// commas, quotes and line breaks stay inside their field.
std::string cell(const graph::Graph& g, const Value* v, const Column& c, char delimiter) {
    if (!v) return "";
    if (c.type.ends_with("[]")) {
        std::string joined;
        for (std::size_t i = 0; i < v->as_list().size(); ++i)
            joined += (i ? std::string(1, delimiter) : std::string()) + scalar_text(v->as_list()[i]);
        return quote(joined);
    }
    if (c.type == "string") return quote(v->is_string() ? v->as_string() : value_text(*v, g));
    return c.type == "long" || c.type == "double" || c.type == "boolean" ? scalar_text(*v) : quote(scalar_text(*v));
}

const Value* find(const graph::Graph& g, const graph::PropertyList& props, const std::string& key) {
    for (const auto& [k, v] : props)
        if (g.key_name(k) == key) return &v;
    return nullptr;
}

std::string header(const std::vector<std::string>& fixed, const std::vector<Column>& cols) {
    std::string out;
    for (const auto& f : fixed) out += (out.empty() ? "" : ",") + f;
    for (const auto& c : cols) out += "," + csv_field(c.key + ":" + c.type);
    return out + "\n";
}

std::string import_script(char delimiter) {
    return std::string("#!/bin/sh\n") +
           "# Imports this directory into a new Neo4j 5 database (default: neo4j), the database stopped:\n"
           "#   ./import.sh [DATABASE]\n"
           "here=\"$(dirname \"$0\")\"\n"
           "exec neo4j-admin database import full --nodes=\"$here/nodes.csv\" --relationships=\"$here/relationships.csv\" "
           "--array-delimiter='" + std::string(1, delimiter) + "' --multiline-fields=true --overwrite-destination=true \"${1:-neo4j}\"\n";
}

}  // namespace

void write_neo4j(const ExportJob& job) {
    const graph::Graph& g = job.graph;
    auto s = selection_of(job, "neo4j");
    std::vector<const graph::PropertyList*> node_props, rel_props;
    std::vector<std::string> label_texts;
    for (auto n : s.nodes) {
        node_props.push_back(&g.node_properties(n));
        for (auto l : g.labels(n)) label_texts.push_back(g.label_name(l));
    }
    for (auto r : s.rels) rel_props.push_back(&g.rel_properties(r));
    std::vector<const graph::PropertyList*> all = node_props;
    all.insert(all.end(), rel_props.begin(), rel_props.end());
    char d = pick_delimiter(all, label_texts);
    auto node_cols = columns(g, node_props), rel_cols = columns(g, rel_props);

    std::ostringstream nodes, rels;
    nodes << header({":ID", ":LABEL"}, node_cols);
    for (auto n : s.nodes) {
        std::string labels;
        for (auto l : g.labels(n)) labels += (labels.empty() ? "" : std::string(1, d)) + g.label_name(l);
        nodes << n << "," << quote(labels);
        for (const auto& c : node_cols) nodes << "," << cell(g, find(g, g.node_properties(n), c.key), c, d);
        nodes << "\n";
    }
    rels << header({":START_ID", ":END_ID", ":TYPE"}, rel_cols);
    for (auto r : s.rels) {
        rels << g.rel_start(r) << "," << g.rel_end(r) << "," << quote(g.type_name(g.rel_type(r)));
        for (const auto& c : rel_cols) rels << "," << cell(g, find(g, g.rel_properties(r), c.key), c, d);
        rels << "\n";
    }
    // The three files replace DIR together (base/atomic_file.hpp).
    files::AtomicDir dir(job.path);
    dir.write("nodes.csv", nodes.str());
    dir.write("relationships.csv", rels.str());
    dir.write("import.sh", import_script(d));
    dir.commit();
    std::error_code ec;   // not executable is no failure: `sh import.sh` runs it
    fs::permissions(fs::path(job.path) / "import.sh",
                    fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec, fs::perm_options::add, ec);
}

}  // namespace liverkg::formats::rows

// `:format tree`: the readable form of a PATHS result, where a table can only show the chain.
#include "repl/format/tree_printer.hpp"

#include <algorithm>
#include <ostream>

#include "kg/cite.hpp"
#include "repl/format/table_printer.hpp"
#include "repl/format/text_width.hpp"
#include "formats/value_text.hpp"

namespace liverkg::repl {
namespace {

using formats::value_text;
using graph::Value;

std::string node_name(const graph::Graph& g, graph::NodeId n) {
    for (const char* key : {"name", "id"}) {
        auto k = g.find_key(key);
        const Value* v = k ? g.node_property(n, *k) : nullptr;
        if (v && v->is_string()) return v->as_string();
    }
    return "#" + std::to_string(n);
}

const Value* rel_prop(const graph::Graph& g, graph::RelId r, const char* key) {
    auto k = g.find_key(key);
    return k ? g.rel_property(r, *k) : nullptr;
}

// "animal · D-GalN/LPS mouse · Zhang 2019 [54]"
std::string hop_details(const graph::Graph& g, graph::RelId r) {
    std::vector<std::string> parts;
    const Value* ev = rel_prop(g, r, "evidence");
    parts.push_back(ev && ev->is_string() ? ev->as_string() : "evidence not recorded");
    if (const Value* m = rel_prop(g, r, "model"); m && m->is_string()) parts.push_back(m->as_string());
    if (const Value* s = rel_prop(g, r, "significant"); s && s->is_bool() && !s->as_bool())
        parts.push_back("not significant");
    if (const Value* i = rel_prop(g, r, "inferred"); i && i->is_bool() && i->as_bool()) parts.push_back("inferred");
    if (const Value* c = rel_prop(g, r, "context"); c && c->is_list() && !c->as_list().empty())
        parts.push_back("in " + value_text(*c, g));
    if (const Value* refs = rel_prop(g, r, "refs"); refs && refs->is_list()) {
        std::string cites;
        for (const Value& x : refs->as_list())
            if (x.is_int()) cites += (cites.empty() ? "" : "; ") + kg::cite(g, x.as_int());
        if (!cites.empty()) parts.push_back(cites);
    }
    std::string text;
    for (const auto& p : parts) text += (text.empty() ? "" : " \u00b7 ") + p;
    return text;
}

// Lines longer than the width wrap, continued under their first text column.
void emit(std::ostream& out, const std::string& indent, const std::string& text, int width) {
    std::size_t room = width > 0 ? static_cast<std::size_t>(width) : 0;
    std::size_t lead = display_width(indent);
    if (room == 0 || lead + display_width(text) <= room || room <= lead + 10) {
        out << indent << text << '\n';
        return;
    }
    auto lines = wrap_to_width(text, room - lead - 2);
    for (std::size_t i = 0; i < lines.size(); ++i)
        out << indent << (i ? "  " : "") << lines[i] << '\n';
}

void print_path(std::ostream& out, const graph::Graph& g, const graph::Path& p, int width) {
    if (p.nodes.empty()) return;
    emit(out, "   ", node_name(g, p.nodes[0]), width);
    for (std::size_t i = 0; i < p.rels.size(); ++i) {
        graph::RelId r = p.rels[i];
        bool forward = g.rel_start(r) == p.nodes[i];
        const std::string& type = g.type_name(g.rel_type(r));
        std::string step = forward ? "-[" + type + "]-> " : "<-[" + type + "]- ";
        std::string branch = i + 1 == p.rels.size() ? "   \u2514\u2500 " : "   \u251c\u2500 ";
        emit(out, branch, step + node_name(g, p.nodes[i + 1]) + "   " + hop_details(g, r), width);
    }
}

}  // namespace

void TreePrinter::print(const engine::ResultSet& rs, const PrintContext& ctx, std::ostream& out) const {
    if (!rs.plan.empty()) out << rs.plan << (rs.plan.back() == '\n' ? "" : "\n");
    std::size_t shown = rs.summary_columns ? std::min(rs.summary_columns, rs.columns.size()) : rs.columns.size();
    for (std::size_t r = 0; r < rs.rows.size(); ++r) {
        const auto& row = rs.rows[r];
        std::vector<const graph::Path*> paths;
        for (const Value& v : row)
            if (v.is_path()) paths.push_back(&v.as_path());
        std::string heading;
        for (std::size_t i = 0; i < shown && i < row.size(); ++i) {
            if (row[i].is_path() || (!paths.empty() && rs.columns[i] == "chain")) continue;   // the tree shows it
            heading += (heading.empty() ? "" : "  ") + rs.columns[i] + ": " + value_text(row[i], ctx.graph);
        }
        emit(out, std::to_string(r + 1) + ". ", heading, ctx.width);
        for (const auto* p : paths) print_path(out, ctx.graph, *p, ctx.width);
    }
    if (!rs.columns.empty()) out << row_count_text(rs.rows.size()) << '\n';
    if (auto s = stats_text(rs.stats); !s.empty()) out << s << '\n';
}

}  // namespace liverkg::repl

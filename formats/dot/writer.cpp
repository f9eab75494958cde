// DOT text of a selection: escaping, styles by label and sign, the legend, highlighted paths.
#include "formats/dot.hpp"

#include <array>
#include <map>
#include <ostream>

#include "formats/value_text.hpp"

namespace liverkg::formats {
namespace {

struct LabelStyle {
    std::string_view label;
    std::string_view shape;
    std::string_view fill;
};

// The knowledge graph's labels (docs/data-model.md), in the order the legend lists them.
constexpr std::array<LabelStyle, 8> label_styles{{
    {"CellType", "ellipse", "#a6cee3"},
    {"Molecule", "box", "#fdbf6f"},
    {"Pathway", "hexagon", "#cab2d6"},
    {"Mechanism", "parallelogram", "#b2df8a"},
    {"Disease", "octagon", "#fb9a99"},
    {"Product", "box3d", "#ffff99"},
    {"Intervention", "diamond", "#80cdc1"},
    {"Phenotype", "note", "#d9d9d9"},
}};

// For other labels: a shape and a pastel colour picked by a hash of the name (FNV-1a, so the
// choice is the same on every machine and run).
constexpr std::array<std::string_view, 5> fallback_shapes{"box", "ellipse", "house", "trapezium",
                                                          "cylinder"};
constexpr std::array<std::string_view, 6> fallback_fills{"#fccde5", "#ccebc5", "#bebada",
                                                         "#ffffb3", "#8dd3c7", "#e5d8bd"};

struct SignStyle {
    int sign;
    std::string_view legend;
    std::string_view color;
    std::string_view arrow;
};
constexpr std::array<SignStyle, 3> sign_styles{{
    {+1, "+ promotes", "#1a9641", "normal"},
    {-1, "- inhibits", "#d7191c", "tee"},
    {0, "0 neutral", "#808080", "normal"},
}};
constexpr std::string_view unknown_sign_color = "#000000";

std::uint32_t fnv1a(std::string_view s) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : s) h = (h ^ c) * 16777619u;
    return h;
}

const SignStyle* sign_style(const engine::TypeSigns& signs, std::string_view type) {
    auto it = signs.find(type);
    if (it == signs.end()) return nullptr;
    for (const auto& s : sign_styles)
        if (s.sign == it->second) return &s;
    return nullptr;
}

const graph::Value* property(const graph::Graph& g, graph::NodeId n, std::string_view key) {
    auto k = g.find_key(key);
    return k ? g.node_property(n, *k) : nullptr;
}

const graph::Value* rel_property(const graph::Graph& g, graph::RelId r, std::string_view key) {
    auto k = g.find_key(key);
    return k ? g.rel_property(r, *k) : nullptr;
}

// The label that decides a node's look: the first of the fixed table it carries, else its
// alphabetically first label; "" for a node without labels.
std::string primary_label(const graph::Graph& g, graph::NodeId n) {
    for (const auto& s : label_styles)
        if (auto id = g.find_label(s.label); id && g.has_label(n, *id)) return std::string(s.label);
    std::string best;
    for (auto l : g.labels(n))
        if (best.empty() || g.label_name(l) < best) best = g.label_name(l);
    return best;
}

std::string display_name(const graph::Graph& g, graph::NodeId n) {
    for (const char* key : {"name", "id"})
        if (const auto* v = property(g, n, key)) return value_text(*v, g);
    std::string label = primary_label(g, n);
    return (label.empty() ? "node " : label + " ") + std::to_string(n);
}

class DotWriter {
public:
    DotWriter(const graph::Graph& g, const DotSelection& sel, const engine::TypeSigns& signs,
              std::ostream& out)
        : g_(g), sel_(sel), signs_(signs), out_(out) {}

    void write() {
        out_ << "digraph liverkg {\n"
                "  graph [rankdir=LR, charset=\"UTF-8\", fontname=\"Helvetica\", nodesep=0.3];\n"
                "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n"
                "  edge [fontname=\"Helvetica\", fontsize=8];\n";
        assign_ids();
        write_legend();
        for (auto n : sel_.nodes) write_node(n);
        for (auto r : sel_.rels) write_rel(r);
        out_ << "}\n";
    }

private:
    // A node is named by its `id` property when that is a string no other drawn node uses;
    // otherwise (and for ids starting with '_', kept for the legend) by `_node<N>`.
    void assign_ids() {
        std::set<std::string> used;
        for (auto n : sel_.nodes) {
            const auto* v = property(g_, n, "id");
            std::string id = v && v->is_string() ? v->as_string() : std::string();
            if (id.empty() || id.front() == '_' || !used.insert(id).second)
                id = "_node" + std::to_string(n);
            ids_[n] = dot_quoted(id);
        }
    }

    void write_legend() {
        std::set<std::string> labels;
        for (auto n : sel_.nodes) labels.insert(primary_label(g_, n));
        out_ << "  subgraph cluster_legend {\n"
                "    label=\"Legend\"; fontsize=10; color=\"#b0b0b0\"; style=rounded;\n";
        int i = 0;
        for (const auto& l : labels) {
            auto st = node_style(l);
            out_ << "    \"_legend_label_" << i++
                 << "\" [label=" << dot_quoted(l.empty() ? "(no label)" : l)
                 << ", shape=" << st.shape << ", fillcolor=\"" << st.fill
                 << "\", tooltip=" << dot_quoted("label " + l) << "];\n";
        }
        i = 0;
        for (const auto& s : sign_styles) legend_edge(i++, s.legend, s.color, s.arrow, false);
        legend_edge(i++, "? no sign", unknown_sign_color, "normal", false);
        if (!sel_.path_rels.empty())
            legend_edge(i++, "on a path", unknown_sign_color, "normal", true);
        out_ << "  }\n";
    }

    void legend_edge(int i, std::string_view text, std::string_view color, std::string_view arrow,
                     bool bold) {
        std::string a = "\"_legend_sign_" + std::to_string(i) + "a\"";
        std::string b = "\"_legend_sign_" + std::to_string(i) + "b\"";
        for (const auto& p : {a, b})
            out_ << "    " << p << " [label=\"\", shape=point, width=0.05, tooltip=\"\"];\n";
        out_ << "    " << a << " -> " << b << " [label=" << dot_quoted(text) << ", color=\""
             << color << "\", fontcolor=\"" << color << "\", arrowhead=" << arrow
             << (bold ? ", penwidth=2.5, style=bold" : "") << ", tooltip=" << dot_quoted(text)
             << "];\n";
    }

    void write_node(graph::NodeId n) {
        auto st = node_style(primary_label(g_, n));
        std::string name = display_name(g_, n);
        const auto* desc = property(g_, n, "description");
        out_ << "  " << ids_[n] << " [label=" << dot_quoted(name) << ", shape=" << st.shape
             << ", fillcolor=\"" << st.fill
             << "\", tooltip=" << dot_quoted(desc ? value_text(*desc, g_) : name);
        if (sel_.path_ends.count(n)) out_ << ", penwidth=2.5, peripheries=2";
        out_ << "];\n";
    }

    void write_rel(graph::RelId r) {
        const std::string& type = g_.type_name(g_.rel_type(r));
        const SignStyle* s = sign_style(signs_, type);
        std::string_view color = s ? s->color : unknown_sign_color;
        std::string label = type;
        if (const auto* refs = rel_property(g_, r, "refs")) label += "\n" + value_text(*refs, g_);
        out_ << "  " << ids_[g_.rel_start(r)] << " -> " << ids_[g_.rel_end(r)]
             << " [label=" << dot_quoted(label) << ", color=\"" << color << "\", fontcolor=\""
             << color << "\", arrowhead=" << (s ? s->arrow : "normal")
             << ", tooltip=" << dot_quoted(rel_tooltip(r, type, s));
        if (sel_.path_rels.count(r)) out_ << ", penwidth=2.5, style=bold";
        out_ << "];\n";
    }

    std::string rel_tooltip(graph::RelId r, const std::string& type, const SignStyle* s) const {
        std::string t = type + " (sign " + (s ? std::string(s->legend.substr(0, 1)) : "?") + ")";
        const auto* ev = rel_property(g_, r, "evidence");
        t += "\nevidence: " + (ev ? value_text(*ev, g_) : std::string("none recorded"));
        for (const char* key : {"note", "caveat"})
            if (const auto* v = rel_property(g_, r, key))
                t += std::string("\n") + key + ": " + value_text(*v, g_);
        return t;
    }

    const graph::Graph& g_;
    const DotSelection& sel_;
    const engine::TypeSigns& signs_;
    std::ostream& out_;
    std::map<graph::NodeId, std::string> ids_;
};

}  // namespace

NodeStyle node_style(std::string_view label) {
    for (const auto& s : label_styles)
        if (s.label == label) return {std::string(s.shape), std::string(s.fill)};
    if (label.empty()) return {"ellipse", "#ffffff"};
    std::uint32_t h = fnv1a(label);
    return {std::string(fallback_shapes[h % fallback_shapes.size()]),
            std::string(fallback_fills[(h / fallback_shapes.size()) % fallback_fills.size()])};
}

std::string_view sign_color(const int* sign) {
    if (sign)
        for (const auto& s : sign_styles)
            if (s.sign == *sign) return s.color;
    return unknown_sign_color;
}

std::string dot_quoted(std::string_view text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        bool crlf = c == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
        if (crlf) continue;   // the \n that follows makes the one line break
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n' || c == '\r') {
            out += "\\n";
        } else {
            bool control = static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
            out += control ? ' ' : c;
        }
    }
    return out + '"';
}

void write_dot(const graph::Graph& g, const DotSelection& selection, const engine::TypeSigns& signs,
               std::ostream& out) {
    DotWriter(g, selection, signs, out).write();
}

}  // namespace liverkg::formats

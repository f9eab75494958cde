// DOT text of a selection: escaping, styles by label and sign, the legend, highlighted paths.
#include "formats/dot.hpp"
#include "formats/dot/legend.hpp"

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

// Evidence level as line style (solid clinical, dashed animal, dotted the rest); `matches` lists
// the `evidence` values of each, space-delimited; the last row takes anything else.
struct EvidenceStyle {
    std::string_view matches;
    std::string_view style;
    std::string_view legend;
};
constexpr std::array<EvidenceStyle, 3> evidence_styles{{
    {" clinical ", "solid", "clinical"},
    {" animal ", "dashed", "animal"},
    {" in_vitro review  ", "dotted", "in vitro, review or none"},
}};

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
              std::ostream& out, const DotOptions& options)
        : g_(g), sel_(sel), signs_(signs), out_(out), options_(options) {}

    void write() {
        out_ << "digraph liverkg {\n"
                "  graph [rankdir=LR, charset=\"UTF-8\", fontname=\"Helvetica\", fontsize=10, nodesep=0.3";
        if (std::string header = dot_legend::html(header_of()); !header.empty())
            out_ << ",\n         labelloc=t, labeljust=l, label=<" << header << ">";
        out_ << "];\n"
                "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n"
                "  edge [fontname=\"Helvetica\", fontsize=8];\n";
        assign_ids();
        for (auto n : sel_.nodes) write_node(n);
        write_ranks();
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

    // The title, then one row each of the labels, signs and evidence levels drawn, then the
    // paths with their net signs.
    dot_legend::Header header_of() const {
        dot_legend::Header h;
        h.title = options_.title.empty() ? default_title() : options_.title;
        std::set<std::string> labels;
        for (auto n : sel_.nodes) labels.insert(primary_label(g_, n));
        for (const auto& l : labels) h.labels.push_back({l.empty() ? "(no label)" : l, node_style(l).fill, ""});
        std::set<int> signs;
        std::set<std::size_t> levels;
        for (auto r : sel_.rels) {
            const SignStyle* s = sign_style(signs_, g_.type_name(g_.rel_type(r)));
            signs.insert(s ? s->sign : 2);
            levels.insert(evidence_level(r));
        }
        for (const auto& s : sign_styles)
            if (signs.count(s.sign)) h.signs.push_back({std::string(s.legend), "", std::string(s.color)});
        if (signs.count(2)) h.signs.push_back({"? no sign", "", std::string(unknown_sign_color)});
        for (std::size_t i = 0; i < evidence_styles.size(); ++i)
            if (levels.count(i))
                h.evidence.push_back({std::string(evidence_styles[i].style) + ": " +
                                          std::string(evidence_styles[i].legend), "", ""});
        if (sel_.rels.empty()) h.signs.clear(), h.evidence.clear();
        constexpr std::size_t kListed = 12;
        for (std::size_t i = 0; i < sel_.paths.size() && i < kListed; ++i)
            h.paths.push_back(std::to_string(i + 1) + ". " + path_text(sel_.paths[i]));
        if (sel_.paths.size() > kListed) h.more_paths = sel_.paths.size() - kListed;
        return h;
    }

    // "MSC → acute liver failure" from the paths' first and last nodes.
    std::string default_title() const {
        auto names = [&](const std::set<graph::NodeId>& ns) {
            std::string out;
            std::size_t i = 0;
            for (auto n : ns) {
                if (i == 3) return out + ", ...";
                out += (i++ ? ", " : "") + display_name(g_, n);
            }
            return out;
        };
        if (sel_.paths.empty()) return {};
        return names(sel_.path_starts) + " \u2192 " + names(sel_.path_targets);
    }

    // "MSC → PGE2 → inflammation → acute liver failure   net -"
    std::string path_text(const graph::Path& p) const {
        std::string text;
        int sign = 1;
        bool any = false, known = true;
        for (std::size_t i = 0; i < p.nodes.size(); ++i) {
            bool back = i > 0 && g_.rel_start(p.rels[i - 1]) != p.nodes[i - 1];   // a subtype step
            text += (i == 0 ? "" : back ? " \u2190 " : " \u2192 ") + display_name(g_, p.nodes[i]);
        }
        for (auto r : p.rels) {
            auto it = signs_.find(g_.type_name(g_.rel_type(r)));
            if (it == signs_.end()) known = false;
            else if (it->second != 0) any = true, sign *= it->second;
        }
        std::string net = !known ? "?" : !any ? "0" : sign > 0 ? "+" : "-";
        return text + "   net " + net;
    }

    // Start nodes in the leftmost rank, targets in the rightmost.
    void write_ranks() {
        std::vector<graph::NodeId> starts, targets;
        for (auto n : sel_.path_starts)
            if (!sel_.path_targets.count(n)) starts.push_back(n);
        for (auto n : sel_.path_targets)
            if (!sel_.path_starts.count(n)) targets.push_back(n);
        for (auto [rank, nodes] : {std::pair{"min", &starts}, std::pair{"max", &targets}}) {
            if (nodes->empty()) continue;
            out_ << "  { rank=" << rank << ";";
            for (auto n : *nodes) out_ << " " << ids_[n] << ";";
            out_ << " }\n";
        }
    }

    std::size_t evidence_level(graph::RelId r) const {
        auto style = evidence_line_style(g_, r);
        for (std::size_t i = 0; i < evidence_styles.size(); ++i)
            if (evidence_styles[i].style == style) return i;
        return evidence_styles.size() - 1;
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
        // A subtype step walked backwards on a path is drawn backwards (dir=back), so that
        // the picture still flows from the start on the left to the targets on the right.
        bool back = sel_.reversed.count(r) > 0;
        std::string_view arrow = s ? s->arrow : "normal";
        out_ << "  " << ids_[back ? g_.rel_end(r) : g_.rel_start(r)] << " -> "
             << ids_[back ? g_.rel_start(r) : g_.rel_end(r)] << " [label=" << dot_quoted(label) << ", color=\""
             << color << "\", fontcolor=\"" << color << "\", " << (back ? "dir=back, arrowtail=" : "arrowhead=")
             << arrow << ", style=" << evidence_styles[evidence_level(r)].style
             << ", tooltip=" << dot_quoted(rel_tooltip(r, type, s));
        if (sel_.path_rels.count(r)) out_ << ", penwidth=2.5";
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
    const DotOptions& options_;
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

std::string style_label(const graph::Graph& g, graph::NodeId n) { return primary_label(g, n); }

std::string node_display_name(const graph::Graph& g, graph::NodeId n) { return display_name(g, n); }

std::string_view evidence_line_style(const graph::Graph& g, graph::RelId r) {
    const auto* ev = rel_property(g, r, "evidence");
    std::string e = ev && ev->is_string() ? ev->as_string() : std::string();
    for (const auto& s : evidence_styles)
        if (s.matches.find(" " + e + " ") != std::string_view::npos) return s.style;
    return evidence_styles.back().style;
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
               std::ostream& out, const DotOptions& options) {
    DotWriter(g, selection, signs, out, options).write();
}

}  // namespace liverkg::formats

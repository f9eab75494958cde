// The Cytoscape.js style of an export: the DOT drawing's visual vocabulary (formats/dot/) as
// selectors over the data the export writes: node shape and colour by `style_label`, edge
// colour and arrow by `sign`, line style by `line_style` (the evidence level), paths bold.
#include <set>

#include "formats/cyjs/cyjs.hpp"

namespace liverkg::formats::cyjs {
namespace {

using nlohmann::json;

// Graphviz shapes (formats/dot/writer.cpp) and their nearest Cytoscape.js shapes.
std::string_view cytoscape_shape(std::string_view dot_shape) {
    static constexpr std::pair<std::string_view, std::string_view> table[] = {
        {"ellipse", "ellipse"},       {"box", "round-rectangle"}, {"hexagon", "hexagon"},
        {"parallelogram", "rhomboid"}, {"octagon", "octagon"},    {"box3d", "cut-rectangle"},
        {"diamond", "diamond"},       {"note", "tag"},            {"house", "pentagon"},
        {"trapezium", "barrel"},      {"cylinder", "barrel"},
    };
    for (const auto& [dot, cy] : table)
        if (dot == dot_shape) return cy;
    return "ellipse";
}

json rule(std::string selector, json style) { return {{"selector", std::move(selector)}, {"style", std::move(style)}}; }

std::string quoted_selector_value(const std::string& s) {
    std::string out = "\"";
    for (char c : s) out += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
    return out + "\"";
}

}  // namespace

json style(const std::set<std::string>& labels) {
    json rules = json::array();
    rules.push_back(rule("node", {{"label", "data(name)"}, {"font-size", 10}, {"text-valign", "center"},
                                  {"text-wrap", "wrap"}, {"text-max-width", 120}, {"border-width", 1},
                                  {"border-color", "#555555"}, {"background-color", "#ffffff"}}));
    for (const auto& label : labels) {
        auto st = node_style(label);
        rules.push_back(rule("node[style_label = " + quoted_selector_value(label) + "]",
                             {{"shape", cytoscape_shape(st.shape)}, {"background-color", st.fill}}));
    }
    rules.push_back(rule("edge", {{"curve-style", "bezier"}, {"width", 1.5}, {"label", "data(type)"},
                                  {"font-size", 8}, {"line-color", sign_color(nullptr)},
                                  {"target-arrow-color", sign_color(nullptr)}, {"target-arrow-shape", "triangle"},
                                  {"line-style", "dotted"}}));
    for (int sign : {1, -1, 0}) {
        std::string color(sign_color(&sign));
        rules.push_back(rule("edge[sign = " + std::to_string(sign) + "]",
                             {{"line-color", color}, {"target-arrow-color", color},
                              {"target-arrow-shape", sign < 0 ? "tee" : "triangle"}}));
    }
    for (const char* line : {"solid", "dashed", "dotted"})
        rules.push_back(rule("edge[line_style = \"" + std::string(line) + "\"]", {{"line-style", line}}));
    rules.push_back(rule("edge.path", {{"width", 4}}));
    rules.push_back(rule("node.path-end", {{"border-width", 3}}));
    return rules;
}

}  // namespace liverkg::formats::cyjs

#include "formats/dot/legend.hpp"

namespace liverkg::formats::dot_legend {
namespace {

// One left-aligned line of entries. A coloured square stands for a fill: a nested table of
// cells would be stretched to the width of the title.
std::string line_of(const std::vector<Swatch>& entries) {
    std::string out = "<tr><td align=\"left\">";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        if (i) out += "&#160;&#160;&#160;&#160;";
        if (!e.fill.empty()) out += "<font color=\"" + e.fill + "\" point-size=\"14\">&#9632;</font>&#160;";
        std::string text = html_escaped(e.text);
        out += e.color.empty() ? text : "<font color=\"" + e.color + "\">" + text + "</font>";
    }
    return out + "</td></tr>";
}

}  // namespace

std::string html_escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\n': out += "<br/>"; break;
        case '\r': break;
        default: out += (static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
        }
    }
    return out;
}

std::string html(const Header& h) {
    std::string rows;
    if (!h.title.empty())
        rows += "<tr><td align=\"left\"><font point-size=\"16\"><b>" + html_escaped(h.title) + "</b></font></td></tr>";
    if (!h.labels.empty()) rows += line_of(h.labels);
    std::vector<Swatch> lines = h.signs;
    lines.insert(lines.end(), h.evidence.begin(), h.evidence.end());
    if (!lines.empty()) rows += line_of(lines);
    for (const auto& p : h.paths)
        rows += "<tr><td align=\"left\"><font point-size=\"9\">" + html_escaped(p) + "</font></td></tr>";
    if (h.more_paths)
        rows += "<tr><td align=\"left\"><font point-size=\"9\">... and " + std::to_string(h.more_paths) +
                " more paths</font></td></tr>";
    if (rows.empty()) return {};
    return "<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"1\">" + rows + "</table>";
}

}  // namespace liverkg::formats::dot_legend

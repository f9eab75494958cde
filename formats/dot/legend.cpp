#include "formats/dot/legend.hpp"

namespace liverkg::formats::dot_legend {
namespace {

std::string swatches(const std::vector<Swatch>& row) {
    std::string out = "<tr><td align=\"left\"><table border=\"0\" cellspacing=\"2\" cellpadding=\"2\"><tr>";
    for (const auto& s : row) {
        out += "<td";
        if (!s.fill.empty()) out += " bgcolor=\"" + s.fill + "\" border=\"1\"";
        out += ">";
        std::string text = html_escaped(s.text);
        out += s.color.empty() ? text : "<font color=\"" + s.color + "\">" + text + "</font>";
        out += "</td>";
    }
    return out + "</tr></table></td></tr>";
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
    for (const auto* row : {&h.labels, &h.signs, &h.evidence})
        if (!row->empty()) rows += swatches(*row);
    for (const auto& p : h.paths)
        rows += "<tr><td align=\"left\"><font point-size=\"9\">" + html_escaped(p) + "</font></td></tr>";
    if (h.more_paths)
        rows += "<tr><td align=\"left\"><font point-size=\"9\">... and " + std::to_string(h.more_paths) +
                " more paths</font></td></tr>";
    if (rows.empty()) return {};
    return "<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"1\">" + rows + "</table>";
}

}  // namespace liverkg::formats::dot_legend

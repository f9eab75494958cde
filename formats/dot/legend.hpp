#pragma once
// The title and legend of a drawing, as one Graphviz HTML-like label over the picture: it
// stays out of the flow of the nodes and lists only what is drawn. Internal to formats/dot.
#include <string>
#include <vector>

namespace liverkg::formats::dot_legend {

struct Swatch {
    std::string text;    // "CellType", "-> promotes", "dashed: animal"
    std::string fill;    // cell background ("" none)
    std::string color;   // text colour ("" black)
};

struct Header {
    std::string title;
    std::vector<Swatch> labels, signs, evidence;
    std::vector<std::string> paths;   // "1. MSC → PGE2 → ... → acute liver failure   net -"
    std::size_t more_paths = 0;       // paths not listed
};

// `<table>...</table>` for label=<...>; empty when there is nothing to say.
std::string html(const Header& h);

// Text escaped for an HTML-like label: & < > " and line breaks.
std::string html_escaped(const std::string& text);

}  // namespace liverkg::formats::dot_legend

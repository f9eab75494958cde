// The DOT writer on small hand-made graphs: escaping, determinism, sign colours, the legend,
// highlighted paths; and rendering through Graphviz `dot`.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "formats/dot.hpp"
#include "formats/formats.hpp"
#include "../repl/fixtures.hpp"

namespace liverkg::formats {
namespace test = repl::test;   // the small graphs of the repl tests (fixtures.hpp)
namespace {

using graph::List;
using graph::NodeRef;
using graph::RelRef;
using graph::Value;

// msc -SECRETES-> pge2 -INHIBITS-> tak1 -PART_OF-> mac, and pge2 -BINDS-> tak1 (a type with no
// sign).
struct Chain {
    graph::Graph g;
    graph::NodeId msc, pge2, tak1, mac;
    graph::RelId secretes, inhibits, part_of, binds;
    engine::TypeSigns signs{{"SECRETES", 1}, {"INHIBITS", -1}, {"PART_OF", 0}};

    graph::NodeId node(const char* label, const char* id, const char* name) {
        auto n = g.add_node();
        g.add_label(n, g.intern_label(label));
        g.set_node_property(n, g.intern_key("id"), Value(id));
        g.set_node_property(n, g.intern_key("name"), Value(name));
        return n;
    }
    graph::RelId rel(graph::NodeId a, const char* type, graph::NodeId b) {
        return g.add_rel(a, b, g.intern_type(type));
    }
    Chain() {
        msc = node("CellType", "cell:MSC", "MSC");
        pge2 = node("Molecule", "mol:PGE2", "PGE2");
        tak1 = node("Pathway", "path:TAK1", "TAK1 signalling");
        mac = node("Gene", "gene:X", "X");
        secretes = rel(msc, "SECRETES", pge2);
        inhibits = rel(pge2, "INHIBITS", tak1);
        part_of = rel(tak1, "PART_OF", mac);
        binds = rel(pge2, "BINDS", tak1);
        g.set_rel_property(secretes, g.intern_key("refs"), Value(List{Value(54), Value(61)}));
        g.set_rel_property(secretes, g.intern_key("evidence"), Value("animal"));
        g.set_rel_property(secretes, g.intern_key("note"), Value("mice given \"MSC\""));
        g.set_node_property(msc, g.intern_key("description"), Value("stromal cell"));
    }
    std::string dot(const engine::ResultSet& rs) const {
        std::ostringstream out;
        write_dot(g, select_result(g, rs), signs, out);
        return out.str();
    }
    std::string whole() const {
        std::ostringstream out;
        write_dot(g, select_graph(g), signs, out);
        return out.str();
    }
};

// The line of the output that starts (after indentation) with `head`.
std::string line_of(const std::string& dot, const std::string& head) {
    std::istringstream in(dot);
    std::string line;
    while (std::getline(in, line))
        if (line.find("  " + head) == 0) return line;
    return {};
}

// The graph's label: the title and the legend.
std::string legend_of(const std::string& dot) {
    std::istringstream in(dot);
    std::string line;
    while (std::getline(in, line))
        if (line.find("labelloc=t") != std::string::npos) return line;
    return {};
}

}  // namespace

TEST_CASE("dot_quoted escapes quotes, backslashes and line breaks and keeps UTF-8", "[dot]") {
    CHECK(dot_quoted("plain") == "\"plain\"");
    CHECK(dot_quoted("say \"hi\"") == "\"say \\\"hi\\\"\"");
    CHECK(dot_quoted("a\\b") == "\"a\\\\b\"");
    CHECK(dot_quoted("ends with \\") == "\"ends with \\\\\"");
    CHECK(dot_quoted("two\nlines") == "\"two\\nlines\"");
    CHECK(dot_quoted("crlf\r\nend") == "\"crlf\\nend\"");
    CHECK(dot_quoted("tab\there") == "\"tab here\"");
    CHECK(dot_quoted("间充质干细胞") == "\"间充质干细胞\"");
}

TEST_CASE("dot: nodes are styled by label, with a stable fallback for other labels", "[dot]") {
    CHECK(node_style("CellType").shape == "ellipse");
    CHECK(node_style("Disease").shape == "octagon");
    std::set<std::string> fills;
    for (const char* l : {"CellType", "Molecule", "Pathway", "Mechanism", "Disease", "Product",
                          "Intervention", "Phenotype"})
        fills.insert(node_style(l).fill);
    CHECK(fills.size() == 8);
    CHECK(node_style("Gene").fill == node_style("Gene").fill);
    CHECK(node_style("Gene").shape == node_style("Gene").shape);
    CHECK(fills.count(node_style("Gene").fill) == 0);
}

TEST_CASE("dot: relationships are coloured by the sign of their type", "[dot]") {
    Chain c;
    auto dot = c.whole();
    auto secretes = line_of(dot, "\"cell:MSC\" -> \"mol:PGE2\"");
    auto inhibits = line_of(dot, "\"mol:PGE2\" -> \"path:TAK1\" [label=\"INHIBITS\"");
    auto part_of = line_of(dot, "\"path:TAK1\" -> \"gene:X\"");
    auto binds = line_of(dot, "\"mol:PGE2\" -> \"path:TAK1\" [label=\"BINDS\"");
    int plus = 1, minus = -1, zero = 0;
    CHECK(secretes.find(std::string("color=\"") + std::string(sign_color(&plus)) + "\"") !=
          std::string::npos);
    CHECK(inhibits.find(std::string("color=\"") + std::string(sign_color(&minus)) + "\"") !=
          std::string::npos);
    CHECK(inhibits.find("arrowhead=tee") != std::string::npos);
    CHECK(part_of.find(std::string("color=\"") + std::string(sign_color(&zero)) + "\"") !=
          std::string::npos);
    CHECK(binds.find("color=\"#000000\"") != std::string::npos);
    CHECK(sign_color(nullptr) == "#000000");
}

TEST_CASE("dot: edge labels carry type and refs; every edge and node has a tooltip", "[dot]") {
    Chain c;
    auto dot = c.whole();
    auto secretes = line_of(dot, "\"cell:MSC\" -> \"mol:PGE2\"");
    CHECK(secretes.find("label=\"SECRETES\\n[54, 61]\"") != std::string::npos);
    CHECK(secretes.find(
              "tooltip=\"SECRETES (sign +)\\nevidence: animal\\nnote: mice given \\\"MSC\\\"\"") !=
          std::string::npos);
    CHECK(line_of(dot, "\"path:TAK1\" -> \"gene:X\"").find("evidence: none recorded") !=
          std::string::npos);
    CHECK(line_of(dot, "\"cell:MSC\" [").find("tooltip=\"stromal cell\"") != std::string::npos);
    CHECK(line_of(dot, "\"gene:X\" [").find("tooltip=\"X\"") != std::string::npos);
    std::istringstream in(dot);
    std::string line;
    int edges = 0;
    while (std::getline(in, line)) {
        if (line.find(" -> ") == std::string::npos) continue;
        ++edges;
        CHECK(line.find("tooltip=") != std::string::npos);
    }
    CHECK(edges == 4);  // the four relationships; the legend is the graph's label, not edges
}

TEST_CASE("dot: the legend, over the picture, lists only the labels, signs and evidence drawn", "[dot]") {
    Chain c;
    auto nodes = c.dot(test::result({"n"}, {{Value(NodeRef{c.msc})}, {Value(NodeRef{c.mac})}}));
    auto legend = legend_of(nodes);
    CHECK(legend.find("<font color=\"#a6cee3\" point-size=\"14\">&#9632;</font>&#160;CellType") != std::string::npos);
    CHECK(legend.find("&#160;Gene") != std::string::npos);
    CHECK(legend.find("Molecule") == std::string::npos);   // not drawn, not listed
    CHECK(legend.find("promotes") == std::string::npos);   // no relationship drawn
    auto rels = c.dot(test::result({"r"}, {{Value(RelRef{c.secretes})}, {Value(RelRef{c.binds})}}));
    legend = legend_of(rels);
    CHECK(legend.find("+ promotes") != std::string::npos);
    CHECK(legend.find("? no sign") != std::string::npos);
    CHECK(legend.find("- inhibits") == std::string::npos);
    CHECK(legend.find("dashed: animal") != std::string::npos);
    CHECK(legend.find("dotted: in vitro, review or none") != std::string::npos);
    CHECK(legend.find("solid: clinical") == std::string::npos);
    CHECK(rels.find("cluster_legend") == std::string::npos);
}

TEST_CASE("dot: evidence is the line style", "[dot]") {
    Chain c;
    c.g.set_rel_property(c.inhibits, c.g.intern_key("evidence"), Value("clinical"));
    auto dot = c.whole();
    CHECK(line_of(dot, "\"cell:MSC\" -> \"mol:PGE2\"").find("style=dashed") != std::string::npos);
    CHECK(line_of(dot, "\"mol:PGE2\" -> \"path:TAK1\" [label=\"INHIBITS").find("style=solid") != std::string::npos);
    CHECK(line_of(dot, "\"path:TAK1\" -> \"gene:X\"").find("style=dotted") != std::string::npos);
}

TEST_CASE("dot: a title, given or made from the paths", "[dot]") {
    Chain c;
    graph::Path p{{c.msc, c.pge2, c.tak1}, {c.secretes, c.inhibits}};
    auto rs = test::result({"path"}, {{Value(p)}});
    std::ostringstream given;
    write_dot(c.g, select_result(c.g, rs), c.signs, given, DotOptions{"MSC & <TAK1>"});
    CHECK(given.str().find("<b>MSC &amp; &lt;TAK1&gt;</b>") != std::string::npos);
    CHECK(c.dot(rs).find("<b>MSC \u2192 TAK1 signalling</b>") != std::string::npos);
    CHECK(c.whole().find("<b>") == std::string::npos);   // no paths, no title given: none
}

TEST_CASE("dot: output is deterministic and sorted by id, whatever the row order", "[dot]") {
    Chain c;
    auto a = c.dot(test::result({"r"}, {{Value(RelRef{c.inhibits})}, {Value(RelRef{c.secretes})}}));
    auto b = c.dot(test::result({"r"}, {{Value(RelRef{c.secretes})}, {Value(RelRef{c.inhibits})}}));
    CHECK(a == b);
    CHECK(a ==
          c.dot(test::result({"r"}, {{Value(RelRef{c.secretes})}, {Value(RelRef{c.inhibits})}})));
    CHECK(a.find("\"cell:MSC\" [") < a.find("\"mol:PGE2\" ["));
    CHECK(a.find("\"mol:PGE2\" [") < a.find("\"path:TAK1\" ["));
    CHECK(a.find("\"cell:MSC\" -> ") < a.find("\"mol:PGE2\" -> "));
}

TEST_CASE("dot: the nodes at both ends of a returned relationship are drawn", "[dot]") {
    Chain c;
    auto dot = c.dot(test::result({"r"}, {{Value(RelRef{c.part_of})}}));
    CHECK(!line_of(dot, "\"path:TAK1\" [").empty());
    CHECK(!line_of(dot, "\"gene:X\" [").empty());
    CHECK(line_of(dot, "\"cell:MSC\" [").empty());
}

TEST_CASE("dot: paths in a result are highlighted, their ends doubled and ranked, each listed with its net sign",
          "[dot]") {
    Chain c;
    graph::Path p{{c.msc, c.pge2, c.tak1}, {c.secretes, c.inhibits}};
    // A PATHS-like row: the path, and a list holding a relationship that is not on it.
    auto dot =
        c.dot(test::result({"path", "other"}, {{Value(p), Value(List{Value(RelRef{c.part_of})})}}));
    CHECK(line_of(dot, "\"cell:MSC\" -> ").find("penwidth=2.5") != std::string::npos);
    CHECK(line_of(dot, "\"mol:PGE2\" -> \"path:TAK1\" [label=\"INHIBITS").find("penwidth=2.5") != std::string::npos);
    CHECK(line_of(dot, "\"path:TAK1\" -> ").find("penwidth") == std::string::npos);
    CHECK(line_of(dot, "\"cell:MSC\" [").find("peripheries=2") != std::string::npos);
    CHECK(line_of(dot, "\"path:TAK1\" [").find("peripheries=2") != std::string::npos);
    CHECK(line_of(dot, "\"mol:PGE2\" [").find("peripheries") == std::string::npos);
    CHECK(!line_of(dot, "{ rank=min; \"cell:MSC\"; }").empty());
    CHECK(!line_of(dot, "{ rank=max; \"path:TAK1\"; }").empty());
    // + then -: net -
    CHECK(dot.find("1. MSC \u2192 PGE2 \u2192 TAK1 signalling   net -") != std::string::npos);
}

TEST_CASE("dot: a step walked backwards on a path is drawn backwards, so the flow stays left to right",
          "[dot]") {
    Chain c;
    graph::Path p{{c.pge2, c.msc}, {c.secretes}};   // PGE2 <-[SECRETES]- MSC
    auto dot = c.dot(test::result({"path"}, {{Value(p)}}));
    auto edge = line_of(dot, "\"mol:PGE2\" -> \"cell:MSC\"");
    CHECK(edge.find("dir=back, arrowtail=normal") != std::string::npos);
    CHECK(!line_of(dot, "{ rank=min; \"mol:PGE2\"; }").empty());
}

TEST_CASE("dot: odd ids and names are escaped; duplicate or reserved ids fall back", "[dot]") {
    graph::Graph g;
    auto add = [&](const char* id, const char* name) {
        auto n = g.add_node();
        g.add_label(n, g.intern_label("Disease"));
        g.set_node_property(n, g.intern_key("id"), Value(id));
        g.set_node_property(n, g.intern_key("name"), Value(name));
        return n;
    };
    auto a = add("dis:\"q\"\\x", "肝癌 \"HCC\"\nline");
    auto b = add("dup", "first");
    auto c = add("dup", "second");
    auto d = add("_legend_label_0", "reserved");
    g.add_rel(a, b, g.intern_type("CAUSES"));
    std::ostringstream out;
    write_dot(g, select_graph(g), {}, out);
    auto dot = out.str();
    CHECK(!line_of(dot, "\"dis:\\\"q\\\"\\\\x\" [label=\"肝癌 \\\"HCC\\\"\\nline\"").empty());
    CHECK(!line_of(dot, "\"dup\" [label=\"first\"").empty());
    CHECK(!line_of(dot, "\"_node" + std::to_string(c) + "\" [label=\"second\"").empty());
    CHECK(!line_of(dot, "\"_node" + std::to_string(d) + "\" [label=\"reserved\"").empty());
    CHECK(!line_of(dot, "\"dis:\\\"q\\\"\\\\x\" -> \"dup\"").empty());
}

TEST_CASE("dot: the format table has dot, svg, png and pdf, writing graphs and results", "[dot]") {
    for (const char* name : {"dot", "svg", "png", "pdf"}) {
        const Format* f = find_format(name);
        REQUIRE(f != nullptr);
        CHECK(f->write_graph != nullptr);
        CHECK(f->write_result != nullptr);
        CHECK(f->read == nullptr);
    }
    CHECK(writer_names().find("dot|svg|png|pdf") != std::string::npos);
}

TEST_CASE("dot: render_with_dot writes SVG, and reports dot's failure and absence", "[dot]") {
    namespace fs = std::filesystem;
    auto dir = fs::temp_directory_path() / ("liverkg-dot-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::string file = (dir / "out.svg").string();
    std::string error;
    Chain c;
    std::ostringstream dot;
    write_dot(c.g, select_graph(c.g), c.signs, dot);
    REQUIRE(render_with_dot(dot.str(), "svg", file, error));
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text.find("<svg") != std::string::npos);
    CHECK(text.find("TAK1 signalling") != std::string::npos);

    CHECK_FALSE(render_with_dot("digraph { a -> }", "svg", file, error));
    CHECK(error.find("Graphviz `dot` failed") != std::string::npos);
    CHECK(error.find("syntax error") != std::string::npos);

    std::string saved = std::getenv("PATH") ? std::getenv("PATH") : "";
    ::setenv("PATH", dir.string().c_str(), 1);
    bool ok = render_with_dot(dot.str(), "svg", file, error);
    ::setenv("PATH", saved.c_str(), 1);
    CHECK_FALSE(ok);
    CHECK(error.find("not found on PATH") != std::string::npos);
    fs::remove_all(dir);
}

}  // namespace liverkg::formats

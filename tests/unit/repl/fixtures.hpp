#pragma once
// A small hand-built graph and result sets for the printer tests.
#include "engine/engine.hpp"
#include "graph/graph.hpp"

namespace liverkg::repl::test {

// (msc:CellType {name: 'MSC', id: 'CL:1'})-[:TREATS {refs: [12]}]->(alf:Disease {name: 'acute liver failure'})
struct TinyGraph {
    graph::Graph g;
    graph::NodeId msc = 0, alf = 0;
    graph::RelId treats = 0;

    TinyGraph() {
        msc = g.add_node();
        g.add_label(msc, g.intern_label("CellType"));
        g.set_node_property(msc, g.intern_key("name"), graph::Value("MSC"));
        g.set_node_property(msc, g.intern_key("id"), graph::Value("CL:1"));
        alf = g.add_node();
        g.add_label(alf, g.intern_label("Disease"));
        g.set_node_property(alf, g.intern_key("name"), graph::Value("acute liver failure"));
        g.set_node_property(alf, g.intern_key("aliases"),
                            graph::Value(graph::List{graph::Value("ALF"), graph::Value("fulminant hepatic failure")}));
        treats = g.add_rel(msc, alf, g.intern_type("TREATS"));
        g.set_rel_property(treats, g.intern_key("refs"), graph::Value(graph::List{graph::Value(12)}));
    }
};

inline engine::ResultSet result(std::vector<std::string> columns, std::vector<engine::Row> rows) {
    engine::ResultSet rs;
    rs.columns = std::move(columns);
    rs.rows = std::move(rows);
    return rs;
}

}  // namespace liverkg::repl::test

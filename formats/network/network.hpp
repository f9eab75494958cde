#pragma once
// A network read from a file (SIF, GraphML), staged before the graph is touched: its nodes with
// what they may be matched by, and its relationships between them. apply_network() merges it
// into the graph all or nothing (merge.cpp explains the matching).
#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "formats/formats.hpp"
#include "graph/graph.hpp"

namespace liverkg::formats::network {

struct Node {
    std::string key;                 // the file's name for it (SIF name, GraphML id)
    std::vector<std::string> labels;
    std::map<std::string, graph::Value> props;   // given to the node when it is created
    std::size_t line = 0;            // where the file first names it
    std::string where;               // "FILE:LINE" or "FILE:LINE:COL" for messages
};

struct Rel {
    std::size_t from = 0, to = 0;    // indexes into Network::nodes
    std::string type;
    std::map<std::string, graph::Value> props;
};

struct Network {
    std::string file;
    std::vector<Node> nodes;
    std::unordered_map<std::string, std::size_t> by_key;
    std::vector<Rel> rels;
    std::map<std::string, int, std::less<>> signs;   // types whose sign the file gives
    std::vector<std::string> warnings;

    // The node named `key`, created (with `where`) on first mention.
    std::size_t node(const std::string& key, const std::string& where);
};

// Matches the network's nodes to the graph's, then creates the unmatched nodes and every
// relationship inside one graph transaction. Throws LoadError (graph unchanged) when a node
// matches two graph nodes the same way.
LoadReport apply_network(graph::Graph& g, const Network& net, const LoadOptions& options);

}  // namespace liverkg::formats::network

#pragma once
// Test helpers for the engine: a graph, the parser and the engine in one object,
// with results rendered as short strings that read like Cypher literals
// (the notation of the openCypher TCK): 1, 1.5, 'text', [1, 2], {a: 1},
// (:Label {k: 'v'}), [:TYPE {k: 1}], <(:A)-[:T]->(:B)>.
#include <string>
#include <string_view>

#include "engine/engine.hpp"
#include "graph/graph.hpp"

namespace liverkg::engine::testing {

// A value in the TCK's notation (see above). Floats print in their shortest
// round-trip form, always with a '.' or an exponent; NaN as NaN.
std::string show(const graph::Graph& g, const Value& v);

// Rows of a result: cells joined by " | ", rows by "\n".
std::string show_rows(const graph::Graph& g, const ResultSet& r);

// The non-zero counters of a statement, e.g. "nodes_created=1 properties_set=2", or "none".
std::string show_stats(const Stats& s);

// "Kind Code line:column" of an error (the position is left out when it has none).
std::string show_error(const Error& e);

class TestDb {
public:
    graph::Graph graph;
    Engine engine{graph};

    // Runs the setup statements (';'-separated); an error in them fails the test.
    explicit TestDb(std::string_view setup = "");

    // Runs every statement of `text` and returns the last result. Parse and
    // engine errors are thrown as ErrorException.
    ResultSet run(std::string_view text, const Params& params = {});

    // The rows of `text`, rendered by show_rows, or "error: " + show_error.
    std::string rows(std::string_view text, const Params& params = {});
    // The result of `RETURN <expression>` (one cell) or "error: ...".
    std::string value(std::string_view expression);
    // show_error of the failure of `text`, or "no error".
    std::string error(std::string_view text, const Params& params = {});
    // show_stats of `text` (which must succeed).
    std::string stats(std::string_view text);
    // "nodes=N rels=M": what the graph holds now.
    std::string counts() const;
};

}  // namespace liverkg::engine::testing

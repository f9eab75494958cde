// libFuzzer target: parse and run arbitrary text on a small fixed graph under a small resource
// budget. Every statement must end with a result or an error value (ErrorException) within the
// budget; a failed statement must leave the graph as it was; nothing may crash, leak or hang.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "engine/engine.hpp"
#include "parser/parse.hpp"

using namespace liverkg;

namespace {

const char* const kSetup =
    "CREATE (a:CellType {id: 'cell:MSC', name: 'mesenchymal stem cell', aliases: ['MSC', 'MSCs'], year: 2006}),"
    " (b:CellType {id: 'cell:HLC', name: 'hepatocyte-like cell'}),"
    " (d:Disease {id: 'dis:ALF', name: 'acute liver failure', score: 0.5}),"
    " (g:Gene {id: 'gene:HGF', name: 'HGF'}),"
    " (a)-[:DIFFERENTIATES_INTO {refs: [1, 2]}]->(b), (a)-[:SECRETES]->(g), (g)-[:TREATS {sign: '+'}]->(d),"
    " (b)-[:TREATS]->(d), (d)-[:SUBTYPE_OF]->(d), (b)-[:INHIBITS]->(a)";

graph::Graph& fixed_graph() {
    static graph::Graph* g = [] {
        auto* graph = new graph::Graph();
        engine::Engine e(*graph);
        e.run(parser::parse(kSetup).statements.at(0));
        return graph;
    }();
    return *g;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 4096) return 0;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = parser::parse(text);
    graph::Graph& g = fixed_graph();
    engine::Engine engine(g);
    engine::Limits limits;
    limits.max_memory_bytes = std::uint64_t(64) << 20;
    limits.max_steps = 200'000;
    limits.timeout_ms = 2000;
    engine::Params params{{"p", graph::Value(std::int64_t(1))}, {"s", graph::Value(std::string("MSC"))}};
    for (const auto& st : parsed.statements) {
        auto before = g.counts();
        engine::RunOptions options;
        options.params = &params;
        options.limits = limits;
        try {
            engine.run(st, options);
        } catch (const ErrorException&) {
            auto after = g.counts();
            if (after.nodes != before.nodes || after.relationships != before.relationships) std::abort();
        }
    }
    // Statements that succeeded may have changed the graph: undo them for the next input.
    auto counts = g.counts();
    if (counts.nodes != 4 || counts.relationships != 6) {
        engine.run(parser::parse("MATCH (n) DETACH DELETE n").statements.at(0));
        engine.run(parser::parse(kSetup).statements.at(0));
    }
    return 0;
}

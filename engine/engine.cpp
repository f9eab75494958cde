#include "engine/engine.hpp"
namespace liverkg::engine {
bool Stats::any() const {
    return nodes_created || nodes_deleted || relationships_created || relationships_deleted ||
           properties_set || properties_removed || labels_added || labels_removed;
}
Engine::Engine(graph::Graph& g) : graph_(g) {}
}  // namespace liverkg::engine
// Temporary during bring-up: replaced by the executor.
namespace liverkg::engine {
ResultSet Engine::run(const ast::Statement&, const RunOptions&) {
    raise(ErrorKind::SemanticError, "", "engine under construction");
}
}  // namespace liverkg::engine

#include "engine/paths.hpp"

namespace liverkg::engine {

ResultSet run_paths(graph::Graph&, const ast::Statement& statement, const Params&, const std::atomic<bool>*) {
    raise(ErrorKind::SemanticError, "", "PATHS is not available yet", statement.pos);
}

}  // namespace liverkg::engine

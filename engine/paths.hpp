#pragma once
// liverkg's PATHS statement: signed, evidence-ranked mechanism paths (docs/query-language.md).
#include <atomic>

#include "engine/engine.hpp"

namespace liverkg::engine {

ResultSet run_paths(graph::Graph& g, const TypeSigns& signs, const ast::Statement& statement, const Params& params,
                    const std::atomic<bool>* cancel);

}  // namespace liverkg::engine

#pragma once
// `liverkg serve`: a Bolt server over Boost.Asio, with a pool of threads and one coroutine
// per connection. It serves the graph it is given until SIGINT or SIGTERM.
#include "engine/engine.hpp"
#include "graph/graph.hpp"
#include "server/config.hpp"

namespace liverkg::server {

// Binds, prints "Bolt server listening on HOST:PORT" on stderr once ready, serves until a
// SIGINT/SIGTERM, then stops accepting, closes the connections and returns 0. Returns 1
// (with a message on stderr) when the address cannot be bound.
int serve(graph::Graph& graph, engine::TypeSigns signs, const ServerConfig& config);

}  // namespace liverkg::server

#pragma once
// `liverkg serve`: a Bolt server over Boost.Asio, with a pool of threads and one coroutine
// per connection. It serves the database it is given until SIGINT or SIGTERM.
#include "engine/engine.hpp"
#include "server/config.hpp"
#include "storage/database.hpp"

namespace liverkg::server {

// Binds, prints "Bolt server listening on HOST:PORT" on stderr once ready, serves until a
// SIGINT/SIGTERM, then stops accepting, lets the statements running finish, closes the
// connections (rolling back the transactions still open), checkpoints a durable database
// and returns 0. Returns 1 (with a message on stderr) when the address cannot be bound.
int serve(storage::Database& db, engine::TypeSigns signs, const ServerConfig& config);

}  // namespace liverkg::server

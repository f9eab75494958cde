#pragma once
// `liverkg serve [OPTIONS]`: loads the graph, then hands it to the Bolt server (server/).
namespace liverkg::repl {

// argv[0] is "serve". Exit status: 0 after a clean stop, 1 when the address cannot be
// bound, 2 on bad usage, a missing password or a failed load.
int run_serve(int argc, const char* const* argv);

}  // namespace liverkg::repl

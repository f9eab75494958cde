#pragma once
// The `liverkg` program: options → loads → batch run or interactive shell → exit status.
#include <string>
#include <vector>

namespace liverkg::repl {

class Session;

// The graph a run starts from: the bundled one (unless `empty`, or a load names a
// directory), then each load in order. False after a failed load (reported on stderr).
bool load_startup_graph(Session& session, bool empty, const std::vector<std::string>& loads);

// Exit status per the command-line contract: 0 success, 1 a statement failed,
// 2 bad usage or an input that cannot be read or loaded (nothing runs then).
int run_app(int argc, const char* const* argv);

}  // namespace liverkg::repl

#pragma once
// The `liverkg` program: options → loads → batch run or interactive shell → exit status.
namespace liverkg::repl {

// Exit status per the command-line contract: 0 success, 1 a statement failed,
// 2 bad usage or an input that cannot be read or loaded (nothing runs then).
int run_app(int argc, const char* const* argv);

}  // namespace liverkg::repl

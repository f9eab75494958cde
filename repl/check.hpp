#pragma once
// --check DIR: validate a knowledge-graph directory and report what is wrong with it.
#include <iosfwd>
#include <string>

namespace liverkg::repl {

// Exit status: 0 the directory is a valid knowledge graph, 1 it loads but has problems,
// 2 it cannot be loaded.
int check_directory(const std::string& dir, std::ostream& out, std::ostream& err);

}  // namespace liverkg::repl

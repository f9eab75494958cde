#pragma once
// --test-procedures FILE (../shared/CONTRACT.md): read-only procedures backed by a table, the
// TCK's "there exists a procedure" step.
#include <string>

namespace liverkg::repl {

// Registers every procedure the JSON file lists. On failure returns false and sets `error`
// to a one-line reason naming the file (and the entry); nothing is registered then.
bool register_test_procedures(const std::string& path, std::string& error);

}  // namespace liverkg::repl

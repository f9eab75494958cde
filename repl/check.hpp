#pragma once
// --check DIR: validate a knowledge-graph directory (graph/kg_check.hpp does the checking).
#include <iosfwd>
#include <string>

#include "repl/schema_summary.hpp"

namespace liverkg::repl {

// Problems go to `err` as "FILE:LINE: message", a summary line to `out`. Exit status:
// 0 consistent, 1 problems found, 2 DIR is not a directory.
int check_directory(const std::string& dir, std::ostream& out, std::ostream& err);

// The signs schema.tsv declares for relationship types, from the directories given
// (those without a schema.tsv are skipped; a malformed one is reported in `error`).
TypeSigns type_signs(const std::vector<std::string>& dirs, std::string& error);

}  // namespace liverkg::repl

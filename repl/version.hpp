#pragma once
namespace liverkg::repl {
// The version CMake stamps into the build (project(liverkg VERSION ...)).
const char* version();
}  // namespace liverkg::repl

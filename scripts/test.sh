#!/usr/bin/env bash
# Sets up, builds and runs every test (unit, command-line, knowledge-graph checks, conformance).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh"
cd "${LIVERKG_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j 2

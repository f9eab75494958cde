#!/usr/bin/env bash
# Configures and builds liverkg into build/ (or $LIVERKG_BUILD_DIR) with 2 jobs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${LIVERKG_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "${LIVERKG_JOBS:-2}"

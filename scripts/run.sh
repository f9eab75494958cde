#!/usr/bin/env bash
# Sets up, builds and starts the liverkg REPL on the bundled knowledge graph.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh" >&2
exec "${LIVERKG_BUILD_DIR:-$root/build}/liverkg" "$@"

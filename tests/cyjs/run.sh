#!/usr/bin/env bash
# Runs the Cytoscape.js export tests: installs the pinned cytoscape package (package-lock.json,
# `npm ci`) into WORKDIR (beside the build, not in the source tree) and runs every *.test.js
# with Node's test runner against BINARY.   usage: run.sh BINARY WORKDIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
binary="$1"
work="$2"
mkdir -p "$work"
# npm ci reinstalls from scratch; skip it when this lock file is already installed there.
stamp="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
if [ ! -d "$work/node_modules" ] || [ "$(cat "$work/.installed" 2>/dev/null)" != "$stamp" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$stamp" > "$work/.installed"
fi
export LIVERKG_BINARY="$binary" NODE_PATH="$work/node_modules"
exec node --test "$here"/*.test.js

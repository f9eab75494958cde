#!/usr/bin/env bash
# Builds the libFuzzer targets from CMake (LIVERKG_FUZZ=ON, clang) and runs one of them.
#   tests/fuzz/run.sh [SECONDS [TARGET]]    (default 60 s, target parse)
# Targets: parse, exec, tsv, bolt, temporal (README.md). Findings go to $FUZZ_OUT/TARGET
# (default /tmp/liverkg-fuzz/TARGET); the seed corpus here is copied there, not modified.
set -euo pipefail

seconds="${1:-60}"
target="${2:-parse}"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="${LIVERKG_FUZZ_BUILD:-$repo/build-fuzz}"
out="${FUZZ_OUT:-/tmp/liverkg-fuzz}/$target"
case "$target" in
  parse|exec|tsv|bolt|temporal) ;;
  *) echo "fuzz: unknown target '$target' (parse, exec, tsv, bolt, temporal)" >&2; exit 2 ;;
esac

LIVERKG_FUZZ=ON "$repo/scripts/setup.sh"
if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S "$repo" -B "$build" -DLIVERKG_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j "${LIVERKG_JOBS:-2}" --target "${target}_fuzz"

mkdir -p "$out/corpus" "$out/artifacts"
cp -n "$here/corpus/$target"/* "$out/corpus/" 2>/dev/null || true
# The TCK's queries seed exec from ../shared at run time; they are not part of the repo.
if [ "$target" = exec ] && [ -d "$repo/../shared/tck/features" ]; then
  python3 "$here/make_seeds.py" --tck-into "$out/corpus" >/dev/null
fi
cd "$out"
# A statement may allocate its budget (64 MB in exec and bolt) and the process must stay alive.
export ASAN_OPTIONS="${ASAN_OPTIONS:-allocator_may_return_null=1:detect_leaks=1}"
exec "$build/fuzz/${target}_fuzz" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" \
  -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -max_len="${FUZZ_MAX_LEN:-4096}" \
  -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$out/corpus"

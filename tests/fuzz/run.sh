#!/usr/bin/env bash
# Builds a libFuzzer target and runs it.
#   tests/fuzz/run.sh [SECONDS [TARGET]]    (default 60 s, target parse)
# Targets: parse (the Cypher parser), temporal (ISO 8601 temporal text: read, print, read back).
# Not part of the CMake build: needs clang (14 on Debian 12). Findings go to
# $FUZZ_OUT (default /tmp/liverkg-fuzz); the seed corpus here is copied, not modified.
set -euo pipefail

seconds="${1:-60}"
target="${2:-parse}"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${FUZZ_OUT:-/tmp/liverkg-fuzz}"
if [ "$target" = temporal ]; then out="$out-temporal"; fi
mkdir -p "$out/corpus" "$out/artifacts"

clang="$(command -v clang++ || command -v clang++-14)"
case "$target" in
  parse)
    sources=("$repo"/parser/*.cpp "$repo"/parser/x3/*.cpp)
    watched=("$repo/parser")
    libs=(-lutf8proc)
    ;;
  temporal)
    sources=("$repo"/graph/temporal/*.cpp)
    watched=("$repo/graph/temporal")
    libs=(-DUSE_OS_TZDB=1 -DHAS_STRING_VIEW=1 -DONLY_C_LOCALE=1 -ldate-tz)
    ;;
  *) echo "fuzz: unknown target '$target' (parse, temporal)" >&2; exit 2 ;;
esac
binary="$out/${target}_fuzz"
if [ ! -x "$binary" ] || [ -n "$(find "${watched[@]}" "$here/${target}_fuzz.cpp" -newer "$binary" -print -quit)" ]; then
  echo "fuzz: building $binary" >&2
  "$clang" -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I"$repo" "$here/${target}_fuzz.cpp" "${sources[@]}" "${libs[@]}" -o "$binary"
fi

seeds="$here/corpus"; if [ "$target" = temporal ]; then seeds="$here/corpus_temporal"; fi
cp -n "$seeds"/* "$out/corpus/" 2>/dev/null || true
cd "$out"
exec "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
  -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$out/corpus"

#!/usr/bin/env bash
# Builds the libFuzzer target for the parser and runs it.
#   tests/fuzz/run.sh [SECONDS]      (default 60)
# Not part of the CMake build: needs clang (14 on Debian 12). Findings go to
# $FUZZ_OUT (default /tmp/liverkg-fuzz); the seed corpus here is copied, not modified.
set -euo pipefail

seconds="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${FUZZ_OUT:-/tmp/liverkg-fuzz}"
mkdir -p "$out/corpus" "$out/artifacts"

clang="$(command -v clang++ || command -v clang++-14)"
sources=("$repo"/parser/*.cpp "$repo"/parser/x3/*.cpp)
if [ ! -x "$out/parse_fuzz" ] || [ -n "$(find "$repo/parser" "$here/parse_fuzz.cpp" -newer "$out/parse_fuzz" -print -quit)" ]; then
  echo "fuzz: building $out/parse_fuzz" >&2
  "$clang" -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I"$repo" "$here/parse_fuzz.cpp" "${sources[@]}" -lutf8proc -o "$out/parse_fuzz"
fi

cp -n "$here"/corpus/* "$out/corpus/" 2>/dev/null || true
cd "$out"
exec ./parse_fuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
  -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$out/corpus"

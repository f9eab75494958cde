#!/usr/bin/env bash
# Installs liverkg's build and test dependencies from Debian 12 packages.
# Idempotent: when everything is present it prints nothing and exits 0.
set -euo pipefail

packages=(
  cmake g++ make ccache pkg-config
  libboost1.81-dev libboost-program-options1.81-dev
  libspdlog-dev catch2 libreadline-dev libutf8proc-dev nlohmann-json3-dev
  libmimalloc-dev graphviz python3 python3-pexpect
  libexpat1-dev python3-networkx python3-igraph nodejs
  libhowardhinnant-date-dev tzdata
  libssl-dev openssl
)
# The fuzz build (LIVERKG_FUZZ=ON, tests/fuzz/run.sh) needs clang and its libFuzzer and
# sanitizer runtimes; the default build does not.
if [ "${LIVERKG_FUZZ:-}" = ON ]; then packages+=(clang-14 libclang-rt-14-dev); fi
# npm comes with Debian's nodejs as a package of its own; a nodejs from elsewhere (NodeSource)
# brings its own npm and conflicts with Debian's, so npm is asked for only when it is missing.
command -v npm >/dev/null || packages+=(npm)

# Node.js and npm run the Bolt tests (tests/bolt, Neo4j's official driver). A machine that
# already has both on PATH (e.g. from NodeSource, whose nodejs bundles npm and conflicts with
# Debian's npm package) keeps them.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo_cmd=(sudo); else
    echo "setup: missing packages (${missing[*]}) and not root; install them with apt-get as root" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo_cmd[@]}" apt-get update -qq >/dev/null \
   || ! "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
  echo "setup: apt-get could not install: ${missing[*]}" >&2
  exit 1
fi

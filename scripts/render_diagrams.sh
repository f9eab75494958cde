#!/usr/bin/env bash
# Regenerates the diagrams of docs/graphviz.md from the bundled knowledge graph.
# Builds nothing: give it the liverkg binary (default: build/liverkg). Needs Graphviz `dot`.
#
#   scripts/render_diagrams.sh [path/to/liverkg]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-$root/build/liverkg}"
out="$root/docs/img"

if [[ ! -x "$bin" ]]; then
  echo "render_diagrams.sh: no liverkg binary at $bin (build it first, or pass its path)" >&2
  exit 2
fi
command -v dot >/dev/null || { echo "render_diagrams.sh: Graphviz dot not found on PATH" >&2; exit 2; }
mkdir -p "$out"

# name | statement
diagrams=(
  "msc-alf-mechanisms|PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'acute liver failure'}) VIA :Pathway MAX 5 HOPS SIGN - LIMIT 20"
  "mir15a-hcc|PATHS FROM (m:Molecule {name: 'exosomal miR-15a'}) TO (d:Disease {name: 'hepatocellular carcinoma'}) MAX 4 HOPS LIMIT 20"
)

for entry in "${diagrams[@]}"; do
  name="${entry%%|*}"
  statement="${entry#*|}"
  env -u LIVERKG_DATA "$bin" -c "$statement" --export-dot "$out/$name.dot" >/dev/null
  dot -Tpng -Gdpi=80 "$out/$name.dot" -o "$out/$name.png"
  echo "wrote docs/img/$name.dot and docs/img/$name.png"
done

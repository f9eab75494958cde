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

# name | title | statement
diagrams=(
  "msc-alf-mechanisms|How MSC relieve acute liver failure (context-true chains through a pathway)|PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'acute liver failure'}) VIA :Pathway MAX 5 HOPS SIGN - LIMIT 8"
  "msc-aih-mechanisms|How MSC act on autoimmune hepatitis (best-scored context-true chains)|PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'autoimmune hepatitis'}) VIA :Mechanism|:Molecule|:Pathway MAX 4 HOPS LIMIT 5"
  "mir15a-hcc|Exosomal miR-15a against hepatocellular carcinoma|PATHS FROM (m:Molecule {name: 'exosomal miR-15a'}) TO (d:Disease {name: 'hepatocellular carcinoma'}) MAX 4 HOPS LIMIT 20"
)

for entry in "${diagrams[@]}"; do
  name="${entry%%|*}"
  rest="${entry#*|}"
  title="${rest%%|*}"
  statement="${rest#*|}"
  env -u LIVERKG_DATA "$bin" -c "$statement" --title "$title" --dpi 110 \
    --export dot "$out/$name.dot" --export png "$out/$name.png" >/dev/null
  echo "wrote docs/img/$name.dot and docs/img/$name.png"
done

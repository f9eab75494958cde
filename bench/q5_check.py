#!/usr/bin/python3
"""Checks liverkg's Q5 answers (shortest undirected path lengths) against igraph on a sample
of pairs, for scales the peers' expected files do not cover (docs/performance.md, "Scale x10").

    /usr/bin/python3 bench/q5_check.py RESULTS.json DATA_ROOT [--pairs 20]

RESULTS.json is what bench/scale_bench.py --json wrote; DATA_ROOT holds its scale-S/
directories. For each scale the edges are handed to igraph as an undirected name list
(`subject object`, written to a temporary file by awk and read by Graph.Read_Ncol in C), and
the first N pairs' distances are compared with liverkg's lengths (null = unreachable).
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

import igraph


def check(data, answers, pairs):
    with tempfile.NamedTemporaryFile(suffix=".ncol", delete=False) as f:
        ncol = f.name
    try:
        subprocess.run(["awk", "-F\t", "NR > 1 {print $1 \" \" $3}", os.path.join(data, "edges.tsv")],
                       stdout=open(ncol, "w"), check=True)
        g = igraph.Graph.Read_Ncol(ncol, names=True, directed=False, weights=False)
    finally:
        os.unlink(ncol)
    index = {name: i for i, name in enumerate(g.vs["name"])}
    wrong = 0
    for a, b, length in answers[:pairs]:
        if a not in index or b not in index:
            want = 0 if a == b else None
        else:
            d = g.distances(index[a], index[b])[0][0]
            want = None if math.isinf(d) else int(d)
        if want != length:
            wrong += 1
            print("  %s -> %s: liverkg %s, igraph %s" % (a, b, length, want))
    return wrong


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("data_root")
    ap.add_argument("--pairs", type=int, default=20)
    ap.add_argument("--scales")
    a = ap.parse_args()
    with open(a.results) as f:
        results = json.load(f)
    bad = 0
    for r in results:
        if a.scales and r["scale"] not in a.scales.split(","):
            continue
        answers = r["queries"]["Q5"]["answers"]
        wrong = check(os.path.join(a.data_root, "scale-%s" % r["scale"]), answers, a.pairs)
        print("scale %s: %d of %d Q5 pairs agree with igraph %s" % (r["scale"], min(a.pairs, len(answers)) - wrong,
                                                                 min(a.pairs, len(answers)), igraph.__version__),
              flush=True)
        bad += wrong
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

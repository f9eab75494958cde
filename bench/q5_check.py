#!/usr/bin/python3
"""Checks liverkg's Q5 answers (shortest undirected path lengths) against igraph on a sample
of pairs, for scales the peers' expected files do not cover (docs/performance.md, "Scale x10").

    /usr/bin/python3 bench/q5_check.py RESULTS.json DATA_ROOT [--pairs 20]

RESULTS.json is what bench/scale_bench.py --json wrote; DATA_ROOT holds its scale-S/
directories. For each scale the edges are handed to igraph as an undirected name list
(`subject object`, written to a temporary file by awk and read by Graph.Read_Ncol in C), and
the first N pairs' distances are compared with liverkg's lengths (null = unreachable).

With --frontier it also prints Q5's frontier: the relationships a level-synchronous
bidirectional BFS scans for all the pairs, expanding the side whose frontier has the smaller
degree sum, whole levels until the sides meet (the engine does the same but stops at the
first meeting, so this bounds its work from above).
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

import igraph


def bfs_work(adj, degree, s, t):
    """Relationships scanned by a bidirectional BFS from s to t (whole levels)."""
    if s == t:
        return 0
    seen = ({s}, {t})
    front = ([s], [t])
    work = 0
    while front[0] and front[1]:
        side = 0 if sum(degree[u] for u in front[0]) <= sum(degree[u] for u in front[1]) else 1
        mine, other = seen[side], seen[1 - side]
        met = False
        nxt = []
        for u in front[side]:
            work += degree[u]
            for v in adj[u]:
                if v in mine:
                    continue
                if v in other:
                    met = True
                    continue
                mine.add(v)
                nxt.append(v)
        if met:
            return work
        front = (nxt, front[1]) if side == 0 else (front[0], nxt)
    return work


def check(data, answers, pairs, frontier=False):
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
    if frontier:
        adj = g.get_adjlist()
        degree = g.degree()
        work = sum(bfs_work(adj, degree, index[a], index[b]) for a, b, _ in answers if a in index and b in index)
        print("  Q5 frontier: %d relationships scanned for %d pairs" % (work, len(answers)), flush=True)
    return wrong


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("data_root")
    ap.add_argument("--pairs", type=int, default=20)
    ap.add_argument("--scales")
    ap.add_argument("--frontier", action="store_true", help="also count the relationships Q5's searches scan")
    a = ap.parse_args()
    with open(a.results) as f:
        results = json.load(f)
    bad = 0
    for r in results:
        if a.scales and r["scale"] not in a.scales.split(","):
            continue
        answers = r["queries"]["Q5"]["answers"]
        wrong = check(os.path.join(a.data_root, "scale-%s" % r["scale"]), answers, a.pairs, a.frontier)
        print("scale %s: %d of %d Q5 pairs agree with igraph %s" % (r["scale"], min(a.pairs, len(answers)) - wrong,
                                                                 min(a.pairs, len(answers)), igraph.__version__),
              flush=True)
        bad += wrong
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

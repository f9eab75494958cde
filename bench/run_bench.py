#!/usr/bin/env python3
"""Benchmark liverkg against the peers of ../shared/bench and write docs/performance.md.

    bench/run_bench.py [--liverkg build/liverkg] [--runs 5] [--scales 0.1,0.5,1.0,2.0] [--data DIR]

1. Generates the Hetionet-shaped graphs with ../shared/bench/gen_graph.py into a temporary
   directory (or DIR, reused when it already holds them); nothing is written into ../shared.
2. Runs ../shared/bench/peers/bench_engine.py for the scales that have agreed answers (0.1, 1.0):
   every answer is checked against ../shared/bench/expected, times are compared with the peers.
3. Measures every query at every scale (load time, peak RSS, median and min-max of the runs) for
   the scaling table.
4. Replaces the part of docs/performance.md between the bench markers with both tables.
Exit status: 0 when every checked answer is correct, 1 otherwise, 2 on missing inputs.
"""
import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_BENCH = os.path.join(ROOT, "..", "shared", "bench")
sys.path.insert(0, os.path.join(SHARED_BENCH, "peers"))
import common  # noqa: E402  (the shared benchmark's query and parameter reader)

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
TIME_RE = re.compile(r"Time:\s*([0-9.eE+-]+)\s*ms")


def generate(data_root, scale):
    out = os.path.join(data_root, "scale-" + scale)
    if not os.path.exists(os.path.join(out, "params.json")):
        print("generating scale %s into %s" % (scale, out), file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(SHARED_BENCH, "gen_graph.py"), "--scale", scale, "--out", out],
                       check=True, stdout=subprocess.DEVNULL)
    return out


def run_child(cmd):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate()
    wall = (time.perf_counter() - t0) * 1000
    return p.returncode, out.decode(), err.decode(), wall


def peak_rss_mb(cmd):
    """Wall time and peak RSS of one child, from /usr/bin/time's report."""
    p = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    secs, kb = p.stderr.decode().strip().splitlines()[-1].split()
    return float(secs) * 1000, int(kb) / 1024.0


def measure_scale(engine, data_dir, runs):
    params = common.load_params(data_dir)
    stm = common.statements("cypher", params, common.parse_queries(), ["Q1"] + common.QUERY_IDS)
    row = {}
    loads = [peak_rss_mb([engine, "--load", data_dir, "-c", stm["Q1"][0]]) for _ in range(3)]
    row["Q1"] = (statistics.median(w for w, _ in loads), max(m for _, m in loads))
    for q in common.QUERY_IDS:
        with tempfile.NamedTemporaryFile("w", suffix=".cypher", delete=False) as fh:
            for _ in range(runs):
                fh.write("".join(s + ";\n" for s in stm[q]))
        rc, out, err, _ = run_child([engine, "--load", data_dir, "--timer", "--format", "json", "-f", fh.name])
        os.unlink(fh.name)
        times = [float(t) for t in TIME_RE.findall(err)][-runs * len(stm[q]):]
        if rc != 0 or len(times) < runs * len(stm[q]):
            row[q] = None
            continue
        n = len(stm[q])
        per_run = [sum(times[r * n:(r + 1) * n]) for r in range(runs)]
        row[q] = (statistics.median(per_run), min(per_run), max(per_run))
    return row


HUBS = ("MATCH (a)-[r]->() RETURN a.id AS id, count(r) AS d ORDER BY d DESC, id LIMIT 1;"
        "MATCH ()-[r]->(b) RETURN b.id AS id, count(r) AS d ORDER BY d DESC, id LIMIT 1")


def paths_between_hubs(engine, data_dir, runs):
    """PATHS MAX 4 HOPS from the node with most outgoing relationships to the one with most incoming."""
    rc, out, err, _ = run_child([engine, "--load", data_dir, "--format", "json", "-c", HUBS])
    docs = [json.loads(l) for l in out.splitlines() if l.startswith("{")]
    if rc != 0 or len(docs) != 2:
        return None
    source, target = docs[0]["rows"][0][0], docs[1]["rows"][0][0]
    query = "PATHS FROM (a {id: '%s'}) TO (b {id: '%s'}) MAX 4 HOPS LIMIT 20" % (source, target)
    with tempfile.NamedTemporaryFile("w", suffix=".cypher", delete=False) as fh:
        fh.write((query + ";\n") * runs)
    rc, out, err, _ = run_child([engine, "--load", data_dir, "--timer", "--format", "json", "-f", fh.name])
    os.unlink(fh.name)
    times = [float(t) for t in TIME_RE.findall(err)][-runs:]
    rows = [len(json.loads(l)["rows"]) for l in out.splitlines() if l.startswith("{")]
    if rc != 0 or len(times) < runs:
        return None
    return {"query": query, "median": statistics.median(times), "min": min(times), "max": max(times),
            "rows": rows[-1] if rows else 0}


def paths_lines(p):
    if p is None:
        return ["PATHS between hubs: **failed** (see the engine's stderr)."]
    return ["### PATHS between two hub nodes (scale 1.0)", "",
            "`%s` — the node with the most outgoing relationships to the one with the most incoming;" % p["query"],
            "%d rows, median %.1f ms (%.1f–%.1f) over the runs; the search stops at LIMIT, MAX or its time budget."
            % (p["rows"], p["median"], p["min"], p["max"])]


# The targets of the performance issue at scale 1.0 (ms; Q1 also MB).
TARGETS = {"Q1": 450, "Q2": 0.5, "Q3": 0.1, "Q4a": 0.3, "Q4b": 3, "Q5": 2, "Q6": 5, "Q7": 1}


def targets_table(summary):
    res = summary.get("1.0", {})
    lines = ["| query | target (ms) | liverkg (ms) | met |", "|---|---|---|---|"]
    for q, target in TARGETS.items():
        r = res.get(q)
        if not r or "median_ms" not in r:
            lines.append("| %s | ≤ %g | failed | ✗ |" % (q, target))
            continue
        extra = " · %.0f MB (target ≤ 300 MB)" % r["peak_rss_mb"] if q == "Q1" else ""
        met = r["median_ms"] <= target and (q != "Q1" or r["peak_rss_mb"] <= 300)
        lines.append("| %s | ≤ %g | %.3g%s | %s |" % (q, target, r["median_ms"], extra, "✓" if met else "✗"))
    return lines


def scaling_table(results, scales):
    lines = ["| query | " + " | ".join("scale %s" % s for s in scales) + " |", "|---|" + "---|" * len(scales)]
    cells = ["%.0f ms · %.0f MB" % results[s]["Q1"] for s in scales]
    lines.append("| Q1 load (wall · peak RSS) | " + " | ".join(cells) + " |")
    for q in common.QUERY_IDS:
        cells = []
        for s in scales:
            r = results[s].get(q)
            cells.append("failed" if r is None else "%.3g ms (%.3g–%.3g)" % r)
        lines.append("| %s | %s |" % (q, " | ".join(cells)))
    return lines


def update_doc(section):
    path = os.path.join(ROOT, "docs", "performance.md")
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Performance\n"
    block = BEGIN + "\n" + section.rstrip() + "\n" + END
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--liverkg", default=os.path.join(ROOT, "build", "liverkg"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scales", default="0.1,0.5,1.0,2.0")
    ap.add_argument("--data", help="directory for the generated graphs (default: a temporary one)")
    ap.add_argument("--no-doc", action="store_true", help="print, do not rewrite docs/performance.md")
    args = ap.parse_args()
    engine = os.path.abspath(args.liverkg)
    if not os.access(engine, os.X_OK):
        print("no engine binary at %s (build it first)" % engine, file=sys.stderr)
        return 2
    scales = [s for s in args.scales.split(",") if s]
    data_root = args.data or tempfile.mkdtemp(prefix="liverkg-bench-")
    for s in scales:
        generate(data_root, s)

    checked = [s for s in scales if os.path.isdir(os.path.join(SHARED_BENCH, "expected", "scale-" + s))]
    report = os.path.join(tempfile.mkdtemp(prefix="liverkg-bench-report-"), "engine.md")
    env = dict(os.environ, LIVERKG=engine, BENCH_RUNS=str(args.runs))
    rc = subprocess.run([sys.executable, os.path.join(SHARED_BENCH, "peers", "bench_engine.py"),
                         "--scales", ",".join(checked), "--data-root", data_root, "--out-md", report],
                        env=env, stdout=subprocess.DEVNULL).returncode
    comparison = open(report, encoding="utf-8").read().split("\n", 1)[1] if os.path.exists(report) else ""
    comparison = comparison.replace("\n## ", "\n### ").replace("`%s`" % engine, "`%s`" % os.path.relpath(engine, ROOT))
    summary_path = os.path.splitext(report)[0] + ".json"
    summary = json.load(open(summary_path)) if os.path.exists(summary_path) else {}

    results = {s: measure_scale(engine, os.path.join(data_root, "scale-" + s), args.runs) for s in scales}
    hubs = paths_between_hubs(engine, os.path.join(data_root, "scale-1.0"), args.runs) if "1.0" in scales else None
    now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    section = "\n".join([
        "## Benchmark: liverkg against the peers",
        "",
        "Measured %s on %s, %d cores, Python %s; `bench/run_bench.py --runs %d` (median of %d runs, load"
        " excluded except Q1). Every answer is checked against `../shared/bench/expected`: %s." % (
            now, platform.machine(), os.cpu_count(), platform.python_version(), args.runs, args.runs,
            "all correct" if rc == 0 else "**some answers wrong or failed (see below)**"),
        "",
        "Reproduce: `./scripts/build.sh && bench/run_bench.py` (generates the graphs into a temporary",
        "directory with `../shared/bench/gen_graph.py`; the peers' figures come from",
        "`../shared/bench/results/peers.json`).",
        "",
        "### Targets at scale 1.0",
        "",
    ] + targets_table(summary) + [
        "",
        comparison.strip(),
        "",
        "### Scaling",
        "",
        "Median time per query (min–max over the runs) and Q1 load time · peak RSS, by scale",
        "(scale 1.0 = Hetionet's size: 47,031 nodes, 2,250,197 relationships).",
        "",
    ] + scaling_table(results, scales) + [""] + paths_lines(hubs))
    if args.no_doc:
        print(section)
    else:
        update_doc(section)
        print("docs/performance.md updated", file=sys.stderr)
    return 0 if rc == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

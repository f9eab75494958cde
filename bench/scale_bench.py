#!/usr/bin/env python3
"""Growth of load time, peak RSS and each benchmark query with the graph's size
(docs/performance.md, "Scale x10"; issue 18 item 3).

    bench/scale_bench.py --data /work/benchdata [--scales 0.1,1.0,2.0,5.0,10.0] [--runs 7]
                         [--loads 3] [--liverkg build/liverkg] [--json out.json]

--data holds scale-S/ directories written by ../shared/bench/gen_graph.py --scale S --out
DATA/scale-S (keep them outside the repository; scale 10 is 1 GB of TSV). Per scale:
  - load: `--load DIR -c 'MATCH (n) RETURN count(n)'`, --loads processes, wall and CPU time
    and peak RSS from the child's rusage;
  - queries: one process loads once and runs Q2-Q7 of ../shared/bench/queries.md (read from
    there with its own helpers), each --runs times, timed by --timer (Q5 = 100 statements);
    answers are checked against ../shared/bench/expected/scale-S where that exists (0.1, 1.0)
    and otherwise kept in --json (Q5's lengths for bench/q5_check.py, result sizes).
Prints medians with min-max and the load average before and after each scale.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_BENCH = os.path.join(ROOT, "..", "shared", "bench")
sys.path.insert(0, os.path.join(SHARED_BENCH, "peers"))
import common  # noqa: E402

TIME_RE = re.compile(r"Time:\s*([0-9.eE+-]+)\s*ms")
QIDS = ["Q2", "Q3", "Q4a", "Q4b", "Q5", "Q6", "Q7"]


def run_child(cmd):
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        wall = (time.perf_counter() - t0) * 1000
        out.seek(0)
        err.seek(0)
        o, e = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd[:4]), e[-2000:]))
    return o, e, {"wall": wall, "cpu": (ru.ru_utime + ru.ru_stime) * 1000, "rss": ru.ru_maxrss / 1024}


def spread(xs):
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs)}


def json_docs(text):
    return [json.loads(line) for line in text.splitlines() if line.strip().startswith("{")]


def expected(scale):
    d = os.path.join(SHARED_BENCH, "expected", "scale-%s" % scale)
    if not os.path.isdir(d):
        return None
    exp = {}
    for f in os.listdir(d):
        if f.endswith(".json"):
            with open(os.path.join(d, f)) as fh:
                doc = json.load(fh)
            exp[doc["query"]] = doc["rows"]
    return exp


def bench_scale(lv, data, scale, runs, loads):
    out = {"scale": scale, "load_avg_before": os.getloadavg()[0]}
    samples = [run_child([lv, "--load", data, "--format", "json", "-c", "MATCH (n) RETURN count(n) AS n"])[2]
               for _ in range(loads)]
    out["load"] = {k: spread([s[k] for s in samples]) for k in ("wall", "cpu", "rss")}
    params = common.load_params(data)
    stm = common.statements("cypher", params, None, QIDS)
    with tempfile.NamedTemporaryFile("w", suffix=".cypher", delete=False) as fh:
        for q in QIDS:
            for _ in range(runs):
                for s in stm[q]:
                    fh.write(s + ";\n")
        script = fh.name
    try:
        o, e, usage = run_child([lv, "--load", data, "--timer", "--format", "json", "-f", script])
    finally:
        os.unlink(script)
    times = [float(t) for t in TIME_RE.findall(e)]
    docs = json_docs(o)
    total = sum(runs * len(stm[q]) for q in QIDS)
    times, docs = times[-total:], docs[-total:]
    exp = expected(scale)
    at = 0
    out["queries"] = {}
    for q in QIDS:
        n = len(stm[q])
        per_run = [sum(times[at + r * n: at + (r + 1) * n]) for r in range(runs)]
        first = docs[at: at + n]
        if q == "Q5":
            rows = [[p[1], p[3], d["rows"][0][0] if d.get("rows") else None] for p, d in zip(params["Q5"]["pairs"], first)]
        else:
            rows = first[0].get("rows")
        at += runs * n
        entry = spread(per_run)
        entry["rows"] = len(rows)
        if exp is not None:
            entry["correct"] = q in exp and common_same(rows, exp[q])
        if q == "Q5":
            entry["answers"] = rows
        elif len(rows) <= 3:
            entry["answers"] = rows
        out["queries"][q] = entry
    out["query_process_rss"] = usage["rss"]
    out["load_avg_after"] = os.getloadavg()[0]
    return out


def common_same(a, b):
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--scales", default="0.1,1.0,2.0,5.0,10.0")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--loads", type=int, default=3)
    ap.add_argument("--liverkg", default=os.path.join(ROOT, "build", "liverkg"))
    ap.add_argument("--json")
    a = ap.parse_args()
    results = []
    for scale in a.scales.split(","):
        data = os.path.join(a.data, "scale-%s" % scale)
        r = bench_scale(a.liverkg, data, scale, a.runs, a.loads)
        results.append(r)
        ld = r["load"]
        print("scale %s (load average %.1f -> %.1f): load wall %.0f ms (%.0f-%.0f), CPU %.0f ms, peak %.0f MB (%.0f-%.0f)"
              % (scale, r["load_avg_before"], r["load_avg_after"], ld["wall"]["median"], ld["wall"]["min"],
                 ld["wall"]["max"], ld["cpu"]["median"], ld["rss"]["median"], ld["rss"]["min"], ld["rss"]["max"]),
              flush=True)
        for q, e in r["queries"].items():
            print("  %-4s %9.3f ms (%.3f-%.3f)  rows %d%s" % (q, e["median"], e["min"], e["max"], e["rows"],
                                                          "" if "correct" not in e else "  correct=%s" % e["correct"]),
                  flush=True)
        if a.json:
            with open(a.json, "w") as f:
                json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()

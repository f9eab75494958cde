#!/usr/bin/env python3
"""Benchmark of the database directory (docs/storage.md); figures go to docs/performance.md by hand.

    bench/storage_bench.py [--liverkg build/liverkg] [--data DIR] [--runs 5]

1. Open time of the scale-1.0 benchmark graph (../shared/bench/gen_graph.py, generated into
   DIR or a temporary directory): `--load DIR` (TSV) against `--db DB` (checkpoint), each the
   wall time of `-c 'RETURN 1'` minus that of `--empty -c 'RETURN 1'` (process start-up).
2. Commit latency with fsync: 200 single-CREATE transactions, each statement's `--timer` time
   (parse, run, commit with its fdatasync).
3. Bulk import through transactions of 10,000 CREATEs: 5 x (BEGIN; 10,000 CREATE statements;
   COMMIT), and the same as 5 x (BEGIN; UNWIND range(1, 10000) ... CREATE; COMMIT).
Nothing is written into ../shared; temporary databases are removed.
"""
import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_BENCH = os.path.join(ROOT, "..", "shared", "bench")
TIME_RE = re.compile(r"Time:\s*([0-9.eE+-]+)\s*ms")


def cpu_of_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (r.ru_utime + r.ru_stime) * 1000


def wall(cmd, cpu=None):
    t0, c0 = time.perf_counter(), cpu_of_children()
    p = subprocess.run(cmd, capture_output=True, text=True)
    ms = (time.perf_counter() - t0) * 1000
    if cpu is not None:
        cpu.append(cpu_of_children() - c0)
    if p.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr))
    return ms, p


def median_wall(cmd, runs):
    """Median, min and max wall time, and the median CPU time (user + sys, all threads)."""
    cpu = []
    times = [wall(cmd, cpu)[0] for _ in range(runs)]
    return statistics.median(times), min(times), max(times), statistics.median(cpu)


def generate(data_root):
    out = os.path.join(data_root, "scale-1.0")
    if not os.path.exists(os.path.join(out, "edges.tsv")):
        print("generating scale 1.0 into %s" % out, file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(SHARED_BENCH, "gen_graph.py"), "--scale", "1.0", "--out", out],
                       check=True, stdout=subprocess.DEVNULL)
    return out


def open_times(lv, data, work, runs):
    db = os.path.join(work, "bench-db")
    import_ms, _ = wall([lv, "--db", db, "--load", data, "-c", "RETURN 1"])
    base = median_wall([lv, "--empty", "-c", "RETURN 1"], runs)
    tsv = median_wall([lv, "--load", data, "-c", "RETURN 1"], runs)
    ckpt = median_wall([lv, "--db", db, "-c", "RETURN 1"], runs)
    size = os.path.getsize(os.path.join(db, "checkpoint.lkg"))
    shutil.rmtree(db)
    return {"import_ms": import_ms, "baseline": base, "tsv": tsv, "checkpoint": ckpt, "checkpoint_bytes": size}


def commit_latency(lv, work, n=200):
    db = os.path.join(work, "latency-db")
    text = ";\n".join("CREATE (:Commit {i: %d})" % i for i in range(n)) + ";\n"
    _, p = wall([lv, "--db", db, "--timer", "-c", text])
    times = sorted(float(m) for m in TIME_RE.findall(p.stderr))
    shutil.rmtree(db)
    return {"n": len(times), "median": statistics.median(times), "p90": times[int(len(times) * 0.9)],
            "max": times[-1]}


def bulk_import(lv, work, batches=5, per_tx=10000):
    results = {}
    base = median_wall([lv, "--empty", "-c", "RETURN 1"], 3)[0]
    statements = []
    for b in range(batches):
        statements.append("BEGIN")
        statements += ["CREATE (:Bulk {i: %d, name: 'n%d'})" % (b * per_tx + i, b * per_tx + i) for i in range(per_tx)]
        statements.append("COMMIT")
    unwind = []
    for b in range(batches):
        unwind += ["BEGIN", "UNWIND range(%d, %d) AS i CREATE (:Bulk {i: i, name: 'n' + toString(i)})"
                   % (b * per_tx, (b + 1) * per_tx - 1), "COMMIT"]
    for name, text in (("statements", ";\n".join(statements) + ";\n"), ("unwind", ";\n".join(unwind) + ";\n")):
        db = os.path.join(work, "bulk-db")
        path = os.path.join(work, "bulk.cypher")
        with open(path, "w") as f:
            f.write(text)
        ms, _ = wall([lv, "--db", db, "--format", "csv", "-f", path])
        _, p = wall([lv, "--db", db, "--format", "csv", "-c", "MATCH (n:Bulk) RETURN count(n)"])
        assert p.stdout.split()[-1] == str(batches * per_tx), p.stdout
        wal = os.path.getsize(os.path.join(db, "wal.log"))
        shutil.rmtree(db)
        results[name] = {"ms": ms - base, "nodes": batches * per_tx, "per_s": batches * per_tx / ((ms - base) / 1000),
                         "wal_bytes": wal}
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--liverkg", default=os.path.join(ROOT, "build", "liverkg"))
    ap.add_argument("--data")
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="liverkg-storage-bench-")
    try:
        data = generate(a.data or work)
        o = open_times(a.liverkg, data, work, a.runs)
        print("open, scale 1.0 (median of %d, min-max; start-up of --empty subtracted):" % a.runs)
        base = o["baseline"][0]
        for key, label in (("tsv", "--load (TSV)"), ("checkpoint", "--db (checkpoint)")):
            med, lo, hi, cpu = o[key]
            print("  %-20s %7.0f ms wall (%.0f-%.0f ms whole process), %.0f ms CPU (whole process)"
                  % (label, med - base, lo, hi, cpu))
        print("  start-up (--empty)   %7.0f ms wall, %.0f ms CPU" % (base, o["baseline"][3]))
        print("  load average at the start: %.1f" % os.getloadavg()[0])
        print("  import into --db (load + checkpoint): %.0f ms whole process; checkpoint %.1f MB"
              % (o["import_ms"], o["checkpoint_bytes"] / 1e6))
        c = commit_latency(a.liverkg, work)
        print("commit latency, %d single-CREATE transactions: median %.2f ms, p90 %.2f ms, max %.2f ms"
              % (c["n"], c["median"], c["p90"], c["max"]))
        for name, r in bulk_import(a.liverkg, work).items():
            print("bulk import (%s): %d nodes in 5 transactions of 10,000 in %.0f ms: %.0f nodes/s; log %.1f MB"
                  % (name, r["nodes"], r["ms"], r["per_s"], r["wal_bytes"] / 1e6))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Open time of a database directory against a TSV load (docs/performance.md, issue 13 item 6).

    bench/open_bench.py DATA_DIR [--liverkg build/liverkg] [--runs 7] [--db DB] [--keep]

DATA_DIR is a TSV directory such as ../shared/bench/gen_graph.py --scale 1.0 --out DIR writes
(keep it outside the repository). The script imports it into a database (DB, or a temporary
directory), then runs, alternating, `liverkg --db DB -c 'RETURN 1'`, `liverkg --load DATA_DIR
-c 'RETURN 1'` and `liverkg --empty -c 'RETURN 1'` (start-up), and prints for each the median
and range of wall time, CPU time (user + sys, all threads), peak RSS and minor page faults,
read from the child's own rusage (os.wait4), with the load average before and after: on a
shared machine the CPU time is the steadier figure.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_once(cmd):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    wall = (time.perf_counter() - t0) * 1000
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), err))
    return {"wall": wall, "cpu": (ru.ru_utime + ru.ru_stime) * 1000, "rss": ru.ru_maxrss / 1024,
            "faults": ru.ru_minflt}


def summary(samples, key):
    xs = [s[key] for s in samples]
    return statistics.median(xs), min(xs), max(xs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--liverkg", default=os.path.join(ROOT, "build", "liverkg"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--db", help="database directory to use (imported when missing)")
    ap.add_argument("--keep", action="store_true", help="keep the database directory")
    ap.add_argument("--no-tsv", action="store_true", help="time the checkpoint open only")
    a = ap.parse_args()
    lv = a.liverkg
    work = tempfile.mkdtemp(prefix="liverkg-open-bench-")
    db = a.db or os.path.join(work, "db")
    try:
        if not os.path.exists(os.path.join(db, "checkpoint.lkg")):
            imp = run_once([lv, "--db", db, "--load", a.data, "-c", "RETURN 1"])
            print("import into --db: %.0f ms wall, %.0f ms CPU, peak %.0f MB" % (imp["wall"], imp["cpu"], imp["rss"]))
        size = os.path.getsize(os.path.join(db, "checkpoint.lkg"))
        commands = {"checkpoint (--db)": [lv, "--db", db, "-c", "RETURN 1"],
                    "start-up (--empty)": [lv, "--empty", "-c", "RETURN 1"]}
        if not a.no_tsv:
            commands["TSV (--load)"] = [lv, "--load", a.data, "-c", "RETURN 1"]
        samples = {k: [] for k in commands}
        load_before = os.getloadavg()[0]
        for _ in range(a.runs):
            for name, cmd in commands.items():
                samples[name].append(run_once(cmd))
        load_after = os.getloadavg()[0]
        print("%s: checkpoint %.1f MB; %d runs each, median (min-max); load average %.1f before, %.1f after"
              % (a.data, size / 1e6, a.runs, load_before, load_after))
        for name, s in samples.items():
            w, c, r, f = (summary(s, k) for k in ("wall", "cpu", "rss", "faults"))
            print("  %-20s wall %6.0f ms (%.0f-%.0f)  CPU %6.0f ms (%.0f-%.0f)  peak %5.0f MB  faults %7.0f"
                  % (name, w[0], w[1], w[2], c[0], c[1], c[2], r[0], f[0]))
    finally:
        if a.keep and not a.db:
            print("database kept in", db)
        else:
            shutil.rmtree(work, ignore_errors=True)   # a --db given by the caller is left alone


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Crash harness for the durable database (issue 13): a child `liverkg --db DIR` runs a
long script of small write transactions and prints one line per statement; a statement's
line is printed only after its commit is on disk, so the line that ends a transaction is its
acknowledgement. The harness SIGKILLs the child at random moments (fixed seed), and also
makes it kill itself at each fault-injection point of commits and checkpoints
(LIVERKG_CRASH_AT), then reopens the database and checks that every acknowledged
transaction is there, that no transaction is there in part, and that nothing beyond the
one transaction in flight at the kill appeared.

Usage: crash_harness.py path/to/liverkg [kills]   (prints the figures; exit 1 on any loss)"""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

BIN = sys.argv[1]
KILLS = int(sys.argv[2]) if len(sys.argv) > 2 else 60
SEED = 1313
PER_RUN = 600   # transactions in one child's script: more than it reaches before a kill
CRASH_POINTS = ["commit-written", "commit-synced", "checkpoint-written", "checkpoint-synced", "checkpoint-renamed"]


def transaction(k):
    """Statements of transaction k and how many output lines each prints. Every transaction
    makes nodes T{k, part 0..2} with a NEXT relationship; odd ones are explicit (BEGIN ...
    COMMIT) with a SET and a created-then-deleted Tmp node, so a partial one is visible."""
    if k % 2 == 0:
        return ["CREATE (:T {k: %d, part: 0})-[:NEXT {k: %d}]->(:T {k: %d, part: 1}), (:T {k: %d, part: 2})"
                % (k, k, k, k)]
    return ["BEGIN",
            "CREATE (:T {k: %d, part: 0})-[:NEXT {k: %d}]->(:T {k: %d, part: 1})" % (k, k, k),
            "CREATE (x:Tmp) CREATE (:T {k: %d, part: 2}) DETACH DELETE x" % k,
            "MATCH (n:T {k: %d}) SET n.done = true, n.at = datetime('2026-12-05T10:00:00Z')" % k,
            "COMMIT"]


def script(first, n):
    """The script text and, per output line, the transaction it acknowledges (or None)."""
    statements, acks = [], []
    for k in range(first, first + n):
        st = transaction(k)
        statements += st
        acks += [None] * (len(st) - 1) + [k]
    return ";\n".join(statements) + ";\n", acks


def run_child(db, first, env_extra=None, kill_after=None):
    """Runs one child; returns (the acknowledged transactions, whether it was killed)."""
    text, acks = script(first, PER_RUN)
    path = db + ".script.cypher"
    with open(path, "w") as f:
        f.write(text)
    env = dict(os.environ)
    env.update(env_extra or {})
    p = subprocess.Popen([BIN, "--db", db, "--checkpoint-after", "3K", "--format", "json", "-f", path],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    lines = []
    reader = threading.Thread(target=lambda: lines.extend(p.stdout.read().splitlines()))
    reader.start()
    errors = []
    err_reader = threading.Thread(target=lambda: errors.append(p.stderr.read().decode()))
    err_reader.start()
    killed = False
    if kill_after is not None:
        try:
            p.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGKILL)
            killed = True
    p.wait()
    reader.join()
    err_reader.join()
    if p.returncode == -signal.SIGKILL:
        killed = True
    elif p.returncode != 0:
        raise AssertionError("child failed (exit %s): %s" % (p.returncode, errors[0][-2000:]))
    acked = [acks[i] for i in range(len(lines)) if acks[i] is not None]
    return acked, killed


def query(db, text):
    p = subprocess.run([BIN, "--db", db, "--format", "json", "-c", text], capture_output=True, text=True)
    if p.returncode != 0:
        raise AssertionError("reopen failed (exit %d): %s" % (p.returncode, p.stderr))
    return [json.loads(line)["rows"] for line in p.stdout.splitlines()]


def check(db, acked_until):
    """Returns (lost, partial, next k). acked_until: every k below it was acknowledged."""
    nodes, rels, tmp = query(db, "MATCH (n:T) RETURN n.k, count(n), count(n.done), count(n.at) ORDER BY n.k;"
                                 "MATCH ()-[r:NEXT]->() RETURN r.k, count(r) ORDER BY r.k;"
                                 "MATCH (x:Tmp) RETURN count(x)")
    present = {row[0]: row[1:] for row in nodes}
    rel_count = {row[0]: row[1] for row in rels}
    partial = 0
    for k, (n, done, at) in present.items():
        explicit = k % 2 == 1
        whole = n == 3 and rel_count.get(k) == 1 and (done == 3 and at == 3 if explicit else done == 0)
        if not whole:
            partial += 1
            print("PARTIAL transaction %d: nodes %d, done %d, at %d, rels %s" % (k, n, done, at, rel_count.get(k)))
    lost = [k for k in range(acked_until) if k not in present]
    for k in lost[:5]:
        print("LOST acknowledged transaction %d" % k)
    top = max(present) + 1 if present else 0
    gaps = [k for k in range(top) if k not in present]
    if gaps and not lost:
        print("GAP: transactions %s missing below %d" % (gaps[:5], top))
        partial += len(gaps)
    if top > acked_until + 1:
        print("EXTRA: transactions up to %d present, only %d acknowledged" % (top - 1, acked_until))
        partial += 1
    if tmp[0][0] != 0:
        print("PARTIAL: %d Tmp nodes survived" % tmp[0][0])
        partial += 1
    return len(lost), partial, top


def main():
    rng = random.Random(SEED)
    base = tempfile.mkdtemp(prefix="liverkg-crash-")
    db = os.path.join(base, "db")
    kills = lost = partial = injected = in_checkpoint = 0
    next_k = 0
    t0 = time.time()
    plan = [("point", p) for p in CRASH_POINTS for _ in range(3)]
    plan += [("random", None)] * max(0, KILLS - len(plan))
    rng.shuffle(plan)
    try:
        for kind, point in plan:
            if kind == "point":
                acked, killed = run_child(db, next_k, {"LIVERKG_CRASH_AT": point})
                injected += killed
                in_checkpoint += killed and point.startswith("checkpoint")
            else:
                acked, killed = run_child(db, next_k, kill_after=rng.uniform(0.05, 0.6))
                if killed and os.path.exists(os.path.join(db, "checkpoint.lkg.tmp")):
                    in_checkpoint += 1
            kills += killed
            acked_until = (max(acked) + 1) if acked else next_k
            l, p, next_k = check(db, acked_until)
            lost += l
            partial += p
        _, _, final = check(db, next_k)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print("crash harness: seed %d, %d kills (%d injected at commit/checkpoint points, %d inside checkpoints), "
          "%d transactions committed, %d lost, %d partial, %.1f s"
          % (SEED, kills, injected, in_checkpoint, final, lost, partial, time.time() - t0))
    if kills < 50:
        print("FAIL: fewer than 50 kills")
        return 1
    return 1 if lost or partial else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Knowledge-graph fact tests: every facts/*.cypher against the bundled graph.

    run_facts.py LIVERKG_BINARY [FACTS_DIR]

Each facts/NAME.cypher runs as `liverkg --format json -f NAME.cypher` (the bundled
data/, no --empty); the `columns` and `rows` of its last JSON line must equal
those of facts/NAME.expect (the `stats` member is ignored). Prints one line per
failure, then `N passed, M failed`; exits 1 when anything failed.
"""
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run_query(binary, cypher_file):
    proc = subprocess.run([binary, "--format", "json", "-f", cypher_file],
                          capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError("exit %d: %s" % (proc.returncode, proc.stderr.strip()))
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    if not lines:
        raise RuntimeError("no JSON output")
    return json.loads(lines[-1])


def check(binary, cypher_file):
    """None when the fact holds, else the reason it does not."""
    expect_file = cypher_file[:-len(".cypher")] + ".expect"
    if not os.path.exists(expect_file):
        return "missing %s" % os.path.basename(expect_file)
    with open(expect_file, encoding="utf-8") as fh:
        expected = json.load(fh)
    try:
        got = run_query(binary, cypher_file)
    except (RuntimeError, ValueError, subprocess.TimeoutExpired) as e:
        return str(e)
    for part in ("columns", "rows"):
        if got.get(part) != expected.get(part):
            return "%s differ\n  expected %s\n  got      %s" % (
                part, json.dumps(expected.get(part)), json.dumps(got.get(part)))
    return None


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = argv[1]
    facts_dir = argv[2] if len(argv) > 2 else os.path.join(HERE, "facts")
    files = sorted(glob.glob(os.path.join(facts_dir, "*.cypher")))
    if not files:
        print("no fact queries in %s" % facts_dir)
        return 1
    failed = 0
    for f in files:
        reason = check(binary, f)
        if reason is not None:
            failed += 1
            print("FAIL %s: %s" % (os.path.basename(f), reason))
    print("%d passed, %d failed" % (len(files) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

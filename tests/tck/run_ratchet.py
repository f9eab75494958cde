#!/usr/bin/env python3
"""TCK ratchet: the number of passing openCypher TCK scenarios may only go up.

    run_ratchet.py LIVERKG_BINARY [RATCHET_FILE]

Runs ../shared/tck/tck_run.py (relative to the repository) against the binary,
reads the pass count from its --json report and compares it with the figure in
ratchet.txt. The runner itself exits 1 whenever any scenario fails, so only the
count matters here.

Exit status: 0 the count reached the ratchet, 1 it dropped (or the runner broke),
77 the shared TCK is not present (CTest reports the test as skipped).
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TCK_RUNNER = os.path.join(REPO, "..", "shared", "tck", "tck_run.py")
SKIP = 77


def read_ratchet(path):
    """The first line that is not blank or a '#' comment holds the pass count."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                return int(line.split()[0])
    raise ValueError("%s holds no pass count" % path)


def run_tck(binary, report):
    cmd = [sys.executable, TCK_RUNNER, "--liverkg", binary, "--json", report]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1) or not os.path.exists(report):
        sys.stderr.write(proc.stdout + proc.stderr)
        raise RuntimeError("tck_run.py exited %d without a report" % proc.returncode)
    with open(report, encoding="utf-8") as fh:
        return json.load(fh)


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = argv[1]
    ratchet_file = argv[2] if len(argv) > 2 else os.path.join(HERE, "ratchet.txt")
    if not os.path.isfile(TCK_RUNNER):
        print("shared TCK not found at %s: skipped" % TCK_RUNNER)
        return SKIP
    expected = read_ratchet(ratchet_file)
    with tempfile.TemporaryDirectory(prefix="liverkg-tck-") as tmp:
        report = run_tck(binary, os.path.join(tmp, "tck.json"))
    passed, failed = report["passed"], report["failed"]
    for s in report["scenarios"]:
        if s["outcome"] == "fail":
            reason = (s.get("reason") or "").splitlines()
            print("FAIL %s: %s" % (s["id"], reason[0] if reason else "?"))
    print("%d passed, %d failed; ratchet %d" % (passed, failed, expected))
    if passed < expected:
        print("TCK pass count dropped below the ratchet (%d < %d)" % (passed, expected))
        return 1
    if passed > expected:
        print("more scenarios pass than recorded: raise tests/tck/ratchet.txt to %d" % passed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

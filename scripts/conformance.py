#!/usr/bin/env python3
"""Writes docs/conformance.md: liverkg against the openCypher TCK subset in ../shared/tck.

    scripts/conformance.py [--liverkg build/liverkg] [--json REPORT] [--date YYYY-MM-DD] [--out FILE]

Runs ../shared/tck/tck_run.py (or reads the --json report it wrote before) and renders the
pass/fail table per area, the totals, how to reproduce, and every failing scenario with its
reason and, where known, why it fails. The output depends only on the report, the date and the
commit, so two runs on the same build give the same file.
"""
import argparse
import collections
import datetime
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TCK_RUNNER = os.path.join(ROOT, "..", "shared", "tck", "tck_run.py")

# Why a known scenario fails, by scenario id. Each one is checked against the run: an entry
# whose scenario passes is reported as stale.
KNOWN_FAILURES = {
    "clauses/return-orderby/ReturnOrderBy1.feature:[11] ORDER BY should order distinct types in the expected order":
        "contract: NaN is printed as the string \"NaN\" in JSON, so the runner sees a string, not a float NaN.",
    "clauses/with-orderBy/WithOrderBy1.feature:[22] Sort distinct types in descending order":
        "contract: NaN is printed as the string \"NaN\" in JSON (same cause as ReturnOrderBy1 [11]).",
}

# The goal for every area (issue 16): areas passing less are named under the table.
AREA_GOAL = 95

UNSUPPORTED = """\
## Knowingly unsupported / contract conflicts

- **NaN in results.** The command-line contract (`../shared/CONTRACT.md`, JSON output) prints
  NaN and the infinities as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`, because JSON has no
  such numbers. A scenario whose expected table holds a NaN *value* therefore compares a string
  with a float and fails, although the engine computes and orders NaN correctly (NaN sorts after
  every other number and before null; the engine's unit tests check this). An expected infinity
  would fail the same way; no scenario of the subset expects one in a result. Fixing this needs a
  contract change (for example a tagged `{"_float": "NaN"}`), not an engine change.
- **Nothing is skipped.** Every scenario of the shared subset runs, including `CALL ... YIELD`
  with the TCK's table-backed test procedures (`--test-procedures`), `UNION`, `EXISTS` / `COUNT` /
  `COLLECT` subqueries and temporal values; a failure not explained above has no known cause yet.
"""


def run_tck(liverkg, report):
    cmd = [sys.executable, TCK_RUNNER, "--liverkg", liverkg, "--json", report]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if not os.path.exists(report):
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit("tck_run.py wrote no report (exit %d)" % proc.returncode)


def load_report(args):
    if args.json and not args.liverkg_given:
        with open(args.json, encoding="utf-8") as fh:
            return json.load(fh)
    with tempfile.TemporaryDirectory(prefix="liverkg-conformance-") as tmp:
        report = args.json or os.path.join(tmp, "tck.json")
        run_tck(args.liverkg, report)
        with open(report, encoding="utf-8") as fh:
            return json.load(fh)


def git_commit():
    try:
        out = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def area_table(scenarios):
    per_area = collections.defaultdict(collections.Counter)
    for s in scenarios:
        per_area[s["area"]][s["outcome"]] += 1
    lines = ["| area | scenarios | passed | failed | skipped | passed % |", "|---|---:|---:|---:|---:|---:|"]
    below = []
    for area in sorted(per_area):
        c = per_area[area]
        total = sum(c.values())
        pct = 100.0 * c["pass"] / total if total else 100.0
        if pct < AREA_GOAL:
            below.append("%s (%.1f %%)" % (area, pct))
        lines.append("| %s | %d | %d | %d | %d | %.1f |" % (area, total, c["pass"], c["fail"], c["skip"], pct))
    lines += ["", "Areas below the %d %% goal: %s." % (AREA_GOAL, ", ".join(below) if below else "none")]
    return lines


def first_line(text):
    lines = (text or "").strip().splitlines()
    return lines[0].replace("|", "\\|") if lines else "(no reason given)"


def failure_section(scenarios):
    failing = sorted((s for s in scenarios if s["outcome"] == "fail"), key=lambda s: s["id"])
    lines = ["## Failing scenarios", ""]
    if not failing:
        return lines + ["None."]
    lines += ["| scenario | runner's reason | why |", "|---|---|---|"]
    for s in failing:
        why = KNOWN_FAILURES.get(s["id"], "not analysed yet")
        lines.append("| `%s` | %s | %s |" % (s["id"], first_line(s.get("reason")), why))
    ids = {s["id"] for s in scenarios if s["outcome"] == "pass"}
    stale = sorted(k for k in KNOWN_FAILURES if k in ids)
    if stale:
        lines += ["", "Explained above but now passing (remove from scripts/conformance.py):", ""]
        lines += ["- `%s`" % k for k in stale]
    return lines


def render(report, date, commit):
    scenarios = report["scenarios"]
    passed, failed, skipped = report["passed"], report["failed"], report["skipped"]
    total = passed + failed + skipped
    errors = [s for s in scenarios if s["outcome"] != "skip" and s.get("expects_error")]
    positive = [s for s in scenarios if s["outcome"] != "skip" and not s.get("expects_error")]
    out = [
        "# openCypher conformance",
        "",
        "<!-- generated by scripts/conformance.py; edit the script, not this file -->",
        "",
        "liverkg against the openCypher TCK subset shared with the project (`../shared/tck`, release",
        "2024.3: 70 % of the whole suite, every area, including CALL, UNION, subqueries and temporal",
        "values), driven through the command-line contract. Side effects are checked by comparing the",
        "graph before and after each query.",
        "",
        "- date: %s, commit: `%s`" % (date, commit),
        "- **%d of %d scenarios pass** (%.1f %%), %d fail, %d skipped" % (
            passed, total, 100.0 * passed / total if total else 0.0, failed, skipped),
        "- scenarios expecting a result: %d, passed %d" % (
            len(positive), sum(1 for s in positive if s["outcome"] == "pass")),
        "- scenarios expecting an error: %d, passed %d (class and detail code checked)" % (
            len(errors), sum(1 for s in errors if s["outcome"] == "pass")),
        "",
        "The CTest `tck:ratchet` fails when fewer scenarios pass than `tests/tck/ratchet.txt` records.",
        "",
        "## Reproduce",
        "",
        "```sh",
        "cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build build -j2 --target liverkg",
        "python3 ../shared/tck/tck_run.py --liverkg build/liverkg --json /tmp/tck.json -v",
        "python3 scripts/conformance.py --json /tmp/tck.json --out docs/conformance.md",
        "```",
        "",
        "## Per area",
        "",
    ]
    out += area_table(scenarios)
    out += [""] + failure_section(scenarios) + ["", UNSUPPORTED.rstrip()]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--liverkg", help="binary to run the TCK with (default build/liverkg)")
    ap.add_argument("--json", help="read this tck_run.py --json report (or, with --liverkg, write it)")
    ap.add_argument("--date", default=datetime.date.today().isoformat(), help="date to print (default today)")
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "conformance.md"))
    args = ap.parse_args()
    args.liverkg_given = args.liverkg is not None
    if args.liverkg is None:
        args.liverkg = os.path.join(ROOT, "build", "liverkg")
    args.liverkg = os.path.abspath(args.liverkg)   # the runner works in temporary directories
    if not args.json and not os.path.isfile(TCK_RUNNER):
        raise SystemExit("shared TCK not found at %s" % TCK_RUNNER)
    report = load_report(args)
    text = render(report, args.date, git_commit())
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("%s: %d passed, %d failed" % (args.out, report["passed"], report["failed"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

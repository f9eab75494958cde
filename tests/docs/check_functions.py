#!/usr/bin/env python3
"""docs/query-language.md's function and procedure lists must be what SHOW FUNCTIONS and SHOW
PROCEDURES say.

    check_functions.py LIVERKG_BINARY DOC [--update]

The function list sits between the lines `<!-- functions: SHOW FUNCTIONS -->` and
`<!-- end of functions -->`: one table row per function of the engine's registry (category,
signature, description), grouped by category. The procedure list sits between
`<!-- procedures: SHOW PROCEDURES -->` and `<!-- end of procedures -->`: one row per procedure
(signature, mode, description) in name order. The check renders both tables from the binary and
compares; --update rewrites them. Exits 1 on a difference, naming the rows that differ.
"""
import json
import subprocess
import sys


def show(binary, what):
    out = subprocess.run([binary, "--empty", "--format", "json", "-c", "SHOW " + what],
                         capture_output=True, text=True, check=True).stdout
    doc = json.loads(out.splitlines()[0])
    cols = doc["columns"]
    return [dict(zip(cols, row)) for row in doc["rows"]]


def cell(text):
    return text.replace("|", "\\|")


def render_functions(rows):
    lines = ["| category | signature | description |", "|---|---|---|"]
    for c in sorted({r["category"] for r in rows}):
        for r in rows:
            if r["category"] == c:
                lines.append("| %s | `%s` | %s |" % (c, cell(r["signature"]), r["description"]))
    return lines


def render_procedures(rows):
    lines = ["| signature | mode | description |", "|---|---|---|"]
    for r in rows:
        lines.append("| `%s` | %s | %s |" % (cell(r["signature"]), r["mode"], cell(r["description"])))
    return lines


LISTS = (
    ("FUNCTIONS", "<!-- functions: SHOW FUNCTIONS -->", "<!-- end of functions -->", render_functions),
    ("PROCEDURES", "<!-- procedures: SHOW PROCEDURES -->", "<!-- end of procedures -->", render_procedures),
)


def main():
    binary, path = sys.argv[1], sys.argv[2]
    update = "--update" in sys.argv[3:]
    with open(path, encoding="utf-8") as fh:
        text = fh.read().split("\n")
    failed = False
    for what, start, end, render in LISTS:
        try:
            a, b = text.index(start), text.index(end)
        except ValueError:
            print("%s: no list between %r and %r" % (path, start, end))
            failed = True
            continue
        want = [start, ""] + render(show(binary, what)) + ["", end]
        have = text[a:b + 1]
        if have == want:
            print("%s list matches SHOW %s (%d rows)" % (what.lower(), what, len(want) - 6))
            continue
        if update:
            text = text[:a] + want + text[b + 1:]
            print("%s list rewritten" % what.lower())
            continue
        failed = True
        for l in want:
            if l not in have:
                print("missing from the docs: " + l)
        for l in have:
            if l not in want:
                print("in the docs but not SHOW %s: %s" % (what, l))
    if update:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(text))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

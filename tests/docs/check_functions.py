#!/usr/bin/env python3
"""docs/query-language.md's function list must be what SHOW FUNCTIONS says.

    check_functions.py LIVERKG_BINARY DOC [--update]

The list sits between the lines `<!-- functions: SHOW FUNCTIONS -->` and `<!-- end of functions -->`:
one table row per function of the engine's registry (name, signature, description), grouped by
category in the registry's order. The check renders that table from `SHOW FUNCTIONS` and compares;
--update rewrites the list. Exits 1 on a difference, naming the functions that differ.
"""
import json
import subprocess
import sys

START = "<!-- functions: SHOW FUNCTIONS -->"
END = "<!-- end of functions -->"


def functions(binary):
    out = subprocess.run([binary, "--empty", "--format", "json", "-c", "SHOW FUNCTIONS"],
                         capture_output=True, text=True, check=True).stdout
    doc = json.loads(out.splitlines()[0])
    cols = doc["columns"]
    return [dict(zip(cols, row)) for row in doc["rows"]]


def render(rows):
    categories = []
    for r in rows:
        if r["category"] not in categories:
            categories.append(r["category"])
    lines = [START, "", "| category | signature | description |", "|---|---|---|"]
    for c in sorted(categories):
        for r in rows:
            if r["category"] == c:
                sig = r["signature"].replace("|", "\\|")
                lines.append("| %s | `%s` | %s |" % (c, sig, r["description"]))
    lines += ["", END]
    return lines


def main():
    binary, path = sys.argv[1], sys.argv[2]
    update = "--update" in sys.argv[3:]
    with open(path, encoding="utf-8") as fh:
        text = fh.read().split("\n")
    try:
        a, b = text.index(START), text.index(END)
    except ValueError:
        print("%s: no function list between %r and %r" % (path, START, END))
        return 1
    want = render(functions(binary))
    have = text[a:b + 1]
    if have == want:
        print("function list matches SHOW FUNCTIONS (%d rows)" % (len(want) - 6))
        return 0
    if update:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(text[:a] + want + text[b + 1:]))
        print("function list rewritten")
        return 0
    missing = [l for l in want if l not in have]
    extra = [l for l in have if l not in want]
    for l in missing:
        print("missing from the docs: " + l)
    for l in extra:
        print("in the docs but not SHOW FUNCTIONS: " + l)
    return 1


if __name__ == "__main__":
    sys.exit(main())

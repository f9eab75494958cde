#!/usr/bin/env python3
"""Docs examples test: documentation output cannot drift from the binary.

    run_docs.py LIVERKG_BINARY [DOCS_DIR] [--update]

In every DOCS_DIR/*.md, each ```cypher block that is followed (after blank lines
only) by a ```text block is an example: the cypher text runs as
`liverkg -c TEXT` on the bundled graph (table format, a fresh process per
example, so updates never leak into the next one) and its stdout, then its
stderr, must equal the text block exactly. A first line `// liverkg ARGS` in the
cypher block passes ARGS (e.g. `--param x=1`, `--format json`) to the binary.

--update rewrites those text blocks with the real output, and also fills an
`<!-- output: run by docs test -->` placeholder that follows a cypher block.
Prints one line per mismatch, then `N passed, M failed`; exits 1 on failure.
"""
import glob
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PLACEHOLDER = "<!-- output: run by docs test -->"
FENCE = re.compile(r"^```(\w*)\s*$")


def blocks(lines):
    """(kind, start, end) of each fenced block: lines[start] opens it, lines[end] closes it."""
    out, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m and m.group(1):
            j = i + 1
            while j < len(lines) and lines[j].rstrip() != "```":
                j += 1
            out.append((m.group(1), i, j))
            i = j + 1
        else:
            i += 1
    return out


def next_nonblank(lines, i):
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def examples(lines):
    """(cypher_text, output_start, output_end): output_end is None for a placeholder line."""
    found = blocks(lines)
    by_start = {start: (kind, end) for kind, start, end in found}
    for kind, start, end in found:
        if kind != "cypher":
            continue
        k = next_nonblank(lines, end + 1)
        text = "".join(lines[start + 1:end])
        if k < len(lines) and by_start.get(k, ("", 0))[0] == "text":
            yield text, k, by_start[k][1]
        elif k < len(lines) and lines[k].strip() == PLACEHOLDER:
            yield text, k, None


def run(binary, cypher):
    """A first line `// liverkg ARGS` passes ARGS (e.g. --param x=1) before -c."""
    args = []
    first = cypher.split("\n", 1)[0]
    if first.startswith("// liverkg "):
        args = shlex.split(first[len("// liverkg "):])
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}   # tables fit COLUMNS when set
    proc = subprocess.run([binary] + args + ["-c", cypher], capture_output=True, text=True, timeout=120,
                          env=env)
    return proc.stdout + proc.stderr


def check_file(binary, path, update):
    with open(path, encoding="utf-8") as fh:
        lines = fh.readlines()
    passed, failures, edits = 0, [], []
    for cypher, start, end in examples(lines):
        got = run(binary, cypher)
        if end is None:
            edits.append((start, start + 1, got))
            continue
        want = "".join(lines[start + 1:end])
        if got == want:
            passed += 1
        else:
            failures.append("%s:%d: output differs\n--- expected\n%s--- got\n%s" % (
                os.path.basename(path), start + 1, want, got))
            edits.append((start, end + 1, got))
    if update and edits:
        for s, e, got in sorted(edits, reverse=True):
            lines[s:e] = ["```text\n", got if got.endswith("\n") or not got else got + "\n", "```\n"]
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(lines)
    return passed, failures


def main(argv):
    args = [a for a in argv[1:] if a != "--update"]
    update = "--update" in argv
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    binary = args[0]
    docs_dir = args[1] if len(args) > 1 else os.path.join(HERE, "..", "..", "docs")
    total_pass, total_fail = 0, 0
    for path in sorted(glob.glob(os.path.join(docs_dir, "*.md"))):
        passed, failures = check_file(binary, path, update)
        total_pass += passed
        total_fail += len(failures)
        for f in failures:
            print("FAIL " + f)
    print("%d passed, %d failed" % (total_pass, total_fail))
    if total_pass + total_fail == 0:
        print("no examples found in %s" % docs_dir)
        return 1
    return 1 if total_fail and not update else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

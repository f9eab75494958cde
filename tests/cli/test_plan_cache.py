#!/usr/bin/env python3
"""The plan cache against no plan cache, cases as data: tests/plancache/<case>.cypher, one
statement per line, run as
    liverkg <args> -f <case>.cypher            (cwd: tests/plancache; <args> from <case>.args,
                                                default --empty)
once with --plan-cache 0 and once with the cache on. stdout, stderr (but `Time:` lines) and the
exit status must be the same. A line ending in `// expect: hit` must find its plan in the cache:
with the cache on, `EXPLAIN <that statement>` run just before it says `Plan cache: hit`, and no
other EXPLAIN of the probe says anything else.
Usage: test_plan_cache.py path/to/liverkg path/to/tests/plancache"""
import os
import re
import shlex
import subprocess
import sys
import tempfile

HIT = "// expect: hit"


def run(binary, folder, args, text):
    with tempfile.NamedTemporaryFile("w", suffix=".cypher", dir=folder, delete=False, encoding="utf-8") as fh:
        fh.write(text)
        name = fh.name
    try:
        env = dict(os.environ, NO_COLOR="1")
        env.pop("LIVERKG_DATA", None)
        env.pop("COLUMNS", None)
        p = subprocess.run([binary] + args + ["-f", name], cwd=folder, env=env, capture_output=True, text=True,
                           timeout=120)
    finally:
        os.unlink(name)
    err = re.sub(r"(?m)^Time: .*\n", "", p.stderr).replace(name, "CASE")
    return p.stdout, err, p.returncode


def check(binary, folder, name):
    text = open(os.path.join(folder, name + ".cypher"), encoding="utf-8").read()
    args_file = os.path.join(folder, name + ".args")
    args = shlex.split(open(args_file).read()) if os.path.exists(args_file) else ["--empty"]
    problems = []
    off = run(binary, folder, args + ["--plan-cache", "0"], text)
    on = run(binary, folder, args, text)
    for what, a, b in zip(("stdout", "stderr", "exit status"), off, on):
        if a != b:
            problems.append("%s differs with the cache on:\n--- off\n%s\n--- on\n%s" % (what, a, b))
    lines = text.splitlines(keepends=True)
    wanted = sum(1 for l in lines if l.rstrip().endswith(HIT))
    probe = "".join(("EXPLAIN " + l.rstrip()[: -len(HIT)].rstrip().rstrip(";") + ";\n" if l.rstrip().endswith(HIT)
                     else "") + l for l in lines)
    out, err, _ = run(binary, folder, args + ["--format", "table"], probe)
    hits = out.count("Plan cache: hit")
    others = len(re.findall(r"Plan cache: (?!hit)", out))
    if hits != wanted or others:
        problems.append("expected %d plan cache hits, got %d (and %d other EXPLAIN answers):\n%s%s" %
                        (wanted, hits, others, out, err))
    if wanted == 0:
        problems.append("the case expects no hit: mark the statements that must hit with '%s'" % HIT)
    return problems


def main():
    binary, folder = sys.argv[1], sys.argv[2]
    passed = failed = 0
    for f in sorted(os.listdir(folder)):
        if not f.endswith(".cypher"):
            continue
        name = f[: -len(".cypher")]
        problems = check(binary, folder, name)
        if problems:
            failed += 1
            print("FAIL  %s\n%s" % (name, "\n".join(problems)))
        else:
            passed += 1
            print("ok    %s" % name)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed or passed == 0 else 0)


if __name__ == "__main__":
    main()

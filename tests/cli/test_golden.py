#!/usr/bin/env python3
"""Golden tests as data: tests/golden/<area>/<case>.cypher runs as
    liverkg <args> -f <case>.cypher        (cwd: the area folder)
where <args> come from <case>.args (default: --empty). stdout must equal <case>.out, stderr
<case>.err (empty when there is no .err file), the exit status <case>.code (default 0).
Usage: test_golden.py path/to/liverkg path/to/tests/golden [--update]"""
import os
import shlex
import subprocess
import sys


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8") as f:
        return f.read()


def cases(root):
    for area in sorted(os.listdir(root)):
        folder = os.path.join(root, area)
        if area == "fixtures" or not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".cypher"):
                yield folder, name[: -len(".cypher")]


def run_case(binary, folder, name):
    args = shlex.split(read(os.path.join(folder, name + ".args"), "--empty"))
    env = dict(os.environ)
    env.pop("LIVERKG_DATA", None)
    env.pop("COLUMNS", None)   # tables are fitted to COLUMNS when it is set
    env["NO_COLOR"] = "1"
    p = subprocess.run([binary] + args + ["-f", name + ".cypher"], cwd=folder, env=env,
                       capture_output=True, text=True, timeout=60)
    return p.stdout, p.stderr, p.returncode


def main():
    binary, root = sys.argv[1], sys.argv[2]
    update = "--update" in sys.argv[3:]
    passed = failed = 0
    for folder, name in cases(root):
        out, err, code = run_case(binary, folder, name)
        base = os.path.join(folder, name)
        label = "%s/%s" % (os.path.basename(folder), name)
        if update:
            with open(base + ".out", "w", encoding="utf-8") as f:
                f.write(out)
            for ext, text, empty in ((".err", err, ""), (".code", "%d\n" % code, "0\n")):
                if text != empty:
                    with open(base + ext, "w", encoding="utf-8") as f:
                        f.write(text)
                elif os.path.exists(base + ext):
                    os.remove(base + ext)
        problems = []
        if out != read(base + ".out", ""):
            problems.append("stdout differs:\n--- expected\n%s--- got\n%s" % (read(base + ".out", ""), out))
        if err != read(base + ".err", ""):
            problems.append("stderr differs:\n--- expected\n%s--- got\n%s" % (read(base + ".err", ""), err))
        if code != int(read(base + ".code", "0")):
            problems.append("exit status %d, expected %s" % (code, read(base + ".code", "0").strip()))
        if problems:
            failed += 1
            print("FAIL  %s\n%s" % (label, "\n".join(problems)))
        else:
            passed += 1
            print("ok    %s" % label)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed or passed == 0 else 0)


if __name__ == "__main__":
    main()

"""A tiny test harness for the command-line tests: cases register themselves, run in order,
and the run ends with `N passed, M failed` and a non-zero exit status on any failure."""
import os
import subprocess
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(ROOT, "tests", "golden", "fixtures")
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def run(binary, args, stdin=None, env=None, cwd=None, timeout=60):
    full_env = dict(os.environ)
    full_env.pop("LIVERKG_DATA", None)
    full_env.pop("COLUMNS", None)   # tables are fitted to COLUMNS when it is set; tests set it themselves
    full_env.update(env or {})
    p = subprocess.run([binary] + args, input=stdin, capture_output=True, text=True,
                       env=full_env, cwd=cwd, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def main():
    only = sys.argv[2:] if len(sys.argv) > 2 else None
    passed = failed = 0
    for fn in CASES:
        if only and fn.__name__ not in only:
            continue
        try:
            fn()
            passed += 1
            print("ok    %s" % fn.__name__)
        except Exception:
            failed += 1
            print("FAIL  %s" % fn.__name__)
            traceback.print_exc(file=sys.stdout)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


def expect(cond, message=""):
    if not cond:
        raise AssertionError(message)

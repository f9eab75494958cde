#!/usr/bin/env python3
"""The statement limits (--max-memory, --max-steps, --timeout, :set) and running out of memory,
through the real binary: every runaway statement ends with `ResourceLimit: ...` naming the limit
and its flag, exit 1, the graph unchanged, within the governor's bounds on memory (peak RSS
read from the kernel's rusage of the child, a bound, not a timing goal).
Usage: test_limits.py path/to/liverkg [case ...]"""
import os
import subprocess
import sys
import tempfile

import pexpect

from clitest import case, expect, main

BIN = sys.argv[1]


def measured(args, shell_prefix=None, timeout=300):
    """Runs liverkg with args; returns (exit code or -signal, stdout, stderr, peak RSS in MB)."""
    env = dict(os.environ)
    env.pop("LIVERKG_DATA", None)
    cmd = [BIN] + args
    if shell_prefix:   # e.g. "ulimit -v 1000000": the limit applies to liverkg only
        cmd = ["/bin/bash", "-c", shell_prefix + '; exec "$@"', "bash"] + cmd
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        _wait_with_timeout(p, timeout)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = 0   # reaped above; keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        code = os.waitstatus_to_exitcode(status)
        return code, out.read().decode(), err.read().decode(), usage.ru_maxrss / 1024.0


def _wait_with_timeout(p, timeout):
    # os.wait4 has no timeout: poll for the child's exit without reaping it.
    import time
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
                return True
        except ChildProcessError:
            return True
        time.sleep(0.02)
    p.kill()
    raise AssertionError("liverkg did not finish within %d s: %s" % (timeout, p.args))


_baseline = {}


def baseline_mb(bundled):
    """Peak RSS of a trivial statement: what the process needs before any statement runs."""
    if bundled not in _baseline:
        args = ([] if bundled else ["--empty"]) + ["-c", "RETURN 1"]
        _baseline[bundled] = measured(args)[3]
    return _baseline[bundled]


def expect_limit(code, err, flag):
    expect(code == 1, "exit %d, stderr %r" % (code, err))
    expect(err.startswith("ResourceLimit: "), err)
    expect(flag in err, "%s not named: %r" % (flag, err))


@case
def doubling_string_stops_at_the_memory_limit():
    # Issue 14, reproducer 3: reached 8.5 GB.
    code, out, err, peak = measured(["--empty", "--max-memory", "256", "-c",
                                     "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n"])
    expect_limit(code, err, "--max-memory")
    expect("256 MB" in err, err)
    expect(peak < baseline_mb(False) + 256 + 64, "peak %.0f MB" % peak)


@case
def range_is_refused_before_it_is_built():
    # Reproducer 3: range() held 5.3 GB before failing. 10^8 values need 4 GB > 2048 MB (default).
    code, out, err, peak = measured(["--empty", "-c", "RETURN size(range(1, 100000000)) AS n"])
    expect_limit(code, err, "--max-memory")
    expect(peak < baseline_mb(False) + 64, "peak %.0f MB" % peak)


@case
def unwind_of_a_long_range_is_bounded():
    # Reproducer 3: peaked at 7 GB.
    code, out, err, peak = measured(["--empty", "--format", "csv", "-c",
                                     "UNWIND range(1, 100000000) AS x RETURN count(*) AS n"])
    if code == 0:
        expect(out == "n\r\n100000000\r\n" or out == "n\n100000000\n", out)
    else:
        expect_limit(code, err, "--max-memory")
    expect(peak < baseline_mb(False) + 2048 + 64, "peak %.0f MB" % peak)


@case
def unbounded_undirected_expansion_stops_at_the_step_limit():
    # Reproducer 2: ran over 100 s; the 50 M expansion-step limit never fired on this shape.
    code, out, err, peak = measured(["--max-steps", "20000000", "-c", "MATCH p=(a)-[*]-(b) RETURN count(*)"])
    expect_limit(code, err, "--max-steps")
    expect("20,000,000" in err, err)


@case
def unbounded_expansion_stops_under_the_default_limits():
    code, out, err, peak = measured(["-c", "MATCH p=(a)-[*]-(b) RETURN count(*)"])
    expect_limit(code, err, "--max-steps")
    expect(peak < baseline_mb(True) + 2048 + 64, "peak %.0f MB" % peak)


@case
def cartesian_product_stops_at_the_step_limit():
    # Reproducer 6: 4.6·10^9 rows, no limit at all.
    code, out, err, _ = measured(["--max-steps", "5000000", "-c", "MATCH (a),(b),(c),(d) RETURN count(*)"])
    expect_limit(code, err, "--max-steps")


@case
def timeout_stops_a_statement():
    code, out, err, _ = measured(["--max-steps", "0", "--timeout", "0.5", "-c",
                                  "MATCH (a),(b),(c),(d) RETURN count(*)"])
    expect_limit(code, err, "--timeout")
    expect("500 ms" in err, err)


@case
def quadratic_concatenation_counts_its_copying():
    # Reproducer 3: reduce concatenating 10^7 times is quadratic; its copying is counted as steps.
    code, out, err, _ = measured(["--empty", "--max-steps", "50000000", "-c",
                                  "RETURN size(reduce(s = '', i IN range(1, 10000000) | s + 'x')) AS n"])
    expect_limit(code, err, "--max-steps")


@case
def limits_that_are_not_hit_change_nothing():
    code, out, err, _ = measured(["--empty", "--max-memory", "64", "--max-steps", "100000", "--timeout", "30",
                                  "--format", "csv", "-c", "UNWIND range(1, 1000) AS x RETURN sum(x) AS s"])
    expect(code == 0, err)
    expect(out.split() == ["s", "500500"], out)


@case
def bad_limit_values_are_bad_usage():
    for args in (["--max-memory", "lots"], ["--max-steps", "1.5"], ["--timeout", "-1"], ["--max-memory", "1e9"]):
        code, out, err, _ = measured(["--empty"] + args + ["-c", "RETURN 1"])
        expect(code == 2, "%s: exit %d" % (args, code))
        expect(err.startswith("liverkg: --"), err)


@case
def out_of_memory_under_ulimit_is_an_error():
    # Reproducer 4: SIGABRT and no message under ulimit -v.
    for statement in ("RETURN size(range(1, 100000000)) AS n",
                      "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n",
                      "UNWIND range(1, 30000000) AS x WITH collect(toString(x)) AS l RETURN size(l)"):
        code, out, err, _ = measured(["--empty", "--max-memory", "0", "-c", statement],
                                     shell_prefix="ulimit -v 1000000")
        expect(code == 1, "%s: exit %d, stderr %r" % (statement, code, err))
        expect(err.startswith("ResourceLimit: out of memory"), err)
    # The issue's own figures: ulimit -v 4000000 and the default limits.
    code, out, err, _ = measured(["--empty", "-c", "RETURN size(range(1, 100000000))"],
                                 shell_prefix="ulimit -v 4000000")
    expect(code == 1, "exit %d, stderr %r" % (code, err))
    expect(err.startswith("ResourceLimit: "), err)


@case
def shell_keeps_going_and_the_graph_is_unchanged():
    env = dict(os.environ, NO_COLOR="1", TERM="dumb", INPUTRC="/dev/null")
    env.pop("LIVERKG_DATA", None)
    c = pexpect.spawn(BIN, ["--empty", "--no-history"], env=env, encoding="utf-8", timeout=60,
                      dimensions=(40, 200))
    c.expect("liverkg> ")
    c.sendline(":set")
    c.expect(r"max-memory 2048 +\(MB\)")
    c.expect(r"max-steps 500000000 +\(N\)")
    c.expect(r"timeout none +\(SECONDS\)")
    c.expect("liverkg> ")
    c.sendline(":set max-steps 5000")
    c.expect(r"\nmax-steps 5000\r")
    c.expect("liverkg> ")
    c.sendline("UNWIND range(1, 10000) AS x CREATE (:X {x: x});")
    c.expect(r"ResourceLimit: .*--max-steps")
    c.expect("liverkg> ")
    c.sendline(":set max-steps none")
    c.expect(r"\nmax-steps none\r")
    c.expect("liverkg> ")
    c.sendline(":set max-memory 1")
    c.expect(r"\nmax-memory 1\r")
    c.expect("liverkg> ")
    c.sendline("RETURN size(range(1, 1000000)) AS n;")
    c.expect(r"ResourceLimit: .*1 MB.*--max-memory")
    c.expect("liverkg> ")
    c.sendline(":set max-memory lots")
    c.expect("Error: max-memory expects MB")
    c.expect("liverkg> ")
    c.sendline("MATCH (n:X) RETURN count(n) AS n;")
    c.expect(r"\|\s+0\s+\|")
    c.expect("liverkg> ")
    c.sendline(":quit")
    c.expect(pexpect.EOF)
    c.close()
    expect(c.exitstatus == 0, "exit status %s" % c.exitstatus)


if __name__ == "__main__":
    main()

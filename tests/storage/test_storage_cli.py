#!/usr/bin/env python3
"""The durable database (--db DIR) through the real binary: transactions, recovery from a
damaged log, refusal of damaged or foreign directories, one writer, a full disk, a read-only
directory, PATHS ... SIGN on a database copy of the bundled graph, the REPL's :begin/:commit.
Usage: test_storage_cli.py path/to/liverkg [case ...]"""
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cli"))
from clitest import ROOT, case, expect, main, run  # noqa: E402

BIN = sys.argv[1]
DATA = os.path.join(ROOT, "data")


def lv(*args, **kw):
    return run(BIN, list(args), **kw)


def tmpdir():
    d = tempfile.mkdtemp(prefix="liverkg-db-")
    return d


def count(db, label="T"):
    rc, out, err = lv("--db", db, "--format", "json", "-c", "MATCH (n:%s) RETURN count(n) AS c" % label)
    expect(rc == 0, "exit %d: %s" % (rc, err))
    return json.loads(out)["rows"][0][0]


def json_lines(out):
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


@case
def a_database_is_created_and_reopened():
    base = tmpdir()
    db = os.path.join(base, "new", "db")   # created with its parents
    rc, out, err = lv("--db", db, "-c", "CREATE (:T {k: 1, when: date('2024-02-29'), l: [1, 2], f: 2.5, s: ['x']})")
    expect(rc == 0, err)
    expect(sorted(os.listdir(db)) == ["checkpoint.lkg", "lock", "wal.log"], os.listdir(db))
    rc, out, err = lv("--db", db, "--format", "json", "-c", "MATCH (n:T) RETURN n.k, n.when, n.l, n.f, n.s")
    expect(rc == 0, err)
    expect(json.loads(out)["rows"] == [[1, {"_kind": "date", "value": "2024-02-29"}, [1, 2], 2.5, ["x"]]], out)
    # Without --db nothing of it is seen, and the bundled graph is the default as before.
    rc, out, err = lv("--format", "json", "-c", "MATCH (n:T) RETURN count(n)")
    expect(json.loads(out)["rows"] == [[0]], out)
    shutil.rmtree(base)


@case
def begin_create_rollback_leaves_nothing():
    db = tmpdir()
    rc, out, err = lv("--db", db, "-c", "BEGIN; CREATE (:T); CREATE (:T); ROLLBACK")
    expect(rc == 0, err)
    expect(out.startswith("Transaction started.\n") and out.endswith("Transaction rolled back.\n"), out)
    expect(count(db) == 0)
    rc, out, err = lv("--db", db, "-c", "BEGIN; CREATE (:T); COMMIT; BEGIN; CREATE (:T)")
    expect(rc == 0, err)
    expect("the open transaction was rolled back" in err, err)   # the input ended inside one
    expect(count(db) == 1)
    shutil.rmtree(db)


@case
def transaction_statements_in_json_are_one_object_each():
    db = tmpdir()
    rc, out, err = lv("--db", db, "--format", "json", "-c",
                      "BEGIN TRANSACTION; CREATE (:T); COMMIT TRANSACTION; CHECKPOINT")
    expect(rc == 0, err)
    rows = json_lines(out)
    expect(len(rows) == 4, out)
    expect(rows[1]["stats"]["nodes_created"] == 1, out)
    expect(os.path.getsize(os.path.join(db, "wal.log")) == 16, "CHECKPOINT empties the log")
    shutil.rmtree(db)


@case
def commit_survives_sigkill_right_after_the_acknowledgement():
    db = tmpdir()
    script = os.path.join(db + "-script.cypher")
    with open(script, "w") as f:
        f.write("BEGIN;\nCREATE (:T {k: 'acked'});\nCOMMIT;\n"
                "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(*);\n")
    p = subprocess.Popen([BIN, "--db", db, "-f", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    lines = []
    while "Transaction committed." not in lines:
        line = p.stdout.readline()
        expect(line, "the commit was never acknowledged: %s" % p.stderr.read())
        lines.append(line.strip())
    p.send_signal(signal.SIGKILL)
    p.wait()
    rc, out, err = lv("--db", db, "--format", "json", "-c", "MATCH (n:T) RETURN n.k")
    expect(rc == 0, err)
    expect(json.loads(out)["rows"] == [["acked"]], out)
    shutil.rmtree(db)
    os.remove(script)


@case
def transaction_control_coexists_with_union_call_and_names():
    db = tmpdir()
    rc, out, err = lv("--db", db, "--format", "json", "-c",
                      "begin; CREATE (:T {n: 1}); MATCH (t:T) RETURN t.n AS x UNION RETURN 2 AS x; "
                      "CALL db.labels() YIELD label RETURN label; WITH 3 AS begin, 4 AS commit "
                      "RETURN begin + commit AS s; commit")
    expect(rc == 0, err)
    rows = json_lines(out)
    expect(sorted(r[0] for r in rows[2]["rows"]) == [1, 2], out)
    expect(rows[3]["rows"] == [["T"]], out)
    expect(rows[4]["rows"] == [[7]], out)
    shutil.rmtree(db)


@case
def misplaced_transaction_statements_are_errors():
    db = tmpdir()
    for text, message in (("COMMIT", "no transaction is open"), ("ROLLBACK", "no transaction is open"),
                          ("BEGIN; BEGIN", "already open"), ("BEGIN; CHECKPOINT", "inside a transaction")):
        rc, out, err = lv("--db", db, "-c", text)
        expect(rc == 1 and err.startswith("TransactionError: ") and message in err, (text, rc, err))
    rc, out, err = lv("--empty", "-c", "CHECKPOINT")
    expect(rc == 1 and "--db DIR" in err, err)
    # Without --db, transactions still work, in memory.
    rc, out, err = lv("--empty", "--format", "json", "-c",
                      "BEGIN; CREATE (:T); ROLLBACK; MATCH (n) RETURN count(n)")
    expect(rc == 0 and json_lines(out)[-1]["rows"] == [[0]], out + err)
    shutil.rmtree(db)


def make_db(rows=3):
    db = tmpdir()
    for i in range(rows):
        rc, out, err = lv("--db", db, "-c", "CREATE (:T {k: %d})" % i)
        expect(rc == 0, err)
    return db


@case
def a_corrupted_last_log_record_is_discarded_with_a_warning():
    db = make_db(3)
    wal = os.path.join(db, "wal.log")
    size = os.path.getsize(wal)
    with open(wal, "r+b") as f:
        f.seek(size - 2)
        f.write(b"\xff")
    rc, out, err = lv("--db", db, "--format", "json", "-c", "MATCH (n:T) RETURN n.k ORDER BY n.k")
    expect(rc == 0, err)
    expect(json.loads(out)["rows"] == [[0], [1]], out)
    expect("warning: " + wal in err and "at offset" in err and "checksum" in err, err)
    # The tail is gone for good: the next open is silent, and new commits follow the good records.
    rc, out, err = lv("--db", db, "-c", "CREATE (:T {k: 9})")
    expect(rc == 0 and err == "", err)
    expect(count(db) == 3)
    shutil.rmtree(db)


@case
def a_truncated_or_corrupt_checkpoint_stops_with_exit_2():
    db = make_db(2)
    lv("--db", db, "-c", "CHECKPOINT")
    cp = os.path.join(db, "checkpoint.lkg")
    good = open(cp, "rb").read()
    for damaged, words in ((good[:-7], "truncated"), (good[:10], "truncated"),
                           (good[:-5] + bytes([good[-5] ^ 0x20]) + good[-4:], "checksum"),
                           (b"LKGCHKPT" + b"\x07" + good[9:], "checksum")):
        open(cp, "wb").write(damaged)
        rc, out, err = lv("--db", db, "-c", "RETURN 1")
        expect(rc == 2 and cp in err and words in err and out == "", (rc, err))
    shutil.rmtree(db)


@case
def foreign_and_newer_directories_are_refused_untouched():
    d = tmpdir()
    open(os.path.join(d, "notes.txt"), "w").write("mine")
    rc, out, err = lv("--db", d, "-c", "RETURN 1")
    expect(rc == 2 and "not a liverkg database" in err and d in err, err)
    expect(os.listdir(d) == ["notes.txt"], os.listdir(d))
    f = os.path.join(d, "notes.txt")
    rc, out, err = lv("--db", f, "-c", "RETURN 1")
    expect(rc == 2 and "not a directory" in err, err)
    shutil.rmtree(d)


@case
def a_second_writer_gets_the_holders_pid():
    db = make_db(1)
    holder = subprocess.Popen([BIN, "--db", db, "--max-steps", "0", "-c",
                               "RETURN size([a IN range(1, 30000) | reduce(s = 0, b IN range(1, 30000) | s)]) AS n"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 20
        while time.time() < deadline:
            lock = open(os.path.join(db, "lock")).read().strip()
            if lock == str(holder.pid):
                break
            time.sleep(0.05)
        rc, out, err = lv("--db", db, "-c", "RETURN 1")
        expect(rc == 2 and ("pid %d" % holder.pid) in err and os.path.join(db, "lock") in err, err)
    finally:
        holder.kill()
        holder.wait()
    expect(count(db) == 1)   # released when its holder died
    shutil.rmtree(db)


@case
def a_full_disk_fails_the_commit_and_keeps_earlier_ones():
    # A file-size limit (RLIMIT_FSIZE) makes the log's write fail as a full disk does (EFBIG
    # instead of ENOSPC); no mount or privilege is needed for it.
    db = make_db(2)
    wal_size = os.path.getsize(os.path.join(db, "wal.log"))

    def limit(size):
        def apply():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        return apply

    limited = limit(wal_size + 40)

    p = subprocess.run([BIN, "--db", db, "-c", "CREATE (:T {k: 10, pad: '%s'})" % ("x" * 200)],
                       capture_output=True, text=True, preexec_fn=limited)
    expect(p.returncode == 1 and p.stderr.startswith("StorageError: ") and "rolled back" in p.stderr, p.stderr)
    expect(os.path.getsize(os.path.join(db, "wal.log")) == wal_size, "the failed record was cut off")
    expect(count(db) == 2)
    # A checkpoint on a full disk fails too, and leaves the old checkpoint and the log.
    p = subprocess.run([BIN, "--db", db, "-c", "CHECKPOINT"], capture_output=True, text=True, preexec_fn=limit(24))
    expect(p.returncode == 1 and p.stderr.startswith("StorageError: "), p.stderr)
    expect(not os.path.exists(os.path.join(db, "checkpoint.lkg.tmp")))
    expect(count(db) == 2)
    # /dev/full in place of the log reads as an empty file: refused, not taken for an empty log.
    if os.path.exists("/dev/full"):
        shutil.copy(os.path.join(db, "wal.log"), os.path.join(db, "wal.saved"))
        os.remove(os.path.join(db, "wal.log"))
        os.symlink("/dev/full", os.path.join(db, "wal.log"))
        rc, out, err = lv("--db", db, "-c", "RETURN 1")
        expect(rc == 2 and "wal.log" in err, err)   # reads as zeros: not a log, refused
    shutil.rmtree(db)


@case
def a_read_only_directory_is_refused_with_exit_2():
    db = make_db(1)
    os.chmod(db, 0o555)
    preexec = None
    if os.geteuid() == 0:   # root writes anywhere: the binary runs as nobody instead
        def preexec():
            os.setgid(65534)
            os.setuid(65534)
    p = subprocess.run([BIN, "--db", db, "-c", "RETURN 1"], capture_output=True, text=True, preexec_fn=preexec)
    os.chmod(db, 0o755)
    if p.returncode in (126, 127):
        print("skipped: the binary cannot run as an unprivileged user here: %s" % p.stderr.strip())
    else:
        expect(p.returncode == 2 and os.path.join(db, "lock") in p.stderr and "Permission denied" in p.stderr,
               (p.returncode, p.stderr))
    expect(count(db) == 1)
    shutil.rmtree(db)


@case
def paths_with_sign_work_on_a_database_copy_of_the_bundled_graph():
    query = ("PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'acute liver failure'}) "
             "VIA :Mechanism|:Pathway MAX 5 HOPS SIGN - LIMIT 50")
    rc, mem, err = lv("--format", "json", "-c", query)
    expect(rc == 0, err)
    db = tmpdir()
    rc, out, err = lv("--db", db, "--load", DATA, "-c", "RETURN 1")
    expect(rc == 0, err)
    expect(os.path.getsize(os.path.join(db, "wal.log")) == 16, "a load commits by checkpoint")
    rc, out, err = lv("--db", db, "--format", "json", "-c", query)
    expect(rc == 0, err)
    rows = json.loads(out)["rows"]
    expect(rows and rows == json.loads(mem)["rows"], "the copy answers as the bundled graph does")
    shutil.rmtree(db)


@case
def the_checkpoint_flag_bounds_the_log():
    db = tmpdir()
    rc, out, err = lv("--db", db, "--checkpoint-after", "1K", "-c",
                      ";".join("CREATE (:T {k: %d, pad: '%s'})" % (i, "y" * 100) for i in range(40)))
    expect(rc == 0, err)
    expect(os.path.getsize(os.path.join(db, "wal.log")) < 1024 + 200)
    expect(count(db) == 40)
    for bad in (["--checkpoint-after", "lots", "--db", db], ["--checkpoint-after", "1K"]):
        rc, out, err = lv(*bad, "-c", "RETURN 1")
        expect(rc == 2 and "--checkpoint-after" in err, err)
    shutil.rmtree(db)


def shell(*args):
    import pexpect
    env = dict(os.environ, NO_COLOR="1", TERM="dumb", INPUTRC="/dev/null")
    env.pop("LIVERKG_DATA", None)
    c = pexpect.spawn(BIN, list(args) + ["--no-history"], env=env, encoding="utf-8", timeout=20,
                      dimensions=(40, 200))
    c.expect("Type :help")
    c.expect("liverkg> ")
    return c


@case
def the_shell_keeps_a_transaction_open_past_a_failing_statement():
    import pexpect
    db = tmpdir()
    c = shell("--db", db)
    c.send(":begin\r")
    c.expect("Transaction started.")
    c.expect(r"liverkg\(tx\)> ")
    c.send("CREATE (:T {k: 1});\r")
    c.expect(r"liverkg\(tx\)> ")
    c.send("CREATE (:T {k: 2}) WITH 1 AS one RETURN 1 / 0;\r")
    c.expect("ArgumentError|ArithmeticError|Error")
    c.expect("The transaction is still open: this statement's changes were undone")
    c.expect(r"liverkg\(tx\)> ")
    c.send("MATCH (n:T) RETURN count(n) AS c;\r")
    c.expect(r"\b1\b")
    c.expect(r"liverkg\(tx\)> ")
    c.send(":commit\r")
    c.expect("Transaction committed.")
    c.expect("liverkg> ")
    # Leaving with a transaction open asks; Ctrl-D at the question rolls back and leaves.
    c.send("BEGIN;\r")
    c.expect(r"liverkg\(tx\)> ")
    c.send("CREATE (:T {k: 3});\r")
    c.expect(r"liverkg\(tx\)> ")
    c.send(":quit\r")
    c.expect(r"A transaction is open. Roll it back and quit\? \[y/N\] ")
    c.send("n\r")
    c.expect(r"liverkg\(tx\)> ")
    c.send("\x04")
    c.expect(r"Roll it back and quit\? \[y/N\] ")
    c.send("\x04")
    c.expect(pexpect.EOF)
    c.close()
    expect(c.exitstatus == 0, "exit status %s" % c.exitstatus)
    rc, out, err = lv("--db", db, "--format", "json", "-c", "MATCH (n:T) RETURN n.k ORDER BY n.k")
    expect(json.loads(out)["rows"] == [[1]], out)
    shutil.rmtree(db)


if __name__ == "__main__":
    main()

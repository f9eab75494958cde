#!/usr/bin/env python3
"""Saving and exporting: :save / --export tsv write every file the loader reads (nodes, edges,
schema, references, ontology terms) with typed headers, so save -> load -> save is byte-identical
and --check passes on the copy; files and directories are replaced atomically, so a failed write
leaves the old ones; the loader refuses files that are not regular; quoted paths.
Usage: test_save.py path/to/liverkg [case ...]"""
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile

from clitest import ROOT, case, expect, main, run

BIN = sys.argv[1]
DATA = os.path.join(ROOT, "data")
WORK = tempfile.mkdtemp(prefix="liverkg-save-")
KG_FILES = ["edges.tsv", "nodes.tsv", "ontology_terms.tsv", "references.tsv", "schema.tsv"]
SIGNED = ("PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'acute liver failure'}) "
          "MAX 5 HOPS SIGN - LIMIT 50")


def lv(*args, **kw):
    return run(BIN, list(args), **kw)


def tmp(name):
    return os.path.join(WORK, name)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def tsv_files(directory):
    return sorted(n for n in os.listdir(directory) if n.endswith(".tsv"))


def leftovers(parent):
    """Temporary or old directories and files a write left beside its target."""
    return [n for n in os.listdir(parent) if ".tmp-" in n or ".old-" in n]


def saved_copy(name):
    """The bundled graph saved by --export tsv (made once, reused)."""
    path = tmp(name)
    if not os.path.isdir(path):
        rc, out, err = lv("--export", "tsv", path)
        expect(rc == 0, err)
    return path


@case
def save_load_save_of_data_is_byte_identical():
    first = saved_copy("first")
    expect(tsv_files(first) == KG_FILES, tsv_files(first))
    second = tmp("second")
    rc, out, err = lv("--empty", "--load", first, "--export", "tsv", second)
    expect(rc == 0, err)
    expect(tsv_files(second) == KG_FILES, tsv_files(second))
    for name in KG_FILES:
        expect(filecmp.cmp(os.path.join(first, name), os.path.join(second, name), shallow=False),
               "%s differs after save -> load -> save" % name)
    # The shell's :save writes the same bytes as --export tsv.
    third = tmp("third dir")
    rc, out, err = lv("--empty", "--load", second, "-c", ':save "%s"' % third)
    expect(rc == 0, err)
    for name in KG_FILES:
        expect(filecmp.cmp(os.path.join(first, name), os.path.join(third, name), shallow=False), name)


@case
def saved_copy_passes_check_and_keeps_what_data_has():
    copy = saved_copy("first")
    rc, out, err = lv("--check", copy)
    expect(rc == 0 and out.rstrip().endswith(copy + ": ok") or (copy + ": ok,") in out, out + err)
    # The same graph: counts of nodes by label and of relationships by type.
    query = ("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l UNION ALL "
             "MATCH ()-[r]->() RETURN type(r) AS l, count(*) AS c ORDER BY l")
    rc, original, err = lv("--format", "json", "-c", query)
    expect(rc == 0, err)
    rc, reloaded, err = lv("--empty", "--load", copy, "--format", "json", "-c", query)
    expect(rc == 0, err)
    expect(json.loads(original)["rows"] == json.loads(reloaded)["rows"])
    # Schema and references are their own files, as in data/; Reference nodes are not in nodes.tsv.
    expect("\tReference\t" not in read(os.path.join(copy, "nodes.tsv")))
    expect(read(os.path.join(copy, "schema.tsv")).splitlines()[0] == "type\tsign\tfrom\tto\tmeaning")
    expect(read(os.path.join(copy, "references.tsv")).startswith("ref:int\t"))


@case
def signed_paths_give_the_same_rows_on_the_reloaded_copy():
    copy = saved_copy("first")
    rc, original, err = lv("--format", "json", "-c", SIGNED)
    expect(rc == 0, err)
    rc, reloaded, err = lv("--empty", "--load", copy, "--format", "json", "-c", SIGNED)
    expect(rc == 0, err)
    rows = json.loads(original)["rows"]
    expect(len(rows) > 0, "the query finds no signed path on data/")
    expect(json.loads(reloaded)["rows"] == rows)


@case
def a_save_from_a_database_keeps_the_signs():
    db, out_dir = tmp("db"), tmp("from-db")
    rc, out, err = lv("--db", db, "--load", DATA, "-c", "RETURN 1")
    expect(rc == 0, err)
    rc, out, err = lv("--db", db, "--export", "tsv", out_dir)
    expect(rc == 0, err)
    types = sorted(line.split("\t")[0] for line in read(os.path.join(out_dir, "schema.tsv")).splitlines()[1:])
    expected = sorted(line.split("\t")[0] for line in read(os.path.join(DATA, "schema.tsv")).splitlines()[1:])
    expect(types == expected, (types, expected))
    rc, original, err = lv("--format", "json", "-c", SIGNED)
    expect(rc == 0, err)
    rc, reloaded, err = lv("--empty", "--load", out_dir, "--format", "json", "-c", SIGNED)
    expect(rc == 0, err)
    expect(json.loads(reloaded)["rows"] == json.loads(original)["rows"])


@case
def a_save_from_a_database_writes_what_a_save_from_memory_writes():
    # The database keeps schema.tsv (signs, ends, meanings) and ontology_terms.tsv beside the
    # graph in its checkpoint, so a save from --db equals one from memory, across a reopen.
    db, from_db = tmp("db-all"), tmp("from-db-all")
    rc, out, err = lv("--db", db, "--load", DATA, "-c", "RETURN 1")
    expect(rc == 0, err)
    rc, out, err = lv("--db", db, "-c", "CREATE (:Note {id: 'note:1'})")   # a logged commit between
    expect(rc == 0, err)
    rc, out, err = lv("--db", db, "-c", "MATCH (n:Note) DELETE n")
    expect(rc == 0, err)
    rc, out, err = lv("--db", db, "--export", "tsv", from_db)
    expect(rc == 0, err)
    first = saved_copy("first")
    expect(tsv_files(from_db) == KG_FILES, tsv_files(from_db))
    for name in KG_FILES:
        expect(filecmp.cmp(os.path.join(first, name), os.path.join(from_db, name), shallow=False),
               "%s differs between a save from --db and one from memory" % name)
    rc, out, err = lv("--check", from_db)
    expect(rc == 0, out + err)
    # :save in a --db shell session writes the same, and so does a save after a CHECKPOINT.
    shell_save = tmp("from-db-shell")
    rc, out, err = lv("--db", db, "-c", "CHECKPOINT")
    expect(rc == 0, err)
    rc, out, err = lv("--db", db, "-c", ':save "%s"' % shell_save)
    expect(rc == 0, err)
    for name in KG_FILES:
        expect(filecmp.cmp(os.path.join(first, name), os.path.join(shell_save, name), shallow=False), name)


TYPED = ("CREATE (a:T {id: 't1', i: 7, f: 1.5, whole: 2.0, b: true, s: 'text', il: [1, 2], fl: [0.5], "
         "bl: [true, false], sl: ['x', 'y'], d: date('2020-01-02'), dt: datetime('2020-01-02T03:04:05Z'), "
         "lt: localtime('12:30'), du: duration('P1DT2H'), dl: [date('2021-03-04')], `a:b`: 3})"
         "-[:R {w: 0.25, n: 3, ok: false, tags: ['p']}]->(:T {id: 't2', i: -1})")
READ_BACK = ("MATCH (a:T {id: 't1'})-[r:R]->(b) RETURN a.i, a.f, a.whole, a.b, a.s, a.il, a.fl, a.bl, a.sl, "
             "a.d, a.dt, a.lt, a.du, a.dl, a.`a:b`, r.w, r.n, r.ok, r.tags, b.i")


@case
def every_property_type_round_trips_with_its_type():
    out_dir = tmp("typed")
    rc, before, err = lv("--empty", "--format", "json", "-c", TYPED + ";\n:save %s\n%s" % (out_dir, READ_BACK))
    expect(rc == 0, err)
    header = read(os.path.join(out_dir, "nodes.tsv")).splitlines()[0].split("\t")
    for column in ["i:int", "f:float", "whole:float", "b:boolean", "s", "il:int[]", "fl:float[]",
                   "bl:boolean[]", "sl:string[]", "d:date", "dt:datetime", "lt:localtime", "du:duration",
                   "dl:date[]", "a:b:int"]:
        expect(column in header, "%s not in %s" % (column, header))
    edge_header = read(os.path.join(out_dir, "edges.tsv")).splitlines()[0].split("\t")
    for column in ["w:float", "n:int", "ok:boolean", "tags:string[]"]:
        expect(column in edge_header, "%s not in %s" % (column, edge_header))
    rc, after, err = lv("--empty", "--load", out_dir, "--format", "json", "-c", READ_BACK)
    expect(rc == 0, err)
    rows_before = [json.loads(line) for line in before.splitlines() if line.startswith("{")][-1]["rows"]
    expect(json.loads(after)["rows"] == rows_before, "%s\n!=\n%s" % (after, rows_before))
    expect(rows_before[0][2] == 2.0 and isinstance(rows_before[0][2], float), rows_before)


@case
def a_failed_export_leaves_the_old_files():
    # A file size limit makes the write fail part way, as a full disk would.
    old = tmp("old-save")
    rc, out, err = lv("--empty", "-c", "CREATE (:M {id: 'm'});\n:save %s" % old)
    expect(rc == 0, err)
    before = {n: read(os.path.join(old, n)) for n in os.listdir(old)}
    limited = "trap '' XFSZ; ulimit -f 4; exec \"$0\" \"$@\""
    p = subprocess.run(["bash", "-c", limited, BIN, "--export", "tsv", old], capture_output=True, text=True)
    expect(p.returncode == 1 and "File too large" in p.stderr, p.stderr)
    expect({n: read(os.path.join(old, n)) for n in os.listdir(old)} == before)
    expect(leftovers(WORK) == [], leftovers(WORK))
    csv_file = tmp("old.csv")
    with open(csv_file, "w") as f:
        f.write("old\n")
    p = subprocess.run(["bash", "-c", limited, BIN, "--empty", "-c", "UNWIND range(1, 5000) AS x RETURN x",
                        "--export", "csv", csv_file], capture_output=True, text=True)
    expect(p.returncode == 1 and "File too large" in p.stderr, p.stderr)
    expect(read(csv_file) == "old\n")
    expect(leftovers(WORK) == [], leftovers(WORK))
    rc, out, err = lv("--empty", "-c", "RETURN 1 AS x", "--export", "csv", "/dev/full")
    expect(rc == 1 and "cannot write /dev/full: No space left on device" in err, err)


def generation_of(directory):
    """The `gen` of node 'a' in nodes.tsv and of the one R relationship in edges.tsv, and the
    number of filler nodes: one save's files agree on all three."""
    def rows(name):
        lines = read(os.path.join(directory, name)).split("\n")
        expect(lines[-1] == "", "%s does not end with a line end (torn)" % name)
        header = lines[0].split("\t")
        return [dict(zip(header, line.split("\t"))) for line in lines[1:-1]]
    nodes, edges = rows("nodes.tsv"), rows("edges.tsv")
    node_gen = [n["gen:int"] for n in nodes if n["id"] == "a"]
    edge_gen = [e["gen:int"] for e in edges if e["predicate"] == "R"]
    return node_gen, edge_gen, sum(1 for n in nodes if n["category"] == "M")


@case
def a_save_killed_at_any_moment_leaves_the_old_save_or_the_new_one():
    # One process saves again and again, bumping a generation in nodes and edges between saves;
    # SIGKILL at random moments (fixed seed) must never leave nodes of one save with edges of
    # another, nor a torn file. (The previous :save renamed nodes.tsv and edges.tsv one by one.)
    import random
    import time
    target = tmp("killed")
    script = tmp("saves.cypher")
    with open(script, "w") as f:
        f.write("CREATE (:N {id: 'a', gen: 0})-[:R {gen: 0}]->(:N {id: 'b', gen: 0});\n"
                "UNWIND range(1, 20000) AS i CREATE (:M {id: 'm' + toString(i), pad: 'filler text'});\n")
        for _ in range(400):
            f.write("MATCH (n:N) SET n.gen = n.gen + 1;\nMATCH ()-[r:R]->() SET r.gen = r.gen + 1;\n:save %s\n" % target)
    rng = random.Random(20261205)
    kills = seen = 0
    for _ in range(40):
        p = subprocess.Popen([BIN, "--empty", "-f", script], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.3, 1.5))
        if p.poll() is None:
            p.kill()
            kills += 1
        p.wait()
        if os.path.isdir(target):
            node_gen, edge_gen, fillers = generation_of(target)
            expect(node_gen == edge_gen and len(node_gen) == 1 and fillers == 20000,
                   (node_gen, edge_gen, fillers))
            seen += 1
    print("  %d kills, the target checked after %d of them" % (kills, seen))
    expect(kills >= 30 and seen >= 20, (kills, seen))
    # The temporaries of the killed processes are gone after the next save.
    rc, out, err = lv("--empty", "-c", "CREATE (:N {id: 'a', gen: 1})-[:R {gen: 1}]->(:N {id: 'b'});\n:save %s" % target)
    expect(rc == 0, err)
    expect(leftovers(WORK) == [], leftovers(WORK))


@case
def saving_over_a_save_keeps_other_files_and_drops_stale_tables():
    target = tmp("over")
    rc, out, err = lv("--export", "tsv", target)
    expect(rc == 0, err)
    with open(os.path.join(target, "README.md"), "w") as f:
        f.write("notes\n")
    rc, out, err = lv("--empty", "-c", "CREATE (:M {id: 'm'});\n:save %s" % target)
    expect(rc == 0, err)
    expect(sorted(os.listdir(target)) == ["README.md", "edges.tsv", "nodes.tsv"], os.listdir(target))
    expect(read(os.path.join(target, "README.md")) == "notes\n")
    expect(leftovers(WORK) == [], leftovers(WORK))


def as_nobody(args, limit_kb=None):
    """Runs liverkg as the unprivileged user `nobody` (the tests run as root, whom no
    permission stops), optionally under a file size limit."""
    shell = "trap '' XFSZ; %sexec \"$0\" \"$@\"" % ("ulimit -f %d; " % limit_kb if limit_kb else "")
    return subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "bash", "-c", shell,
                           BIN] + args, capture_output=True, text=True)


@case
def a_save_into_a_directory_whose_parent_is_not_writable():
    if os.getuid() != 0 or not shutil.which("setpriv"):
        print("  skipped: needs root and setpriv to act as another user")
        return
    os.chmod(WORK, 0o755)
    parent = tmp("locked")
    os.makedirs(parent, mode=0o755)
    target = os.path.join(parent, "kg")
    rc, out, err = lv("--empty", "-c", "CREATE (:M {id: 'old'})-[:R]->(:M {id: 'o2'});\n:save %s" % target)
    expect(rc == 0, err)
    with open(os.path.join(target, "README.md"), "w") as f:
        f.write("notes\n")
    subprocess.run(["chown", "-R", "65534:65534", target], check=True)
    before = {n: read(os.path.join(target, n)) for n in os.listdir(target)}
    # A failing save (file size limit) leaves every old file and nothing else.
    p = as_nobody(["--empty", "-c", "UNWIND range(1, 5000) AS i CREATE (:M {id: 'n' + toString(i)});\n:save %s" % target],
                  limit_kb=4)
    expect(p.returncode == 1 and "File too large" in p.stderr, p.stderr)
    expect({n: read(os.path.join(target, n)) for n in os.listdir(target)} == before, os.listdir(target))
    # A good one replaces the files inside DIR, keeps the README and leaves no marker.
    p = as_nobody(["--empty", "-c", "CREATE (:M {id: 'new'});\n:save %s" % target])
    expect(p.returncode == 0, p.stderr)
    expect(sorted(os.listdir(target)) == ["README.md", "edges.tsv", "nodes.tsv"], os.listdir(target))
    expect("new" in read(os.path.join(target, "nodes.tsv")) and "old" not in read(os.path.join(target, "nodes.tsv")))
    expect(os.listdir(parent) == ["kg"], os.listdir(parent))
    # The marker an interrupted in-place save leaves makes the load and --check refuse the directory.
    marker = os.path.join(target, ".liverkg-save-in-progress")
    open(marker, "w").close()
    rc, out, err = lv("--empty", "--load", target, "-c", "RETURN 1")
    expect(rc == 2 and marker + ":0: a save into this directory did not finish" in err, err)
    rc, out, err = lv("--check", target)
    expect(rc == 1 and "did not finish" in err, err)


@case
def quoted_paths_in_save_and_export():
    target = tmp("my figure.csv")
    rc, out, err = lv("--empty", "-c", ':export csv "%s" RETURN 1 AS one' % target)
    expect(rc == 0, err)
    expect(read(target) == "one\n1\n", read(target))
    single = tmp("it's.csv")
    rc, out, err = lv("--empty", "-c", ":export csv '%s' RETURN 2 AS two" % single.replace("'", "\\'"))
    expect(rc == 0, err)
    expect(read(single) == "two\n2\n")
    rc, out, err = lv("--empty", "-c", ':export csv "%s RETURN 1' % tmp("unclosed"))
    expect(rc == 1 and "no closing quote" in err, err)
    spaced = tmp("copy with space")
    if not os.path.isdir(spaced):
        shutil.copytree(saved_copy("first"), spaced)
    rc, out, err = lv("--empty", "--format", "csv", "-c", ':load "%s"\nMATCH (n) RETURN count(n) AS n' % spaced)
    expect(rc == 0 and out.endswith("\nn\n339\n"), out + err)
    rc, out, err = lv("--empty", "-c", ':save "%s" extra' % tmp("x"))
    expect(rc == 1 and "Usage: :save DIR" in err, err)
    if shutil.which("dot"):
        svg = tmp("my figure.svg")
        rc, out, err = lv("-c", ':export svg "%s" MATCH p = (:CellType {name: \'MSC\'})-[]->() RETURN p LIMIT 2' % svg)
        expect(rc == 0, err)
        expect(read(svg).lstrip().startswith("<?xml"), read(svg)[:80])
        expect(leftovers(WORK) == [], leftovers(WORK))


def kg_with(name, nodes=None, edges="subject\tpredicate\tobject\n"):
    d = tmp(name)
    os.makedirs(d)
    if nodes is not None:
        with open(os.path.join(d, "nodes.tsv"), "w") as f:
            f.write(nodes)
    if edges is not None:
        with open(os.path.join(d, "edges.tsv"), "w") as f:
            f.write(edges)
    return d


@case
def the_loader_refuses_files_that_are_not_regular():
    d = kg_with("dir-nodes")
    os.makedirs(os.path.join(d, "nodes.tsv"))
    rc, out, err = lv("--empty", "--load", d, "-c", "RETURN 1")
    expect(rc == 2 and "nodes.tsv:0: cannot read: it is a directory, not a regular file" in err, err)
    d = kg_with("fifo-nodes")
    os.mkfifo(os.path.join(d, "nodes.tsv"))
    rc, out, err = lv("--empty", "--load", d, "-c", "RETURN 1", timeout=20)
    expect(rc == 2 and "nodes.tsv:0: cannot read: it is a FIFO, not a regular file" in err, err)
    d = kg_with("zero-edges", "id\tcategory\na\tX\n", None)
    os.symlink("/dev/zero", os.path.join(d, "edges.tsv"))
    rc, out, err = lv("--empty", "--load", d, "-c", "RETURN 1", timeout=20)
    expect(rc == 2 and "edges.tsv:0: cannot read: it is a character device, not a regular file" in err, err)
    d = kg_with("fifo-schema", "id\tcategory\na\tX\n")
    os.mkfifo(os.path.join(d, "references.tsv"))
    rc, out, err = lv("--empty", "--load", d, "-c", "RETURN 1", timeout=20)
    expect(rc == 2 and "references.tsv:0: cannot read: it is a FIFO" in err, err)


@case
def cr_only_line_ends_are_named():
    d = kg_with("cr-only", "id\tcategory\tname\ra\tX\tfirst\rb\tX\tsecond\r")
    rc, out, err = lv("--empty", "--load", d, "-c", "RETURN 1")
    expect(rc == 2 and "nodes.tsv:1: the lines end with CR alone" in err, err)


@case
def messages_escape_bytes_that_are_not_printable():
    p = subprocess.run([BIN, "--empty", "--load", tmp("no\x1b[31mred"), "-c", "RETURN 1"], capture_output=True)
    expect(p.returncode == 2 and b"no\\x1b[31mred" in p.stderr and b"\x1b" not in p.stderr, p.stderr)
    d = kg_with("binary-header")
    with open(os.path.join(d, "nodes.tsv"), "wb") as f:
        f.write(b"id\tcategory\tx\xff\x01\tx\xff\x01\na\tX\t1\t2\n")
    p = subprocess.run([BIN, "--empty", "--load", d, "-c", "RETURN 1"], capture_output=True)
    expect(p.returncode == 2 and b"x\\xff\\x01" in p.stderr and b"\xff" not in p.stderr, p.stderr)


@case
def a_missing_directory_names_the_save_an_interruption_left():
    os.makedirs(tmp(".gone.old-1-ab"))
    rc, out, err = lv("--empty", "--load", tmp("gone"), "-c", "RETURN 1")
    expect(rc == 2 and "an interrupted save left the previous one in " + tmp(".gone.old-1-ab") in err, err)
    shutil.rmtree(tmp(".gone.old-1-ab"))


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)

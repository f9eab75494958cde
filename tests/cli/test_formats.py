#!/usr/bin/env python3
"""The format registry seen from the command line: --export FORMAT PATH for a result and for the
whole graph, its --export-dot alias, --help's format list, and --load choosing a reader.
Usage: test_formats.py path/to/liverkg [case ...]"""
import csv
import json
import os
import sys
import tempfile

from clitest import FIXTURES, case, expect, main, run

BIN = sys.argv[1]
TINY = os.path.join(FIXTURES, "tiny")
WORK = tempfile.mkdtemp(prefix="liverkg-formats-")


def lv(*args, **kw):
    return run(BIN, list(args), **kw)


def tmp(name):
    return os.path.join(WORK, name)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


@case
def help_lists_every_format_with_its_modes():
    rc, out, err = lv("--help")
    expect(rc == 0, err)
    expect("--export FORMAT PATH" in out and "--export-dot FILE" in out, out)
    listing = out.split("Formats (")[1]
    for name, modes in (("tsv", "read/write"), ("csv", "write"), ("dot", "write"), ("pdf", "write")):
        expect(any(l.split()[:2] == [name, modes] for l in listing.splitlines() if l.strip()),
               (name, listing))


@case
def export_writes_the_last_result():
    path = tmp("r.csv")
    rc, out, err = lv("--load", TINY, "-c",
                      "MATCH (n) RETURN 1 AS x; MATCH (c:CellType) RETURN c.name AS name ORDER BY name",
                      "--export", "csv", path, "--format", "csv")
    expect(rc == 0, err)
    rows = list(csv.reader(open(path, encoding="utf-8")))
    expect(rows[0] == ["name"] and len(rows) > 1, rows)
    # The file holds exactly what the csv output mode printed for the last statement.
    expect(out.endswith(read(path)), (out, read(path)))


@case
def export_alone_writes_the_whole_graph():
    rc, out, err = lv("--load", TINY, "-c", "MATCH (n) RETURN count(n) AS n", "--format", "csv")
    nodes = int(out.split()[-1])
    path = tmp("whole")
    rc, out, err = lv("--load", TINY, "--export", "tsv", path)
    expect(rc == 0 and out == "", (rc, out, err))
    lines = read(os.path.join(path, "nodes.tsv")).splitlines()
    expect(len(lines) == nodes + 1, (len(lines), nodes))
    # The written directory loads back with --load to the same counts.
    rc, out, err = lv("--load", path, "-c", "MATCH (n) RETURN count(n) AS n", "--format", "csv")
    expect(rc == 0 and int(out.split()[-1]) == nodes, (out, err))


@case
def several_exports_and_the_dot_alias():
    a, b, c = tmp("a.json"), tmp("b.dot"), tmp("c.dot")
    rc, out, err = lv("--load", TINY, "-c", "MATCH (n:CellType) RETURN n LIMIT 1",
                      "--export", "json", a, "--export", "dot", b, "--export-dot", c)
    expect(rc == 0, err)
    expect(len(json.loads(read(a))["rows"]) == 1, read(a))
    expect(read(b).startswith("digraph") and read(b) == read(c), read(b))


@case
def bad_exports_are_usage_errors():
    for args in (["--export", "xml", tmp("x")], ["--export", "csv"], ["--export", "csv", tmp("x.csv")]):
        rc, out, err = lv("--empty", *args)
        expect(rc == 2 and err.startswith("liverkg: "), (args, rc, err))
    rc, out, err = lv("--empty", "--export", "xml", tmp("x"))
    expect("tsv|csv|json|dot" in err, err)


@case
def unwritable_export_is_reported():
    rc, out, err = lv("--empty", "-c", "RETURN 1 AS x", "--export", "csv", tmp("no/such/x.csv"))
    expect(rc == 1 and "cannot write" in err and "no/such/x.csv" in err, (rc, err))


@case
def load_of_an_unknown_file_names_the_readable_kinds():
    path = tmp("notes.xyz")
    open(path, "w").write("hello\n")
    rc, out, err = lv("--load", path, "-c", "RETURN 1")
    expect(rc == 2 and err.startswith(path + ":0: cannot load: not a directory of nodes.tsv"), err)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The format registry seen from the command line: --export FORMAT PATH for a result and for the
whole graph, its --export-dot alias, --help's format list, and --load choosing a reader.
Usage: test_formats.py path/to/liverkg [case ...]"""
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading

from clitest import FIXTURES, case, expect, main, run

BIN = sys.argv[1]
TINY = os.path.join(FIXTURES, "tiny")
INTERCHANGE = os.path.join(os.path.dirname(FIXTURES), "..", "fixtures", "interchange")
HEPG2 = os.path.join(INTERCHANGE, "hepg2_il6_pkn.sif")
ADMSC_TO_BCL2L1 = ("PATHS FROM (c:CellType {name: 'AD-MSC'}) TO (m {name: 'BCL2L1'}) "
                   "MAX 5 HOPS SIGN - LIMIT 5")
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


def json_rows(out):
    return json.loads(out)["rows"]


@case
def signed_paths_run_from_the_curated_graph_into_a_merged_sif_network():
    rc, out, err = lv("--load", HEPG2, "-c", ADMSC_TO_BCL2L1, "--format", "json")
    expect(rc == 0, err)
    # IL6 of the SIF file is the curated IL-6 (by alias), so the curated chain continues into it.
    expect("merged 2 of 8 nodes into the graph (2 by alias); created 6 nodes and 8 relationships" in err, err)
    result = json.loads(out)
    col = {name: i for i, name in enumerate(result["columns"])}
    chains = [(r[col["chain"]], r[col["sign"]], r[col["hops"]]) for r in result["rows"]]
    expect(("AD-MSC -[DOWNREGULATES]-> IL-6 -[ACTIVATES]-> IL6R -[ACTIVATES]-> JAK1 "
            "-[ACTIVATES]-> STAT3 -[ACTIVATES]-> BCL2L1", "-", 5) in chains, chains)
    # Without merging, the SIF's IL6 is a node of its own and no chain crosses over.
    rc, out, err = lv("--merge-on", "none", "--load", HEPG2, "-c", ADMSC_TO_BCL2L1, "--format", "json")
    expect(rc == 0 and json_rows(out) == [], (out, err))


@case
def sif_label_and_merge_flags():
    rc, out, err = lv("--empty", "--sif-label", "Protein", "--load", HEPG2, "-c",
                      "MATCH (n:Protein) RETURN count(n) AS n", "--format", "csv")
    expect(rc == 0 and out.split()[-1] == "8", (out, err))
    rc, out, err = lv("--merge-on", "id,nickname", "-c", "RETURN 1")
    expect(rc == 2 and "--merge-on: unknown way 'nickname'" in err, err)
    rc, out, err = lv("--help")
    for flag in ("--sif-label LABEL", "--sif-mapping FILE", "--merge-on WAYS"):
        expect(flag in out, flag)
    expect(any(l.split()[:2] == ["sif", "read/write"] for l in out.splitlines()), out)


@case
def a_bad_sif_line_fails_the_load_with_its_line():
    path = tmp("bad.sif")
    open(path, "w").write("A 1 B\nC\n")
    rc, out, err = lv("--load", path, "-c", "RETURN 1")
    expect(rc == 2 and err.startswith(path + ":2: expected `source interaction target...`"), err)


def stream_into_fifo(path, head, filler, total, tail):
    """Writes head, then filler repeated up to `total` bytes, then tail into the FIFO `path`."""
    def writer():
        with open(path, "wb") as f:
            f.write(head)
            written = len(head)
            while written < total:
                f.write(filler)
                written += len(filler)
            f.write(tail)
    t = threading.Thread(target=writer)
    t.start()
    return t


def peak_rss_mb_of(args):
    """Runs liverkg in a child of its own and returns (rc, out, err, peak RSS in MB)."""
    probe = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
             "sys.stdout.write(p.stdout); sys.stderr.write(p.stderr); sys.exit(p.returncode)")
    p = subprocess.run([sys.executable, "-c", probe, BIN] + args, capture_output=True, text=True, timeout=600)
    first, _, rest = p.stdout.partition("\n")
    return p.returncode, rest, p.stderr, int(first) / 1024


@case
def a_two_gigabyte_sif_is_streamed_in_bounded_memory():
    path = tmp("big.sif")
    os.mkfifo(path)
    comment = b"# " + b"padding of a very large network export " * 26 + b"\n"
    filler = (comment * 1000) + b"IL6 1 JAK1\n"
    t = stream_into_fifo(path, b"IL6 1 IL6R\n", filler, 2 * 1024 ** 3, b"JAK1 1 STAT3\n")
    rc, out, err, peak = peak_rss_mb_of(["--empty", "--load", path, "-c",
                                         "MATCH (a)-[r]->(b) RETURN count(r) AS rels", "--format", "csv"])
    t.join()
    expect(rc == 0 and out.split()[-1] == "3", (rc, out, err))
    expect(peak < 200, "peak RSS %.0f MB for a 2 GB file" % peak)


if __name__ == "__main__":
    main()

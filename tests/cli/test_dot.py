#!/usr/bin/env python3
"""Graphviz export end to end: every DOT file the binary writes (the whole bundled graph, a query
result, a PATHS result, odd names, the shell's :export) must pass `dot -Tsvg` with nothing on
stderr; :export svg|png render through dot and fail clearly without it.

Usage: test_dot.py LIVERKG [case ...]
"""
import os
import shutil
import subprocess
import sys
import tempfile

import pexpect

from clitest import case, expect, main, run

BINARY = sys.argv[1] if len(sys.argv) > 1 else "liverkg"
TMP = tempfile.mkdtemp(prefix="liverkg-dot-")
PATHS_ALF = ("PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'acute liver failure'}) "
             "VIA :Mechanism|:Pathway MAX 5 HOPS SIGN - LIMIT 100")
# Quotes, a backslash, a line break and Chinese text in ids and names.
ODD_NAMES = ("CREATE (a:Disease {id: 'dis:\"odd\"\\\\id', name: '肝癌 \"HCC\"\\nsecond line', "
             "description: 'tooltip with \"quotes\" and \\\\ backslash'})"
             "-[r:CAUSES {refs: [1, 2], evidence: 'review', note: '注释 \"note\"'}]->"
             "(b:Gene {name: 'back\\\\slash'}) RETURN a, r, b")


def tmp(name):
    return os.path.join(TMP, name)


def export(name, args):
    """Runs liverkg with --export-dot into a fresh file; returns the DOT text."""
    path = tmp(name)
    code, out, err = run(BINARY, args + ["--export-dot", path])
    expect(code == 0, "exit %d: %s" % (code, err))
    with open(path, encoding="utf-8") as f:
        return f.read()


def expect_dot_clean(path):
    """`dot -Tsvg` accepts the file with an empty stderr."""
    p = subprocess.run(["dot", "-Tsvg", path, "-o", path + ".svg"], capture_output=True, text=True)
    expect(p.returncode == 0 and p.stderr == "", "dot on %s: exit %d, stderr %r"
           % (path, p.returncode, p.stderr))
    with open(path + ".svg", encoding="utf-8") as f:
        return f.read()


def edge_lines(dot):
    return [l for l in dot.splitlines() if " -> " in l and "_legend_" not in l]


@case
def whole_bundled_graph():
    dot = export("whole.dot", [])
    expect_dot_clean(tmp("whole.dot"))
    expect(dot.startswith("digraph liverkg {"), dot[:40])
    expect("labelloc=t" in dot and "cluster_legend" not in dot)
    expect(len(edge_lines(dot)) > 500, len(edge_lines(dot)))
    expect(all("tooltip=" in l for l in edge_lines(dot)))
    expect('"cell:MSC" [label="MSC", shape=ellipse' in dot)
    expect('"mol:PGE2" -> "path:TAK1" [label="INHIBITS\\n[54]", color="#d7191c"' in dot)
    expect(dot == export("whole-again.dot", []), "two runs differ")


@case
def query_result_includes_relationship_ends():
    dot = export("query.dot", ["-c", "MATCH (:CellType {name: 'MSC'})-[r:SECRETES]->() RETURN r"])
    expect_dot_clean(tmp("query.dot"))
    expect('"cell:MSC" [label="MSC"' in dot)
    expect('"mol:PGE2" [label="PGE2", shape=box' in dot)
    expect(all(l.startswith('  "cell:MSC" -> ') for l in edge_lines(dot)), edge_lines(dot))
    expect(all('color="#1a9641"' in l for l in edge_lines(dot)), "SECRETES is +")


@case
def paths_result_is_highlighted():
    dot = export("paths.dot", ["-c", PATHS_ALF])
    svg = expect_dot_clean(tmp("paths.dot"))
    expect('"mol:PGE2" -> "path:TAK1" [label="INHIBITS\\n[54]"' in dot)
    expect(all("penwidth=2.5" in l for l in edge_lines(dot)))
    expect('"dis:ALF" [label="acute liver failure", shape=octagon' in dot and "peripheries=2" in dot)
    expect("<b>MSC \u2192 acute liver failure</b>" in dot, "the default title")
    expect('{ rank=min; "cell:MSC"; }' in dot and '{ rank=max; "dis:ALF"; }' in dot)
    expect("   net -</font>" in dot, "each path listed with its net sign")
    expect("acute liver failure" in svg)


@case
def kg_paths_result_draws_the_figure_paths_draws():
    # the procedure yields PATHS' columns, so its result is drawn as PATHS' is
    procedure = ("MATCH (c:CellType {name: 'MSC'}), (d:Disease {name: 'acute liver failure'}) "
                 "CALL kg.paths(c, d, {via: ['Mechanism', 'Pathway'], maxHops: 5, sign: '-', limit: 100}) "
                 "YIELD path, sign RETURN path, sign")
    dot = export("kg-paths.dot", ["-c", procedure])
    expect_dot_clean(tmp("kg-paths.dot"))
    expect(dot == export("paths-again.dot", ["-c", PATHS_ALF]), "kg.paths and PATHS draw differently")


@case
def title_flag_and_png_dpi_and_pdf():
    path = tmp("titled.dot")
    code, out, err = run(BINARY, ["-c", PATHS_ALF, "--title", "How MSC relieve ALF & why", "--export", "dot", path])
    expect(code == 0, err)
    expect_dot_clean(path)
    expect("<b>How MSC relieve ALF &amp; why</b>" in open(path, encoding="utf-8").read())
    sizes = {}
    for dpi in ("72", "300"):
        png = tmp("alf-%s.png" % dpi)
        code, out, err = run(BINARY, ["-c", PATHS_ALF, "--dpi", dpi, "--export", "png", png])
        expect(code == 0, err)
        with open(png, "rb") as f:
            head = f.read(24)
        expect(head[:8] == b"\x89PNG\r\n\x1a\n", head)
        sizes[dpi] = int.from_bytes(head[16:20], "big")   # IHDR width
    expect(sizes["300"] > 3 * sizes["72"], sizes)
    pdf = tmp("alf.pdf")
    code, out, err = run(BINARY, ["-c", PATHS_ALF, "--export", "pdf", pdf])
    expect(code == 0 and open(pdf, "rb").read(5) == b"%PDF-", err)
    code, out, err = run(BINARY, ["-c", "RETURN 1", "--dpi", "5", "--export", "png", tmp("x.png")])
    expect(code == 2 and "--dpi" in err, (code, err))


@case
def nothing_to_draw_is_a_clear_error():
    path = tmp("nothing.svg")
    code, out, err = run(BINARY, ["-c", "MATCH (c:CellType) RETURN c.name AS name LIMIT 2", "--export", "svg", path])
    expect(code == 1 and "nothing to draw" in err and not os.path.exists(path), (code, err))


@case
def odd_names_are_escaped():
    dot = export("odd.dot", ["--empty", "-c", ODD_NAMES])
    svg = expect_dot_clean(tmp("odd.dot"))
    expect('"dis:\\"odd\\"\\\\id" [label="肝癌 \\"HCC\\"\\nsecond line"' in dot, dot)
    expect("肝癌" in svg and "注释" in svg)


@case
def failed_statement_writes_nothing():
    path = tmp("failed.dot")
    code, out, err = run(BINARY, ["-c", "MATCH (n) RETURN m", "--export-dot", path])
    expect(code == 1 and not os.path.exists(path), (code, err))


@case
def unwritable_file_is_reported():
    code, out, err = run(BINARY, ["-c", "RETURN 1", "--export-dot", tmp("no/such/dir.dot")])
    expect(code == 1 and "cannot write" in err, (code, err))


@case
def help_documents_the_flag():
    code, out, err = run(BINARY, ["--help"])
    expect(code == 0 and "--export-dot FILE" in out, out)


def shell(path_env=None):
    env = dict(os.environ, NO_COLOR="1", TERM="dumb", INPUTRC="/dev/null")
    env.pop("LIVERKG_DATA", None)
    if path_env is not None:
        env["PATH"] = path_env
    c = pexpect.spawn(BINARY, ["--no-history"], env=env, encoding="utf-8", timeout=30,
                      dimensions=(40, 200))
    c.expect("liverkg> ")
    return c


def command(c, line, reply):
    c.send(line + "\r")
    c.expect(reply)
    c.expect("liverkg> ")


@case
def shell_exports_dot_svg_and_png():
    c = shell()
    command(c, ":export dot %s %s" % (tmp("shell.dot"), PATHS_ALF), "Exported")
    command(c, "MATCH (d:Disease {name: 'autoimmune hepatitis'}) RETURN d;", "1 row")
    command(c, ":export dot %s" % tmp("last.dot"), "Exported 1 rows")
    command(c, ":export svg %s %s" % (tmp("shell.svg"), PATHS_ALF), "Exported")
    command(c, ":export png %s %s" % (tmp("shell.png"), PATHS_ALF), "Exported")
    command(c, ":export svg %s MATCH (n:CellType {name: 'MSC'}) RETURN n" % tmp("no/such/dir.svg"),
            "cannot write")
    command(c, ":export svg %s RETURN 1" % tmp("one.svg"), "nothing to draw")
    command(c, ":export png %s --title 'MSC in ALF' --dpi 150 %s" % (tmp("opts.png"), PATHS_ALF), "Exported")
    command(c, ":export png %s --dpi lots RETURN 1" % tmp("bad.png"), "--dpi takes a number")
    c.sendeof()
    c.expect(pexpect.EOF)
    expect_dot_clean(tmp("shell.dot"))
    expect_dot_clean(tmp("last.dot"))
    with open(tmp("last.dot"), encoding="utf-8") as f:
        expect('"dis:AIH" [label="autoimmune hepatitis"' in f.read())
    with open(tmp("shell.svg"), encoding="utf-8") as f:
        expect("<svg" in f.read())
    with open(tmp("shell.png"), "rb") as f:
        expect(f.read(8) == b"\x89PNG\r\n\x1a\n")


@case
def shell_svg_without_dot_on_path():
    empty = tmp("empty-bin")
    os.makedirs(empty, exist_ok=True)
    c = shell(path_env=empty)
    command(c, ":export svg %s MATCH (n:CellType {name: 'MSC'}) RETURN n" % tmp("nodot.svg"),
            "`dot` was not found on PATH")
    c.sendeof()
    c.expect(pexpect.EOF)
    expect(not os.path.exists(tmp("nodot.svg")))


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)

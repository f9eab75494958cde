#!/usr/bin/env python3
"""Interchange through the binary and other tools: GraphML written by liverkg read by NetworkX and
igraph with the same node, edge and attribute counts and types; GraphML written by NetworkX loaded
by liverkg; :export graphml of a statement's result.
Usage: test_interchange.py path/to/liverkg [case ...]"""
import csv
import json
import math
import os
import subprocess
import sys
import tempfile
import threading

import igraph
import networkx as nx

from clitest import FIXTURES, case, expect, main, run

BIN = sys.argv[1]
WORK = tempfile.mkdtemp(prefix="liverkg-interchange-")
INTERCHANGE = os.path.join(os.path.dirname(FIXTURES), "..", "fixtures", "interchange")
PKN_FILES = ("liver_toy_pkn.sif", "liver_cytokine_pkn.sif", "hepg2_il6_pkn.sif", "hepatocyte_extended_pkn.sif")
EDGES = "MATCH (a)-[r]->(b) RETURN a.name, type(r), b.name ORDER BY a.name, type(r), b.name"


def lv(*args, **kw):
    return run(BIN, list(args), **kw)


def tmp(name):
    return os.path.join(WORK, name)


def rows(*args):
    rc, out, err = lv(*args, "--format", "json")
    expect(rc == 0, err)
    return json.loads(out)["rows"]


def kind(value):
    """The Python type a GraphML reader should give a liverkg value (lists travel as JSON text)."""
    return str if isinstance(value, (list, str)) else type(value)


def liverkg_attributes(entities):
    """{name: (count, type)} over the properties of nodes or relationships, as liverkg holds them."""
    seen = {}
    for props in entities:
        for k, v in props.items():
            count, kinds = seen.get(k, (0, set()))
            seen[k] = (count + 1, kinds | {kind(v)})
    return {k: (n, kinds.pop() if len(kinds) == 1 else str) for k, (n, kinds) in seen.items()}


def graph_of_liverkg(*load):
    nodes = rows(*load, "-c", "MATCH (n) RETURN n ORDER BY id(n)")
    rels = rows(*load, "-c", "MATCH ()-[r]->() RETURN r ORDER BY id(r)")
    node_props = [n[0]["properties"] for n in nodes]
    labelled = sum(1 for n in nodes if n[0]["labels"])
    return {"nodes": len(nodes), "rels": len(rels),
            "node_attrs": dict(liverkg_attributes(node_props), labels=(labelled, str)),
            "edge_attrs": dict(liverkg_attributes(r[0]["properties"] for r in rels), type=(len(rels), str))}


def networkx_attributes(items):
    seen = {}
    for data in items:
        for k, v in data.items():
            count, kinds = seen.get(k, (0, set()))
            seen[k] = (count + 1, kinds | {type(v)})
    return {k: (n, kinds.pop() if len(kinds) == 1 else object) for k, (n, kinds) in seen.items()}


@case
def liverkg_graphml_reads_in_networkx_with_the_same_counts_and_types():
    path = tmp("kg.graphml")
    rc, out, err = lv("--export", "graphml", path)
    expect(rc == 0, err)
    want = graph_of_liverkg()
    g = nx.read_graphml(path)
    expect(isinstance(g, nx.MultiDiGraph) or g.number_of_edges() == want["rels"], type(g))
    expect(g.number_of_nodes() == want["nodes"], (g.number_of_nodes(), want["nodes"]))
    expect(g.number_of_edges() == want["rels"], (g.number_of_edges(), want["rels"]))
    got_nodes = networkx_attributes(d for _, d in g.nodes(data=True))
    got_edges = networkx_attributes(d for _, _, d in g.edges(data=True))
    expect(got_nodes == want["node_attrs"], (got_nodes, want["node_attrs"]))
    expect(got_edges == want["edge_attrs"], (got_edges, want["edge_attrs"]))
    # Lists are JSON text: aliases of a node come back as the list liverkg holds.
    il6 = rows("-c", "MATCH (m:Molecule {name: 'IL-6'}) RETURN m.id, m.aliases")[0]
    expect(json.loads(g.nodes[il6[0]]["aliases"]) == il6[1], g.nodes[il6[0]])


def igraph_present(value):
    return value is not None and not (isinstance(value, float) and math.isnan(value))


@case
def liverkg_graphml_reads_in_igraph_with_the_same_counts_and_types():
    path = tmp("kg-igraph.graphml")
    rc, out, err = lv("--export", "graphml", path)
    expect(rc == 0, err)
    want = graph_of_liverkg()
    g = igraph.Graph.Read_GraphML(path)
    expect(g.vcount() == want["nodes"] and g.ecount() == want["rels"], (g.vcount(), g.ecount(), want))
    expect(g.is_directed(), "directed")
    for seq, attrs in ((g.vs, want["node_attrs"]), (g.es, want["edge_attrs"])):
        names = set(seq.attributes())
        expect(set(attrs) <= names, (set(attrs) - names))
        for name, (count, kind_) in attrs.items():
            values = [v for v in seq[name] if igraph_present(v)]
            # igraph fills a missing string with "" and a missing boolean with False, and holds
            # every number as a float: present values are counted where that is decidable.
            if kind_ is str:
                expect(all(isinstance(v, str) for v in values), name)
                expect(sum(1 for v in values if v != "") == count, (name, count))
            elif kind_ is bool:
                expect(all(isinstance(v, bool) for v in values) and len(values) == len(seq), name)
            else:
                expect(all(isinstance(v, float) for v in values) and len(values) == count, (name, count, len(values)))


@case
def networkx_graphml_loads_into_liverkg():
    g = nx.MultiDiGraph()
    g.add_node("IL6", name="interleukin 6", length=212, mass=23.7, secreted=True)
    g.add_node("JAK1", name="Janus kinase 1", length=1154)
    g.add_node("STAT3", name="STAT3")
    g.add_edge("IL6", "JAK1", interaction="1", weight=0.5)
    g.add_edge("IL6", "JAK1", interaction="pp")
    g.add_edge("JAK1", "STAT3", interaction="1", weight=0.75, curated=False)
    path = tmp("networkx.graphml")
    nx.write_graphml(g, path)
    load = ("--empty", "--load", path)
    counts = rows(*load, "-c", "MATCH (n) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r)")
    expect(counts == [[3, 3]], counts)
    props = rows(*load, "-c", "MATCH (n {id: 'IL6'}) RETURN n.name, n.length, n.mass, n.secreted")
    expect(props == [["interleukin 6", 212, 23.7, True]], props)
    types = rows(*load, "-c", "MATCH ()-[r]->() RETURN type(r), r.weight, r.curated ORDER BY type(r), r.weight")
    expect(types == [["ACTIVATES", 0.5, None], ["ACTIVATES", 0.75, False], ["PP", None, None]], types)
    # Every attribute NetworkX wrote is a property with the same count.
    want = networkx_attributes(d for _, d in g.nodes(data=True))
    got = graph_of_liverkg(*load)["node_attrs"]
    got.pop("labels")
    expect(got == dict(want, id=(3, str)), (got, want))


@case
def export_of_a_statement_writes_only_its_result():
    path = tmp("result.graphml")
    script = tmp("export.cypher")
    with open(script, "w") as f:
        f.write(":export graphml %s MATCH p = (:CellType {name: 'AD-MSC'})-[]->() RETURN p\n" % path)
    rc, out, err = lv("-f", script)
    expect(rc == 0, (out, err))
    want = rows("-c", "MATCH (a:CellType {name: 'AD-MSC'})-[r]->(b) RETURN count(DISTINCT b), count(r)")[0]
    g = nx.read_graphml(path)
    expect(g.number_of_nodes() == want[0] + 1 and g.number_of_edges() == want[1], (g.number_of_nodes(), want))
    # --export after -c writes the last statement's result the same way.
    path2 = tmp("result2.graphml")
    rc, out, err = lv("-c", "MATCH p = (:CellType {name: 'AD-MSC'})-[]->() RETURN p", "--export", "graphml", path2)
    expect(rc == 0, err)
    expect(open(path2).read() == open(path).read(), "same file from :export and --export")


@case
def bad_graphml_fails_the_load_with_line_and_column():
    path = tmp("bad.graphml")
    with open(path, "w") as f:
        f.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph>\n'
                '<node id="a"/>\n<edge source="a" target="zz"/>\n</graph></graphml>\n')
    rc, out, err = lv("--load", path, "-c", "RETURN 1")
    expect(rc == 2 and err.startswith(path + ":4:1: edge to 'zz', which is not a declared <node>"), (rc, err))


@case
def sif_export_then_import_gives_the_same_edges():
    for name in PKN_FILES:
        source = os.path.join(INTERCHANGE, name)
        out = tmp("again-" + name)
        rc, _, err = lv("--empty", "--load", source, "--export", "sif", out)
        expect(rc == 0, err)
        before = rows("--empty", "--load", source, "-c", EDGES)
        after = rows("--empty", "--load", out, "-c", EDGES)
        expect(before == after and before, (name, before, after))
        # Signed interactions are written as CellNOpt writes them: 1 and -1.
        interactions = [line.split("\t")[1] for line in open(out, encoding="utf-8")]
        for sign, type_ in (("1", "ACTIVATES"), ("-1", "INHIBITS")):
            expect(interactions.count(sign) == sum(1 for r in before if r[1] == type_), (name, sign))


@case
def sif_export_of_a_signed_result_keeps_each_sign():
    out = tmp("signed.sif")
    statement = "MATCH p = (:CellType)-[:ACTIVATES|INHIBITS|UPREGULATES|DOWNREGULATES]->() RETURN p"
    rc, _, err = lv("-c", statement, "--export", "sif", out)
    expect(rc == 0, err)
    want = rows("-c", "MATCH (:CellType)-[r:ACTIVATES|INHIBITS|UPREGULATES|DOWNREGULATES]->() "
                "RETURN sum(CASE WHEN type(r) IN ['ACTIVATES', 'UPREGULATES'] THEN 1 ELSE 0 END), count(r)")[0]
    lines = [line.rstrip("\n").split("\t") for line in open(out, encoding="utf-8")]
    expect(len(lines) == want[1] and sum(1 for l in lines if l[1] == "1") == want[0], (len(lines), want))
    # Read back, + types are ACTIVATES and - types INHIBITS: PATHS multiplies the same signs.
    got = rows("--empty", "--load", out, "-c",
               "MATCH ()-[r]->() RETURN sum(CASE type(r) WHEN 'ACTIVATES' THEN 1 ELSE 0 END), count(r)")[0]
    expect(got == want, (got, want))


def canonical_graph(*load):
    """Nodes as (labels, properties) and relationships as (start id, type, end id, properties),
    sorted: what must survive a move, whatever the store numbers become."""
    nodes = rows(*load, "-c", "MATCH (n) RETURN n")
    rels = rows(*load, "-c", "MATCH (a)-[r]->(b) RETURN a.id, r, b.id")
    key = lambda x: json.dumps(x, sort_keys=True)
    return (sorted((key([sorted(n[0]["labels"]), n[0]["properties"]]) for n in nodes)),
            sorted(key([r[0], r[1]["type"], r[2], r[1]["properties"]]) for r in rels))


@case
def cypher_export_runs_back_into_an_empty_liverkg():
    path = tmp("kg.cypher")
    rc, _, err = lv("--export", "cypher", path)
    expect(rc == 0, err)
    text = open(path, encoding="utf-8").read()
    expect(text.count("UNWIND [") >= 2 and "CREATE (n" in text, text[:500])
    before = canonical_graph()
    after = canonical_graph("--empty", "--load", path)
    expect(len(after[0]) == len(before[0]) and len(after[1]) == len(before[1]),
           (len(after[0]), len(before[0]), len(after[1]), len(before[1])))
    expect(after == before, "same nodes, relationships and properties")


@case
def cypher_export_keeps_odd_names_and_values():
    setup = ("CREATE (:`odd label` {id: 'x', `a key`: 'it\\'s\\\\ a \\n line', n: -9223372036854775807 - 1, "
             "f: 1.0/0.0, l: [1, 2], d: date('2024-02-29'), b: false})-[:`has type` {w: 0.1}]->(:Plain {id: 'y'})")
    script = tmp("odd-setup.cypher")
    with open(script, "w", encoding="utf-8") as f:
        f.write(setup + ";\n")
    out = tmp("odd.cypher")
    rc, _, err = lv("--empty", "--load", script, "--export", "cypher", out)
    expect(rc == 0, err)
    expect(canonical_graph("--empty", "--load", out) == canonical_graph("--empty", "--load", script), open(out).read())


def typed(text, column_type, delimiter):
    base = column_type[:-2] if column_type.endswith("[]") else column_type
    conv = {"long": int, "double": float, "boolean": lambda s: s == "true"}.get(base, str)
    if column_type.endswith("[]"):
        return [conv(x) for x in text.split(delimiter)] if text else []
    return conv(text)


@case
def neo4j_export_writes_typed_admin_import_files():
    out = tmp("neo4j")
    rc, _, err = lv("--export", "neo4j", out)
    expect(rc == 0, err)
    script = open(os.path.join(out, "import.sh")).read()
    expect("neo4j-admin database import full" in script and os.access(os.path.join(out, "import.sh"), os.X_OK), script)
    delimiter = script.split("--array-delimiter='")[1][0]
    with open(os.path.join(out, "nodes.csv"), newline="", encoding="utf-8") as f:
        node_rows = list(csv.reader(f))
    with open(os.path.join(out, "relationships.csv"), newline="", encoding="utf-8") as f:
        rel_rows = list(csv.reader(f))
    expect(node_rows[0][:2] == [":ID", ":LABEL"] and rel_rows[0][:3] == [":START_ID", ":END_ID", ":TYPE"],
           (node_rows[0], rel_rows[0]))
    expect("refs:long[]" in rel_rows[0] and "aliases:string[]" in node_rows[0] and "significant:boolean" in rel_rows[0],
           (node_rows[0], rel_rows[0]))
    # Every value read by its typed header equals the property liverkg holds.
    def entities(table, fixed):
        header = [h.rsplit(":", 1) for h in table[0][fixed:]]
        return [({k: typed(v, t, delimiter) for (k, t), v in zip(header, r[fixed:]) if v != ""}, r[:fixed])
                for r in table[1:]]
    nodes = {n[0]["_id"]: n[0] for n in rows("-c", "MATCH (n) RETURN n")}
    expect(len(node_rows) - 1 == len(nodes), (len(node_rows), len(nodes)))
    for props, (ident, labels) in entities(node_rows, 2):
        want = nodes[int(ident)]
        expect(props == want["properties"] and sorted(labels.split(delimiter)) == sorted(want["labels"]), (props, want))
    rels = {r[0]["_id"]: r[0] for r in rows("-c", "MATCH ()-[r]->() RETURN r")}
    expect(len(rel_rows) - 1 == len(rels), (len(rel_rows), len(rels)))
    by_ends = sorted(json.dumps([r["start"], r["end"], r["type"], r["properties"]], sort_keys=True) for r in rels.values())
    got = sorted(json.dumps([int(f[0]), int(f[1]), f[2], p], sort_keys=True) for p, f in entities(rel_rows, 3))
    expect(got == by_ends, "relationships read by their headers")


def peak_rss_mb_of(args):
    """Runs liverkg in a child of its own and returns (rc, out, err, peak RSS in MB)."""
    probe = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
             "sys.stdout.write(p.stdout); sys.stderr.write(p.stderr); sys.exit(p.returncode)")
    p = subprocess.run([sys.executable, "-c", probe, BIN] + args, capture_output=True, text=True, timeout=600)
    first, _, rest = p.stdout.partition("\n")
    return p.returncode, rest, p.stderr, int(first) / 1024


@case
def a_two_gigabyte_graphml_is_streamed_in_bounded_memory():
    path = tmp("big.graphml")
    os.mkfifo(path)
    head = (b'<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
            b'<graph edgedefault="directed">\n<node id="IL6"/>\n')
    filler = b"<!-- " + b"padding of a very large network export " * 26 + b"-->\n"
    filler = filler * 1000 + b"<desc>a description between nodes</desc>\n"
    tail = b'<node id="JAK1"/>\n<edge source="IL6" target="JAK1"/>\n</graph>\n</graphml>\n'

    def writer():
        with open(path, "wb") as f:
            f.write(head)
            written = len(head)
            while written < 2 * 1024 ** 3:
                f.write(filler)
                written += len(filler)
            f.write(tail)
    t = threading.Thread(target=writer)
    t.start()
    rc, out, err, peak = peak_rss_mb_of(["--empty", "--load", path, "-c",
                                         "MATCH (a)-[r]->(b) RETURN count(r) AS rels", "--format", "csv"])
    t.join()
    expect(rc == 0 and out.split()[-1] == "1", (rc, out, err))
    expect(peak < 200, "peak RSS %.0f MB for a 2 GB file" % peak)


if __name__ == "__main__":
    main()

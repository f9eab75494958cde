#!/usr/bin/env python3
"""Interchange through the binary and other tools: GraphML written by liverkg read by NetworkX and
igraph with the same node, edge and attribute counts and types; GraphML written by NetworkX loaded
by liverkg; :export graphml of a statement's result.
Usage: test_interchange.py path/to/liverkg [case ...]"""
import json
import math
import os
import sys
import tempfile

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


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The knowledge-graph tools through the real binary: `--check` grounding and study context.
Usage: test_kg_tools.py path/to/liverkg [case ...]"""
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
from clitest import ROOT, case, expect, main, run  # noqa: E402

BIN = sys.argv[1]
KG_FIXTURES = os.path.join(ROOT, "tests", "kg", "fixtures")
SHARED = os.path.join(ROOT, "..", "shared")


def lv(*args, **kw):
    return run(BIN, list(args), **kw)


@case
def check_names_each_grounding_and_context_problem():
    d = os.path.join(KG_FIXTURES, "bad_grounding")
    rc, out, err = lv("--check", d)
    expect(rc == 1, "rc %d\n%s%s" % (rc, out, err))
    nodes, edges = os.path.join(d, "nodes.tsv"), os.path.join(d, "edges.tsv")
    for line in [
        nodes + ":5: node 'mol:IL6': xref 'NCBIGen:3569': unknown CURIE prefix 'NCBIGen' (known: CL, MONDO,",
        nodes + ":6: node 'mol:HGF': xref 'NCBIGene:99999999' is not in " + os.path.join(d, "ontology_terms.tsv"),
        "warning: " + nodes + ":3: node 'cell:hepatocyte': xref 'CL:0000057' is labelled 'fibroblast', "
        "which shares no word with the node's name or aliases",
        edges + ":3: context 'cell:hepatocyte' is CellType, not a Disease node",
        edges + ":4: context 'dis:NOPE' is not a node",
        edges + ":4: unknown ref 7 (not in references.tsv)",
        edges + ":4: column 'significant': 'maybe' is not a boolean",
    ]:
        expect(line in err, "missing %r in\n%s" % (line, err))
    expect(len(err.splitlines()) == 7, err)
    expect(out.endswith(d + ": 6 problems, 1 warning\n"), out)


@case
def check_prints_xref_coverage_per_label():
    rc, out, err = lv("--check", os.path.join(KG_FIXTURES, "bad_grounding"))
    rows = dict((m.group(1), (int(m.group(2)), int(m.group(3))))
                for m in re.finditer(r"^  (\w+) +(\d+)/(\d+) +[\d.]+ %$", out, re.M))
    # The HGF node is grounded by its first xref although its second is unknown.
    expect(rows == {"CellType": (2, 3), "Disease": (1, 1), "Molecule": (1, 2), "all": (4, 6)}, out)


@case
def bundled_data_passes_the_check():
    rc, out, err = lv("--check", os.path.join(ROOT, "data"))
    expect(rc == 0, out + err)
    expect("xref coverage" in out and "  all " in out, out)


@case
def ontology_terms_table_is_up_to_date():
    if not os.path.isdir(os.path.join(SHARED, "ontology")):
        print("skipped: no ../shared/ontology beside the repository")
        return
    p = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "ontology_terms.py"), "--check",
                        "--shared", SHARED], capture_output=True, text=True)
    expect(p.returncode == 0, p.stderr)


def json_rows(out):
    return [json.loads(line)["rows"] for line in out.splitlines() if line.startswith("{")]


@case
def references_load_as_nodes_of_the_bundled_graph():
    rc, out, err = lv("--format", "json", "-c",
                      "MATCH (r:Reference {number: 54}) RETURN r.authors, r.year;"
                      "MATCH (r:Reference) RETURN count(r), min(r.number), max(r.number);"
                      "MATCH (r:Reference)--() RETURN count(*)")
    expect(rc == 0, err)
    first, counts, rels = json_rows(out)
    expect(len(first) == 1 and first[0][1] == 2021 and first[0][0].startswith("WANG J"), first)
    with open(os.path.join(ROOT, "data", "references.tsv"), encoding="utf-8") as f:
        expect(counts == [[len(f.read().splitlines()) - 1, 0, 100]], counts)
    expect(rels == [[0]], rels)


@case
def kg_cite_turns_refs_into_citations():
    rc, out, err = lv("--format", "json", "-c",
                      "RETURN kg.cite([54, 13, 11, 100]) AS c, kg.cite(1) AS one, kg.cite([999]) AS unknown,"
                      " kg.cite(null) AS none")
    expect(rc == 0, err)
    expect(json_rows(out)[0] == [[["Wang 2021 [54]", "Am Esch 2005 [13]", "韩英 2014 [11]", "Yazdian 2025 [100]"],
                               "Cheng 2021 [1]", ["[999]"], None]], out)
    rc, out, err = lv("-c", "RETURN kg.cite('54')")
    expect(rc == 1 and "TypeError" in err and "kg.cite" in err, err)


@case
def a_bad_references_file_stops_the_load():
    with tempfile.TemporaryDirectory() as d:
        for name in ("nodes.tsv", "edges.tsv"):
            with open(os.path.join(d, name), "w") as f:
                f.write("id\tcategory\nx\tThing\n" if name == "nodes.tsv" else "subject\tpredicate\tobject\n")
        with open(os.path.join(d, "references.tsv"), "w") as f:
            f.write("ref:int\tauthors\n1\tA B\nseven\tC D\n")
        rc, out, err = lv("--load", d, "-c", "MATCH (n) RETURN count(n)")
        expect(rc == 2, "rc %d" % rc)
        expect(os.path.join(d, "references.tsv") + ":3: column 'ref': 'seven' is not an integer" in err, err)


ROUND_TRIP = ("MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.id;"
              "MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r) AS p"
              " ORDER BY a.id, type(r), b.id, p.note, p.refs")


def tsv_rows(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header = lines[0].split("\t")
    return header, [dict(zip(header, line.split("\t"))) for line in lines[1:]]


@case
def kgx_export_round_trips_the_bundled_graph():
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "kgx")
        rc, _, err = lv("--export", "kgx", out)
        expect(rc == 0, err)
        rc, before, err = lv("--format", "json", "-c", ROUND_TRIP)
        expect(rc == 0, err)
        rc, after, err = lv("--load", out, "--format", "json", "-c", ROUND_TRIP)
        expect(rc == 0 and err == "", err)
        nodes_before, rels_before = json_rows(before)
        nodes_after, rels_after = json_rows(after)
        expect(len(nodes_after) == len(nodes_before) > 300, "%d vs %d nodes" % (len(nodes_after), len(nodes_before)))
        expect(len(rels_after) == len(rels_before) > 500, "%d vs %d rels" % (len(rels_after), len(rels_before)))
        for a, b in zip(nodes_before, nodes_after):
            expect(a == b, "node changed:\n%r\n%r" % (a, b))
        for a, b in zip(rels_before, rels_after):
            expect(a == b, "relationship changed:\n%r\n%r" % (a, b))


@case
def kgx_columns_follow_biolink():
    with tempfile.TemporaryDirectory() as d:
        rc, _, err = lv("--export", "kgx", d)
        expect(rc == 0, err)
        header, nodes = tsv_rows(os.path.join(d, "nodes.tsv"))
        expect(header[:4] == ["id", "category", "xref", "synonym"] and "name" in header, header)
        by_own = {n["liverkg_id"]: n for n in nodes}
        expect(all(n["category"].startswith("biolink:") for n in nodes))
        expect(len({n["id"] for n in nodes}) == len(nodes), "KGX ids are not unique")
        msc = by_own["cell:MSC"]
        expect(msc["id"] == "CL:0000134" and msc["category"] == "biolink:Cell", msc)
        expect("mesenchymal stem cell" in msc["synonym"].split("|"), msc)
        expect(by_own["ref:54"]["category"] == "biolink:Publication", by_own["ref:54"])
        header, edges = tsv_rows(os.path.join(d, "edges.tsv"))
        expect(header[:3] == ["subject", "predicate", "object"], header)
        for column in ("knowledge_level", "agent_type", "primary_knowledge_source", "publications",
                       "original_predicate"):
            expect(column in header, column)
        expect(all(e["predicate"].startswith("biolink:") for e in edges))
        expect({e["agent_type"] for e in edges} == {"manual_agent"})
        expect({e["knowledge_level"] for e in edges} == {"knowledge_assertion", "logical_entailment"})
        for e in edges:
            expect((e["knowledge_level"] == "logical_entailment") == (e.get("inferred:boolean") == "true"), e)
        ids = {n["id"] for n in nodes}
        expect(all(e["subject"] in ids and e["object"] in ids for e in edges), "an edge end is not a KGX node id")
        treats = [e for e in edges if e["original_predicate"] == "TREATS"]
        expect(treats and all(e["predicate"] == "biolink:treats" for e in treats))
        activates = [e for e in edges if e["original_predicate"] == "ACTIVATES"]
        expect(activates and all(e["predicate"] == "biolink:positively_regulates" for e in activates))
        cited_review = [e for e in edges if e["refs:int[]"].split("|") == ["0"]]
        expect(cited_review and all(e["publications"] == "doi:10.12307/2023.633" for e in cited_review))


@case
def kgx_export_refuses_a_property_named_like_a_kgx_column():
    with tempfile.TemporaryDirectory() as d:
        rc, out, err = lv("--empty", "--export", "kgx", os.path.join(d, "x"), "-c",
                          "CREATE (:Thing {id: 'a', xref: 'b'})")
        expect(rc == 1 and "property 'xref'" in err, "rc %d %s" % (rc, err))
        expect(not os.path.exists(os.path.join(d, "x", "nodes.tsv")), "a file was written")


@case
def kgx_read_errors_name_the_exported_files():
    with tempfile.TemporaryDirectory() as d:
        rc, _, err = lv("--export", "kgx", d)
        expect(rc == 0, err)
        path = os.path.join(d, "nodes.tsv")
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        header = lines[0].split("\t")
        cells = lines[5].split("\t")
        cells[header.index("number:int")] = "five"
        lines[5] = "\t".join(cells)
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        rc, out, err = lv("--load", d, "-c", "RETURN 1")
        expect(rc == 2 and path + ":6: column 'number': 'five' is not an integer" in err, err)


if __name__ == "__main__":
    main()

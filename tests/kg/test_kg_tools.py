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


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The knowledge-graph tools through the real binary: `--check` grounding and study context.
Usage: test_kg_tools.py path/to/liverkg [case ...]"""
import os
import re
import subprocess
import sys

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


if __name__ == "__main__":
    main()

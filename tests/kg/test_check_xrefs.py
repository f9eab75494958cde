#!/usr/bin/env python3
"""check_xrefs.py must fail on the problems it exists for: a CURIE the shared tables lack, an
unknown prefix, a node with neither xrefs nor a note, a context id that is not a Disease node,
a qualifier that is not true/false, a reviewed relationship type without `inferred`, and a
coverage floor that is not met. Exit 77 (skipped) when ../shared is absent.
"""
import contextlib
import io
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_xrefs  # noqa: E402

NODES = ("id\tcategory\tname\taliases:string[]\tkind\tdescription\txrefs:string[]\tnote\n"
         "cell:MSC\tCellType\tMSC\tmesenchymal stem cell\tstem cell\td\tCL:0000134\t\n"
         "dis:ALF\tDisease\tacute liver failure\tALF\tacute\td\tMONDO:0019542\t\n"
         "mol:X\tMolecule\tX\tx factor\tprotein\td\t\tA collective term.\n")
EDGES = ("subject\tpredicate\tobject\trefs:int[]\tevidence\tspecies\troute\tnote\tcaveat\t"
         "context:string[]\tmodel\tsignificant:boolean\tinferred:boolean\n"
         "cell:MSC\tTREATS\tdis:ALF\t54\tanimal\tmouse\t\t\t\tdis:ALF\tALF, mouse\t\tfalse\n")


def run(nodes, edges, *args):
    with tempfile.TemporaryDirectory() as d:
        for name, text in (("nodes.tsv", nodes), ("edges.tsv", edges)):
            with open(os.path.join(d, name), "w", encoding="utf-8") as fh:
                fh.write(text)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = check_xrefs.main([d, SHARED] + list(args))
        return code, out.getvalue()


def expect(nodes, edges, message, *args):
    code, out = run(nodes, edges, *args)
    assert code == 1, "expected failure for %r, got %d:\n%s" % (message, code, out)
    assert message in out, "expected %r in:\n%s" % (message, out)


SHARED = check_xrefs.default_shared()


def main():
    if not os.path.isdir(os.path.join(SHARED, "ontology")):
        print("skipped: no shared term tables")
        return 77
    code, out = run(NODES, EDGES)
    assert code == 0, out
    assert "CellType        1 /   1  100.0 %" in out, out
    expect(NODES.replace("CL:0000134", "CL:9999999"), EDGES, "'CL:9999999' is not in the shared term tables")
    expect(NODES.replace("CL:0000134", "CLO:0000134"), EDGES, "unknown prefix 'CLO'")
    expect(NODES.replace("A collective term.", ""), EDGES, "node 'mol:X' has no xrefs and no note")
    expect(NODES, EDGES.replace("\tdis:ALF\tALF", "\tmol:X\tALF"), "context 'mol:X' is not a Disease node")
    expect(NODES, EDGES.replace("\tfalse\n", "\tmaybe\n"), "column 'inferred': 'maybe' is not true or false")
    expect(NODES, EDGES.replace("\tfalse\n", "\t\n"), "needs 'inferred'")
    expect(NODES, EDGES, "coverage of Molecule is below 50 %", "--min", "Molecule=50")
    code, out = run(NODES.replace("\tMSC\tmesenchymal stem cell", "\tQ\todd thing"), EDGES)
    assert code == 0 and "shares no word" in out, out
    print("check_xrefs self-test: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())

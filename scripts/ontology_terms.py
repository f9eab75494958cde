#!/usr/bin/env python3
"""Writes data/ontology_terms.tsv: the ontology ids that data/nodes.tsv uses in its `xrefs`,
with their official labels and where each was found.

The ids and labels are looked up in the shared term tables (../shared/ontology/*.tsv) and in
Hetionet's node list (../shared/realdata/hetionet/hetionet-v1.0-nodes.tsv). Only the ids the
graph uses are written, never whole tables. `liverkg --check data` then verifies every xref
against this file, offline and without ../shared.

    scripts/ontology_terms.py            # rewrite data/ontology_terms.tsv
    scripts/ontology_terms.py --check    # exit 1 when the file is not what would be written

An xref found in no table is reported as nodes.tsv:LINE and left out of the file (--check
then reports it too): never invent an id.
"""
import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = "id\tlabel\tsource\n"

# Hetionet node kinds whose ids are CURIEs after a prefix is put in front (Gene::7040 ->
# NCBIGene:7040, Compound::DB00014 -> DRUGBANK:DB00014) or as they are (Disease::DOID:4).
HETIONET_PREFIX = {
    "Anatomy": "",
    "Biological Process": "",
    "Cellular Component": "",
    "Molecular Function": "",
    "Disease": "",
    "Gene": "NCBIGene:",
    "Compound": "DRUGBANK:",
    "Symptom": "MESH:",
    "Side Effect": "UMLS:",
}


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = (line.rstrip("\r\n") for line in f)
        header = next(lines).split("\t")
        for line in lines:
            if line:
                cells = line.split("\t")
                yield dict(zip(header, cells + [""] * (len(header) - len(cells))))


def wanted_ids(nodes_path):
    """{curie: first nodes.tsv line} for every xref of every node."""
    wanted = {}
    with open(nodes_path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        names = [h.split(":")[0] for h in header]
        if "xrefs" not in names:
            return wanted
        col = names.index("xrefs")
        for number, line in enumerate(f, start=2):
            cells = line.rstrip("\r\n").split("\t")
            if col < len(cells):
                for x in cells[col].split("|"):
                    if x:
                        wanted.setdefault(x, number)
    return wanted


def lookup(shared, wanted):
    """{curie: (label, source)} for the wanted ids, first table first."""
    found = {}

    def take(curie, label, source):
        if curie in wanted and curie not in found and label:
            found[curie] = (label, source)

    onto = os.path.join(shared, "ontology")
    for table, label_col in [("cl.tsv", "name"), ("mondo.tsv", "name"), ("go_bp.tsv", "name"),
                             ("chebi_subset.tsv", "name"), ("genes.tsv", "symbol"), ("hgnc.tsv", "symbol")]:
        for r in rows(os.path.join(onto, table)):
            take(r["id"], r[label_col], table)
    for r in rows(os.path.join(onto, "mirbase_human.tsv")):
        take(r["id"], r["name"], "mirbase_human.tsv")
        take(r["hgnc"], r["symbol"], "mirbase_human.tsv")
        take(r["ncbigene"], r["symbol"], "mirbase_human.tsv")
    hetionet = os.path.join(shared, "realdata", "hetionet", "hetionet-v1.0-nodes.tsv")
    for r in rows(hetionet):
        kind, _, local = r["id"].partition("::")
        if kind in HETIONET_PREFIX:
            take(HETIONET_PREFIX[kind] + local, r["name"], "hetionet-v1.0-nodes.tsv (%s)" % kind)
    # Last resort for DOID, MESH, UMLS, NCIT and OMIM ids: the MONDO term that lists the id
    # among its xrefs lends its label (the tables hold no label of their own for them).
    for r in rows(os.path.join(onto, "mondo.tsv")):
        for x in r["xrefs"].split("|"):
            take(x, r["name"], "mondo.tsv (xref of %s)" % r["id"])
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=os.path.join(ROOT, "data"))
    ap.add_argument("--shared", default=os.environ.get("LIVERKG_SHARED", os.path.join(ROOT, "..", "shared")),
                    help="the shared material (default: $LIVERKG_SHARED, else ../shared beside the repository)")
    ap.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    args = ap.parse_args()

    if not os.path.isdir(os.path.join(args.shared, "ontology")):
        print("%s: no ontology/ here; give --shared DIR" % args.shared, file=sys.stderr)
        return 77 if args.check else 2
    nodes = os.path.join(args.data, "nodes.tsv")
    wanted = wanted_ids(nodes)
    found = lookup(args.shared, wanted)
    for curie, line in sorted(wanted.items(), key=lambda kv: kv[1]):
        if curie not in found:
            print("%s:%d: %s is in none of the shared term tables" % (nodes, line, curie), file=sys.stderr)
    text = HEADER + "".join("%s\t%s\t%s\n" % (c, *found[c]) for c in sorted(found))
    out = os.path.join(args.data, "ontology_terms.tsv")
    if args.check:
        current = open(out, encoding="utf-8").read() if os.path.exists(out) else None
        if current != text:
            print("%s is out of date: run scripts/ontology_terms.py" % out, file=sys.stderr)
            return 1
        return 0
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print("%s: %d terms" % (out, len(found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

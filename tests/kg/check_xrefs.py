#!/usr/bin/env python3
"""Grounding and study-context check of the bundled knowledge graph (data/).

    check_xrefs.py [DATA_DIR [SHARED_DIR]]       (defaults: data/ and ../shared beside the repo)

Nodes: every CURIE in `xrefs` must name a row of the shared term tables
(SHARED_DIR/ontology/*.tsv) or of Hetionet's node list
(SHARED_DIR/realdata/hetionet/hetionet-v1.0-nodes.tsv); its prefix must be one
of PREFIXES below; a node without xrefs must say why in `note`; a CURIE whose
label shares no word with the node's name or aliases is a warning.
Relationships: every `context` id must be a Disease node; `significant` and
`inferred` must be true/false; a relationship of a mechanistic or therapeutic
type must have been reviewed for context (see CONTEXT_TYPES).

Prints the problems as FILE:LINE: message, then xref coverage per label;
exits 1 on a problem or when coverage falls below --min (default: no minimum),
77 when the shared tables are absent (ctest: skipped).
"""
import argparse
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# CURIE prefix -> where its ids are looked up: (table, id column) pairs in ontology/,
# and Hetionet node kinds whose "Kind::ID" rows carry it.
PREFIXES = {
    "CL": {"tables": [("cl.tsv", "id")]},
    "MONDO": {"tables": [("mondo.tsv", "id")]},
    "DOID": {"mondo_xref": True, "hetionet": ["Disease"]},
    "GO": {"tables": [("go_bp.tsv", "id")],
           "hetionet": ["Biological Process", "Cellular Component", "Molecular Function"]},
    "CHEBI": {"tables": [("chebi_subset.tsv", "id")]},
    "NCBIGene": {"tables": [("genes.tsv", "id"), ("mirbase_human.tsv", "ncbigene")]},
    "HGNC": {"tables": [("hgnc.tsv", "id"), ("mirbase_human.tsv", "hgnc")]},
    "MIRBASE": {"tables": [("mirbase_human.tsv", "id")]},
    "DRUGBANK": {"hetionet": ["Compound"]},
    "UMLS": {"mondo_xref": True, "hetionet": ["Side Effect"]},
    "MESH": {"mondo_xref": True, "hetionet": ["Symptom"]},
    "UBERON": {"hetionet": ["Anatomy"]},
}

# Relationship types that state a mechanism or a therapeutic effect: each one carries a
# study context (possibly empty = a general statement).
CONTEXT_TYPES = {
    "ACTIVATES", "INHIBITS", "UPREGULATES", "DOWNREGULATES", "PROMOTES", "INDUCES",
    "INCREASES", "DECREASES", "CAUSES", "ADVERSE_EFFECT", "TREATS", "ALLEVIATES",
    "SECRETES", "EXPRESSES", "CARRIES", "ACTS_VIA", "DIFFERENTIATES_INTO", "REPROGRAMS_INTO",
    "POLARIZES_TO",
}

WORD = re.compile(r"[a-z0-9]+")
STOP = {"of", "the", "and", "a", "an", "in", "to", "by", "s"}


def read_tsv(path):
    """(header names without types, list of (line number, dict)) of a TSV file."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.read().splitlines()
    header = [h.split(":")[0] for h in lines[0].split("\t")]
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if line.strip():
            rows.append((n, dict(zip(header, line.split("\t")))))
    return header, rows


def words(text):
    return set(WORD.findall(text.lower())) - STOP


class Terms:
    """Every id the shared tables hold, with its label(s)."""

    def __init__(self, shared):
        onto = os.path.join(shared, "ontology")
        self.labels = {}          # CURIE -> set of labels
        for prefix, where in PREFIXES.items():
            for table, column in where.get("tables", []):
                _, rows = read_tsv(os.path.join(onto, table))
                for _, r in rows:
                    curie = r.get(column, "")
                    if curie.startswith(prefix + ":"):
                        label = r.get("name") or r.get("symbol") or ""
                        self.add(curie, label, r.get("synonyms", "") + "|" + r.get("exact_match_labels", ""))
        _, rows = read_tsv(os.path.join(onto, "mondo.tsv"))
        for _, r in rows:
            for x in r["xrefs"].split("|"):
                if x.split(":")[0] in ("DOID", "UMLS", "MESH"):
                    self.add(x, r["name"], r["exact_match_labels"])
        kinds = {k: p for p, w in PREFIXES.items() for k in w.get("hetionet", [])}
        het = os.path.join(shared, "realdata", "hetionet", "hetionet-v1.0-nodes.tsv")
        with open(het, encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                hid, name, kind = line.rstrip("\r\n").split("\t")
                prefix = kinds.get(kind)
                if prefix:
                    local = hid.split("::", 1)[1]
                    curie = local if local.startswith(prefix + ":") else prefix + ":" + local
                    self.add(curie, name, "")

    def add(self, curie, label, synonyms):
        names = self.labels.setdefault(curie, set())
        names.add(label)
        names.update(s for s in synonyms.split("|") if s)


def check(data, shared, minimum):
    problems, warnings = [], []
    terms = Terms(shared)
    nodes_path = os.path.join(data, "nodes.tsv")
    header, nodes = read_tsv(nodes_path)
    for col in ("xrefs", "note"):
        if col not in header:
            problems.append("%s:1: header has no '%s' column" % (nodes_path, col))
    label_of = {}
    coverage = {}
    for line, n in nodes:
        where = "%s:%d: " % (nodes_path, line)
        label_of[n["id"]] = n["category"]
        xrefs = [x for x in n.get("xrefs", "").split("|") if x]
        grounded = False
        names = words(n["name"] + " " + n.get("aliases", "").replace("|", " "))
        for x in xrefs:
            prefix = x.split(":")[0]
            if prefix not in PREFIXES:
                problems.append(where + "xref '%s': unknown prefix '%s' (known: %s)"
                                % (x, prefix, ", ".join(sorted(PREFIXES))))
            elif x not in terms.labels:
                problems.append(where + "xref '%s' is not in the shared term tables" % x)
            else:
                grounded = True
                if not any(words(lab) & names for lab in terms.labels[x]):
                    warnings.append(where + "xref '%s' (%s) shares no word with the name or aliases of '%s'"
                                    % (x, "; ".join(sorted(terms.labels[x]))[:80], n["id"]))
        if len(set(xrefs)) != len(xrefs):
            problems.append(where + "xrefs of '%s' repeat a CURIE" % n["id"])
        if not xrefs and not n.get("note"):
            problems.append(where + "node '%s' has no xrefs and no note saying why" % n["id"])
        total, hit = coverage.get(n["category"], (0, 0))
        coverage[n["category"]] = (total + 1, hit + (1 if grounded else 0))

    edges_path = os.path.join(data, "edges.tsv")
    header, edges = read_tsv(edges_path)
    for col in ("context", "model", "significant", "inferred"):
        if col not in header:
            problems.append("%s:1: header has no '%s' column" % (edges_path, col))
    for line, e in edges:
        where = "%s:%d: " % (edges_path, line)
        for c in [c for c in e.get("context", "").split("|") if c]:
            if label_of.get(c) != "Disease":
                problems.append(where + "context '%s' is not a Disease node" % c)
        if e["predicate"] in CONTEXT_TYPES and not e.get("inferred"):
            problems.append(where + "%s %s %s: a mechanistic or therapeutic relationship needs "
                            "'inferred' (true/false) once its study context is reviewed"
                            % (e["subject"], e["predicate"], e["object"]))
        for col in ("significant", "inferred"):
            v = e.get(col, "")
            if v and v.lower() not in ("true", "false"):
                problems.append(where + "column '%s': '%s' is not true or false" % (col, v))

    for p in problems:
        print(p)
    for w in warnings:
        print("warning: " + w)
    all_total = sum(t for t, _ in coverage.values())
    all_hit = sum(h for _, h in coverage.values())
    print("xref coverage (nodes with at least one CURIE found in the tables):")
    low = []
    for label in sorted(coverage):
        t, h = coverage[label]
        print("  %-13s %3d / %3d  %5.1f %%" % (label, h, t, 100.0 * h / t))
    print("  %-13s %3d / %3d  %5.1f %%" % ("all", all_hit, all_total, 100.0 * all_hit / all_total))
    for spec in minimum:
        label, pct = spec.split("=")
        t, h = (all_total, all_hit) if label == "all" else coverage.get(label, (0, 0))
        if t == 0 or 100.0 * h / t < float(pct):
            low.append("coverage of %s is below %s %%" % (label, pct))
    for m in low:
        print(m)
    return 1 if problems or low else 0


def default_shared():
    """../shared beside the repository; a git worktree one level further down finds it too."""
    for up in (os.path.join(ROOT, ".."), os.path.join(ROOT, "..", "..")):
        if os.path.isdir(os.path.join(up, "shared", "ontology")):
            return os.path.join(up, "shared")
    return os.path.join(ROOT, "..", "shared")


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", nargs="?", default=os.path.join(ROOT, "data"))
    ap.add_argument("shared", nargs="?", default=default_shared())
    ap.add_argument("--min", action="append", default=[], metavar="LABEL=PCT",
                    help="fail when a label's (or 'all') coverage is below PCT")
    args = ap.parse_args(argv)
    if not os.path.isdir(os.path.join(args.shared, "ontology")):
        print("skipped: no shared term tables at %s" % os.path.join(args.shared, "ontology"))
        return 77
    return check(args.data, args.shared, args.min)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

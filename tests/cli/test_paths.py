#!/usr/bin/env python3
"""PATHS on the bundled knowledge graph: the mechanism chains the review describes (data-model.md,
"Sign algebra") come back with their refs and net sign; unsupported questions return nothing.

Usage: test_paths.py LIVERKG [case ...]
"""
import json
import os
import sys

from clitest import case, expect, main, run

BINARY = sys.argv[1] if len(sys.argv) > 1 else "liverkg"

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                    "data")
MSC_TO_ALF = ("PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'acute liver failure'}) "
              "VIA :Mechanism|:Pathway MAX 5 HOPS SIGN - LIMIT 50")


def paths(query):
    """Rows of a PATHS statement as dicts keyed by column."""
    code, out, err = run(BINARY, ["--format", "json", "-c", query])
    expect(code == 0, "exit %d: %s" % (code, err))
    result = json.loads(out)
    expect(result["columns"] == ["path", "chain", "sign", "hops", "weakest_evidence", "refs",
                                 "evidence"], result["columns"])
    return [dict(zip(result["columns"], row)) for row in result["rows"]]


def by_chain(rows):
    return {r["chain"]: r for r in rows}


def expect_chain(rows, chain, sign, refs, evidence=None):
    found = by_chain(rows)
    expect(chain in found, "missing chain: %s\nhave:\n  %s" % (chain, "\n  ".join(found)))
    row = found[chain]
    expect(row["sign"] == sign, "%s: sign %s" % (chain, row["sign"]))
    expect(row["refs"] == refs, "%s: refs %s" % (chain, row["refs"]))
    if evidence:
        expect(row["weakest_evidence"] == evidence, "%s: evidence %s" % (chain, row["weakest_evidence"]))
    return row


@case
def sign_filter_works_on_the_bundled_graph():
    # Needs the signs of data/schema.tsv in the engine; without them SIGN is an error.
    rows = paths(MSC_TO_ALF)
    expect(rows, "no paths")
    expect(all(r["sign"] == "-" for r in rows), [r["sign"] for r in rows])


@case
def msc_to_alf_pge2_chains_through_tak1_nlrp3_and_m2_polarisation():
    rows = paths(MSC_TO_ALF)
    tak1 = expect_chain(
        rows, "MSC -[SECRETES]-> PGE2 -[INHIBITS]-> TAK1 signalling -[ACTIVATES]-> NLRP3 inflammasome"
              " -[PROMOTES]-> inflammation -[PROMOTES]-> acute liver failure", "-", [54, 61], "animal")
    expect(tak1["hops"] == 5, tak1["hops"])
    expect_chain(rows, "MSC -[SECRETES]-> PGE2 -[INHIBITS]-> NLRP3 inflammasome -[PROMOTES]-> "
                       "inflammation -[PROMOTES]-> acute liver failure", "-", [54, 61], "animal")
    m2 = expect_chain(
        rows, "MSC -[SECRETES]-> PGE2 -[ACTIVATES]-> STAT6 signalling -[PROMOTES]-> M2 macrophage "
              "polarisation -[INHIBITS]-> inflammation -[PROMOTES]-> acute liver failure", "-", [54],
        "animal")
    expect([h["sign"] for h in m2["evidence"]] == ["+", "+", "+", "-", "+"], m2["evidence"])
    expect([h["type"] for h in m2["evidence"]] ==
           ["SECRETES", "ACTIVATES", "PROMOTES", "INHIBITS", "PROMOTES"], m2["evidence"])
    expect(all(h["refs"] == [54] for h in m2["evidence"]), m2["evidence"])
    expect_chain(rows, "MSC -[SECRETES]-> PGE2 -[ACTIVATES]-> mTOR signalling -[PROMOTES]-> M2 "
                       "macrophage polarisation -[INHIBITS]-> inflammation -[PROMOTES]-> acute liver "
                       "failure", "-", [54], "animal")


@case
def msc_to_alf_hop_evidence_names_each_step():
    rows = by_chain(paths(MSC_TO_ALF))
    row = rows["MSC -[SECRETES]-> PGE2 -[INHIBITS]-> TAK1 signalling -[ACTIVATES]-> NLRP3 inflammasome"
               " -[PROMOTES]-> inflammation -[PROMOTES]-> acute liver failure"]
    first = row["evidence"][0]
    expect(first == {"from": "MSC", "to": "PGE2", "type": "SECRETES", "sign": "+",
                     "evidence": "animal", "refs": [54]}, first)
    expect(row["path"]["_kind"] == "path" and len(row["path"]["relationships"]) == 5, row["path"])


@case
def positive_sign_excludes_the_pge2_chains():
    rows = paths(MSC_TO_ALF.replace("SIGN -", "SIGN +"))
    expect(all(r["sign"] == "+" for r in rows), [r["sign"] for r in rows])
    expect(not any("PGE2" in r["chain"] for r in rows), [r["chain"] for r in rows])


@case
def bmsc_to_autoimmune_hepatitis_mir223_and_pdl1_chains():
    # The review records these chains from BMSC itself.
    rows = paths("PATHS FROM (c:CellType {name: 'BMSC'}) TO (d:Disease {name: 'autoimmune hepatitis'}) "
                 "MAX 5 HOPS SIGN - LIMIT 50")
    expect_chain(rows, "BMSC -[SECRETES]-> BMSC exosome -[CARRIES]-> miR-223 -[DOWNREGULATES]-> NLRP3 "
                       "-[PROMOTES]-> autoimmune hepatitis", "-", [53, 61])
    expect_chain(rows, "BMSC -[SECRETES]-> BMSC exosome -[CARRIES]-> miR-223 -[DOWNREGULATES]-> "
                       "caspase-1 -[PROMOTES]-> autoimmune hepatitis", "-", [53, 61])
    expect_chain(rows, "BMSC -[UPREGULATES]-> PD-L1 -[INHIBITS]-> PI3K signalling -[ACTIVATES]-> Akt "
                       "-[PROMOTES]-> T-cell proliferation -[PROMOTES]-> autoimmune hepatitis", "-", [62],
                 "animal")


@case
def exosomal_mir15a_to_hcc_through_sall4_is_negative():
    # "exosomal miR-15a" is an alias of miR-15a.
    rows = paths("PATHS FROM (m:Molecule {name: 'exosomal miR-15a'}) "
                 "TO (d:Disease {name: 'hepatocellular carcinoma'}) MAX 4 HOPS LIMIT 20")
    expect(rows and rows[0]["chain"] ==
           "miR-15a -[DOWNREGULATES]-> SALL4 -[PROMOTES]-> hepatocellular carcinoma",
           [r["chain"] for r in rows])
    expect_chain(rows, rows[0]["chain"], "-", [70], "animal")
    expect(all("SALL4" in r["chain"] and r["sign"] == "-" for r in rows), [r["chain"] for r in rows])


@case
def unsupported_paths_return_nothing():
    expect(paths("PATHS FROM (m:Molecule {name: 'miR-15a'}) TO (d:Disease {name: 'acute liver "
                 "failure'}) MAX 6 HOPS LIMIT 20") == [])
    expect(paths("PATHS FROM (m:Molecule {name: 'miR-15a'}) TO (d:Disease {name: 'hepatocellular "
                 "carcinoma'}) MAX 4 HOPS SIGN + LIMIT 20") == [])
    expect(paths("PATHS FROM (c:CellType {name: 'no such cell'}) TO (d:Disease {name: 'acute liver "
                 "failure'}) MAX 4 HOPS LIMIT 20") == [])


@case
def signs_come_from_a_loaded_directory_schema():
    # --load DIR replaces the bundled graph; its schema.tsv must feed SIGN as data/ does.
    code, out, err = run(BINARY, ["--load", DATA, "--format", "json", "-c", MSC_TO_ALF])
    expect(code == 0, err)
    expect(len(json.loads(out)["rows"]) == len(paths(MSC_TO_ALF)))


@case
def sign_without_a_schema_is_an_error():
    code, out, err = run(BINARY, ["--empty", "-c", MSC_TO_ALF])
    expect(code == 1 and "no schema.tsv was loaded" in err, (code, err))


@case
def shell_load_reads_the_signs():
    import pexpect
    env = dict(os.environ, NO_COLOR="1", TERM="dumb", INPUTRC="/dev/null")
    env.pop("LIVERKG_DATA", None)
    c = pexpect.spawn(BINARY, ["--empty", "--no-history"], env=env, encoding="utf-8", timeout=30,
                      dimensions=(40, 400))
    c.expect("liverkg> ")
    c.send(":load %s\r" % DATA)
    c.expect("Loaded ")
    c.expect("liverkg> ")
    c.send("PATHS FROM (m:Molecule {name: 'miR-15a'}) TO (d:Disease {name: 'hepatocellular "
           "carcinoma'}) MAX 2 HOPS SIGN - LIMIT 5;\r")
    c.expect("miR-15a -\\[DOWNREGULATES\\]-> SALL4 -\\[PROMOTES\\]-> hepatocellular carcinoma")
    c.expect("1 row")
    c.sendeof()
    c.expect(pexpect.EOF)


@case
def msc_to_autoimmune_hepatitis_reaches_bmsc_chains_through_subtype():
    # A FROM node stands for its subtypes: the miR-223 and PD-L1 chains start at BMSC,
    # a SUBTYPE_OF MSC, and come back from MSC with that refinement step first (not a hop).
    rows = paths("PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'autoimmune hepatitis'}) "
                 "MAX 5 HOPS SIGN - LIMIT 50")
    mir = expect_chain(rows, "MSC <-[SUBTYPE_OF]- BMSC -[SECRETES]-> BMSC exosome -[CARRIES]-> miR-223 "
                             "-[DOWNREGULATES]-> NLRP3 -[PROMOTES]-> autoimmune hepatitis", "-", [19, 53, 61])
    expect(mir["hops"] == 4, mir["hops"])
    expect_chain(rows, "MSC <-[SUBTYPE_OF]- BMSC -[UPREGULATES]-> PD-L1 -[INHIBITS]-> PI3K signalling "
                       "-[ACTIVATES]-> Akt -[PROMOTES]-> T-cell proliferation -[PROMOTES]-> autoimmune hepatitis",
                 "-", [19, 62], "animal")


if __name__ == "__main__":
    main()

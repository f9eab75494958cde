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


COLUMNS = ["chain", "sign", "score", "weakest_evidence", "citations", "hops", "refs", "path", "evidence"]
CONTEXT_KG = os.path.join(os.path.dirname(DATA), "tests", "golden", "fixtures", "context")


def paths(query, load=None):
    """Rows of a PATHS statement as dicts keyed by column."""
    code, out, err = run(BINARY, (["--load", load] if load else []) + ["--format", "json", "-c", query])
    expect(code == 0, "exit %d: %s" % (code, err))
    result = json.loads(out)
    expect(result["columns"] == COLUMNS, result["columns"])
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
    expect({k: first[k] for k in ("from", "to", "type", "sign", "evidence", "refs", "in_context")} ==
           {"from": "MSC", "to": "PGE2", "type": "SECRETES", "sign": "+", "evidence": "animal",
            "refs": [54], "in_context": True}, first)
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
    c.expect("liverkg> ")   # Ctrl-D at the prompt, not while the result is still printing
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


# Issue 12's questions on the bundled graph, under the default context rule.
MSC_ALF_RULED = ("PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'acute liver failure'}) "
                 "VIA :Mechanism|:Molecule|:Pathway MAX 4 HOPS LIMIT 50")


def alf_family():
    """Ids of ALF and its SUBTYPE_OF ancestors and descendants, from the graph itself."""
    code, out, err = run(BINARY, ["--format", "json", "-c",
                                  "MATCH (d:Disease {name: 'acute liver failure'}) "
                                  "OPTIONAL MATCH (d)-[:SUBTYPE_OF*1..]->(up) "
                                  "OPTIONAL MATCH (down)-[:SUBTYPE_OF*1..]->(d) "
                                  "RETURN d.id AS id, collect(DISTINCT up.id) + collect(DISTINCT down.id) AS family"])
    expect(code == 0, err)
    row = json.loads(out)["rows"][0]
    return {row[0]} | set(row[1])


@case
def msc_to_alf_hops_stay_in_context():
    rows = paths(MSC_ALF_RULED)
    expect(rows, "no paths")
    family = alf_family()
    for r in rows:
        for hop in r["evidence"]:
            ctx = hop.get("context") or []
            expect(not ctx or set(ctx) & family, "%s: hop %s->%s in %s" % (r["chain"], hop["from"], hop["to"], ctx))


@case
def msc_to_alf_has_a_pge2_chain_in_the_top_3():
    rows = paths(MSC_ALF_RULED)
    expect(any("PGE2" in r["chain"] for r in rows[:3]), [(r["chain"], r["score"]) for r in rows[:6]])


@case
def msc_to_alf_positive_chains_only_when_every_hop_is_in_context():
    ruled = paths(MSC_ALF_RULED)
    for r in ruled:
        if r["sign"] == "+":
            expect(all(h["in_context"] for h in r["evidence"]), r["chain"])
    # ANY CONTEXT shows more; what it adds with an out-of-context hop the rule had left out
    chains = {r["chain"] for r in ruled}
    for r in paths(MSC_ALF_RULED.replace("LIMIT 50", "ANY CONTEXT LIMIT 50")):
        if not all(h["in_context"] for h in r["evidence"]):
            expect(r["chain"] not in chains, r["chain"])


@case
def msc_to_autoimmune_hepatitis_has_the_mir223_chain_in_the_top_3():
    rows = paths("PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'autoimmune hepatitis'}) "
                 "VIA :Mechanism|:Molecule|:Pathway MAX 4 HOPS LIMIT 50")
    expect(any("miR-223" in r["chain"] for r in rows[:3]), [(r["chain"], r["score"]) for r in rows[:6]])


# The context rule and the score, on a small graph made for them (tests/golden/fixtures/context):
# ALF SUBTYPE_OF liver failure SUBTYPE_OF liver disease; hyperacute LF SUBTYPE_OF ALF; NAFLD SUBTYPE_OF
# liver disease (a sibling branch, not a relative of ALF).
CTX_MSC_ALF = "PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'ALF'}) MAX 4 HOPS"
CHAIN_A = "MSC -[SECRETES]-> factor A -[INHIBITS]-> hub process -[PROMOTES]-> acute liver failure"
CHAIN_B = "MSC -[SECRETES]-> factor B -[INHIBITS]-> hub process -[PROMOTES]-> acute liver failure"
CHAIN_HUB = "MSC -[INHIBITS]-> hub process -[PROMOTES]-> acute liver failure"
CHAIN_C = ("MSC <-[SUBTYPE_OF]- BMSC -[SECRETES]-> factor C -[INHIBITS]-> hub process -[PROMOTES]-> "
           "acute liver failure")


@case
def context_rule_keeps_the_disease_its_ancestors_and_descendants():
    rows = paths(CTX_MSC_ALF, CONTEXT_KG)
    chains = [r["chain"] for r in rows]
    # context ALF, hyperacute (a descendant), general; liver failure (an ancestor); ALF among others
    expect(sorted(chains) == sorted([CHAIN_A, CHAIN_HUB, CHAIN_C]), chains)
    expect(all(h["in_context"] for r in rows for h in r["evidence"]), rows)


@case
def any_context_lifts_the_rule_and_marks_the_hops():
    rows = by_chain(paths(CTX_MSC_ALF + " ANY CONTEXT", CONTEXT_KG))
    expect(set(rows) == {CHAIN_A, CHAIN_B, CHAIN_HUB, CHAIN_C}, list(rows))
    b = rows[CHAIN_B]
    expect([h["in_context"] for h in b["evidence"]] == [False, False, True], b["evidence"])
    expect(b["evidence"][0]["context"] == ["dis:NAFLD"] and b["evidence"][0]["model"] == "HFD mouse",
           b["evidence"][0])


@case
def a_target_that_is_not_a_disease_is_not_restricted():
    rows = paths("PATHS FROM (c:CellType {name: 'MSC'}) TO (m:Mechanism) MAX 2 HOPS", CONTEXT_KG)
    expect(any("factor B" in r["chain"] for r in rows), [r["chain"] for r in rows])


def expected_score(weights, hubs, hops, refs, subtype_steps=0):
    """docs/query-language.md, "How paths are ranked"."""
    e = 1.0
    for w in weights:
        e *= w
    e **= 1.0 / len(weights)
    h = 1.0
    for x in hubs:
        h *= x
    h = h ** (1.0 / len(hubs)) if hubs else 1.0
    return round(100 * e * h * 0.9 ** (hops - 1) * (1 + 0.05 * min(refs - 1, 4)) * 0.85 ** subtype_steps, 1)


@case
def score_follows_the_documented_formula():
    rows = by_chain(paths(CTX_MSC_ALF, CONTEXT_KG))
    # hub process: degree 5 (< 8) but flagged generic: 0.5
    expect(rows[CHAIN_A]["score"] == expected_score([0.8, 0.8, 0.4], [1.0, 0.5], 3, 2) == 38.2,
           rows[CHAIN_A]["score"])
    expect(rows[CHAIN_HUB]["score"] == expected_score([0.4, 0.4], [0.5], 2, 2), rows[CHAIN_HUB]["score"])
    # clinical hops, one reported not significant (x0.5), one inferred (x0.6); the subtype step
    # (ref 1) counts neither as a hop nor as a ref, but makes the chain less direct (x0.85)
    expect(rows[CHAIN_C]["score"] == expected_score([0.5, 0.6, 0.4], [1.0, 0.5], 3, 2, 1),
           rows[CHAIN_C]["score"])
    ordered = [r["chain"] for r in paths(CTX_MSC_ALF, CONTEXT_KG)]
    expect(ordered == [CHAIN_A, CHAIN_C, CHAIN_HUB], ordered)


@case
def citations_name_the_first_author_and_year():
    rows = by_chain(paths(CTX_MSC_ALF, CONTEXT_KG))
    expect(rows[CHAIN_A]["citations"] == "Zhang 2019 [1]; Li 2020 [2]", rows[CHAIN_A]["citations"])
    expect(rows[CHAIN_HUB]["citations"] == "Li 2020 [2]; [4]", rows[CHAIN_HUB]["citations"])


@case
def table_shows_the_summary_columns_only():
    code, out, err = run(BINARY, ["--load", CONTEXT_KG, "-c", CTX_MSC_ALF])
    expect(code == 0, err)
    header = out.splitlines()[1]
    expect([c.strip() for c in header.strip("|").split("|")] ==
           ["chain", "sign", "score", "weakest_evidence", "citations"], header)


# kg.paths, the procedure form of PATHS (engine/procedures/kg.cpp): the same answers, inside Cypher.
YIELD_ALL = (" YIELD chain, sign, score, weakest_evidence, citations, hops, refs, path, evidence "
             "RETURN chain, sign, score, weakest_evidence, citations, hops, refs, path, evidence")
MSC_ALF_MATCH = "MATCH (c:CellType {name: 'MSC'}), (d:Disease {name: 'acute liver failure'}) "
MSC_AIH_MATCH = "MATCH (c:CellType {name: 'MSC'}), (d:Disease {name: 'autoimmune hepatitis'}) "
RULED_OPTIONS = "{via: ['Mechanism', 'Molecule', 'Pathway'], maxHops: 4, limit: 50}"


def kg_paths(match, options):
    """Rows of CALL kg.paths(c, d, options) after `match`, every column, as dicts."""
    return paths(match + "CALL kg.paths(c, d, %s)" % options + YIELD_ALL)


@case
def kg_paths_gives_the_rows_paths_gives():
    for statement, options in ((MSC_ALF_RULED, RULED_OPTIONS),
                               (MSC_TO_ALF, "{via: ['Mechanism', 'Pathway'], maxHops: 5, sign: '-', limit: 50}"),
                               (MSC_ALF_RULED.replace("LIMIT 50", "ANY CONTEXT LIMIT 50"),
                                RULED_OPTIONS.replace("}", ", anyContext: true}"))):
        expect(kg_paths(MSC_ALF_MATCH, options) == paths(statement), statement)


@case
def the_issues_kg_paths_statement_verbatim():
    code, out, err = run(BINARY, ["--format", "json", "-c",
                                  "MATCH (c:CellType {name: 'MSC'}), (d:Disease {name: 'acute liver failure'}) "
                                  "CALL kg.paths(c, d, {via: ['Mechanism', 'Molecule', 'Pathway'], maxHops: 4, "
                                  "sign: '-'}) YIELD path, chain, sign, score, evidence "
                                  "RETURN chain, sign ORDER BY score DESC LIMIT 5"])
    expect(code == 0, err)
    result = json.loads(out)
    expect(result["columns"] == ["chain", "sign"], result["columns"])
    rows = result["rows"]
    expect(len(rows) == 5 and all(sign == "-" for _, sign in rows), rows)
    expect(any("PGE2" in chain for chain, _ in rows[:3]), rows)


@case
def kg_paths_msc_to_alf_in_context_with_a_pge2_chain_in_the_top_3():
    rows = kg_paths(MSC_ALF_MATCH, RULED_OPTIONS)
    expect(rows, "no paths")
    expect(any("PGE2" in r["chain"] for r in rows[:3]), [(r["chain"], r["score"]) for r in rows[:6]])
    family = alf_family()
    for r in rows:
        for hop in r["evidence"]:
            ctx = hop.get("context") or []
            expect(not ctx or set(ctx) & family, "%s: hop %s->%s in %s" % (r["chain"], hop["from"], hop["to"], ctx))
        if r["sign"] == "+":
            expect(all(h["in_context"] for h in r["evidence"]), r["chain"])


@case
def kg_paths_msc_to_autoimmune_hepatitis_has_the_mir223_chain_in_the_top_3():
    rows = kg_paths(MSC_AIH_MATCH, RULED_OPTIONS)
    expect(any("miR-223" in r["chain"] for r in rows[:3]), [(r["chain"], r["score"]) for r in rows[:6]])


@case
def kg_paths_exosomal_mir15a_found_by_kg_lookup_to_hcc_through_sall4_is_negative():
    rows = paths("CALL kg.lookup('exosomal miR-15a', 1) YIELD node AS c "
                 "MATCH (d:Disease {name: 'hepatocellular carcinoma'}) "
                 "CALL kg.paths(c, d, {maxHops: 4, limit: 20})" + YIELD_ALL)
    expect(rows and rows[0]["chain"] ==
           "miR-15a -[DOWNREGULATES]-> SALL4 -[PROMOTES]-> hepatocellular carcinoma",
           [r["chain"] for r in rows])
    expect_chain(rows, rows[0]["chain"], "-", [70], "animal")
    expect(all("SALL4" in r["chain"] and r["sign"] == "-" for r in rows), [r["chain"] for r in rows])


@case
def kg_paths_per_disease_counts_and_best_chains():
    # one call per incoming row; aggregation over what the calls yield
    code, out, err = run(BINARY, ["--format", "json", "-c",
                                  "MATCH (c:CellType {name: 'MSC'})-[:TREATS]->(d:Disease) "
                                  "CALL kg.paths(c, d, {via: ['Mechanism', 'Molecule', 'Pathway'], sign: '-'}) "
                                  "YIELD chain, score WITH d, chain, score ORDER BY score DESC "
                                  "WITH d.name AS disease, count(chain) AS chains, collect(chain)[0] AS best "
                                  "WHERE chains > 0 RETURN disease, chains, best ORDER BY disease"])
    expect(code == 0, err)
    rows = {r[0]: r for r in json.loads(out)["rows"]}
    expect("acute liver failure" in rows and "autoimmune hepatitis" in rows, list(rows))
    for disease, chains, best in rows.values():
        expect(best.startswith("MSC") and best.endswith(disease), (disease, best))
        expect(chains == len(kg_paths("MATCH (c:CellType {name: 'MSC'}), (d:Disease {name: '%s'}) " % disease,
                                      "{via: ['Mechanism', 'Molecule', 'Pathway'], sign: '-'}")), disease)


@case
def kg_paths_errors_name_the_option_and_point_at_the_call():
    code, out, err = run(BINARY, ["-c", MSC_ALF_MATCH + "CALL kg.paths(c, d, {maxHop: 4}) YIELD chain RETURN chain"])
    expect(code == 1 and out == "", (code, out))
    expect(err.startswith("ArgumentError: InvalidArgumentValue") and
           "kg.paths: unknown option 'maxHop' (known: via, maxHops, sign, anyContext, limit)" in err, err)
    caret = [l for l in err.splitlines() if l.strip().startswith("^")]
    source = [l for l in err.splitlines() if "CALL kg.paths" in l and "maxHop" in l and "option" not in l]
    expect(caret and source and source[0].index("kg.paths") == caret[0].index("^"), err)
    code, out, err = run(BINARY, ["-c", MSC_ALF_MATCH + "CALL kg.paths(c, d, {maxHops: 12}) YIELD chain RETURN chain"])
    expect(code == 1 and "maxHops must be an integer from 1 to 8, got 12" in err, err)
    code, out, err = run(BINARY, ["-c", MSC_ALF_MATCH + "CALL kg.paths(c, d.name) YIELD chain RETURN chain"])
    expect(code == 1 and "kg.paths() expects LIST<NODE> | NODE for `target`, got String" in err, err)


if __name__ == "__main__":
    main()

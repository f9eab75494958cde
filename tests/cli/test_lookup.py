#!/usr/bin/env python3
"""Names and aliases: the notices for unknown labels, types and keys and the alias hint (stderr
only: results and exit status stay as they were), and kg.lookup.

Usage: test_lookup.py LIVERKG [case ...]
"""
import json
import sys

from clitest import case, expect, main, run

BINARY = sys.argv[1] if len(sys.argv) > 1 else "liverkg"


def notices(err):
    return [l for l in err.splitlines() if l.startswith("Notice: ")]


@case
def unknown_label_type_and_key_are_noticed_results_unchanged():
    code, out, err = run(BINARY, ["--format", "csv", "-c", "MATCH (c:CelType) RETURN count(c) AS n"])
    expect(code == 0 and out == "n\n0\n", (code, out))
    expect(notices(err) == ["Notice: the label :CelType is not in the graph (no node has it); known labels: "
                            ":schema"], err)
    code, out, err = run(BINARY, ["--format", "csv", "-c",
                                  "MATCH (c:CellType {name: 'MSC'})-[:TRAETS]->(d) RETURN c.nmae AS x"])
    expect(code == 0 and out == "x\n", (code, out))
    expect(any(":TRAETS is not in the graph" in n for n in notices(err)), err)
    expect(any("`nmae` is not in the graph" in n for n in notices(err)), err)


@case
def known_names_and_map_keys_say_nothing():
    code, out, err = run(BINARY, ["--format", "csv", "-c",
                                  "MATCH (c:CellType {name: 'MSC'})-[:TREATS]->(d) WITH {a: d.name} AS m "
                                  "RETURN m.a AS a ORDER BY a LIMIT 1"])
    expect(code == 0 and err == "", (code, err))


@case
def created_names_are_not_unknown():
    code, out, err = run(BINARY, ["-c", "CREATE (n:Fresh {k: 1}) WITH n MATCH (m:Fresh) RETURN m.k AS k"])
    expect(code == 0 and notices(err) == [], err)


@case
def alias_hint_when_nothing_comes_back():
    code, out, err = run(BINARY, ["--format", "csv", "-c",
                                  "MATCH (n {name: 'mesenchymal stem cell'}) RETURN n.name AS name"])
    expect(code == 0 and out == "name\n", (code, out))
    expect(notices(err) == ["Notice: no node is named 'mesenchymal stem cell', but it is an alias of MSC: did "
                            "you mean (:CellType {name: 'MSC'})?"], err)
    # a statement that found rows gets no hint
    code, out, err = run(BINARY, ["--format", "csv", "-c",
                                  "MATCH (n {name: 'MSC'}) RETURN n.name AS name"])
    expect(code == 0 and out == "name\nMSC\n" and notices(err) == [], (out, err))


@case
def notices_do_not_change_a_failing_status():
    code, out, err = run(BINARY, ["-c", "MATCH (c:CelType) RETURN c.name + 1 AS x; RETURN 1/0 AS y"])
    expect(code == 1 and "DivisionByZero" in err, (code, err))


def json_rows(query):
    code, out, err = run(BINARY, ["--format", "json", "-c", query])
    expect(code == 0, (code, err))
    result = json.loads(out)
    return result["columns"], result["rows"]


@case
def kg_lookup_chinese_name_returns_msc_first():
    cols, rows = json_rows("CALL kg.lookup('间充质干细胞') YIELD node, matched, score "
                           "RETURN node.name AS name, matched, score")
    expect(rows and rows[0] == ["MSC", "间充质干细胞", 1.0], rows)
    expect([r[2] for r in rows] == sorted((r[2] for r in rows), reverse=True), rows)


@case
def kg_lookup_standalone_returns_every_output():
    cols, rows = json_rows("CALL kg.lookup('mesenchymal stem cell', 1)")
    expect(cols == ["node", "matched", "score"], cols)
    expect(len(rows) == 1 and rows[0][0]["properties"]["name"] == "MSC" and rows[0][1:] ==
           ["mesenchymal stem cell", 1.0], rows)


@case
def kg_lookup_curie_loose_and_prefix():
    _, rows = json_rows("CALL kg.lookup('CL:0000134') YIELD node, matched RETURN node.name, matched")
    expect(rows == [["MSC", "CL:0000134"]], rows)
    _, rows = json_rows("CALL kg.lookup('Mesenchymal-Stem Cell', 1) YIELD node, score RETURN node.name, score")
    expect(rows == [["MSC", 0.8]], rows)
    _, rows = json_rows("CALL kg.lookup('间充质干细胞') YIELD node, score WHERE score < 1 RETURN node.name")
    expect(["MSC exosome"] in rows, rows)


@case
def kg_lookup_inside_a_statement():
    # what the alias hint suggests, done in one statement: find the node, then follow it
    _, rows = json_rows("CALL kg.lookup('mesenchymal stem cell', 1) YIELD node "
                        "MATCH (node)-[:TREATS]->(d:Disease) WITH node, count(d) AS diseases "
                        "RETURN node.name, diseases > 0")
    expect(rows == [["MSC", True]], rows)


@case
def show_procedures_lists_kg_paths_and_kg_lookup():
    cols, rows = json_rows("SHOW PROCEDURES")
    by_name = {r[cols.index("name")]: r for r in rows}
    for name in ("kg.paths", "kg.lookup"):
        expect(name in by_name and by_name[name][cols.index("signature")].startswith(name + "("), by_name.get(name))


@case
def kg_lookup_bad_limit_names_it():
    code, out, err = run(BINARY, ["-c", "CALL kg.lookup('MSC', 0)"])
    expect(code == 1 and "kg.lookup: limit must be an integer from 1 to 10000, got 0" in err, (code, err))


if __name__ == "__main__":
    main()

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


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Every flag of the command-line contract and every exit status, through the real binary.
Usage: test_cli.py path/to/liverkg [case ...]"""
import json
import os
import re
import sys
import tempfile

from clitest import FIXTURES, ROOT, case, expect, main, run

BIN = sys.argv[1]
TINY = os.path.join(FIXTURES, "tiny")


def lv(*args, **kw):
    return run(BIN, list(args), **kw)


def json_lines(out):
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


@case
def version_and_help():
    rc, out, err = lv("--version")
    expect(rc == 0 and re.match(r"liverkg \d+\.\d+\.\d+\n$", out), out)
    rc, out, err = lv("--help")
    expect(rc == 0, err)
    for flag in ["--empty", "--load", "--command", "--file", "--param", "--format", "--timer",
                 "--help", "--version", "--check", "--log-level", "--verbose", "--no-history",
                 "--history-file"]:
        expect(flag in out, flag)


@case
def bad_usage_exits_2():
    for args in (["--bogus"], ["--format", "xml", "-c", "RETURN 1"], ["--format"], ["stray"],
                 ["-c", "RETURN 1", "-f", "x.cypher"], ["--log-level", "loud"],
                 ["--param", "x", "-c", "RETURN 1"], ["--param", "x={bad", "-c", "RETURN 1"]):
        rc, out, err = lv(*args)
        expect(rc == 2, "%s: rc %d" % (args, rc))
        expect(out == "", "%s printed %r" % (args, out))
        expect(err.startswith("liverkg: "), err)


@case
def command_prints_a_table():
    rc, out, err = lv("--empty", "-c", "RETURN 1 AS one")
    expect(rc == 0, err)
    expect(out == "+-----+\n| one |\n+-----+\n|   1 |\n+-----+\n1 row\n", out)
    expect(err == "", err)


@case
def json_has_the_contract_shape():
    rc, out, err = lv("--empty", "--format", "json", "-c",
                      "CREATE (n:CellType {name: 'MSC', potency: 2.0}) RETURN n")
    expect(rc == 0, err)
    doc = json.loads(out)
    expect(set(doc) == {"columns", "rows", "stats"}, doc)
    expect(doc["columns"] == ["n"], doc)
    node = doc["rows"][0][0]
    expect(node["_kind"] == "node" and node["labels"] == ["CellType"], node)
    expect(node["properties"] == {"name": "MSC", "potency": 2.0}, node)
    expect('"potency":2.0' in out, out)
    for key in ["nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
                "properties_set", "labels_added", "labels_removed", "properties_removed"]:
        expect(key in doc["stats"], key)
    expect(doc["stats"]["nodes_created"] == 1 and doc["stats"]["properties_set"] == 2, doc)


@case
def json_relationship_and_path():
    rc, out, err = lv("--load", TINY, "--format", "json", "-c",
                      "MATCH p = (c {id: 'cell:HLC'})-[r:DERIVED_FROM]->(m) RETURN r, p")
    expect(rc == 0, err)
    rel, path = json.loads(out)["rows"][0]
    expect(rel["_kind"] == "relationship" and rel["type"] == "DERIVED_FROM", rel)
    expect(rel["properties"] == {"refs": [7]}, rel)
    expect(path["_kind"] == "path" and len(path["nodes"]) == 2, path)
    expect(path["nodes"][0]["_id"] == rel["start"] and path["nodes"][1]["_id"] == rel["end"], path)


@case
def many_statements_in_one_command():
    rc, out, err = lv("--empty", "--format", "json", "-c",
                      "CREATE (:A {x: 1}); CREATE (:A {x: 2}); MATCH (a:A) RETURN a.x ORDER BY a.x")
    expect(rc == 0, err)
    docs = json_lines(out)
    expect(len(docs) == 3, out)
    expect(docs[2]["rows"] == [[1], [2]], docs[2])


@case
def first_failing_statement_stops_the_run():
    rc, out, err = lv("--empty", "--format", "json", "-c", "RETURN 1; RETURN nope; RETURN 2")
    expect(rc == 1, "rc %d" % rc)
    expect(len(json_lines(out)) == 1, out)
    expect("UndefinedVariable" in err.splitlines()[0], err)
    expect(re.match(r"(SyntaxError|SemanticError): ", err), err)


@case
def syntax_error_has_position_and_caret():
    rc, out, err = lv("--empty", "-c", "MATCH (n RETURN n")
    expect(rc == 1, "rc %d" % rc)
    lines = err.splitlines()
    expect(lines[0].startswith("SyntaxError: "), err)
    m = re.match(r"  at line (\d+), column (\d+)$", lines[1])
    expect(m, err)
    expect(lines[2] == "  MATCH (n RETURN n", err)
    expect(lines[3].index("^") - 2 == int(m.group(2)) - 1, err)


@case
def params_are_typed_json():
    rc, out, err = lv("--empty", "--format", "json", "--param", "i=42", "--param", "f=1.0",
                      "--param", 'm={"b": [1, "x"], "a": null}', "-c",
                      "RETURN $i AS i, $f AS f, $m AS m")
    expect(rc == 0, err)
    expect(json.loads(out)["rows"] == [[42, 1.0, {"a": None, "b": [1, "x"]}]], out)
    expect('[[42,1.0,' in out, out)


@case
def formats_csv_tsv_vertical():
    q = "RETURN 'a,b' AS x, 'tab\there' AS y, null AS z"
    rc, out, err = lv("--empty", "--format", "csv", "-c", q)
    expect(rc == 0 and out == 'x,y,z\n"a,b",tab\there,\n', repr(out))
    rc, out, err = lv("--empty", "--format", "tsv", "-c", q)
    expect(rc == 0 and out == "x\ty\tz\na,b\ttab\\there\t\n", repr(out))
    rc, out, err = lv("--empty", "--format", "vertical", "-c", "RETURN 1 AS one")
    expect(rc == 0 and out == "*** row 1 ***\none: 1\n1 row\n", repr(out))


@case
def timer_prints_one_line_per_statement():
    rc, out, err = lv("--empty", "--timer", "-c", "RETURN 1; RETURN 2")
    expect(rc == 0, err)
    times = re.findall(r"^Time: \d+\.\d+ ms$", err, re.M)
    expect(len(times) == 2, err)


@case
def load_directory_replaces_the_bundled_graph():
    q = "MATCH (n) RETURN count(n) AS n"
    rc, out, err = lv("--format", "json", "--load", TINY, "-c", q)
    expect(rc == 0, err)
    expect(json.loads(out)["rows"] == [[5]], out)
    rc, out, err = lv("--format", "json", "-c", q, env={"LIVERKG_DATA": TINY})
    expect(rc == 0 and json.loads(out)["rows"] == [[5]], out + err)
    rc, out, err = lv("--format", "json", "--empty", "-c", q)
    expect(rc == 0 and json.loads(out)["rows"] == [[0]], out + err)


@case
def bundled_graph_loads_by_default():
    rc, out, err = lv("--format", "json", "-c", "MATCH (n) RETURN count(n) AS n")
    expect(rc == 0, err)
    expect(json.loads(out)["rows"][0][0] > 100, out)


@case
def load_cypher_script_runs_silently_in_order():
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "setup.cypher")
        with open(script, "w") as f:
            f.write("CREATE (:A {x: 1});\nMATCH (a:A) SET a.y = a.x + 1;\nRETURN 'not printed';\n")
        rc, out, err = lv("--empty", "--load", script, "--format", "json", "-c",
                          "MATCH (a:A) RETURN a.y")
        expect(rc == 0, err)
        expect(json_lines(out) == [json_lines(out)[0]] and json.loads(out)["rows"] == [[2]], out)
        expect(err == "", err)


@case
def load_order_is_kept():
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "after.cypher")
        with open(script, "w") as f:
            f.write("MATCH (m {id: 'cell:MSC'}) SET m.loaded_after = true;")
        rc, out, err = lv("--load", TINY, "--load", script, "--format", "json", "-c",
                          "MATCH (m {id: 'cell:MSC'}) RETURN m.loaded_after")
        expect(rc == 0 and json.loads(out)["rows"] == [[True]], out + err)


@case
def failing_load_script_exits_2_with_file_and_line():
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "bad.cypher")
        with open(script, "w") as f:
            f.write("CREATE (:A);\n\nRETURN nope;\n")
        rc, out, err = lv("--empty", "--load", script, "-c", "RETURN 1")
        expect(rc == 2, "rc %d" % rc)
        expect(out == "", out)
        expect(err.startswith(script + ":3: "), err)
        expect("UndefinedVariable" in err.splitlines()[0], err)


@case
def unreadable_inputs_exit_2_before_anything_runs():
    rc, out, err = lv("--empty", "--load", "/nonexistent/dir", "-c", "RETURN 1")
    expect(rc == 2 and out == "" and err.startswith("/nonexistent/dir:0: "), err)
    rc, out, err = lv("--empty", "-f", "/nonexistent/q.cypher")
    expect(rc == 2 and out == "" and err.startswith("/nonexistent/q.cypher:0: "), err)
    rc, out, err = lv("--load", os.path.join(FIXTURES, "broken"), "-c", "RETURN 1")
    expect(rc == 2 and out == "", out)
    expect(re.match(r".*broken/nodes.tsv:2: ", err), err)


@case
def file_runs_its_statements():
    with tempfile.TemporaryDirectory() as tmp:
        q = os.path.join(tmp, "q.cypher")
        with open(q, "w") as f:
            f.write("// two statements\nRETURN 1 AS a;\nRETURN 2 AS b;\n")
        rc, out, err = lv("--empty", "--format", "csv", "-f", q)
        expect(rc == 0 and out == "a\n1\nb\n2\n", repr(out) + err)
        with open(q, "w") as f:
            f.write("RETURN 1 AS a;\nRETURN (;\n")
        rc, out, err = lv("--empty", "--format", "csv", "-f", q)
        expect(rc == 1, "rc %d" % rc)
        expect(("at %s, line 2" % q) in err, err)


@case
def stdin_is_read_without_prompts():
    rc, out, err = lv("--empty", "--format", "csv", stdin="RETURN 1 AS a;\nRETURN 2 AS b;\n")
    expect(rc == 0 and out == "a\n1\nb\n2\n", repr(out) + err)
    expect("liverkg>" not in out + err, out + err)
    rc, out, err = lv("--empty", stdin="RETURN missing;\n")
    expect(rc == 1 and "UndefinedVariable" in err, err)


@case
def check_validates_a_directory():
    rc, out, err = lv("--check", os.path.join(ROOT, "data"))
    expect(rc == 0, out + err)
    rc, out, err = lv("--check", "/nonexistent")
    expect(rc == 2, "rc %d" % rc)
    rc, out, err = lv("--check", os.path.join(FIXTURES, "broken"))
    expect(rc == 1 and "nodes.tsv:2" in err, out + err)


@case
def logging_goes_to_stderr_only():
    rc, out, err = lv("--log-level", "info", "--load", TINY, "--format", "csv", "-c", "RETURN 1 AS a")
    expect(rc == 0 and out == "a\n1\n", repr(out))
    expect("loaded" in err, err)
    rc, out, err = lv("-v", "--load", TINY, "-c", "RETURN 1 AS a")
    expect(rc == 0 and "loaded" in err, err)
    rc, out, err = lv("--load", TINY, "-c", "RETURN 1 AS a")
    expect(err == "", err)


@case
def explain_prints_the_plan():
    rc, out, err = lv("--empty", "--format", "json", "-c", "EXPLAIN MATCH (n) RETURN n")
    expect(rc == 0, err)
    doc = json.loads(out)
    expect(doc.get("plan"), doc)
    rc, out, err = lv("--empty", "-c", "EXPLAIN MATCH (n) RETURN n")
    expect(rc == 0 and out.strip() == doc["plan"].strip(), out)


@case
def test_procedures_are_table_backed():
    procs = [{"signature": "test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?, code :: INTEGER?)",
              "columns": ["name", "id", "city", "code"],
              "rows": [["Stefan", 1, "Berlin", 49], ["Stefan", 2, "M\u00fcnchen", 49], ["Petra", 1, "London", 44]]},
             {"signature": "test.doNothing() :: ()", "columns": [], "rows": []}]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "procs.json")
        with open(path, "w") as fh:
            json.dump(procs, fh)
        rc, out, err = lv("--empty", "--test-procedures", path, "--format", "json", "-c",
                          "CALL test.my.proc('Stefan', 1) YIELD city, code RETURN city, code")
        expect(rc == 0, err)
        expect(json_lines(out)[0]["rows"] == [["Berlin", 49]], out)
        rc, out, err = lv("--empty", "--test-procedures", path, "--param", "name=\"Petra\"", "--param", "id=1",
                          "--format", "json", "-c", "CALL test.my.proc")
        expect(rc == 0, err)
        doc = json_lines(out)[0]
        expect(doc["columns"] == ["city", "code"] and doc["rows"] == [["London", 44]], out)
        rc, out, err = lv("--empty", "--test-procedures", path, "-c", "CALL test.my.proc")
        expect(rc == 1 and err.startswith("ParameterMissing:") and "MissingParameter" in err, err)
        rc, out, err = lv("--empty", "--test-procedures", path, "--format", "json", "-c", "CALL test.doNothing()")
        expect(rc == 0 and json_lines(out)[0]["rows"] == [], out + err)
        with open(path, "w") as fh:
            json.dump([{"signature": "test.bad(x INTEGER) :: ()", "columns": ["x"], "rows": []}], fh)
        rc, out, err = lv("--empty", "--test-procedures", path, "-c", "RETURN 1")
        expect(rc == 2 and "--test-procedures" in err and "procedure 1" in err, err)
    rc, out, err = lv("--empty", "--test-procedures", "/nonexistent.json", "-c", "RETURN 1")
    expect(rc == 2 and "cannot read" in err, err)


@case
def built_in_procedures_answer_on_the_bundled_graph():
    rc, out, err = lv("--format", "json", "-c", "CALL db.labels(); CALL db.relationshipTypes(); CALL dbms.components()")
    expect(rc == 0, err)
    docs = json_lines(out)
    labels = [r[0] for r in docs[0]["rows"]]
    expect("CellType" in labels and "Disease" in labels and labels == sorted(labels), labels)
    expect(["TREATS"] in docs[1]["rows"], docs[1])
    expect(docs[2]["rows"][0][0] == "liverkg", docs[2])
    rc, out, err = lv("--format", "json", "-c", "SHOW FUNCTIONS")
    expect(rc == 0, err)
    doc = json_lines(out)[0]
    expect(doc["columns"][:2] == ["name", "signature"], doc["columns"])
    names = [r[0] for r in doc["rows"]]
    for f in ("exp", "sin", "cos", "pi", "e", "toUpper", "count"):
        expect(f in names, f)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The interactive shell end to end, through a pseudo-terminal (pexpect), on the bundled graph.
Usage: test_repl.py path/to/liverkg [case ...]"""
import os
import shutil
import sys
import tempfile
import time

import pexpect

from clitest import ROOT, case, expect, main, run

BIN = sys.argv[1]
PROMPT = "liverkg> "
MORE = r"\.\.\.> "
UP = "\x1b[A"


def shell(*args, history=None):
    env = dict(os.environ, NO_COLOR="1", TERM="dumb", INPUTRC="/dev/null")
    env.pop("LIVERKG_DATA", None)
    flags = list(args) + (["--history-file", history] if history else ["--no-history"])
    c = pexpect.spawn(BIN, flags, env=env, encoding="utf-8", timeout=20, dimensions=(40, 200))
    c.expect("Type :help")
    c.expect(PROMPT)
    return c


def finish(c, quit_answer=None):
    c.send("\x04")   # Ctrl-D
    if quit_answer is not None:
        c.expect(r"Quit anyway\? \[y/N\] ")
        c.send(quit_answer + "\r")
    c.expect(pexpect.EOF)
    c.close()
    expect(c.exitstatus == 0, "exit status %s" % c.exitstatus)


@case
def welcome_and_ctrl_d():
    env = dict(os.environ, NO_COLOR="1", TERM="dumb", INPUTRC="/dev/null")
    c = pexpect.spawn(BIN, ["--no-history"], env=env, encoding="utf-8", timeout=20)
    c.expect(r"liverkg \d+\.\d+\.\d+")
    c.expect(r"(\d+) nodes, (\d+) relationships, (\d+) labels")
    expect(int(c.match.group(1)) > 100, c.match.group(0))
    c.expect("Type :help")
    c.expect(PROMPT)
    finish(c)


@case
def multi_line_statement():
    c = shell()
    c.send("MATCH (n:CellType)\r")
    c.expect(MORE)
    c.send("WHERE n.name = 'MSC'\r")
    c.expect(MORE)
    c.send("RETURN n.name AS name;\r")
    c.expect(r"\| MSC  \|")
    c.expect("1 row")
    c.expect(PROMPT)
    c.send("RETURN 1 AS a; RETURN 2 AS b;\r")   # two statements on one line run in order
    c.expect(r"\| a \|")
    c.expect(r"\| b \|")
    c.expect(PROMPT)
    finish(c)


@case
def history_recall_across_runs():
    tmp = tempfile.mkdtemp()
    try:
        history = os.path.join(tmp, "history")
        c = shell(history=history)
        c.send("RETURN 'remember me'\r")
        c.expect(MORE)
        c.send("AS h;\r")
        c.expect("remember me")
        c.expect(PROMPT)
        finish(c)
        with open(history) as f:
            expect(f.read() == "RETURN 'remember me'\\nAS h;\n", "one entry for two lines")
        c = shell(history=history)
        c.send(UP + "\r")   # the multi-line statement comes back as one entry
        c.expect(r"\| remember me \|")
        c.expect(PROMPT)
        c.send(":history\r")
        c.expect("1  RETURN 'remember me'")
        finish(c)
    finally:
        shutil.rmtree(tmp)


@case
def completion_of_label_type_key_and_name():
    c = shell()
    c.send("MATCH (n:CellT\t) RETURN count(n) > 10 AS many;\r")
    c.expect(r"\| true \|")
    c.expect(PROMPT)
    c.send("MATCH ()-[r:TREA\t]->() RETURN count(r) > 10 AS many;\r")
    c.expect(r"\| true \|")
    c.expect(PROMPT)
    c.send("MATCH (n:CellType) WHERE n.name = 'MSC' RETURN n.alia\t AS a;\r")
    c.expect("mesenchymal stem cell")
    c.expect(PROMPT)
    c.send("MATCH (n) WHERE n.name = 'epithelial-mes\t RETURN n.name AS name;\r")
    c.expect(r"\| epithelial-mesenchymal transition \|")
    c.expect(PROMPT)
    # an alias in Chinese completes to the node's name and closes the string
    c.send("MATCH (n {name: '间充质干细胞\t}) RETURN n.name AS name;\r")
    c.expect(r"\| MSC  \|")
    c.expect(PROMPT)
    c.send(":sch\t\r")
    c.expect("Node labels")
    c.expect(PROMPT)
    finish(c)


@case
def schema_help_and_unknown_command():
    c = shell()
    c.send(":schema\r")
    c.expect(r"Node labels \(\d+\):")
    c.expect(r":CellType  \d+")
    c.expect(r":TREATS  \d+  sign [+-0]")
    c.expect(r"\(:CellType\)-\[:TREATS\]->\(:Disease\)  \d+")
    c.expect(PROMPT)
    c.send(":help\r")
    c.expect("Statements end with ';'")
    c.expect(":export FORMAT PATH")
    c.expect(PROMPT)
    c.send(":help save\r")
    c.expect("Usage: :save DIR")
    c.expect(PROMPT)
    # procedures: their signature and description from the registry; Tab completes the name
    c.send(":help kg.pa\t\r")
    c.expect(r"kg\.paths\(start :: LIST<NODE> \| NODE, target")
    c.expect("maxHops")
    c.expect(PROMPT)
    c.send(":help kg.lookup\r")
    c.expect(r"kg\.lookup\(text :: STRING, limit = 10 :: INTEGER\) :: \(node :: NODE, matched :: STRING")
    c.expect(PROMPT)
    c.send(":shema\r")
    c.expect(r"Unknown command :shema\. Did you mean :schema\?")
    c.expect(PROMPT)
    finish(c)


@case
def syntax_error_with_caret_keeps_the_session():
    c = shell()
    c.send("MATCH (n:CellType RETURN n;\r")
    c.expect("SyntaxError: ")
    c.expect("  at line 1, column 19")
    c.expect("  MATCH \\(n:CellType RETURN n;\r\n" + " " * 20 + "\\^")
    c.expect(PROMPT)
    c.send("RETURN 'still here' AS s;\r")
    c.expect("still here")
    c.expect(PROMPT)
    finish(c)


@case
def ctrl_c_cancels_a_long_statement_and_clears_the_line():
    c = shell()
    c.send("MATCH p = (a)-[*]-(b) RETURN count(p) AS n;\r")
    time.sleep(1.0)
    c.sendintr()
    c.expect("Cancelled")
    c.expect(PROMPT)
    c.send("MATCH (n) RETURN count(n) > 100 AS intact;\r")   # the graph is unchanged
    c.expect(r"\| true\s+\|")
    c.expect(PROMPT)
    c.send("RETURN 'typed but dropped'")
    c.sendintr()
    c.expect(PROMPT)
    c.send("RETURN 'fresh' AS f;\r")
    c.expect(r"\| fresh \|")
    c.expect(PROMPT)
    expect("dropped |" not in c.before, c.before)
    finish(c)


@case
def save_then_reload():
    tmp = tempfile.mkdtemp()
    try:
        out_dir = os.path.join(tmp, "kg")
        c = shell("--empty")
        c.send("CREATE (:Marker {id: 'm1', name: 'saved'})-[:LINKS]->(:Marker {id: 'm2', name: 'too'});\r")
        c.expect("Nodes created: 2")
        c.expect(PROMPT)
        c.send(":stats\r")
        c.expect(r"Unsaved changes:\s+yes")
        c.expect(PROMPT)
        c.send(":save %s\r" % out_dir)
        c.expect("Saved to")
        c.expect(PROMPT)
        finish(c)   # saved: no question
        rc, out, err = run(BIN, ["--load", out_dir, "--format", "csv", "-c",
                                 "MATCH (a:Marker)-[:LINKS]->(b) RETURN a.name AS a, b.name AS b"])
        expect(rc == 0 and out == "a,b\nsaved,too\n", out + err)
        c = shell("--empty")
        c.send(":load %s\r" % out_dir)
        c.expect("the graph has 2 nodes and 1 relationships")
        c.expect(PROMPT)
        finish(c)
    finally:
        shutil.rmtree(tmp)


@case
def unsaved_changes_ask_before_leaving():
    c = shell("--empty")
    c.send("CREATE (:Scratch);\r")
    c.expect(PROMPT)
    c.send(":quit\r")
    c.expect(r"Quit anyway\? \[y/N\] ")
    c.send("n\r")
    c.expect(PROMPT)
    finish(c, quit_answer="y")


@case
def settings_params_and_export():
    tmp = tempfile.mkdtemp()
    try:
        c = shell("--empty")
        c.send(":format csv\r")
        c.expect("Format: csv")
        c.send(":param limit => 2\r")
        c.expect(r"\$limit => 2")
        c.send(":params\r")
        c.expect(r"\$limit => 2")
        c.send("UNWIND range(1, 5) AS x RETURN x LIMIT $limit;\r")
        c.expect("x\r\n1\r\n2\r\n")
        c.expect(PROMPT)
        target = os.path.join(tmp, "out.json")
        c.send(":export json %s\r" % target)
        c.expect("Exported 2 rows")
        c.expect(PROMPT)
        c.send(":timer on\r")
        c.expect("Timer: on")
        c.send("RETURN 1 AS one;\r")
        c.expect(r"Time: \d+\.\d+ ms")
        c.expect(PROMPT)
        finish(c)
        with open(target) as f:
            expect('"rows":[[1],[2]]' in f.read(), "exported rows")
    finally:
        shutil.rmtree(tmp)


@case
def piped_input_has_no_prompts():
    rc, out, err = run(BIN, ["--empty"], stdin="RETURN 1 AS a;\n:help\n")
    # Meta-commands run in piped scripts too (as sqlite3's dot-commands do), without prompts.
    expect(rc == 0 and "liverkg>" not in out and "Meta-commands start with ':'" in out, out + err)
    rc, out, err = run(BIN, ["--empty", "--format", "csv"], stdin="RETURN 1 AS a;\nRETURN 2 AS b;\n")
    expect(rc == 0 and out == "a\n1\nb\n2\n", out + err)


if __name__ == "__main__":
    main()

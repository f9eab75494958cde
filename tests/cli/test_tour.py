#!/usr/bin/env python3
"""The README's tour works as printed: every line pasted on its own (a statement, a meta-command
or a `//` comment), and the whole block piped as one script; with COLUMNS=100 no line of output is
wider than 100 columns. Also: meta-commands in -f files and piped scripts.

Usage: test_tour.py LIVERKG [case ...]
"""
import os
import re
import sys
import tempfile
import unicodedata

from clitest import ROOT, case, expect, main, run

BINARY = sys.argv[1] if len(sys.argv) > 1 else "liverkg"


def tour_lines():
    """The lines of the first ```cypher block after '## A short tour' in README.md."""
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    section = text[text.index("## A short tour"):]
    block = re.search(r"```cypher\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.strip()]


def width(line):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1
               for ch in line)


def run_in_tmp(args, stdin=None, env=None):
    with tempfile.TemporaryDirectory() as tmp:   # :export writes files: keep them out of the tree
        return run(BINARY, args, stdin=stdin, env=env, cwd=tmp)


@case
def every_tour_line_runs_on_its_own_within_100_columns():
    lines = tour_lines()
    expect(len(lines) >= 8, lines)
    for line in lines:
        if line.startswith("//"):
            continue
        code, out, err = run_in_tmp(["-c", line], env={"COLUMNS": "100"})
        expect(code == 0, "%s\nexit %d: %s" % (line, code, err))
        expect(out.strip() or line.startswith(":"), "no output: " + line)
        wide = [l for l in out.splitlines() if width(l) > 100]
        expect(not wide, "%s\nlines wider than 100:\n%s" % (line, "\n".join(wide)))


@case
def the_tour_pasted_as_one_script_runs():
    code, out, err = run_in_tmp([], stdin="\n".join(tour_lines()) + "\n", env={"COLUMNS": "100"})
    expect(code == 0, err)
    expect(all(width(l) <= 100 for l in out.splitlines()), out)


@case
def tour_uses_cypher_comments_and_one_command_per_line():
    for line in tour_lines():
        expect(not line.lstrip().startswith("--"), "not a Cypher comment: " + line)
        expect(not line.startswith("liverkg>") and not line.startswith("...>"), "a prompt: " + line)
        if line.startswith(":"):
            expect(" | :" not in line, "two commands on one line: " + line)


@case
def meta_commands_in_files_and_piped_scripts():
    script = (":param cell => 'MSC'\n"
              "// a comment between\n"
              ":format csv\n"
              "MATCH (c:CellType {name: $cell}) RETURN c.name AS name;\n"
              ":format json\n"
              "MATCH (c:CellType {name: $cell})\n"
              "RETURN c.name AS name;\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "s.cypher")
        open(path, "w").write(script)
        for args, stdin in ((["-f", path], None), ([], script)):
            code, out, err = run(BINARY, args, stdin=stdin)
            expect(code == 0, (args, err))
            # no "Format: csv" confirmations in a script's output
            expect(out == 'name\nMSC\n{"columns":["name"],"rows":[["MSC"]],"stats":{}}\n' or
                   out.startswith("name\nMSC\n{"), out)


@case
def a_failing_meta_command_stops_a_script_with_status_1():
    code, out, err = run(BINARY, ["-c", ":format nonsense\nRETURN 1 AS x;"])
    expect(code == 1 and "Unknown format" in err and "x" not in out, (code, out, err))
    code, out, err = run(BINARY, ["-c", ":nosuch\nRETURN 1 AS x;"])
    expect(code == 1 and "Unknown command :nosuch" in err, (code, err))


@case
def a_label_continued_on_a_new_line_is_cypher_not_a_command():
    code, out, err = run(BINARY, ["--format", "csv", "-c", "MATCH (c\n:CellType {name: 'MSC'}) RETURN c.name AS n;"])
    expect(code == 0 and out == "n\nMSC\n", (code, out, err))


@case
def errors_in_a_file_after_a_meta_command_name_the_file_line():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bad.cypher")
        open(path, "w").write(":format csv\nRETURN 1 AS one;\n\nRETURN nosuch AS x;\n")
        code, out, err = run(BINARY, ["-f", path])
        expect(code == 1 and "line 4" in err, (code, err))


@case
def time_comes_after_the_result():
    code, out, err = run(BINARY, ["--timer", "-c", "RETURN 1 AS x;"])
    expect(code == 0 and "Time:" in err, err)
    code, out, err = run(BINARY, ["-c", ":timer on\nRETURN 1 AS x;"])
    expect(code == 0 and "Time:" in err, err)


@case
def max_rows_cuts_long_tables_and_says_so():
    code, out, err = run(BINARY, ["-c", ":max_rows 2\nUNWIND range(1, 5) AS x RETURN x;"])
    expect(code == 0, err)
    expect("3 more rows not shown" in out and "|  3 |" not in out, out)
    code, out, err = run(BINARY, ["--format", "csv", "-c", ":max_rows 2\nUNWIND range(1, 5) AS x RETURN x;"])
    expect(out == "x\n1\n2\n3\n4\n5\n", out)


if __name__ == "__main__":
    main()

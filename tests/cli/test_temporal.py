#!/usr/bin/env python3
"""Temporal values round-trip through the binary: JSON output, --param, TSV load and :save.
Usage: test_temporal.py path/to/liverkg [case ...]"""
import json
import os
import sys
import tempfile

import pexpect

from clitest import case, expect, main, run

BIN = sys.argv[1]

VALUES = {
    "d": ("date", "2015-07-21"),
    "lt": ("localtime", "21:40:32.142"),
    "t": ("time", "21:40:32.142+01:00"),
    "ldt": ("localdatetime", "2015-07-21T21:40:32.142"),
    "dt": ("datetime", "2015-07-21T21:40:32.142+01:00[Europe/London]"),
    "dur": ("duration", "P14DT16H12M"),
}


def lv(*args, **kw):
    return run(BIN, list(args), **kw)


def rows(out):
    return json.loads(out)["rows"]


@case
def json_output_names_the_kind():
    rc, out, err = lv("--empty", "--format", "json", "-c",
                      "RETURN date('2015-07-21') AS d, duration('P14DT16H12M') AS x, "
                      "datetime('2015-07-21T21:40:32.142[Europe/London]') AS z")
    expect(rc == 0, err)
    expect(rows(out) == [[{"_kind": "date", "value": "2015-07-21"},
                          {"_kind": "duration", "value": "P14DT16H12M"},
                          {"_kind": "datetime", "value": "2015-07-21T21:40:32.142+01:00[Europe/London]"}]], out)


@case
def params_read_the_json_form_back():
    args = ["--empty", "--format", "json"]
    for name, (kind, text) in VALUES.items():
        args += ["--param", "%s=%s" % (name, json.dumps({"_kind": kind, "value": text}))]
    names = list(VALUES)
    query = "RETURN " + ", ".join("$%s AS %s" % (n, n) for n in names) + \
        ", $d + $dur AS later, $dt.timezone AS zone"
    rc, out, err = lv(*args, "-c", query)
    expect(rc == 0, err)
    row = rows(out)[0]
    for n, cell in zip(names, row):
        expect(cell == {"_kind": VALUES[n][0], "value": VALUES[n][1]}, (n, cell))
    expect(row[-2] == {"_kind": "date", "value": "2015-08-04"}, row[-2])
    expect(row[-1] == "Europe/London", row[-1])


@case
def a_bad_temporal_param_is_a_usage_error():
    rc, out, err = lv("--empty", "--param", 'd={"_kind": "date", "value": "2015-13-01"}', "-c", "RETURN $d")
    expect(rc == 2 and "parameter 'd'" in err and "2015-13-01" in err, err)


@case
def typed_tsv_columns_load_and_save_back():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in")
        os.mkdir(src)
        with open(os.path.join(src, "nodes.tsv"), "w") as fh:
            fh.write("id\tcategory\tpublished:date\tseen:datetime\tfollowUp:duration\tvisits:date[]\n")
            fh.write("T1\tTrial\t2019-03-01\t2019-03-01T09:30+01:00\tP6M\t2019-04-01|2019-10-01\n")
        with open(os.path.join(src, "edges.tsv"), "w") as fh:
            fh.write("subject\tpredicate\tobject\tsince:date\n")
            fh.write("T1\tSELF\tT1\t2020-01-02\n")
        query = ("MATCH (t:Trial)-[r]->() RETURN t.published AS p, t.seen AS s, t.followUp AS f, "
                 "t.visits AS v, r.since AS since, t.published + t.followUp AS due")
        rc, out, err = lv("--load", src, "--format", "json", "-c", query)
        expect(rc == 0, err)
        first = rows(out)
        expect(first[0][0] == {"_kind": "date", "value": "2019-03-01"}, first)
        expect(first[0][5] == {"_kind": "date", "value": "2019-09-01"}, first)
        # The shell's :save, then --export tsv DIR: both write the graph back with typed columns.
        saved = os.path.join(tmp, "saved")
        env = dict(os.environ, NO_COLOR="1", TERM="dumb", INPUTRC="/dev/null")
        c = pexpect.spawn(BIN, ["--load", src, "--no-history"], env=env, encoding="utf-8", timeout=20)
        c.expect("liverkg> ")
        c.send(":save %s\r" % saved)
        c.expect("liverkg> ")
        c.send("\x04")
        c.expect(pexpect.EOF)
        exported = os.path.join(tmp, "exported")
        rc, out, err = lv("--load", src, "--export", "tsv", exported)
        expect(rc == 0, err)
        for directory in (saved, exported):
            with open(os.path.join(directory, "nodes.tsv")) as fh:
                header = fh.readline()
            for col in ("published:date", "seen:datetime", "followUp:duration", "visits:date[]"):
                expect(col in header, header)
            rc, out, err = lv("--load", directory, "--format", "json", "-c", query)
            expect(rc == 0, err)
            expect(rows(out) == first, (rows(out), first))


@case
def a_bad_typed_cell_names_file_and_line():
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "nodes.tsv"), "w") as fh:
            fh.write("id\tcategory\tpublished:date\n")
            fh.write("T1\tTrial\t2019-02-30\n")
        with open(os.path.join(tmp, "edges.tsv"), "w") as fh:
            fh.write("subject\tpredicate\tobject\n")
        rc, out, err = lv("--load", tmp, "-c", "RETURN 1")
        expect(rc == 2 and "nodes.tsv:2: column 'published': '2019-02-30' is not a date" in err, err)


@case
def table_format_prints_iso_text():
    rc, out, err = lv("--empty", "-c", "RETURN [date('2015-07-21')] AS l, localtime('12:00') AS t")
    expect(rc == 0, err)
    expect("[2015-07-21]" in out and "12:00" in out, out)


if __name__ == "__main__":
    main()

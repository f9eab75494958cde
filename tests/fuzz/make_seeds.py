#!/usr/bin/env python3
"""Writes the seed corpora of the exec, tsv and bolt fuzz targets (tests/fuzz/corpus/TARGET/).
exec: the statements of docs/*.md's cypher blocks (checked in); with --tck-into DIR, also a modest
sample of the openCypher TCK's queries (one per feature file of ../shared/tck), written at run time
into the run's corpus by run.sh and never checked in, since ../shared stays outside the repo;
tsv: small nodes/edges pairs (the tests' fixture and edge cases of docs/tsv-format.md);
bolt: Bolt 5 requests (HELLO, LOGON, RUN with parameters, PULL, RESET...) as chunked bytes.
Usage: make_seeds.py                          (regenerates the checked-in seeds; files are small)
       make_seeds.py --tck-into DIR [--tck TCK] (only the TCK sample, into DIR)"""
import argparse
import glob
import hashlib
import os
import re
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def write(target, name, data, into=None):
    d = into or os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def tck_queries(tck, per_file=1):
    out = []
    for path in sorted(glob.glob(os.path.join(tck, "features", "**", "*.feature"), recursive=True)):
        text = open(path, encoding="utf-8").read()
        blocks = re.findall(r'When executing query:\s*"""\n(.*?)"""', text, re.S)
        blocks = [b.strip() for b in blocks if len(b) < 600]
        step = max(1, len(blocks) // per_file)
        out += [re.sub(r"\n\s+", "\n", b) for b in blocks[::step][:per_file]]
    return out


def doc_statements():
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "docs", "*.md"))):
        for block in re.findall(r"```cypher\n(.*?)```", open(path, encoding="utf-8").read(), re.S):
            out += [s.strip() for s in block.split(";") if s.strip() and len(s) < 600]
    return out


def exec_seeds(statements, into=None):
    for s in statements:
        write("exec", hashlib.sha1(s.encode()).hexdigest()[:12] + ".cypher", s + "\n", into)
    return len(statements)


def tsv_seeds():
    fixture = os.path.join(ROOT, "tests", "golden", "fixtures", "tiny")
    nodes = open(os.path.join(fixture, "nodes.tsv"), encoding="utf-8").read()
    edges = open(os.path.join(fixture, "edges.tsv"), encoding="utf-8").read()
    seeds = {
        "fixture": nodes + "\f" + edges,
        "crlf": nodes.replace("\n", "\r\n") + "\f" + edges.replace("\n", "\r\n"),
        "typed": "id\tcategory\tyear:int\tscore:float\tok:boolean\trefs:int[]\tnames:string[]\n"
                 "a\tGene|biolink:Protein\t2001\t0.5\ttrue\t1|2\tx|y\nb\tGene\t\t\t\t\t\n"
                 "\fsubject\tpredicate\tobject\tweight:float\na\tBINDS\tb\t1.5\nb\tBINDS\tmissing\t2\n",
        "short-rows": "id\tcategory\tname\na\tX\nb\tX\tB\na\tY\tdup\n\fsubject\tpredicate\tobject\na\tT\n",
        "no-final-newline": "id\tcategory\na\tX\fsubject\tpredicate\tobject\na\tT\ta",
        "bom": "\ufeffid\tcategory\na\tX\n\fsubject\tpredicate\tobject\n",
    }
    for name, data in seeds.items():
        write("tsv", name + ".tsv", data)
    return len(seeds)


# PackStream encoding, just enough for Bolt requests.
def p_str(s):
    b = s.encode()
    if len(b) < 16:
        return bytes([0x80 + len(b)]) + b
    return bytes([0xD0, len(b)]) + b if len(b) < 256 else bytes([0xD1]) + struct.pack(">H", len(b)) + b


def p_int(i):
    if -16 <= i < 128:
        return struct.pack(">b", i)
    return bytes([0xCB]) + struct.pack(">q", i)


class Struct:
    """A PackStream structure: a tag and its fields (Bolt's temporal values, for instance)."""
    def __init__(self, tag, *fields):
        self.tag, self.fields = tag, fields


def p_val(v):
    if isinstance(v, Struct):
        return bytes([0xB0 + len(v.fields), v.tag]) + b"".join(p_val(f) for f in v.fields)
    if v is None:
        return b"\xC0"
    if v is True or v is False:
        return b"\xC3" if v else b"\xC2"
    if isinstance(v, int):
        return p_int(v)
    if isinstance(v, float):
        return b"\xC1" + struct.pack(">d", v)
    if isinstance(v, str):
        return p_str(v)
    if isinstance(v, list):
        return bytes([0x90 + len(v)]) + b"".join(p_val(x) for x in v)
    if isinstance(v, dict):
        return bytes([0xA0 + len(v)]) + b"".join(p_str(k) + p_val(x) for k, x in v.items())
    raise TypeError(v)


def message(tag, *fields):
    body = bytes([0xB0 + len(fields), tag]) + b"".join(p_val(f) for f in fields)
    return struct.pack(">H", len(body)) + body + b"\x00\x00"


def bolt_seeds():
    hello = message(0x01, {"user_agent": "seed/1.0", "bolt_agent": {"product": "seed/1.0"}})
    logon = message(0x6A, {"scheme": "none"})
    pull = message(0x3F, {"n": 1000})
    conversations = {
        "return": hello + logon + message(0x10, "RETURN 1 AS x", {}, {}) + pull,
        "params": hello + logon + message(0x10, "RETURN $a + size($b) AS x", {"a": 1, "b": [1, 2.5, None]}, {}) + pull,
        "create": hello + logon + message(0x10, "CREATE (n:Cell {name: $n}) RETURN n", {"n": "MSC"}, {}) + pull,
        "error-reset": hello + logon + message(0x10, "RETURN 1/0", {}, {}) + pull + message(0x0F) + message(0x10, "RETURN 2", {}, {}) + pull,
        "discard": hello + logon + message(0x10, "UNWIND range(1, 10) AS x RETURN x", {}, {}) + message(0x2F, {"n": -1}),
        "begin": hello + logon + message(0x11, {}) + message(0x12) + message(0x02),
        "route": hello + logon + message(0x66, {"address": "localhost:7687"}, [], {}),
        "goodbye": hello + message(0x02),
        "logoff": hello + logon + message(0x6B) + logon,
        # Temporal parameters as the drivers send them (Date, Time, LocalDateTime, DateTime with
        # an offset and with a zone, Duration), then temporal results.
        "temporal": hello + logon + message(0x10, "RETURN $d, $t, $l, $o, $z, $e, date('2020-02-29') AS x", {
            "d": Struct(ord("D"), 18321), "t": Struct(ord("T"), 45000000000000, 3600),
            "l": Struct(ord("d"), 1437514832, 142000000), "o": Struct(ord("I"), 1437514832, 0, -18000),
            "z": Struct(ord("i"), 1437514832, 5, "Europe/London"), "e": Struct(ord("E"), 14, 3, 14706, 700000000)}, {}) + pull,
        "nested": hello + logon + message(0x10, "RETURN $m", {"m": {"a": [[1], {"b": "c"}], "f": 1.5, "t": True}}, {}) + pull,
    }
    for name, data in conversations.items():
        write("bolt", name + ".bin", data)
    return len(conversations)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tck", default=os.path.join(ROOT, "..", "shared", "tck"))
    ap.add_argument("--tck-into", metavar="DIR", help="write only the TCK sample, into DIR")
    a = ap.parse_args()
    if a.tck_into:
        print("exec %d TCK seeds" % exec_seeds(tck_queries(a.tck), a.tck_into))
        return
    print("exec %d, tsv %d, bolt %d seeds" % (exec_seeds(doc_statements()[:60]), tsv_seeds(), bolt_seeds()))


if __name__ == "__main__":
    main()

"""Bad input, one row per case: exit 2, one coded line on stderr, no file created or replaced.

Each row builds its inputs in a fresh folder, runs ``kg`` in-process (the same
``main`` the console script calls) and checks the exit status, that stderr is
exactly one line carrying the expected error code, and that every path the
row names as protected is as it was before (absent, or byte-for-byte equal).
``test_rows_in_a_real_process`` runs a few rows as a subprocess to show that
no traceback reaches the user there either.
"""
from __future__ import annotations

import os
import re
import resource
import socket
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from conftest import DATA
from kg.cli import main

SMALL = (DATA / "small.txt").read_bytes()
OLD = b"# the previous output, which a failed run must not replace\n"


@dataclass
class Row:
    id: str
    args: list[str]                      # {d} is the row's folder
    code: str                            # the error code in the message, like E011
    files: dict[str, bytes] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None
    protect: list[str] = field(default_factory=lambda: ["out.ttl"])
    limit_file_size: int | None = None   # RLIMIT_FSIZE while running: a disk that fills up
    root_only_skip: bool = False         # root may write anywhere: the case cannot arise


def _symlink(d: Path) -> None:
    (d / "target.ttl").write_bytes(OLD)
    (d / "link.ttl").symlink_to(d / "target.ttl")


def _fifo(d: Path) -> None:
    os.mkfifo(d / "pipe.ttl")


def _socket(d: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(d / "sock.ttl"))
    s.close()


def _input_fifo(d: Path) -> None:
    os.mkfifo(d / "pipe.txt")  # no writer: a read would wait forever


def _input_socket(d: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(d / "sock.txt"))
    s.close()


def _dangling(d: Path) -> None:
    (d / "gone.txt").symlink_to(d / "missing.txt")


def _old_output(d: Path) -> None:
    (d / "out.ttl").write_bytes(OLD)


def _read_only(d: Path) -> None:
    (d / "out.ttl").write_bytes(OLD)
    os.chmod(d / "out.ttl", 0o444)


def _gold_docs(d: Path) -> None:
    (d / "docs").mkdir()
    (d / "docs" / "small.txt").write_bytes(SMALL)


NINES = "9" * 309
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e0 "xxxxxxxxxx">'
          + "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 4)) +
          ']>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">'
          '<rdf:Description rdf:about="http://e/s"><ex:p>&e3;</ex:p></rdf:Description></rdf:RDF>\n').encode()
ROWS = [
    # --- inputs
    Row("missing-input", ["build", "{d}/nope.txt", "-o", "{d}/out.ttl"], "E001"),
    Row("empty-document", ["build", "{d}/e.txt", "-o", "{d}/out.ttl"], "E004", {"e.txt": b"\n  \n"}),
    Row("not-utf8-or-gb18030", ["build", "{d}/b.txt", "-o", "{d}/out.ttl"], "E003", {"b.txt": bytes(range(128, 256)) * 4}),
    Row("truncated-utf16", ["build", "{d}/u.txt", "-o", "{d}/out.ttl"], "E003",
        {"u.txt": "大场镇获得荣誉。".encode("utf-16")[:-1]}),
    Row("front-matter-impossible-date", ["build", "{d}/f.md", "-o", "{d}/out.ttl"], "E005",
        {"f.md": "---\ndate: 2021-02-30\n---\n大场镇获得国家卫生镇称号。\n".encode()}),
    Row("front-matter-aliases", ["build", "{d}/f.md", "-o", "{d}/out.ttl"], "E005",
        {"f.md": ("---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                  "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n大场镇。\n").encode()}),
    Row("front-matter-too-large", ["build", "{d}/f.md", "-o", "{d}/out.ttl"], "E005",
        {"f.md": ("---\ntitle: " + "长" * 20000 + "\n---\n大场镇。\n").encode()}),
    Row("front-matter-not-closed", ["build", "{d}/f.md", "-o", "{d}/out.ttl"], "E005",
        {"f.md": "---\ntitle: x\n大场镇。\n".encode()}),
    Row("front-matter-not-a-mapping", ["build", "{d}/f.md", "-o", "{d}/out.ttl"], "E005",
        {"f.md": "---\n- a\n- b\n---\n大场镇。\n".encode()}),
    Row("front-matter-title-a-list", ["build", "{d}/f.md", "-o", "{d}/out.ttl"], "E005",
        {"f.md": "---\ntitle: [a, b]\n---\n大场镇。\n".encode()}),
    Row("number-too-large", ["build", "{d}/n.txt", "-o", "{d}/out.ttl"], "E006",
        {"n.txt": f"大场镇全年税收{NINES}元。\n".encode()}),
    Row("digit-run-of-20000", ["build", "{d}/n.txt", "-o", "{d}/out.ttl"], "E006",
        {"n.txt": ("大场镇税收" + "1" * 20000 + "元。\n").encode()}),
    # --- outputs
    Row("output-symlink", ["build", "{d}/s.txt", "-o", "{d}/link.ttl"], "E011", {"s.txt": SMALL},
        setup=_symlink, protect=["target.ttl"]),
    # --- inputs that exist but are no document file: refused for what they are, nothing written
    Row("input-dev-zero", ["build", "/dev/zero", "-o", "{d}/out.ttl"], "E008"),
    Row("input-fifo", ["build", "{d}/pipe.txt", "-o", "{d}/out.ttl"], "E008", setup=_input_fifo),
    Row("input-socket", ["build", "{d}/s.txt", "{d}/sock.txt", "-o", "{d}/out.ttl"], "E008", {"s.txt": SMALL},
        setup=_input_socket),
    Row("input-dangling-link", ["build", "{d}/gone.txt", "-o", "{d}/out.ttl"], "E001", setup=_dangling),
    Row("explain-dev-zero", ["explain", "/dev/zero", "-o", "{d}/out.html"], "E008", protect=["out.html"]),
    Row("explain-fifo", ["explain", "{d}/pipe.txt", "-o", "{d}/out.html"], "E008", setup=_input_fifo,
        protect=["out.html"]),
    Row("explain-folder", ["explain", "{d}", "-o", "{d}/out.html"], "E008", protect=["out.html"]),
    Row("query-file-folder", ["query", "--graph", str(DATA / "small.ttl"), "--file", "{d}"], "E030", protect=[]),
    Row("query-file-fifo", ["query", "--graph", str(DATA / "small.ttl"), "--file", "{d}/pipe.txt"], "E030",
        setup=_input_fifo, protect=[]),
    Row("output-fifo", ["build", "{d}/s.txt", "-o", "{d}/pipe.ttl"], "E011", {"s.txt": SMALL}, setup=_fifo,
        protect=[]),
    Row("output-socket", ["build", "{d}/s.txt", "-o", "{d}/sock.ttl"], "E011", {"s.txt": SMALL}, setup=_socket,
        protect=[]),
    Row("output-device", ["build", "{d}/s.txt", "-o", "/dev/null", "--format", "ttl"], "E011", {"s.txt": SMALL},
        protect=[]),
    Row("output-folder", ["build", "{d}/s.txt", "-o", "{d}"], "E010", {"s.txt": SMALL}, protect=[]),
    Row("output-folder-with-format", ["build", "{d}/s.txt", "-o", "{d}", "--format", "ttl"], "E011",
        {"s.txt": SMALL}, protect=[]),
    Row("output-folder-missing", ["build", "{d}/s.txt", "-o", "{d}/no/out.ttl"], "E011", {"s.txt": SMALL},
        protect=["no"]),
    Row("output-in-proc", ["build", "{d}/s.txt", "-o", "/proc/townkg-out.ttl"], "E011", {"s.txt": SMALL}),
    Row("output-unwritable-store-untouched", ["build", "{d}/s.txt", "-o", "/proc/townkg-out.ttl",
                                              "--store", "{d}/store"], "E011", {"s.txt": SMALL},
        protect=["store"]),
    Row("output-read-only-file", ["build", "{d}/s.txt", "-o", "{d}/out.ttl"], "E011", {"s.txt": SMALL},
        setup=_read_only, root_only_skip=True),
    Row("output-disk-full", ["build", "{d}/s.txt", "-o", "{d}/out.ttl"], "E012", {"s.txt": SMALL},
        setup=_old_output, limit_file_size=64),
    Row("output-unknown-extension", ["build", "{d}/s.txt", "-o", "{d}/out.xlsx"], "E010", {"s.txt": SMALL},
        protect=["out.xlsx"]),
    Row("viz-output-fifo", ["viz", "{d}/g.ttl", "-o", "{d}/pipe.ttl"], "E011", {"g.ttl": b""}, setup=_fifo,
        protect=[]),
    Row("export-output-symlink", ["export", "{d}/g.ttl", "--format", "graphml", "-o", "{d}/link.ttl"], "E011",
        {"g.ttl": b""}, setup=_symlink, protect=["target.ttl"]),
    # --- graph files and query files
    # three levels of entities make 10 KB here; eight in 700 bytes would be a 1 GB literal
    Row("graph-xml-entities", ["query", "--graph", "{d}/g.rdf", "-e", "SELECT * { ?s ?p ?o }"], "E020",
        {"g.rdf": LAUGHS}, protect=[]),
    Row("graph-term-over-16mb", ["query", "--graph", "{d}/g.nt", "-e", "SELECT * { ?s ?p ?o }"], "E020",
        {"g.nt": b'<http://e/s> <http://e/p> "' + b"x" * (17 << 20) + b'" .\n'}, protect=[]),
    Row("query-file-not-utf8", ["query", "--graph", str(DATA / "small.ttl"), "-f", "{d}/q.rq"], "E030",
        {"q.rq": b"SELECT * { ?s ?p '\xff\xfe' }"}, protect=[]),
    Row("validate-xml-entities", ["validate", "{d}/g.rdf"], "E020", {"g.rdf": LAUGHS}, protect=[]),
    # --- gold files
    Row("gold-line-an-array", ["eval", "{d}/g.jsonl", "--docs", "{d}/docs"], "E040", {"g.jsonl": b"[1, 2]\n"},
        setup=_gold_docs, protect=[]),
    Row("gold-line-a-string", ["eval", "{d}/g.jsonl", "--docs", "{d}/docs"], "E040", {"g.jsonl": b'"fact"\n'},
        setup=_gold_docs, protect=[]),
    Row("gold-not-json", ["eval", "{d}/g.jsonl", "--docs", "{d}/docs"], "E040", {"g.jsonl": b"{doc: 1\n"},
        setup=_gold_docs, protect=[]),
    Row("gold-not-utf8", ["eval", "{d}/g.jsonl", "--docs", "{d}/docs"], "E040", {"g.jsonl": b"\xff\xfe\xfd\n"},
        setup=_gold_docs, protect=[]),
    # --- catalog parameters
    Row("param-limit-with-sparql", ["query", "most-connected", "--graph", str(DATA / "small.ttl"),
                                    "--param", "limit=1 OFFSET 1"], "E031", protect=[]),
    Row("param-limit-negative", ["query", "most-connected", "--graph", str(DATA / "small.ttl"),
                                 "--param", "limit=-1"], "E031", protect=[]),
    Row("param-unknown", ["query", "most-connected", "--graph", str(DATA / "small.ttl"),
                          "--param", "town=x"], "E030", protect=[]),
    # --param for a query given as text: it must name a parameter the text declares ("# param:" lines)
    Row("param-for-inline-query", ["query", "--graph", str(DATA / "small.ttl"), "-e", "SELECT * { ?s ?p ?o }",
                                   "--param", "town=x"], "E030", protect=[]),
    Row("param-not-in-query-file", ["query", "--graph", str(DATA / "small.ttl"), "--file", "{d}/q.rq",
                                    "--param", "town=x"], "E030",
        {"q.rq": b"# param: n: integer = 1 | rows\nSELECT * { ?s ?p ?o } LIMIT {{n}}\n"}, protect=[]),
    # --- option values
    Row("port-70000", ["serve", "{d}/g.ttl", "--port", "70000"], "E090", {"g.ttl": b""}, protect=[]),
    Row("port-negative", ["serve", "{d}/g.ttl", "--port", "-1"], "E090", {"g.ttl": b""}, protect=[]),
    Row("jobs-0", ["build", "{d}/s.txt", "-o", "{d}/out.ttl", "--jobs", "0"], "E090", {"s.txt": SMALL}),
    Row("jobs-not-a-number", ["build", "{d}/s.txt", "-o", "{d}/out.ttl", "--jobs", "many"], "E090",
        {"s.txt": SMALL}),
    Row("depth-negative", ["viz", "{d}/g.ttl", "-o", "{d}/out.ttl", "--depth", "-1"], "E090", {"g.ttl": b""}),
    Row("max-nodes-0", ["viz", "{d}/g.ttl", "-o", "{d}/out.ttl", "--max-nodes", "0"], "E090", {"g.ttl": b""}),
    Row("top-negative", ["analyze", "{d}/g.ttl", "--top", "-5"], "E090", {"g.ttl": b""}, protect=[]),
    Row("timeout-negative", ["serve", "{d}/g.ttl", "--timeout", "-1"], "E090", {"g.ttl": b""}, protect=[]),
    Row("timeout-zero", ["serve", "{d}/g.ttl", "--timeout", "0"], "E090", {"g.ttl": b""}, protect=[]),
    Row("timeout-nan", ["serve", "{d}/g.ttl", "--timeout", "nan"], "E090", {"g.ttl": b""}, protect=[]),
    Row("max-rows-negative", ["serve", "{d}/g.ttl", "--max-rows", "-5"], "E090", {"g.ttl": b""}, protect=[]),
    # values that would be taken and never match: an Origin has no path, a Host header no scheme (the graph is
    # missing: the option is refused before it is looked for)
    Row("cors-origin-with-slash", ["serve", "{d}/g.ttl", "--cors", "http://localhost:3000/"], "E090", protect=[]),
    Row("cors-origin-not-a-url", ["serve", "{d}/g.ttl", "--cors", "localhost:3000"], "E090", protect=[]),
    Row("federate-a-url", ["serve", "{d}/g.ttl", "--federate", "http://data.example/sparql"], "E090", protect=[]),
    Row("federate-port-0", ["serve", "{d}/g.ttl", "--federate", "127.0.0.1:0"], "E090", protect=[]),
    Row("federate-port-too-big", ["serve", "{d}/g.ttl", "--federate", "127.0.0.1:65536"], "E090", protect=[]),
    Row("federate-with-path", ["serve", "{d}/g.ttl", "--federate", "data.example:3030/ds"], "E090", protect=[]),
    Row("allow-host-with-port", ["serve", "{d}/g.ttl", "--allow-host", "kg.example:8080"], "E090", protect=[]),
    Row("unknown-option", ["build", "{d}/s.txt", "--colour"], "E090", {"s.txt": SMALL}, protect=[]),
]


@contextmanager
def _file_size_limit(limit: int | None):
    """A soft RLIMIT_FSIZE for the run: writes past it fail with EFBIG, as on a full disk.

    Python ignores SIGXFSZ, so the write returns an error instead of killing the process.
    """
    if limit is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


def _prepare(row: Row, d: Path) -> tuple[list[str], dict[Path, bytes | None]]:
    for name, data in row.files.items():
        (d / name).write_bytes(data)
    if row.setup:
        row.setup(d)
    protected = {}
    for name in row.protect:
        p = d / name
        protected[p] = p.read_bytes() if p.is_file() else None
    return [a.replace("{d}", str(d)) for a in row.args], protected


def _check_protected(protected: dict[Path, bytes | None]) -> None:
    for p, before in protected.items():
        if before is None:
            assert not os.path.lexists(p), f"{p} was created"
        else:
            assert p.read_bytes() == before, f"{p} was replaced"
    for p in protected:  # no temp file left next to it either
        assert not [x for x in p.parent.iterdir() if x.name.endswith((".tmp", ".probe"))]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_bad_input(row: Row, tmp_path, capsys):
    if row.root_only_skip and os.geteuid() == 0:
        pytest.skip("root may write a read-only file; the case cannot arise")
    args, protected = _prepare(row, tmp_path)
    with _file_size_limit(row.limit_file_size):
        try:
            code = main(args)
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert re.match(rf"kg( {args[0]})?: error: \[{row.code}\] \S", err), err
    assert "Traceback" not in err and "internal error" not in err
    _check_protected(protected)


def test_html_saved_as_txt_is_read_as_html(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text('<html><body><div class="c"><p style="text-indent:2em">大场镇获得国家卫生镇称号。</p>\n'
                    '<p style="text-indent:2em">桃浦镇税收30亿元。</p><br/></div></body></html>\n', encoding="utf-8")
    out = tmp_path / "out.ttl"
    assert main(["build", str(page), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "国家卫生镇" in text and "text-indent" not in text and "<p" not in text


def test_document_over_a_million_characters_is_built(tmp_path, capsys):
    """Over spaCy's 1,000,000-character limit: read in pieces (core's kg.extract), not a failed build."""
    big = tmp_path / "big.txt"
    big.write_text("大场镇获得国家卫生镇称号。\n" + ("x" * 999 + "\n") * 1001, encoding="utf-8")
    out = tmp_path / "out.ttl"
    code = main(["build", str(big), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 0 and "国家卫生镇" in out.read_text(encoding="utf-8"), err


def test_text_over_the_size_limit_is_refused_or_skipped_and_named(tmp_path, capsys, monkeypatch):
    """Text has the input size limit of every other kind: its facts are held whole however it is read."""
    from kg import readers

    monkeypatch.setattr(readers, "MAX_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("大场镇获得国家卫生镇称号。\n" * 100, encoding="utf-8")   # 3.9 KB
    small = tmp_path / "s.txt"
    small.write_bytes(SMALL)
    out = tmp_path / "out.ttl"
    assert main(["build", str(big), str(small), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "[E082]" in err and "big.txt" in err, err
    assert not out.exists()
    assert main(["build", str(big), str(small), "-o", str(out), "--skip-errors"]) == 0
    err = capsys.readouterr().err
    assert re.search(r"^skipped .*big\.txt.*\[E082\]", err, re.M), err
    assert out.is_file()


@pytest.mark.parametrize("name, data", [
    ("long.txt", "大场镇获得国家卫生镇称号。\n" * 100),                      # 1,400 characters, 3.9 KB
    ("long.md", "---\ntitle: 长文\n---\n" + "大场镇获得国家卫生镇称号。\n" * 100),
    ("long.html", "<html><body>" + "<p>大场镇获得国家卫生镇称号。</p>" * 100 + "</body></html>"),
])
def test_a_document_over_the_character_limit_is_refused_or_skipped(name, data, tmp_path, capsys, monkeypatch):
    """The character limit (kg.ingest.MAX_CHARS) bounds one document's memory, in every format, under the byte limit."""
    from kg import ingest

    monkeypatch.setattr(ingest, "MAX_CHARS", 1000)
    big = tmp_path / name
    big.write_text(data, encoding="utf-8")
    small = tmp_path / "s.txt"
    small.write_bytes(SMALL)
    out = tmp_path / "out.ttl"
    assert main(["build", str(big), str(small), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "[E082]" in err and name in err and "over the 1,000 limit" in err, err
    assert not out.exists()
    assert main(["build", str(big), str(small), "-o", str(out), "--skip-errors"]) == 0
    err = capsys.readouterr().err
    assert re.search(rf"^skipped .*{re.escape(name)}.*\[E082\]", err, re.M), err
    assert out.is_file()


@pytest.mark.parametrize("row", [r for r in ROWS if r.id in ("truncated-utf16", "output-symlink", "port-70000",
                                                             "front-matter-impossible-date")],
                         ids=lambda r: r.id)
def test_rows_in_a_real_process(row: Row, tmp_path):
    args, protected = _prepare(row, tmp_path)
    p = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and f"[{row.code}]" in p.stderr, p.stderr
    _check_protected(protected)

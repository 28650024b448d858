"""Property-based fuzzing (Hypothesis): any document either builds into RDF every format can carry, or is refused with a coded error.

The text strategy mixes sentence pieces of the kind the rules look for with
control characters, lone surrogates, digit runs, markup and front matter; the
bytes strategy feeds the decoder. ``bench/fuzz.py`` runs the same pipeline on
10,000+ generated documents; this is the few-hundred-example version for CI.
"""
from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg import extract, ingest, store
from kg.build import document_rdf
from kg.errors import KGError

PIECES = ["大场镇", "桃浦镇", "宝山区", "荣获", "国家卫生镇", "称号", "上海市文明镇", "税收总额", "达", "43.82", "亿元",
          "增长", "下降", "3.6", "%", "绿化覆盖率", "力争", "创建", "落户", "有限公司", "河长制", "。", "，", "、",
          "“", "”", "《", "》", "\n", "\r\n", " ", "一二三", "万", "个", "2021年", "十三五末", "**", "## "]
NASTY = ["\x00", "\x01", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f", "\ud800", "\udfff", "\ufffe", "\uffff",
         "\ufeff", "\u2028", "<p>", "</div>", "<br/>", "&nbsp;", "9" * 30, "1" * 400, "---\n", "&a", "*a", "\t"]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(NASTY), st.text(max_size=8)),
                max_size=80).map("".join)
FRONT = st.sampled_from(["", "---\ntitle: 报告\ndate: 2021-03-01\n---\n", "---\ndate: 2021-02-30\n---\n",
                         "---\na: &x [1, 2]\nb: *x\n---\n", "---\ntitle: [1, 2]\n---\n", "---\n\x01: x\n---\n"])
FORMATS = ("turtle", "trig", "nt", "nquads", "json-ld", "xml")


@pytest.fixture(scope="module", autouse=True)
def warm():
    extract.pipeline()


def build_and_read_back(data: bytes | str, name: str) -> None:
    """The property: a coded refusal, or RDF that every format writes and reads back whole."""
    try:
        doc = ingest.parse_document(data, name=name, doc_id="fuzz")
        graphs, _ = document_rdf(doc, extract.extract(doc))
    except KGError:
        return  # a clean, coded refusal
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g))
             for g, nt, *_ in graphs for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)]
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    for fmt in FORMATS:
        items = quads if fmt in ("trig", "nquads", "json-ld") else sorted(triples, key=str)
        out = ox.serialize(items, format=store.OX_FORMATS[fmt])
        back = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(out, format=store.OX_FORMATS[fmt])}
        assert back == triples, fmt
    g = Graph().parse(io.BytesIO(ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.RDF_XML)), format="xml")
    assert len(g) == len(triples)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front=FRONT, body=TEXT, name=st.sampled_from(["a.txt", "a.md"]))
def test_any_text_builds_or_is_refused_cleanly(front, body, name):
    build_and_read_back(front + body, name)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=400), TEXT.map(lambda t: t.encode("utf-16", "surrogatepass")),
                      TEXT.map(lambda t: t.encode("gb18030", "replace"))))
def test_any_bytes_build_or_are_refused_cleanly(data):
    build_and_read_back(data, "b.txt")

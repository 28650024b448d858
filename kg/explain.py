"""See what was found: a document rendered with every extracted fact highlighted in place.

The page uses spaCy's displaCy span style (inline styles only: nothing loads
from the network). Each highlight is labelled with the fact's type, the rule
id that fired and the triple it became; a table below lists every fact with
its IRIs, so a reader can check a document by eye against the graph.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from spacy import displacy

from kg import extract, ingest, rdfize
from kg.extract import Fact
from kg.facttypes import FACT_TYPES
from kg.namespaces import PREFIXES

COLORS = {"honor": "#f6c445", "pursued_honor": "#f9e4a6", "enterprise": "#8fd3ff",
          "program": "#b5e7a0", "observation": "#e3b6ff"}


@dataclass
class Explained:
    html: str
    facts: int
    by_type: dict[str, int]


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)):
            return f"{prefix}:{iri[len(str(ns)):]}"
    return iri


def _label(fact: Fact, triple, town: str | None) -> str:
    s, p, o = triple
    if fact.type == "observation":
        kind = "目标" if fact.kind == "target" else "实际"
        period = f" {fact.period}" if fact.period else ""
        return f"observation · {fact.rule} · {fact.indicator} = {fact.value_text} ({kind}{period})"
    subject = fact.subject or town or "?"
    if FACT_TYPES[fact.type].reverse:
        subject, obj = fact.object, (fact.place or town or "?")
    else:
        obj = fact.object
    return f"{fact.type} · {fact.rule} · {subject} {_short(p.value)} {obj}"


def _mention(text: str, fact: Fact) -> tuple[int, int]:
    """Where the fact's words stand in its sentence (its object, figure), else the whole sentence."""
    sentence = text[fact.start:fact.end]
    for words in (fact.value_text, fact.surface, fact.object):
        if words and (i := sentence.find(words)) >= 0:
            return fact.start + i, fact.start + i + len(words)
    return fact.start, fact.end


def _paragraph(text: str, start: int, end: int, marks: list[tuple[int, int, str]]) -> dict:
    """One paragraph as a displaCy manual span document: chunks cut at every mark boundary."""
    cuts = sorted({start, end, *(max(start, min(end, x)) for a, b, _ in marks for x in (a, b))})
    chunks = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
    index = {a: i for i, (a, _) in enumerate(chunks)}
    ends = {b: i + 1 for i, (_, b) in enumerate(chunks)}
    spans = [{"start_token": index[a], "end_token": ends[b], "label": label}
             for a, b, label in marks if a in index and b in ends]
    return {"text": text[start:end], "tokens": [text[a:b] for a, b in chunks], "spans": spans}


def explain(path: str | Path) -> Explained:
    """Read and extract one document; return the page that shows its facts in place."""
    doc = ingest.read_document(path)
    facts = extract.extract(doc)
    rdf = rdfize.document_quads(doc, facts)
    text = doc.text
    marks, colors, rows, titles = [], {}, [], {}
    for n, (fact, triple) in enumerate(rdf.statements, 1):
        # in the text: a short label (number, type, rule); the triple is its tooltip and its table row
        label = html.escape(f"#{n} {fact.type} · {fact.rule}")
        titles[label] = _label(fact, triple, doc.town)
        a, b = _mention(text, fact)
        marks.append((a, b, label))
        colors[label] = COLORS.get(fact.type, "#ddd")
        rows.append((fact, triple))
    paragraphs, pos = [], 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip():
            paragraphs.append(_paragraph(text, start, end, [m for m in marks if start <= m[0] < end]))
    body = displacy.render(paragraphs, style="span", manual=True, page=False,
                           options={"colors": colors}) if paragraphs else ""
    for label, title in titles.items():  # displaCy has no tooltips: the label's own span gets one
        body = body.replace(f">\n        {label}\n", f' title="{html.escape(title)}">\n        {label}\n', 1)
    by_type: dict[str, int] = {}
    for fact, _ in rows:
        by_type[fact.type] = by_type.get(fact.type, 0) + 1
    return Explained(_page(doc, body, rows, by_type), len(rows), by_type)


def _page(doc, body: str, rows, by_type: dict[str, int]) -> str:
    e = html.escape
    town = doc.town
    counts = ", ".join(f"{k} {v}" for k, v in sorted(by_type.items())) or "none"
    table = "\n".join(
        f"<tr class='fact' id='fact-{n}' data-type='{e(f.type)}'><td>#{n}</td><td>{e(f.type)}</td><td>{e(f.rule)}</td>"
        f"<td>{f.start}–{f.end}</td><td>{e(_label(f, (s, p, o), town))}</td><td>{e(_short(s.value))}</td>"
        f"<td>{e(_short(p.value))}</td><td>{e(_short(o.value))}</td></tr>" for n, (f, (s, p, o)) in enumerate(rows, 1))
    legend = " ".join(f"<span style='background:{c};padding:2px 6px;border-radius:3px'>{t}</span>"
                      for t, c in COLORS.items())
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{e(doc.title or doc.id)} · TownKG explain</title>
<style>body{{font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif;margin:2rem;max-width:70rem}}
table{{border-collapse:collapse;font-size:.85em}}
#document .spans{{line-height:3.4!important}}#document span[title]{{white-space:nowrap;cursor:help}}td,th{{border:1px solid #ccc;padding:2px 6px;text-align:left}}</style>
</head><body>
<h1>{e(doc.title or doc.id)}</h1>
<p>town: {e(doc.town or "?")} · date: {e(doc.date or "?")} · facts: {counts}</p>
<p>{legend}</p>
<div id="document">{body}</div>
<h2>Facts and their triples</h2>
<table id="facts"><tr><th>#</th><th>type</th><th>rule</th><th>evidence</th><th>statement</th><th>subject</th><th>property</th><th>object</th></tr>
{table}</table>
</body></html>
"""

"""The ``Fact`` record and how the fact finders write facts on a spaCy ``Doc``.

Facts live in ``doc.spans``: one span group per fact type (``doc.spans["honor"]``
…), each span covering the words of the fact in the text (the honor's name,
the figure) and carrying the ``Fact`` as ``span._.fact``. A fact's evidence is
its sentence (``fact.start``/``fact.end``), which is what the graph cites.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span


@dataclass
class Fact:
    """One extracted fact with its evidence span (offsets in the cleaned text).

    Extraction decides everything about a fact: the subject (None for the
    document's own area) and its kind, the object's canonical name and its
    other names; rdfize only writes it down.
    """

    type: str                      # a key of kg.facttypes.FACT_TYPES
    subject: str | None            # None: the document's own area
    object: str | None
    start: int                     # evidence span (the sentence)
    end: int
    rule: str                      # the rule id that fired, recorded as tk:extractedBy
    subject_kind: str | None = None
    aliases: tuple[str, ...] = ()  # other names of the object
    subject_aliases: tuple[str, ...] = ()
    place: str | None = None       # enterprise: the town it settled in, when named
    surface: str | None = None     # the object as written, when the canonical name differs
    # observations
    indicator: str | None = None
    value: float | None = None
    unit: str | None = None
    value_text: str | None = None
    period: str | None = None
    period_years: tuple[int, int] | None = None
    kind: str | None = None        # actual / target
    per_capita: bool = False
    qualifier: str | None = None
    extra: dict = field(default_factory=dict)


for _name in ("tk_sentences", "tk_sections", "tk_context", "tk_facts"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _fact_of(span: Span) -> Fact | None:
    facts = span.doc._.tk_facts
    return facts.get(span.id) if facts else None


if not Span.has_extension("fact"):
    # spaCy keeps span attributes by offsets only, and one honor can have two receivers on the same
    # words: each fact span gets its own id, and the attribute looks the fact up by that id
    Span.set_extension("fact", getter=_fact_of)


def emit(doc: Doc, fact: Fact, at: tuple[int, int] | None = None) -> None:
    """Record a fact on the doc: a span over ``at`` (else its sentence) in the fact type's group."""
    facts = doc._.tk_facts
    if facts is None:
        facts = doc._.tk_facts = {}
    span_id = len(facts) + 1
    if doc.user_data.get("tk_facts_only"):  # kg.extract.extract asks only for the facts: no span is made
        facts[span_id] = fact
        return
    start, end = at if at and at[1] > at[0] else (fact.start, fact.end)
    if doc.user_data.get("tk_chars") and len(doc) == len(doc.user_data.get("tk_text", "")) and \
            0 <= start < end <= len(doc):
        # one token per character (kg.extract.CharTokenizer, and no component before has merged tokens):
        # the offsets are the tokens' indices
        span = Span(doc, start, end, label=fact.type, span_id=span_id)
    else:
        span = doc.char_span(start, end, label=fact.type, alignment_mode="expand", span_id=span_id)
        if span is None:  # offsets outside the text: fall back to the sentence
            span = doc.char_span(fact.start, fact.end, label=fact.type, alignment_mode="expand", span_id=span_id)
    facts[span_id] = fact
    group = doc.spans.get(fact.type)
    if group is not None:
        group.append(span)
    else:
        doc.spans[fact.type] = [span]


def find_in(sentence: str, offset: int, name: str | None) -> tuple[int, int] | None:
    """Where a name stands in its sentence, as document offsets (None when not written as such)."""
    if not name:
        return None
    i = sentence.find(name)
    return (offset + i, offset + i + len(name)) if i >= 0 else None


def facts_in(doc: Doc, types) -> list[Fact]:
    """The facts of the span groups ``types`` found so far (what a later finder may read of an earlier one's)."""
    if doc.user_data.get("tk_facts_only"):
        return [f for f in (doc._.tk_facts or {}).values() if f.type in types]
    return [span._.fact for g in types if g in doc.spans for span in doc.spans[g]]


def facts_of(doc: Doc) -> list[Fact]:
    """All facts on a doc, in the order the finders found them."""
    return list((doc._.tk_facts or {}).values())

"""Find facts in a cleaned document with a rule-based spaCy pipeline.

``kg.pipeline()`` is a ``spacy.blank("zh")`` whose tokenizer makes one token
per character (the rules read characters; nothing is segmented into words)
and whose components are registered factories:

    tk_sentences     sentence spans (。！？ and line ends)          kg/extract/text.py
    tk_sections      for each sentence: actual or target, and its period
    tk_honors        honors received and pursued                    kg/extract/honors.py
    tk_enterprises   enterprises placed in the town                 kg/extract/enterprises.py
    tk_programs      named programs                                 kg/extract/programs.py
    tk_observations  figures with units, as observations            kg/extract/observations.py
                     naming what each figure measures (indicator)   kg/extract/indicators.py

``nlp(text)`` runs them all; each finder writes its facts to ``doc.spans``
(one group per fact type, ``span._.fact`` the ``Fact``). Their word lists are
in ``data/lexicons/*.tsv`` and reach them through their config
(``make_pipeline({"tk_honors": {"rules": "my_honors.tsv"}})``).
"""
from __future__ import annotations

from functools import lru_cache

from kg.spacyload import load_spacy

spacy = load_spacy()  # before any other import of spaCy: its command line is not imported (kg/spacyload.py)
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from kg import lexicon
from kg.extract import enterprises, honors, observations, programs, text  # noqa: F401  (registers the factories)
from kg.extract.fact import Fact, facts_of
from kg.extract.text import clauses, sentence_spans, years_of
from kg.facttypes import FACT_TYPES
from kg.ingest import Document

__all__ = ["Fact", "PIPES", "clauses", "extract", "make_pipeline", "pipeline", "sentence_spans", "years_of", "facts_of"]

PIPES = ("tk_sentences", "tk_sections", "tk_honors", "tk_enterprises", "tk_programs", "tk_observations")
# A document longer than this is read in pieces cut at line ends (bounded memory per piece)
PIECE = 200_000


class CharTokenizer:
    """One token per character: the rules work on characters, so no word segmentation is needed."""

    def __init__(self, vocab):
        self.vocab = vocab
        self._orths: dict[str, int] = {}  # character -> its id in the vocab's string store
        self._strings = None

    def __call__(self, text: str) -> Doc:
        # words given by their string ids: spaCy then looks each lexeme up without hashing the character again
        doc = Doc(self.vocab, words=self._orth_ids(text), spaces=[False] * len(text))
        doc.user_data["tk_text"] = text  # Doc.text rebuilds the string from its tokens on every access
        doc.user_data["tk_chars"] = True  # token i is character i (fact spans are made from offsets directly)
        return doc

    def _orth_ids(self, text: str) -> list[int]:
        strings = self.vocab.strings
        if strings is not self._strings:  # a new string store (a pipeline loaded from disk): ids checked anew
            self._orths, self._strings = {}, strings
        orths = self._orths
        for ch in set(text).difference(orths):
            orths[ch] = strings.add(ch)
        return list(map(orths.__getitem__, text))

    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, data, **kwargs):
        return self

    def to_disk(self, path, **kwargs):
        pass

    def from_disk(self, path, **kwargs):
        return self


@registry.tokenizers("tk.char_tokenizer.v1")
def make_char_tokenizer():
    return lambda nlp: CharTokenizer(nlp.vocab)


def make_pipeline(config: dict[str, dict] | None = None) -> Language:
    """A new pipeline; ``config`` gives components their settings: ``{"tk_honors": {"rules": "my.tsv"}}``."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "tk.char_tokenizer.v1"}}})
    nlp.max_length = PIECE + 10_000
    for name in PIPES:
        nlp.add_pipe(name, config=(config or {}).get(name, {}))
    return nlp


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The shipped pipeline, built once per process (``kg.pipeline()``)."""
    return make_pipeline()


def context_of(document: Document) -> dict:
    town = document.town or ""
    short = lexicon.Place(town, document.town_kind or "town", None).short if town else None
    return {"town": town, "town_short": short, "year": document.year}


def pieces(text: str, size: int = PIECE) -> list[tuple[int, int]]:
    """(start, end) of pieces of at most about ``size`` characters, cut after a line end."""
    out, start = [], 0
    while len(text) - start > size:
        cut = text.rfind("\n", start + size // 2, start + size)
        if cut < 0:
            cut = max(text.rfind(c, start + size // 2, start + size) for c in "。！？")
        end = cut + 1 if cut >= 0 else start + size
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def extract(document: Document, nlp: Language | None = None) -> list[Fact]:
    """Run the pipeline over one document and return its facts (offsets in the document's text).

    Long documents are read in pieces cut at line ends, so memory stays
    bounded; a piece starts a new section (a heading that governs text across
    a cut is not seen by the later piece). When the pipeline holds only our
    finders (nothing reads a token), the doc gets no tokens and the facts no
    spans: the finders read the text, and only the facts are returned.
    """
    nlp = nlp or pipeline()
    ctx = context_of(document)
    facts: list[Fact] = []
    facts_only = _facts_only(nlp)
    for start, end in pieces(document.text):
        text = document.text[start:end]
        if facts_only:
            doc = Doc(nlp.vocab, user_data={"tk_text": text, "tk_facts_only": True})
        else:
            doc = nlp.make_doc(text)
        doc._.tk_context = ctx
        doc = nlp(doc)
        for f in facts_of(doc):
            if start:
                f.start += start
                f.end += start
            facts.append(f)
    return dedupe(facts)


def _facts_only(nlp: Language) -> bool:
    """The pipeline is our tokenizer and finders only (as ``make_pipeline`` makes it): no component reads tokens."""
    return isinstance(nlp.tokenizer, CharTokenizer) and \
        all(nlp.get_pipe_meta(name).factory == name for name in nlp.pipe_names) and set(nlp.pipe_names) <= set(PIPES)


def dedupe(facts: list[Fact]) -> list[Fact]:
    """Drop repeated facts of one sentence (two rules finding the same thing)."""
    seen, out = set(), []
    for f in facts:
        key = (f.type, f.subject, f.object, f.start, f.indicator, f.value, f.unit)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def fact_types() -> dict:
    """The registry of fact types (kg.facttypes), for callers that start from extraction."""
    return FACT_TYPES

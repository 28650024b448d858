"""The Python API for notebooks and scripts: ``kg.build``, ``kg.load``, ``Graph``, ``Rows``.

    >>> import kg
    >>> g = kg.build(["reports/"])                 # documents in, a queryable graph out
    >>> rows = g.query("SELECT ?s ?o WHERE { ?s tk:receivedHonor ?o }")
    >>> rows.to_pandas()                           # a DataFrame (needs pandas)
    >>> g.facts().to_pandas()                      # one row per fact, with evidence
    >>> g.save("graph.ttl"); kg.load("graph.ttl")

It sits on the same library functions as the command line: ``kg.build.build``
builds into an Oxigraph store, ``kg.query`` runs SPARQL on it (prefixes tk:,
tkr:, rdfs:, … predeclared), ``kg.table`` makes the fact tables,
``kg.store`` writes files. pandas is optional (``pip install 'townkg[tables]'``).
"""
from __future__ import annotations

import html
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg import query as q
from kg import rdfize, table
from kg import store as st
from kg.build import BuildResult
from kg.build import build as build_store
from kg.errors import MissingExtra
from kg.output import atomic_path


class Rows(list):
    """Rows of a table: a list of dicts (column -> Python value), with ``columns`` and ``to_pandas()``.

    IRIs are strings; literals are Python values (``int``, ``Decimal``,
    ``datetime.date``, ``bool``, ``str``); unbound variables are ``None``.
    """

    def __init__(self, columns: list[str], rows=()):
        super().__init__(rows)
        self.columns = list(columns)

    def to_pandas(self):
        """The rows as a pandas DataFrame (decimals become floats: pandas has no decimal type)."""
        try:
            import pandas as pd
        except ImportError:
            raise MissingExtra("DataFrames need pandas, which is not installed",
                               "pip install 'townkg[tables]'") from None
        df = pd.DataFrame(list(self), columns=self.columns)
        for c in df.columns:
            values = df[c].dropna()
            if len(values) and all(isinstance(v, Decimal) for v in values):
                df[c] = df[c].astype(float)
        return df

    def _repr_html_(self) -> str:
        """A table in Jupyter, with or without pandas (first 50 rows)."""
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join("<tr>" + "".join(f"<td>{html.escape('' if r.get(c) is None else str(r.get(c)))}</td>"
                                        for c in self.columns) + "</tr>" for r in self[:50])
        more = f"<p>{len(self)} rows</p>" if len(self) > 50 else ""
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def _python(term):
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return str(term)


class Graph:
    """A built or loaded knowledge graph in an Oxigraph store: query it, tabulate it, save it."""

    def __init__(self, db: ox.Store, result: BuildResult | None = None, source: str | None = None):
        self.store = db
        self.result = result      # the build's counts (and the owner of a temporary store's folder)
        self.source = source

    def query(self, sparql: str, **params):
        """Run SPARQL, or a catalog query by name with its parameters (``g.query("honors-by-town", town="大场镇")``).

        SELECT gives ``Rows``; ASK a ``bool``; CONSTRUCT and DESCRIBE an rdflib ``Graph``.
        The project's prefixes (tk:, tkr:, rdfs:, skos:, prov:, dcterms:, xsd:, unit:, cur:) need no declaring.
        """
        text = sparql
        if not any(ch.isspace() for ch in sparql.strip()):
            text = q.get(sparql.strip()).render({k: str(v) for k, v in params.items()})
        elif params:
            raise TypeError("parameters are for catalog queries (kg queries lists them); "
                            "put values into the SPARQL text")
        answer = q.run_store(self.store, text)
        if answer.type == "ASK":
            return bool(answer.boolean)
        if answer.type != "SELECT":
            return answer.graph
        return Rows(answer.variables,
                    ({v: _python(t) for v, t in zip(answer.variables, row)} for row in answer.rows))

    def facts(self) -> Rows:
        """One row per fact (honors, enterprises, programs, observations) with evidence, offsets and rule."""
        return Rows(table.FACT_COLUMNS, table.facts(self.store))

    def observations(self) -> Rows:
        """The observations as a tidy time series: area, indicator, period start/end, value, unit, kind."""
        return Rows(table.OBSERVATION_COLUMNS, table.observations(self.store))

    def save(self, path: str | Path, format: str | None = None) -> Path:
        """Write the graph (format from the extension: .ttl, .trig, .nt, .nq, .jsonld, .rdf), atomically."""
        fmt = rdfize.format_for(path, format)
        with atomic_path(path) as tmp:
            if fmt in st.QUAD_FORMATS and not st.document_graphs(self.store):
                # loaded from a triples file: no named graphs, so the default graph is written
                data = ox.serialize(self.store.quads_for_pattern(None, None, None, st.DEFAULT),
                                    format=st.OX_FORMATS[fmt])
                if fmt == "json-ld":
                    from kg.jsonld import with_context

                    data = with_context(data)
                Path(tmp).write_bytes(data)
            else:
                st.dump(self.store, tmp, fmt)
        return Path(path)

    @property
    def documents(self) -> int:
        """How many documents the graph holds."""
        rows = self.query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a tk:Document }")
        return int(rows[0]["n"])

    def __len__(self) -> int:
        """Triples in the graph (a triple stated by two documents counts once)."""
        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, st.DEFAULT))

    def __repr__(self) -> str:
        where = f" from {self.source}" if self.source else ""
        return f"<kg.Graph{where}: {self.documents} documents, {len(self)} triples>"


def build(inputs, store: str | Path | None = None, jobs: int = 1, skip_errors: bool = False,
          progress=None) -> Graph:
    """Build a graph from documents (files or folders: .txt, .md, .html, .pdf, .docx).

    ``inputs`` may be one path or a list. ``store`` keeps the graph in a
    persistent Oxigraph store folder (rebuilding only changed documents);
    without it the graph lives in a temporary store for as long as the
    ``Graph``. ``jobs`` > 1 extracts in that many processes.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    result = build_store(list(inputs), store=store, skip_errors=skip_errors, jobs=jobs, progress=progress)
    return Graph(result.store, result, source=None)


def load(path: str | Path) -> Graph:
    """Open a graph file (any RDF format) or a store folder made by ``kg build --store``."""
    return Graph(st.open_graph(path), source=str(path))

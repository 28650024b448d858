"""SPARQL over a built graph: the named-query catalog, running, and result formats.

Catalog queries live in ``queries/*.rq``. Each opens with a comment block::

    # title: Honors by town
    # description: Every honor each town received, with how many sentences say so.
    # param: town = 大场镇 | the town's name (empty: all towns)
    # param: limit: integer = 10 | how many rows

and uses ``{{town}}`` where the parameter's value goes. Parameters are typed:
``literal`` (the default) goes inside a quoted string, escaped; ``integer`` is
a whole number (``LIMIT {{limit}}``); ``iri`` an absolute IRI, inserted as
``<…>``. A value that does not fit its type is a ``ParamError``: a parameter
never adds SPARQL of its own (``limit=1 OFFSET 1`` is refused).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from kg import guard, resources, results
from kg import store as st
from kg.errors import ParamError, QueryError
from kg.namespaces import PREFIXES
from kg.results import Answer

PREFIX_IRIS = {str(ns): prefix for prefix, ns in PREFIXES.items()}
PARAM_RE = re.compile(r"^#\s*param:\s*(\w+)\s*(?::\s*(\w+)\s*)?=\s*(.*?)\s*(?:\|\s*(.*))?$")
PARAM_TYPES = ("literal", "integer", "iri")
MAX_INTEGER = 10 ** 9
PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


@dataclass
class Param:
    """A catalog query's parameter: name, default, help text and type (literal, integer or iri)."""

    name: str
    default: str
    help: str = ""
    type: str = "literal"

    def sparql(self, value: str, query: str = "") -> str:
        """The value as SPARQL text for this parameter's type; ``ParamError`` if it does not fit."""
        where = f"parameter {self.name!r}" + (f" of {query!r}" if query else "")
        if self.type == "integer":
            if not re.fullmatch(r"\d{1,10}", value.strip()) or int(value) > MAX_INTEGER:
                raise ParamError(f"{where} must be a whole number from 0 to {MAX_INTEGER}, not {value[:60]!r}",
                                 f"write --param {self.name}=10")
            return str(int(value))
        if self.type == "iri":
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|^`\\]+", value.strip()):
                raise ParamError(f"{where} must be an absolute IRI, not {value[:60]!r}",
                                 f"write --param {self.name}=https://w3id.org/townkg/id/…")
            try:
                ox.NamedNode(value.strip())
            except ValueError as exc:
                raise ParamError(f"{where} is not a valid IRI: {exc}", "check the IRI") from None
            return f"<{value.strip()}>"
        if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
            raise ParamError(f"{where} holds control characters", "give plain text")
        return _escape(value)


@dataclass
class CatalogQuery:
    """A named query of the catalog."""

    name: str
    title: str
    description: str
    text: str
    params: list[Param] = field(default_factory=list)

    def render(self, values: dict[str, str] | None = None) -> str:
        """The SPARQL text with parameters filled in (defaults for those not given)."""
        values = dict(values or {})
        known = {p.name for p in self.params}
        unknown = set(values) - known
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(sorted(unknown))}",
                             f"its parameters: {', '.join(sorted(known)) or 'none'}")
        by_name = {p.name: p for p in self.params}
        filled = {p.name: p.sparql(values.get(p.name, p.default), self.name) for p in self.params}

        def fill(m: re.Match) -> str:
            if m.group(1) not in by_name:
                raise QueryError(f"query {self.name!r} uses {{{{{m.group(1)}}}}} but declares no such parameter",
                                 "add a '# param:' line for it")
            return filled[m.group(1)]
        return PLACEHOLDER.sub(fill, self.text)


def _escape(value: str) -> str:
    """Text for inside a double-quoted SPARQL string."""
    return (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
            .replace("'", "\\'"))


def parse_catalog_text(name: str, text: str) -> CatalogQuery:
    title, description, params = name, "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = PARAM_RE.match(line)
        if m:
            kind = m.group(2) or "literal"
            if kind not in PARAM_TYPES:
                raise QueryError(f"query {name!r}: parameter {m.group(1)!r} has unknown type {kind!r}",
                                 f"use one of {', '.join(PARAM_TYPES)}")
            params.append(Param(m.group(1), m.group(3), m.group(4) or "", kind))
        elif line.startswith("# title:"):
            title = line.split(":", 1)[1].strip()
        elif line.startswith("# description:"):
            description = line.split(":", 1)[1].strip()
    return CatalogQuery(name, title, description, text, params)


def catalog() -> list[CatalogQuery]:
    """All catalog queries, sorted by name."""
    folder = resources.folder("queries")
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            out.append(parse_catalog_text(entry.name[:-3], entry.read_text(encoding="utf-8")))
    return out


def get(name: str) -> CatalogQuery:
    for q in catalog():
        if q.name == name:
            return q
    names = [q.name for q in catalog()]
    close = [n for n in names if name in n or n in name]
    hint = f"did you mean {close[0]}?" if close else "see 'kg queries' for the list"
    raise QueryError(f"no catalog query named {name!r}", hint)


def parse_param(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise QueryError(f"parameter {text!r} is not k=v", "write --param town=大场镇")
    k, v = text.split("=", 1)
    return k.strip(), v.strip()


def fill_text(text: str, values: dict[str, str], where: str) -> str:
    """A query given as text (``-e``, ``--file``) with ``--param`` values, filled as a catalog query is filled.

    The text may declare parameters with ``# param:`` lines, as catalog queries do; a value for a name it
    does not declare is a ``QueryError`` (it would be silently ignored). Text that declares none and gets
    no values is returned as it is (a ``{{…}}`` in it is left alone).
    """
    q = parse_catalog_text(where, text)
    unknown = sorted(set(values) - {p.name for p in q.params})
    if unknown:
        known = ", ".join(p.name for p in q.params)
        raise QueryError(f"--param {unknown[0]}: the query ({where}) has no parameter {unknown[0]!r}",
                         f"its parameters: {known}" if known else
                         f"declare it with a '# param: {unknown[0]} = …' line and write {{{{{unknown[0]}}}}} "
                         "where its value goes")
    return q.render(values) if q.params else text


def read_query_file(path: str | Path) -> str:
    p = Path(path)
    if not p.is_file():
        if p.exists():  # a folder, a device, a FIFO (which would block the read): say what it is
            kind = "a folder" if p.is_dir() else "not a regular file (a device, a FIFO or a socket)"
            raise QueryError(f"query file {path} is {kind}", "give a .rq file")
        raise QueryError(f"no such query file: {path}", "check the path")
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(f"query file {path} is not UTF-8 text ({exc.reason} at byte {exc.start})",
                         "save the .rq file as UTF-8") from None


def load_graph(path: str | Path):
    """A graph file (or store folder) as an Oxigraph store, the engine every query runs on (``kg.store.open_graph``)."""
    return st.open_graph(path)


def run(graph, text: str) -> "Answer":
    """Run a query on an Oxigraph store (or a small rdflib graph, copied into one); a parse error becomes QueryError.

    A query that calls SERVICE is refused: Oxigraph would send an HTTP request
    to its target, and nothing is fetched at run time (``kg.guard`` finds it).
    """
    if guard.service_targets(text):
        raise QueryError("the query calls SERVICE (a federated query), and kg fetches nothing on a query's behalf",
                         "load the other data into the graph, or serve it with kg serve --federate HOST")
    if not isinstance(graph, ox.Store):
        db = ox.Store()
        db.extend(ox.Quad(st.to_ox(s), st.to_ox(p), st.to_ox(o)) for s, p, o in graph)
        graph = db
    return answer(st.query(graph, text))


def run_store(db, text: str) -> "Answer":
    """Run a query on an Oxigraph store (see kg.store)."""
    return run(db, text)


# ----------------------------------------------------------------------------- formatting

def _compact(iri: str) -> str:
    best = max((ns for ns in PREFIX_IRIS if iri.startswith(ns)), key=len, default=None)
    return f"{PREFIX_IRIS[best]}:{iri[len(best):]}" if best else f"<{iri}>"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, URIRef):
        return _compact(str(value))
    return str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def answer(result) -> Answer:
    """A pyoxigraph query result as an ``Answer`` (see ``kg.results``)."""
    return results.take(result)


def format_result(result, fmt: str = "table", tty: bool = False) -> str:
    """Format SELECT/ASK results as a table or (by Oxigraph's writers) CSV, TSV, JSON, XML; graphs as Turtle.

    The one path from an answer to the terminal: formats other than the table
    are written by ``kg.results`` (Oxigraph's serializers), as ``kg serve`` writes them.
    """
    result = answer(result)
    if result.type == "CONSTRUCT":
        return result.serialize("turtle").decode("utf-8")
    if fmt in results.SELECT_FORMATS:
        text = result.serialize(fmt).decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    if result.type == "ASK":
        return ("true" if result.boolean else "false") + "\n"
    table = [[_cell(v) for v in row] for row in result.rows]
    return aligned(result.variables, table)


def aligned(header: list[str], rows: list[list[str]]) -> str:
    """A plain text table whose columns line up with Chinese (double-width) text."""
    widths = [_width(h) for h in header]
    for row in rows:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], _width(c))
    def line(cells):
        return "  ".join(c + " " * (widths[i] - _width(c)) for i, c in enumerate(cells)).rstrip()
    out = [line(header), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in rows)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"

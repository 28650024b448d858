"""SPARQL over a built graph: the named-query catalog, running, and result formats.

Catalog queries live in ``queries/*.rq``. Each opens with a comment block::

    # title: Honors by town
    # description: Every honor each town received, with how many sentences say so.
    # param: town = 大场镇 | the town's name (empty: all towns)

and uses ``{{town}}`` where the parameter's value goes (inserted as an
escaped string, never as raw SPARQL).
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from kg import resources
from kg.errors import QueryError
from kg.namespaces import PREFIXES

PARAM_RE = re.compile(r"^#\s*param:\s*(\w+)\s*=\s*(.*?)\s*(?:\|\s*(.*))?$")
PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


@dataclass
class Param:
    name: str
    default: str
    help: str = ""


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
        merged = {p.name: values.get(p.name, p.default) for p in self.params}
        return PLACEHOLDER.sub(lambda m: _escape(merged.get(m.group(1), "")), self.text)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def parse_catalog_text(name: str, text: str) -> CatalogQuery:
    title, description, params = name, "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = PARAM_RE.match(line)
        if m:
            params.append(Param(m.group(1), m.group(2), m.group(3) or ""))
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


def read_query_file(path: str | Path) -> str:
    p = Path(path)
    if not p.is_file():
        raise QueryError(f"no such query file: {path}", "check the path")
    return p.read_text(encoding="utf-8")


def load_graph(path: str | Path) -> Graph:
    from kg.validate import load_graph as _load

    g = _load(path)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def run(graph: Graph, text: str):
    """Run a query with the project's prefixes predeclared; a parse error becomes QueryError."""
    try:
        return graph.query(text, initNs=PREFIXES)
    except Exception as exc:  # pyparsing and rdflib raise many kinds
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(f"the query failed: {first[:240]}", "check the SPARQL syntax") from None


# ----------------------------------------------------------------------------- formatting

def _cell(value, graph: Graph | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, URIRef) and graph is not None:
        try:
            return graph.namespace_manager.normalizeUri(value)
        except Exception:
            return str(value)
    return str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@dataclass
class Answer:
    """A query's answer, whatever engine ran it: rows (SELECT), a boolean (ASK) or a graph."""

    type: str
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __iter__(self):
        return iter(self.rows)


def answer(result) -> Answer:
    """An rdflib query result as an ``Answer``."""
    if isinstance(result, Answer):
        return result
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return Answer(result.type, graph=result.graph)
    if result.type == "ASK":
        return Answer("ASK", boolean=bool(result.askAnswer))
    return Answer("SELECT", [str(v) for v in result.vars], [list(row) for row in result])


def run_store(store, text: str) -> Answer:
    """Run a query on an Oxigraph store (see kg.store)."""
    from kg import store as st

    kind, variables, payload = st.as_rdflib_result(st.query(store, text))
    if kind == "ASK":
        return Answer("ASK", boolean=payload)
    if kind == "SELECT":
        return Answer("SELECT", variables, payload)
    return Answer("CONSTRUCT", graph=payload)


def format_result(result, fmt: str = "table", tty: bool = False) -> str:
    """Format SELECT/ASK rows as a table, CSV, TSV or SPARQL JSON; graphs as Turtle."""
    result = answer(result)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = result.graph
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns, override=True)
        return g.serialize(format="turtle")
    if result.type == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    variables, rows = result.variables, result.rows
    if fmt == "json":
        return json.dumps(_sparql_json(variables, rows), ensure_ascii=False, indent=1) + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        if fmt == "csv":
            w = csv.writer(buf, lineterminator="\r\n")  # SPARQL 1.1 CSV uses CRLF
            w.writerow(variables)
            for row in rows:
                w.writerow(["" if v is None else str(v) for v in row])
        else:
            buf.write("\t".join("?" + v for v in variables) + "\n")
            for row in rows:
                buf.write("\t".join(_tsv_term(v) for v in row) + "\n")
        return buf.getvalue()
    nsm = Graph()
    for prefix, ns in PREFIXES.items():
        nsm.bind(prefix, ns, override=True)
    table = [[_cell(v, nsm) for v in row] for row in rows]
    return aligned(variables, table)


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


def _tsv_term(v) -> str:
    if v is None:
        return ""
    if isinstance(v, URIRef):
        return f"<{v}>"
    if isinstance(v, Literal):
        return v.n3().replace("\t", "\\t").replace("\n", "\\n")
    return v.n3()


def _sparql_json(variables: list[str], rows: list[list]) -> dict:
    bindings = []
    for row in rows:
        b = {}
        for var, v in zip(variables, row):
            if v is None:
                continue
            if isinstance(v, URIRef):
                b[var] = {"type": "uri", "value": str(v)}
            elif isinstance(v, Literal):
                d = {"type": "literal", "value": str(v)}
                if v.language:
                    d["xml:lang"] = v.language
                elif v.datatype:
                    d["datatype"] = str(v.datatype)
                b[var] = d
            else:
                b[var] = {"type": "bnode", "value": str(v)}
        bindings.append(b)
    return {"head": {"vars": variables}, "results": {"bindings": bindings}}

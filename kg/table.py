"""The graph as tables: one row per fact, and observations as a tidy time series.

``facts(db)`` gives one row per extracted fact: each ``rdf:Statement`` (an
honor, a pursued honor, an enterprise settled in a town, a program) and each
``tk:Observation``, with its evidence sentence, offsets, document and rule.
``observations(db)`` gives the observations alone, one row each, with the
period's start and end years, for time-series work. ``write`` saves rows as
CSV (optionally with a UTF-8 BOM, which Excel on Chinese Windows needs to see
UTF-8), XLSX (openpyxl) or Parquet (pyarrow); the last two are in the
``tables`` extra (``pip install 'townkg[tables]'``).

Fact types come from ``kg.facttypes``: a new type there is a new ``type`` value here.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from kg import facttypes
from kg import store as st
from kg.errors import MissingExtra, UnknownFormat
from kg.namespaces import PREFIXES
from kg.output import atomic_path

FORMATS = ("csv", "xlsx", "parquet")
TABLES = ("facts", "observations")

FACT_COLUMNS = ["type", "subject", "subject_label", "predicate", "object", "object_label",
                "value", "unit", "value_text", "kind", "period", "per_capita",
                "document", "document_title", "evidence", "start", "end", "rule", "fact"]
OBSERVATION_COLUMNS = ["area", "area_label", "indicator", "indicator_label", "period", "period_start",
                       "period_end", "value", "unit", "value_text", "kind", "per_capita", "qualifier",
                       "document", "document_title", "evidence", "start", "end", "rule", "fact"]
# column types (for Parquet's schema and Excel's cells); the rest are strings
INT_COLUMNS = {"start", "end", "period_start", "period_end"}
FLOAT_COLUMNS = {"value"}
BOOL_COLUMNS = {"per_capita"}

_EVIDENCE = """
  OPTIONAL {
    ?fact prov:wasDerivedFrom ?ev .
    ?ev tk:text ?text ; tk:start ?start ; tk:end ?end ; tk:inDocument ?docnode .
    OPTIONAL { ?docnode dcterms:identifier ?doc }
    OPTIONAL { ?docnode dcterms:title ?title }
  }
  OPTIONAL { ?fact tk:extractedBy ?rule }"""

STATEMENTS = """
SELECT ?fact ?s ?sl ?p ?o ?ol ?text ?start ?end ?doc ?title ?rule WHERE {
  ?fact a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?s rdfs:label ?sl }
  OPTIONAL { ?o rdfs:label ?ol }""" + _EVIDENCE + """
} ORDER BY ?fact ?sl ?ol ?doc ?start"""

OBSERVATIONS = """
SELECT ?fact ?area ?al ?ind ?il ?value ?unit ?vt ?kind ?period ?ps ?pe ?pc ?q
       ?text ?start ?end ?doc ?title ?rule WHERE {
  ?fact a tk:Observation .
  OPTIONAL { ?fact tk:area ?area OPTIONAL { ?area rdfs:label ?al } }
  OPTIONAL { ?fact tk:indicator ?ind OPTIONAL { ?ind rdfs:label ?il } }
  OPTIONAL { ?fact tk:value ?value }
  OPTIONAL { ?fact tk:unit ?unit }
  OPTIONAL { ?fact tk:valueText ?vt }
  OPTIONAL { ?fact tk:kind ?kind }
  OPTIONAL { ?fact tk:period ?period }
  OPTIONAL { ?fact tk:periodStart ?ps }
  OPTIONAL { ?fact tk:periodEnd ?pe }
  OPTIONAL { ?fact tk:perCapita ?pc }
  OPTIONAL { ?fact tk:qualifier ?q }""" + _EVIDENCE + """
} ORDER BY ?fact ?al ?il ?doc ?start"""


def compact(iri: str | None) -> str | None:
    """``tk:receivedHonor`` for a known namespace, else the IRI unchanged."""
    if iri is None:
        return None
    best = max((str(ns) for ns in PREFIXES.values() if iri.startswith(str(ns))), key=len, default=None)
    if best is None:
        return iri
    prefix = next(k for k, ns in PREFIXES.items() if str(ns) == best)
    return f"{prefix}:{iri[len(best):]}"


def _solutions(db, text: str):
    """Rows of a SELECT as dicts of plain values (IRIs and literals as strings, None when unbound)."""
    result = st.query(db, text)
    names = [v.value for v in result.variables]
    for sol in result:
        yield {n: (sol[n].value if sol[n] is not None else None) for n in names}


def _year(text: str | None) -> int | None:
    m = re.match(r"\s*(-?\d{4})", text or "")
    return int(m.group(1)) if m else None


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


def _kind(iri: str | None) -> str | None:
    return iri.rsplit("#", 1)[-1].lower() if iri else None


def _first_per_fact(rows):
    """One row per fact: the query is ordered by fact, extra label/evidence combinations are dropped."""
    seen = None
    for r in rows:
        if r["fact"] != seen:
            seen = r["fact"]
            yield r


def observations(db) -> list[dict]:
    """Every ``tk:Observation``, one row each (columns: ``OBSERVATION_COLUMNS``)."""
    out = []
    for r in _first_per_fact(_solutions(db, OBSERVATIONS)):
        out.append({
            "area": r["area"], "area_label": r["al"], "indicator": r["ind"], "indicator_label": r["il"],
            "period": r["period"], "period_start": _year(r["ps"]), "period_end": _year(r["pe"]),
            "value": _float(r["value"]), "unit": compact(r["unit"]), "value_text": r["vt"],
            "kind": _kind(r["kind"]), "per_capita": r["pc"] == "true" if r["pc"] is not None else False,
            "qualifier": r["q"], "document": r["doc"], "document_title": r["title"], "evidence": r["text"],
            "start": _int(r["start"]), "end": _int(r["end"]), "rule": r["rule"], "fact": r["fact"],
        })
    out.sort(key=lambda row: (row["document"] or "", row["start"] if row["start"] is not None else -1, row["fact"]))
    return out


def facts(db) -> list[dict]:
    """Every extracted fact, one row each (columns: ``FACT_COLUMNS``), statements then observations."""
    by_prop = {str(t.prop): name for name, t in facttypes.named().items()}
    out = []
    for r in _first_per_fact(_solutions(db, STATEMENTS)):
        out.append({
            "type": by_prop.get(r["p"], compact(r["p"])), "subject": r["s"], "subject_label": r["sl"],
            "predicate": compact(r["p"]), "object": r["o"], "object_label": r["ol"],
            "value": None, "unit": None, "value_text": None, "kind": None, "period": None, "per_capita": None,
            "document": r["doc"], "document_title": r["title"], "evidence": r["text"],
            "start": _int(r["start"]), "end": _int(r["end"]), "rule": r["rule"], "fact": r["fact"],
        })
    for o in observations(db):
        out.append({
            "type": "observation", "subject": o["area"], "subject_label": o["area_label"],
            "predicate": "tk:indicator", "object": o["indicator"], "object_label": o["indicator_label"],
            "value": o["value"], "unit": o["unit"], "value_text": o["value_text"], "kind": o["kind"],
            "period": o["period"], "per_capita": o["per_capita"], "document": o["document"],
            "document_title": o["document_title"], "evidence": o["evidence"], "start": o["start"],
            "end": o["end"], "rule": o["rule"], "fact": o["fact"],
        })
    out.sort(key=_reading_order)
    return out


def _reading_order(row: dict):
    """Document by document, in the order the text says things."""
    return (row["document"] or "", row["start"] if row["start"] is not None else -1, row["type"] or "", row["fact"])


def columns_of(table: str) -> list[str]:
    return FACT_COLUMNS if table == "facts" else OBSERVATION_COLUMNS


def format_of(path: str | Path, explicit: str | None = None) -> str:
    """The table format for an output path (or an explicit one)."""
    fmt = (explicit or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise UnknownFormat(f"unknown table format {fmt or path!s}", "use csv, xlsx or parquet")
    return fmt


def write(rows: list[dict], columns: list[str], path: str | Path, fmt: str, bom: bool = False,
          sheet: str = "facts") -> None:
    """Write rows to ``path`` (atomically) as CSV, XLSX or Parquet."""
    writer = {"csv": _write_csv, "xlsx": _write_xlsx, "parquet": _write_parquet}[fmt]
    _require(fmt)
    with atomic_path(path) as tmp:
        writer(rows, columns, tmp, bom=bom, sheet=sheet)


def _require(fmt: str) -> None:
    module = {"xlsx": "openpyxl", "parquet": "pyarrow"}.get(fmt)
    if module is None:
        return
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise MissingExtra(f"{fmt} output needs {module}, which is not installed",
                           "pip install 'townkg[tables]'")


def _write_csv(rows, columns, path, bom=False, sheet=None) -> None:
    # Excel reads a UTF-8 CSV as the ANSI code page (GBK on Chinese Windows) unless it starts with a BOM
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else _csv_value(r[k])) for k in columns})


def _csv_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return v


def _write_xlsx(rows, columns, path, bom=False, sheet="facts") -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.freeze_panes = "A2"
    ws.append(columns)
    for r in rows:
        cells = []
        for k in columns:
            v = r.get(k)
            if isinstance(v, str):
                # text from documents stays text: openpyxl would take "=…" for a formula
                cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", v)[:32767])
                cell.data_type = "s"
                cells.append(cell)
            else:
                cells.append(v)
        ws.append(cells)
    wb.save(str(path))


def _write_parquet(rows, columns, path, bom=False, sheet=None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def typ(c):
        return pa.int64() if c in INT_COLUMNS else pa.float64() if c in FLOAT_COLUMNS else \
            pa.bool_() if c in BOOL_COLUMNS else pa.string()

    schema = pa.schema([(c, typ(c)) for c in columns])
    table = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows], schema=schema)
    pq.write_table(table, str(path))


def export(graph: str | Path, output: str | Path, fmt: str | None = None, table: str = "facts",
           bom: bool = False) -> int:
    """Write the fact table (or the observations table) of a graph file or store; returns the row count."""
    fmt = format_of(output, fmt)
    _require(fmt)
    if table not in TABLES:
        raise UnknownFormat(f"unknown table {table!r}", "use facts or observations")
    db = st.open_graph(graph)
    rows = facts(db) if table == "facts" else observations(db)
    write(rows, columns_of(table), output, fmt, bom=bom, sheet=table)
    return len(rows)

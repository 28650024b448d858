"""Check a graph against the SHACL shapes (``ontology/shapes.ttl``) with pySHACL."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from kg import resources
from kg import store as st
from kg.errors import GraphReadError, ShapesError
from kg.namespaces import SH


@dataclass
class Violation:
    focus: str
    path: str | None
    message: str
    severity: str


@dataclass
class Report:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def text(self, limit: int = 50) -> str:
        """Readable report: a verdict line, then one line per violation."""
        if self.conforms:
            return f"conforms: {self.triples} triples checked, no violations"
        lines = [f"does not conform: {len(self.violations)} violation(s) in {self.triples} triples"]
        for v in self.violations[:limit]:
            where = f" {v.path}" if v.path else ""
            lines.append(f"  {v.severity}: {v.focus}{where}: {v.message}")
        if len(self.violations) > limit:
            lines.append(f"  … and {len(self.violations) - limit} more")
        return "\n".join(lines)


@contextmanager
def _quiet_rdflib():
    """rdflib warns with a traceback on each ill-typed literal ("abc"^^xsd:integer): keep those off stderr."""
    log = logging.getLogger("rdflib.term")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)


def load_graph(path: str | Path) -> Graph:
    """Read a graph file (any RDF format, parsed by Oxigraph) or a store folder into one rdflib graph (for pySHACL)."""
    p = Path(path)
    if not p.exists():
        raise GraphReadError(f"no such graph file: {path}", "build one with 'kg build … --output FILE'")
    db = st.open_graph(p)
    with _quiet_rdflib():
        return st.to_graph(db.quads_for_pattern(None, None, None, st.DEFAULT))


def packaged(name: str) -> Graph:
    return Graph().parse(data=resources.read_text("ontology", name), format="turtle")


def _short(graph: Graph, node) -> str:
    try:
        return graph.namespace_manager.normalizeUri(node)
    except Exception:  # literals and blank nodes
        return str(node)


def validate(data: str | Path | Graph, shapes: str | Path | None = None) -> Report:
    """Validate a graph (file path or rdflib Graph) against the shapes, standalone (no ontology, no inference)."""
    import pyshacl

    graph = data if isinstance(data, Graph) else load_graph(data)
    try:
        shapes_graph = Graph().parse(shapes, format="turtle") if shapes else packaged("shapes.ttl")
    except Exception as exc:
        raise ShapesError(f"cannot read shapes {shapes}: {str(exc)[:200]}", "give a Turtle SHACL file") from None
    # The same run as `pyshacl -s shapes.ttl -df turtle GRAPH`: no ontology mixed in and
    # no inference, so a third party validating the published file gets our verdict.
    with _quiet_rdflib():
        conforms, results, _text = pyshacl.validate(graph, shacl_graph=shapes_graph)
    violations = []
    # Only the report's own results: pySHACL also types the nested sh:detail results
    # (why an sh:node or sh:or failed) as sh:ValidationResult.
    top = [r for rep in results.subjects(RDF.type, SH.ValidationReport) for r in results.objects(rep, SH.result)]
    for r in top:
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        msg = results.value(r, SH.resultMessage)
        sev = results.value(r, SH.resultSeverity)
        violations.append(Violation(_short(graph, focus), _short(graph, path) if path else None,
                                    str(msg), str(sev).rsplit("#", 1)[-1]))
    violations.sort(key=lambda v: (v.focus, v.path or ""))
    return Report(bool(conforms), violations, len(graph))

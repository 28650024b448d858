"""JSON-LD with an ``@context``: the project's prefixes, and IRIs written compactly with them.

Oxigraph writes JSON-LD in expanded form (every IRI in full, no context).
``with_context`` turns that into a document whose ``@context`` declares the
prefixes of ``kg.namespaces.PREFIXES`` (tk, tkr, rdf, rdfs, skos, prov,
dcterms, xsd, qudt, unit, cur, owl) and whose property names, ``@id`` and
``@type`` values use them (``tk:receivedHonor``, ``tkr:area/上海市/…``).
Every prefix IRI ends in ``#`` or ``/``, so JSON-LD 1.1 processors expand the
compact IRIs back to exactly the same IRIs: the dataset is unchanged. The
context is inline; nothing refers to a remote context.
"""
from __future__ import annotations

import json

from kg.namespaces import PREFIXES


def context() -> dict[str, str]:
    """The ``@context``: prefix -> namespace IRI."""
    return {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}


def _compactor():
    # longest namespace first, so tkr: (…/id/) is not taken for a shorter one
    spaces = sorted(((str(ns), p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))

    def compact(iri: str) -> str:
        for ns, prefix in spaces:
            # a local part starting with "//" would read as an IRI with an authority: keep those in full
            if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
                return f"{prefix}:{iri[len(ns):]}"
        return iri

    return compact


def _walk(node, compact):
    if isinstance(node, list):
        return [_walk(n, compact) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in ("@id", "@type") and isinstance(value, str):
            out[key] = value if value.startswith("_:") else compact(value)
        elif key == "@type" and isinstance(value, list):
            out[key] = [compact(v) if isinstance(v, str) and not v.startswith("_:") else v for v in value]
        elif key.startswith("@"):
            out[key] = _walk(value, compact) if key in ("@graph", "@list", "@set", "@reverse") else value
        else:
            out[compact(key)] = _walk(value, compact)
    return out


def with_context(expanded: bytes | str) -> bytes:
    """An expanded JSON-LD document (Oxigraph's output) with the prefixes' ``@context``, IRIs compacted."""
    data = json.loads(expanded)
    items = data if isinstance(data, list) else [data]
    doc = {"@context": context(), "@graph": _walk(items, _compactor())}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

"""Upload a graph to any SPARQL 1.1 Graph Store Protocol server, named graphs kept.

Each named graph is sent with ``PUT <endpoint>?graph=<IRI>`` (replacing what
the server had under that name); triples outside named graphs go to
``?default``. Works with Fuseki (``/ds/data``), GraphDB
(``/repositories/R/rdf-graphs/service``), Virtuoso (``/sparql-graph-crud``)
and Oxigraph (``/store``).
"""
from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox

from kg import store as st
from kg.errors import KGError


class PushError(KGError):
    code = "E070"


@dataclass
class PushResult:
    graphs: int
    triples: int


def _graphs(db: ox.Store):
    names = list(db.named_graphs())
    for name in sorted(names, key=str):
        yield name, [ox.Triple(q.subject, q.predicate, q.object) for q in db.quads_for_pattern(None, None, None, name)]
    # the default graph holds the union of the named graphs (kg.store): only what no named graph has
    default = [ox.Triple(q.subject, q.predicate, q.object)
               for q in db.quads_for_pattern(None, None, None, ox.DefaultGraph())
               if not (names and st.in_named_graph(db, q.subject, q.predicate, q.object))]
    if default:
        yield None, default


def push(endpoint: str, graph: str | None = None, store_dir: str | None = None,
         user: str | None = None, password: str | None = None, timeout: float = 60.0) -> PushResult:
    """Send every graph of a graph file or store to ``endpoint``."""
    if not endpoint.startswith(("http://", "https://")):
        raise PushError(f"endpoint {endpoint!r} is not an http(s) URL",
                        "give the Graph Store Protocol URL, e.g. http://localhost:7878/store")
    db = st.open_store(store_dir, read_only=True) if store_dir else st.load_file(graph)
    headers = {"Content-Type": "application/n-triples"}
    if user:
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    sep = "&" if "?" in endpoint else "?"
    graphs = triples = 0
    for name, data in _graphs(db):
        target = endpoint + sep + ("default" if name is None else "graph=" + urllib.parse.quote(name.value, safe=""))
        body = ox.serialize(data, format=ox.RdfFormat.N_TRIPLES)
        req = urllib.request.Request(target, data=body, method="PUT", headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()[:1]
            raise PushError(f"{endpoint} refused graph {name.value if name else 'default'}: HTTP {exc.code} "
                            f"{detail[0][:160] if detail else exc.reason}",
                            "check the URL is the server's Graph Store Protocol endpoint and that it accepts writes") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PushError(f"cannot reach {endpoint}: {reason}", "is the server running?") from None
        graphs += 1
        triples += len(data)
    return PushResult(graphs, triples)

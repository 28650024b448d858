"""A read-only SPARQL 1.1 Protocol endpoint with a query page, over an Oxigraph store.

``/sparql`` answers GET (``?query=``) and POST (form ``query=`` or a body of
``application/sparql-query``); results are SPARQL JSON, XML, CSV or TSV by
the ``Accept`` header (JSON by default), CONSTRUCT/DESCRIBE results Turtle or
JSON-LD. Updates are refused with 403. Each query runs in a forked worker
process that is killed when the time limit passes (503); SELECT results stop
at the row limit (the ``X-TownKG-Truncated: true`` header says so). ``/`` is a
YASGUI page (vendored in ``kg/static``, so it works with no network) with the
catalog as tabs and a graph view of CONSTRUCT results drawn as ``kg viz`` draws.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import re
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import pyoxigraph as ox

from kg import query as catalog_mod
from kg import resources, store as st
from kg.namespaces import PREFIXES
from kg.visualize import browser_config

SELECT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt"}
CONTENT_TYPE = {"json": "application/sparql-results+json; charset=utf-8",
                "xml": "application/sparql-results+xml; charset=utf-8",
                "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
                "turtle": "text/turtle; charset=utf-8", "json-ld": "application/ld+json; charset=utf-8",
                "nt": "application/n-triples; charset=utf-8"}


@dataclass
class Settings:
    timeout: float = 10.0
    max_rows: int = 10000


def negotiate(accept: str | None, kind: str) -> str | None:
    """The result format for an Accept header (None: nothing acceptable)."""
    table = SELECT_TYPES if kind == "select" else GRAPH_TYPES
    default = "json" if kind == "select" else "turtle"
    if not accept:
        return default
    ranked = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, bits[0].lower()))
    for _, _, mime in sorted(ranked):
        if mime in table:
            return table[mime]
        if mime in ("*/*", "application/*", "text/*"):
            return default
    return None


# ----------------------------------------------------------------------------- result writers

def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    d = {"type": "literal", "value": t.value}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        d["datatype"] = t.datatype.value
    return d


def _xml_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    attrs = ""
    if t.language:
        attrs = f' xml:lang="{escape(t.language)}"'
    elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        attrs = f' datatype="{escape(t.datatype.value)}"'
    return f"<literal{attrs}>{escape(t.value)}</literal>"


def write_select(variables: list[str], rows: list[list], fmt: str) -> bytes:
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
        out += [f'<variable name="{escape(v)}"/>' for v in variables]
        out.append("</head><results>")
        for row in rows:
            out.append("<result>" + "".join(f'<binding name="{escape(v)}">{_xml_term(t)}</binding>'
                                            for v, t in zip(variables, row) if t is not None) + "</result>")
        out.append("</results></sparql>")
        return "\n".join(out).encode("utf-8")
    if fmt == "csv":
        import csv
        import io

        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        for row in rows:
            w.writerow(["" if t is None else t.value for t in row])
        return buf.getvalue().encode("utf-8")
    lines = ["\t".join("?" + v for v in variables)]
    for row in rows:
        lines.append("\t".join("" if t is None else str(t).replace("\t", "\\t").replace("\n", "\\n") for t in row))
    return ("\n".join(lines) + "\n").encode("utf-8")


def execute(db: ox.Store, text: str, accept: str | None, max_rows: int) -> tuple[int, str, bytes, bool]:
    """Run one query: (HTTP status, content type, body, truncated)."""
    try:
        result = st.query(db, text)
    except catalog_mod.QueryError as exc:
        return 400, "text/plain; charset=utf-8", (exc.message + "\n").encode("utf-8"), False
    if isinstance(result, ox.QueryBoolean):
        fmt = negotiate(accept, "select")
        if fmt is None:
            return 406, "text/plain; charset=utf-8", b"Not acceptable: ask for JSON, XML, CSV or TSV\n", False
        if fmt == "json":
            body = json.dumps({"head": {}, "boolean": bool(result)}).encode()
        elif fmt == "xml":
            body = (f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                    f'<boolean>{"true" if result else "false"}</boolean></sparql>').encode()
        else:
            body = (("true" if result else "false") + "\n").encode()
        return 200, CONTENT_TYPE[fmt], body, False
    if isinstance(result, ox.QuerySolutions):
        fmt = negotiate(accept, "select")
        if fmt is None:
            return 406, "text/plain; charset=utf-8", b"Not acceptable: ask for JSON, XML, CSV or TSV\n", False
        variables = [v.value for v in result.variables]
        rows, truncated = [], False
        for sol in result:
            if len(rows) >= max_rows:
                truncated = True
                break
            rows.append([sol[v] for v in variables])
        return 200, CONTENT_TYPE[fmt], write_select(variables, rows, fmt), truncated
    fmt = negotiate(accept, "graph")
    if fmt is None:
        return 406, "text/plain; charset=utf-8", b"Not acceptable: ask for text/turtle or application/ld+json\n", False
    triples = []
    truncated = False
    for t in result:
        if len(triples) >= max_rows:
            truncated = True
            break
        triples.append(t)
    body = ox.serialize(triples, format=st.OX_FORMATS[fmt],
                        **({"prefixes": st.PREFIX_MAP} if fmt in ("turtle", "json-ld") else {}))
    return 200, CONTENT_TYPE[fmt], body, truncated


# ----------------------------------------------------------------------------- worker processes

_DB: ox.Store | None = None
_DB_PATH: str | None = None


def _worker(conn, text: str, accept: str | None, max_rows: int) -> None:
    try:
        db = ox.Store.read_only(_DB_PATH) if _DB_PATH else _DB
        conn.send(execute(db, text, accept, max_rows))
    except BaseException as exc:  # report, never hang the parent
        conn.send((500, "text/plain; charset=utf-8", f"query failed: {exc}\n".encode(), False))
    finally:
        conn.close()


def run_with_limit(text: str, accept: str | None, settings: Settings) -> tuple[int, str, bytes, bool]:
    """Run a query in a forked process; kill it when the time limit passes."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, args=(child, text, accept, settings.max_rows), daemon=True)
    proc.start()
    child.close()
    try:
        if parent.poll(settings.timeout):
            try:
                return parent.recv()
            except EOFError:
                return 500, "text/plain; charset=utf-8", b"the query worker died\n", False
        proc.kill()
        return (503, "text/plain; charset=utf-8",
                f"query time limit of {settings.timeout:g} s exceeded; simplify the query or add LIMIT\n".encode(),
                False)
    finally:
        proc.join(1)
        parent.close()


# ----------------------------------------------------------------------------- HTTP

# The query page's files, served from kg/static (vendored YASGUI and vis-network, our page script).
STATIC = {"yasgui.min.js": "application/javascript", "yasgui.min.css": "text/css; charset=utf-8",
          "vis-network.min.js": "application/javascript", "query-page.js": "application/javascript; charset=utf-8",
          "query-page.css": "text/css; charset=utf-8"}


def page_html() -> str:
    """The query page: kg/static/query.html with the catalog, prefixes and graph styles as JSON data."""
    examples = [{"name": q.name, "title": q.title, "description": q.description, "query": q.render()}
                for q in catalog_mod.catalog()]
    config = {"examples": examples, "prefixes": {p: str(ns) for p, ns in PREFIXES.items()}, **browser_config()}
    data = json.dumps(config, ensure_ascii=False).replace("</", "<\\/")
    return resources.read_text("static", "query.html").replace("__CONFIG__", data)


class Handler(BaseHTTPRequestHandler):
    settings = Settings()
    server_version = "TownKG"

    def log_message(self, fmt, *args):  # quiet by default; the CLI prints where it listens
        pass

    def _send(self, status: int, ctype: str, body: bytes, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/":
            return self._send(200, "text/html; charset=utf-8", page_html().encode("utf-8"))
        if url.path.startswith("/static/") and url.path[len("/static/"):] in STATIC:
            name = url.path[len("/static/"):]
            body = resources.folder("static").joinpath(name).read_bytes()
            return self._send(200, STATIC[name], body, {"Cache-Control": "max-age=3600"})
        if url.path == "/catalog.json":
            return self._send(200, "application/json", json.dumps(
                [{"name": q.name, "title": q.title, "query": q.render()} for q in catalog_mod.catalog()],
                ensure_ascii=False).encode("utf-8"))
        if url.path == "/sparql":
            params = urllib.parse.parse_qs(url.query)
            if "update" in params:
                return self._text(403, "this endpoint is read-only: SPARQL updates are refused")
            if "query" not in params:
                return self._text(400, "give a query: /sparql?query=SELECT …")
            return self._query(params["query"][0])
        return self._text(404, f"no such page: {url.path} (try / or /sparql)")

    do_HEAD = do_GET

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._text(404, f"no such endpoint: {url.path} (POST to /sparql)")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return self._text(403, "this endpoint is read-only: SPARQL updates are refused")
        if ctype == "application/sparql-query":
            return self._query(body)
        if ctype == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qs(body)
            if "update" in params:
                return self._text(403, "this endpoint is read-only: SPARQL updates are refused")
            if "query" in params:
                return self._query(params["query"][0])
            return self._text(400, "the form has no 'query' field")
        return self._text(415, "POST a form (query=…) or application/sparql-query")

    def _query(self, text: str) -> None:
        if _looks_like_update(text):
            return self._text(403, "this endpoint is read-only: SPARQL updates are refused")
        status, ctype, body, truncated = run_with_limit(text, self.headers.get("Accept"), self.settings)
        extra = {"X-TownKG-Truncated": "true"} if truncated else {}
        self._send(status, ctype, body, extra)


def _looks_like_update(text: str) -> bool:
    body = re.sub(r"#[^\n]*", "", text)
    body = re.sub(r"(?is)^\s*((PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", body)
    return bool(re.match(r"(?i)\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", body))


def make_server(db: ox.Store | None, db_path: str | None, host: str, port: int,
                settings: Settings) -> ThreadingHTTPServer:
    """A server (not yet serving) over a store; ``db_path`` makes workers open it read-only."""
    global _DB, _DB_PATH
    _DB, _DB_PATH = db, db_path
    handler = type("TownKGHandler", (Handler,), {"settings": settings})
    try:
        return ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise st.StoreError(f"cannot listen on {host}:{port}: {exc.strerror}", "choose another --port") from None


def open_source(graph: str | None, store_dir: str | None) -> tuple[ox.Store, str | None]:
    if store_dir:
        st.open_store(store_dir, read_only=True)  # fail early, with our message, if it is missing
        return None, str(Path(store_dir))
    return st.load_file(graph), None

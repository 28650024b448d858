"""A read-only SPARQL 1.1 Protocol endpoint with a query page, over an Oxigraph store, safe by default.

``/sparql`` (and ``/sparql/``) answers GET (``?query=``) and POST (form
``query=`` or a body of ``application/sparql-query``), with the protocol's
``default-graph-uri`` / ``named-graph-uri`` (graphs of the store) and the
query's own ``FROM``; relative IRIs resolve against the endpoint's URL. A GET
without a query returns the SPARQL service description. Results are SPARQL
JSON, XML, CSV or TSV by the ``Accept`` header (JSON by default);
CONSTRUCT/DESCRIBE results Turtle, N-Triples, JSON-LD or RDF/XML; every body
is written by Oxigraph's serializers through ``kg.results``, as ``kg query``
writes its output.

What the endpoint will not do (see ``kg.guard`` and ``kg.endpoint``, which runs the queries):

- change data: updates are refused (403) however they are sent;
- fetch anything: ``SERVICE`` is refused unless ``--federate HOST:PORT`` names the host and port
  (``--federate HOST``: any port of it);
- serve other origins or other host names: no CORS header unless ``--cors
  ORIGIN`` names the page's origin; a ``Host`` header that is a name other
  than localhost or an ``--allow-host`` one is refused (a DNS-rebinding guard),
  and so is an HTTP/1.1 request without Host (400) and any HTTP/0.9 request
  (505); an HTTP/1.0 request may omit Host (no browser sends one);
- exceed its limits: each query runs in a forked worker with a memory cap,
  killed at the time limit; at most ``max_queries`` run at once; a request
  body over ``max_body`` bytes, a bad ``Content-Length`` and idle connections
  are refused or closed. A worker that dies without answering is reported
  by how it ended, in the answer and on the server's log (stderr): the
  memory cap (the engine aborts) is a 503 naming it, a signal from outside
  (the system's OOM killer, ``kill -9``) a 500 naming the signal. An answer over the row or byte limit (of whole rows,
  as ``kg.results`` takes and writes them) is refused
  (503, saying which limit) unless the client sends ``Prefer:
  handling=lenient``: then it is cut, and ``Preference-Applied`` plus
  ``X-TownKG-Truncated: rows|bytes`` say so. Every limit refusal names the
  limit in its text and in ``X-TownKG-Limit``.

``/`` is a YASGUI page (vendored in ``kg/static``, so it works with no network)
with the catalog as tabs and a graph view of CONSTRUCT results drawn as ``kg viz`` draws.
"""
from __future__ import annotations

import ipaddress
import json
import logging
import re
import socket
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from kg import endpoint, guard, resources, results, store as st
from kg import query as catalog_mod
from kg.endpoint import CONTENT_TYPE, TEXT, Answer, Request, Settings, negotiate, run_with_limit
from kg.namespaces import PREFIXES
from kg.visualize import browser_config

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


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (the default bind)."""
    try:
        return host == "localhost" or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_allowed(host: str, settings: Settings, bound: str = "") -> bool:
    """The DNS-rebinding guard: a Host header must be an IP literal, localhost, the bound name or allowed.

    A request without Host is the handler's to judge (``Handler._host_ok``): HTTP/1.1 requires one.
    """
    name = host.strip().lower()
    if name.startswith("["):  # an IPv6 literal, and nothing but a port after it
        m = re.fullmatch(r"\[([0-9a-f:.]+)\](?::\d{1,5})?", name)
        name = m.group(1) if m else name
    elif name.count(":") == 1:
        name = name.split(":", 1)[0]
    name = name.rstrip(".")
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        pass
    return name == "localhost" or name == bound.lower() or name in {h.lower() for h in settings.allow_hosts}


SD_TURTLE = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix fmt: <http://www.w3.org/ns/formats/> .
[] a sd:Service ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:resultFormat fmt:SPARQL_Results_JSON, fmt:SPARQL_Results_XML, fmt:SPARQL_Results_CSV,
      fmt:SPARQL_Results_TSV, fmt:Turtle, fmt:N-Triples, fmt:JSON-LD, fmt:RDF_XML ;
  sd:feature sd:UnionDefaultGraph{federation} ;
  sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""
METHODS = "GET, HEAD, POST, OPTIONS"


class Handler(BaseHTTPRequestHandler):
    settings = Settings()
    slots: threading.Semaphore | None = None
    bound_host = ""
    server_version = "TownKG"
    timeout = 30.0  # idle connections: StreamRequestHandler sets it on the socket

    # an answer to a request line http.server cannot read still gets a status line and headers (as HTTP/1.0),
    # never the bare body of an HTTP/0.9 answer (no Content-Type, no nosniff)
    default_request_version = "HTTP/1.0"

    def log_message(self, fmt, *args):  # quiet by default; the CLI prints where it listens
        pass

    def parse_request(self):
        """Refuse HTTP/0.9 ("GET /", no version): it has no headers, so no Host to check, and its answer no head."""
        if len(self.raw_requestline.split()) == 2:
            self.command, self.request_version = None, "HTTP/1.0"
            self.requestline = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
            self.send_error(505, "HTTP/0.9 is not supported: send HTTP/1.1 with a Host header")
            return False
        return super().parse_request()

    def send_error(self, code, message=None, explain=None):
        """The errors http.server answers itself (a bad request line, too many headers, a long URL, an
        unknown method) as one line of text, like every other answer, not an HTML page."""
        self.close_connection = True
        text = f"{code} {message or self.responses.get(code, ('error',))[0]}"
        self._text(code, text.replace("\r", " ").replace("\n", " "), {"Connection": "close"})

    # -- sending
    def _cors(self) -> dict:
        headers = getattr(self, "headers", None)  # not yet read when http.server refuses the request line
        origin = headers.get("Origin") if headers is not None else None
        allowed = self.settings.cors
        if not origin or not allowed or ("*" not in allowed and origin not in allowed):
            return {}
        return {"Access-Control-Allow-Origin": "*" if "*" in allowed else origin, "Vary": "Origin",
                "Access-Control-Expose-Headers": "X-TownKG-Truncated, X-TownKG-Limit, Preference-Applied"}

    def _send(self, status: int, ctype: str, body: bytes, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in {**self._cors(), **(extra or {})}.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str, extra: dict | None = None) -> None:
        self._send(status, TEXT, (message + "\n").encode("utf-8"), extra)

    def _answer(self, a: Answer) -> None:
        extra = {}
        if a.cut:
            extra = {"X-TownKG-Truncated": a.cut, "Preference-Applied": "handling=lenient"}
        if a.limit:
            extra["X-TownKG-Limit"] = a.limit
            if a.limit == "queries":
                extra["Retry-After"] = "2"
        self._send(a.status, a.ctype, a.body, extra)

    # -- checks every request passes
    def _host_ok(self) -> bool:
        """The Host check of every request (``host_allowed``), and what a request without Host gets.

        HTTP/1.1 requires Host (RFC 9112, 3.2: a request without it is a 400). HTTP/1.0 came before
        Host and may omit it: such a request is served, since no browser sends one (a DNS-rebinding
        page runs in a browser, which always names the host it thinks it talks to), and a client that
        reaches the socket without a browser could send any Host it likes anyway.
        """
        hosts = self.headers.get_all("Host") or []
        if not hosts and self.request_version != "HTTP/1.0":
            self.close_connection = True
            self._text(400, f"{self.request_version} requests must carry a Host header (RFC 9112); "
                            "send Host: localhost or the address you connect to")
            return False
        if len(hosts) > 1 or (hosts and not host_allowed(hosts[0], self.settings, self.bound_host)):
            self.close_connection = True
            self._text(403, f"Host {hosts[0] if hosts else ''!r} is not this server's name (a DNS-rebinding guard); "
                            "use localhost or the IP address, or start kg serve with --allow-host NAME")
            return False
        return True

    def _base(self) -> str:
        """The endpoint's URL as the client addressed it: the base IRI of relative IRIs in queries."""
        host = (self.headers.get("Host") or "").strip()
        if not re.fullmatch(r"[\w.\-]+(:\d{1,5})?|\[[0-9a-fA-F:.]+\](:\d{1,5})?", host):
            bound = self.bound_host if ":" not in self.bound_host else f"[{self.bound_host}]"
            host = f"{bound}:{self.server.server_address[1]}"
        return f"http://{host}/sparql"

    # -- methods
    def do_OPTIONS(self):
        if not self._host_ok():
            return
        extra = {"Allow": METHODS}
        if self._cors():
            extra.update({"Access-Control-Allow-Methods": METHODS,
                          "Access-Control-Allow-Headers": "Content-Type, Accept, Prefer",
                          "Access-Control-Max-Age": "600"})
        self._send(204, TEXT, b"", extra)

    def _not_allowed(self):
        if self._host_ok():
            self._text(405, f"{self.command} is not supported: this endpoint is read-only (use GET or POST)",
                       {"Allow": METHODS})

    do_PUT = do_DELETE = do_PATCH = _not_allowed

    def do_GET(self):
        if not self._host_ok():
            return
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
        if url.path in ("/sparql", "/sparql/"):
            if not url.query:
                return self._service_description()
            return self._params(self._form(url.query))
        return self._text(404, f"no such page: {url.path} (try / or /sparql)")

    do_HEAD = do_GET

    def do_POST(self):
        if not self._host_ok():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path not in ("/sparql", "/sparql/"):
            return self._text(404, f"no such endpoint: {url.path} (POST to /sparql)")
        body = self._body()
        if body is None:
            return
        ctype, _, options = (self.headers.get("Content-Type") or "").partition(";")
        ctype = ctype.strip().lower()
        charset = next((o.split("=", 1)[1].strip().strip('"').lower() for o in options.split(";")
                        if o.strip().lower().startswith("charset=")), "utf-8")
        if charset not in ("utf-8", "utf8"):
            return self._text(415, f"the body must be UTF-8 (charset={charset} given)")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self._text(400, "the body is not UTF-8 text")
        if ctype == "application/sparql-update":
            return self._text(403, "this endpoint is read-only: SPARQL updates are refused")
        if ctype == "application/sparql-query":
            params = self._form(url.query)
            if params is None:
                return
            if "query" in params or "update" in params:
                return self._text(400, "give the query either in the body or as a parameter, not both")
            params["query"] = [text]
            return self._params(params)
        if ctype == "application/x-www-form-urlencoded":
            return self._params(self._form(text))
        return self._text(415, "POST a form (application/x-www-form-urlencoded, query=…) "
                               "or a body of application/sparql-query")

    def _body(self) -> bytes | None:
        """The request body within the size cap and the idle time; None when an error was sent."""
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            self._text(411, "send the body with a Content-Length (chunked bodies are not read)")
            return None
        raw = self.headers.get_all("Content-Length") or []
        if not raw:
            self._text(411, "a POST needs a Content-Length header")
            return None
        if len(set(raw)) > 1 or not raw[0].strip().isdigit():
            self.close_connection = True
            self._text(400, f"bad Content-Length: {raw[0][:40]!r}")
            return None
        n = int(raw[0])
        if n > self.settings.max_body:
            self.close_connection = True
            self._text(413, f"the request body is {n} bytes; the limit is {self.settings.max_body} bytes",
                       {"X-TownKG-Limit": "body"})
            return None
        data = bytearray()
        deadline = time.monotonic() + 2 * self.settings.idle_timeout
        while len(data) < n:
            chunk = self.rfile.read1(min(65536, n - len(data)))
            if not chunk or time.monotonic() > deadline:
                self.close_connection = True
                return None  # the client went away or dribbles: nothing to answer
            data += chunk
        return bytes(data)

    def _form(self, text: str) -> dict[str, list[str]] | None:
        """Parameters of a query string or form; None (400 sent) when a %-escape is not UTF-8."""
        try:
            return urllib.parse.parse_qs(text, keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            self._text(400, "the parameters are not UTF-8: a %-escape decodes to bytes that are not UTF-8 text")
            return None

    def _params(self, params: dict[str, list[str]] | None) -> None:
        if params is None:
            return
        if "update" in params:
            return self._text(403, "this endpoint is read-only: SPARQL updates are refused")
        queries = params.get("query", [])
        if len(queries) != 1:
            return self._text(400, "give exactly one query parameter" if queries else
                              "give a query: /sparql?query=SELECT …")
        req = Request(queries[0], self.headers.get("Accept"), self._base(),
                      params.get("default-graph-uri"), params.get("named-graph-uri"),
                      "handling=lenient" in (self.headers.get("Prefer") or "").replace(" ", "").lower())
        try:
            guard.check(req.text, self.settings.federate)
        except guard.Refused as exc:
            return self._text(exc.status, str(exc))
        self._answer(run_with_limit(req, self.settings, self.slots))

    def _service_description(self) -> None:
        fmt = negotiate(self.headers.get("Accept"), "graph")
        if fmt is None:
            return self._text(406, "Not acceptable: the service description is RDF (Turtle, N-Triples, "
                                   "JSON-LD, RDF/XML)")
        feature = ", sd:BasicFederatedQuery" if self.settings.federate else ""
        ttl = SD_TURTLE.format(endpoint=self._base().replace(">", "%3E"), federation=feature)
        triples = list(ox.parse(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE))
        prefixes = {"sd": "http://www.w3.org/ns/sparql-service-description#", "fmt": "http://www.w3.org/ns/formats/"}
        body = ox.serialize(triples, format=results.GRAPH_FORMATS[fmt], **({"prefixes": prefixes} if fmt != "nt" else {}))
        self._send(200, CONTENT_TYPE[fmt], body)


def _cut(sock) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)  # the handler's next read or write fails and it ends
    except OSError:
        pass


class Server(ThreadingHTTPServer):
    """A threading HTTP server with a bound on open connections (each is a thread) and on their lifetime.

    A connection lives at most ``deadline`` seconds (enough to send a request,
    wait for a query slot, run the query and read the answer): a client that
    dribbles its headers a byte at a time cannot hold a thread for longer.
    """

    daemon_threads = True

    def __init__(self, address, handler, max_connections: int, deadline: float):
        self._conn_slots = threading.BoundedSemaphore(max_connections)
        self.deadline = deadline
        super().__init__(address, handler)

    def process_request(self, request, client_address):
        if not self._conn_slots.acquire(blocking=False):
            body = b"too many open connections\n"
            try:
                request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                                b"X-TownKG-Limit: connections\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._conn_slots.release()
            raise

    def process_request_thread(self, request, client_address):
        timer = threading.Timer(self.deadline, _cut, args=(request,))
        timer.daemon = True
        timer.start()
        try:
            super().process_request_thread(request, client_address)
        finally:
            timer.cancel()
            self._conn_slots.release()


def make_server(db: ox.Store | None, db_path: str | None, host: str, port: int,
                settings: Settings) -> ThreadingHTTPServer:
    """A server (not yet serving) over a store; ``db_path`` makes workers open it read-only."""
    endpoint.use_store(db, db_path)
    handler = type("TownKGHandler", (Handler,), {
        "settings": settings, "slots": threading.BoundedSemaphore(settings.max_queries),
        "bound_host": host, "timeout": settings.idle_timeout})
    try:
        deadline = 2 * settings.idle_timeout + settings.queue_wait + settings.timeout + 5
        return Server((host, port), handler, settings.max_connections, deadline)
    except (OSError, OverflowError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise st.StoreError(f"cannot listen on {host}:{port}: {reason}", "choose another --port or --host") from None


def log_to(stream) -> None:
    """Write the server's log (``kg.endpoint.log``: workers that died, and why) to ``stream``, one timed line each."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s kg serve: %(message)s", "%Y-%m-%d %H:%M:%S"))
    endpoint.log.addHandler(handler)
    endpoint.log.setLevel(logging.INFO)
    endpoint.log.propagate = False


def open_source(graph: str | None, store_dir: str | None) -> tuple[ox.Store, str | None]:
    """The graph file loaded into Oxigraph, or the store folder's path (a folder given as GRAPH is a store)."""
    if graph and Path(graph).is_dir():
        store_dir = graph
    if store_dir:
        st.open_store(store_dir, read_only=True)  # fail early, with our message, if it is missing
        return None, str(Path(store_dir))
    return st.load_file(graph), None

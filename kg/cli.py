"""The ``kg`` command line: parses arguments, calls the library, formats results.

Errors of the library (``kg.errors.KGError``) become one line on stderr and
exit status 2 (1 for "the graph does not conform"); nothing else is printed.
"""
from __future__ import annotations

import argparse
import gc
import re
import sys

from kg import __version__
from kg.errors import KGError, UsageError


# ----------------------------------------------------------------------------- option values

def _number(text: str, kind, what: str, low=None, high=None):
    """Parse an option value; argparse turns the ArgumentTypeError into a one-line usage error."""
    try:
        value = kind(text)
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(f"{text!r} is not {what}") from None
    if kind is float and not (value == value and abs(value) != float("inf")):
        raise argparse.ArgumentTypeError(f"{text!r} is not {what}")
    if (low is not None and value < low) or (high is not None and value > high):
        span = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise argparse.ArgumentTypeError(f"{text} is out of range: give {what} {span}")
    return value


def positive_int(text: str) -> int:
    return _number(text, int, "a whole number", 1)


def count(text: str) -> int:
    return _number(text, int, "a whole number", 0)


def port(text: str) -> int:
    return _number(text, int, "a port number", 0, 65535)


def seconds(text: str) -> float:
    value = _number(text, float, "a number of seconds")
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text} is out of range: give a number of seconds above 0")
    return value


def origin(text: str) -> str:
    """A web origin for --cors, as a browser sends it in Origin: scheme://host[:port] (no path, no slash), or '*'."""
    if text == "*" or re.fullmatch(r"[A-Za-z][\w+.\-]*://(?:[\w.\-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?", text):
        return text
    raise argparse.ArgumentTypeError(f"{text!r} is not an origin: give scheme://host[:port] as a browser sends it "
                                     "(like http://localhost:3000, with no path or trailing slash), or '*'")


def federate_target(text: str) -> str:
    """A --federate value: HOST (any port) or HOST:PORT ([IPv6]:PORT); a scheme or path never matches."""
    from kg.guard import federate_entry

    if federate_entry(text) is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a host or host:port: give the name or address, with "
                                         "the port to allow only that one (like data.example.org:3030 or "
                                         "127.0.0.1:7879), with no scheme or path")
    return text


def host_name(text: str) -> str:
    """A host name or IP address for --allow-host: no scheme, path or port (a Host header's port is not matched)."""
    import ipaddress

    try:
        ipaddress.ip_address(text)
        return text
    except ValueError:
        pass
    if re.fullmatch(r"[\w.\-]+", text):
        return text
    raise argparse.ArgumentTypeError(f"{text!r} is not a host name: give the name or address alone "
                                     "(like data.example.org or 127.0.0.1), with no scheme, port or path")


class _Parser(argparse.ArgumentParser):
    """argparse with one-line, coded usage errors (no usage block)."""

    def error(self, message: str):
        print(f"{self.prog}: error: {UsageError(message, f'see {self.prog} --help')}", file=sys.stderr)
        raise SystemExit(2)


def _cmd_build(args) -> int:
    from kg import rdfize
    from kg.build import build
    from kg.errors import KGError as _E

    if not args.output and not args.store:
        raise _E("nothing to write", "give --output FILE, --store DIR, or both")
    if args.output:  # fail before the work and before the store is touched, not after
        from kg.output import check_output

        rdfize.format_for(args.output, args.format)
        check_output(args.output)
    in_process = args.jobs == 1 and not args.dask
    if in_process:
        from kg import extract, patterncache

        extract.pipeline()  # built before any document is read: the patterns compiled so far are kg's own,
        patterncache.save()  # kept for the next run's start-up (kg/patterncache.py)
    from kg import progress

    with progress.documents(args.inputs) as tick:
        quads = bool(args.output) and rdfize.format_for(args.output, args.format) in rdfize.QUAD_FORMATS
        result = build(args.inputs, store=args.store, skip_errors=args.skip_errors, jobs=args.jobs,
                       progress=tick, keep_graphs=bool(args.store) or quads, dask=args.dask,
                       output=args.output, fmt=args.format)
    if in_process:
        patterncache.save(after_documents=True)  # the rules' inline patterns the documents reached (literals only)
    targets = []
    if args.store:
        targets.append(f"store {args.store}")
    if args.output:
        targets.append(str(args.output))
    for line in result.skipped:
        print(f"skipped {line}", file=sys.stderr)
    print(f"{result.summary()} -> {' and '.join(targets)}")
    return 0


def _cmd_validate(args) -> int:
    from kg import validate

    report = validate.validate(args.graph, shapes=args.shapes)
    print(report.text())
    return 0 if report.conforms else 1


def _cmd_eval(args) -> int:
    from kg import evaluate

    result = evaluate.evaluate(args.gold, docs=args.docs, graph=args.graph)
    print(result.table())
    if args.errors:
        print(result.error_list())
    return 0


def _cmd_queries(args) -> int:
    from kg import query

    for q in query.catalog():
        print(f"{q.name:<28} {q.title}")
    return 0


def _cmd_query(args) -> int:
    from kg import query

    params = dict(query.parse_param(p) for p in args.param or [])
    if args.expression:
        text = query.fill_text(args.expression, params, "-e")
    elif args.file:
        text = query.fill_text(query.read_query_file(args.file), params, args.file)
    elif args.name:
        text = query.get(args.name).render(params)
    else:
        raise query.QueryError("give a catalog query NAME, --file FILE or -e 'SELECT …'",
                               "see 'kg queries' for the catalog")
    if args.store:
        from kg import store

        result = query.run_store(store.open_store(args.store, read_only=True), text)
    else:
        from kg import progress

        with progress.step(f"reading {args.graph}"):
            db = query.load_graph(args.graph)
        result = query.run(db, text)
    sys.stdout.write(query.format_result(result, args.format, tty=sys.stdout.isatty()))
    return 0


def _cmd_serve(args) -> int:
    from kg import endpoint, serve

    db, db_path = serve.open_source(args.graph, args.store)
    settings = endpoint.Settings(timeout=args.timeout, max_rows=args.max_rows, max_bytes=args.max_bytes << 20,
                                 max_memory=args.max_memory << 20, max_queries=args.max_queries,
                                 cors=tuple(args.cors or ()), federate=tuple(args.federate or ()),
                                 allow_hosts=tuple(args.allow_host or ()), idle_timeout=args.idle_timeout)
    server = serve.make_server(db, db_path, args.host, args.port, settings)
    serve.log_to(sys.stderr)
    host, port = server.server_address[:2]
    if not serve.is_loopback(args.host):
        print(f"note: listening on {args.host}, not loopback: whoever reaches this address can query the graph",
              file=sys.stderr)
    print(f"SPARQL endpoint http://{host}:{port}/sparql, query page http://{host}:{port}/ "
          f"(per query: {args.timeout:g} s, {args.max_rows} rows, {args.max_bytes} MB out, "
          f"{args.max_memory} MB memory; {args.max_queries} at once); Ctrl+C stops", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


def _cmd_push(args) -> int:
    from kg import push

    result = push.push(args.endpoint, graph=args.graph, store_dir=args.store, user=args.user,
                       password=args.password)
    print(f"pushed {result.graphs} graphs, {result.triples} triples -> {args.endpoint}")
    return 0


def _cmd_viz(args) -> int:
    from kg import visualize
    from kg.output import check_output

    check_output(args.output)

    from kg import progress

    with progress.step(f"reading {args.graph}, laying out and writing the page"):
        page = visualize.render(args.graph, args.output, town=args.town, classes=args.cls,
                                around=args.around, depth=args.depth, max_nodes=args.max_nodes,
                                query_file=args.query)
    print(f"{page.nodes} nodes, {page.edges} edges{' (' + page.note + ')' if page.note else ''} -> {args.output}")
    return 0


def _cmd_explain(args) -> int:
    from kg import explain
    from kg.output import atomic_path, check_output

    check_output(args.output)
    page = explain.explain(args.document)
    with atomic_path(args.output) as tmp:
        tmp.write_text(page.html, encoding="utf-8")
    counts = ", ".join(f"{k} {v}" for k, v in sorted(page.by_type.items())) or "none"
    print(f"{page.facts} facts ({counts}) -> {args.output}")
    return 0


def _cmd_analyze(args) -> int:
    from kg import analyze

    from kg import progress

    with progress.step(f"reading {args.graph}"):
        graph = analyze.load(args.graph)
    if args.path:
        print(analyze.format_path(analyze.shortest_path(graph, *args.path)))
    else:
        with progress.step("centrality and communities"):
            report = analyze.report(graph, top=args.top)
        print(analyze.format_report(report))
    return 0


def _cmd_export(args) -> int:
    if args.format in ("csv", "xlsx", "parquet"):
        from kg import table

        n = table.export(args.graph, args.output, args.format, table=args.table, bom=args.bom)
        print(f"{n} rows ({args.table}) -> {args.output}")
        return 0
    from kg import analyze
    from kg.output import check_output

    check_output(args.output)

    from kg import progress

    with progress.step(f"reading {args.graph}"):
        n, m = analyze.export(args.graph, args.output, args.format)
    print(f"{n} nodes, {m} edges -> {args.output}")
    return 0


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="kg", description="TownKG: Chinese local-government documents → RDF knowledge graph")
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="extract facts from documents into an RDF graph")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="documents (.txt, .md, .html, .pdf, .docx) or folders of them")
    b.add_argument("--output", "-o", help="graph file; the format follows the extension "
                   "(.ttl, .trig, .nt, .nq, .jsonld)")
    b.add_argument("--store", help="also keep the graph in a persistent Oxigraph store (folder); "
                   "unchanged documents are skipped, changed ones replace their named graph")
    b.add_argument("--format", help="override the format the extension implies")
    b.add_argument("--skip-errors", action="store_true", help="skip unreadable documents instead of stopping")
    b.add_argument("--jobs", "-j", type=positive_int, default=1, help="extract in this many processes (default 1)")
    b.add_argument("--dask", metavar="ADDRESS", help="read and extract on a Dask cluster: a scheduler address "
                   "(tcp://host:8786) or local[:N] for a local cluster of N processes")
    b.set_defaults(func=_cmd_build)

    v = sub.add_parser("validate", help="check a graph against the SHACL shapes")
    v.add_argument("graph", help="graph file in any RDF format")
    v.add_argument("--shapes", help="shapes file (default: the packaged ontology/shapes.ttl)")
    v.set_defaults(func=_cmd_validate)

    e = sub.add_parser("eval", help="score extraction against gold facts (precision, recall, F1)")
    e.add_argument("gold", nargs="+", help="gold .jsonl files")
    src = e.add_mutually_exclusive_group(required=True)
    src.add_argument("--docs", help="folder holding <doc>.txt for each gold document")
    src.add_argument("--graph", help="an already built graph")
    e.add_argument("--errors", action="store_true", help="list misses and extras")
    e.set_defaults(func=_cmd_eval)

    ql = sub.add_parser("queries", help="list the named SPARQL queries of the catalog")
    ql.set_defaults(func=_cmd_queries)

    q = sub.add_parser("query", help="run a SPARQL query (catalog name, --file or -e)")
    q.add_argument("name", nargs="?", help="catalog query name (see 'kg queries')")
    src = q.add_mutually_exclusive_group(required=True)
    src.add_argument("--graph", "-g", help="graph file in any RDF format")
    src.add_argument("--store", help="an Oxigraph store made by 'kg build --store'")
    q.add_argument("--file", "-f", help="a .rq file")
    q.add_argument("-e", "--expression", help="a SPARQL query given inline")
    q.add_argument("--param", "-p", action="append", help="catalog parameter k=v (repeatable)")
    q.add_argument("--format", choices=["table", "csv", "tsv", "json", "xml"], default="table",
                   help="an aligned table (default) or a SPARQL results format; CONSTRUCT gives Turtle")
    q.set_defaults(func=_cmd_query)

    sv = sub.add_parser("serve", help="serve a SPARQL 1.1 endpoint and a query page")
    src = sv.add_mutually_exclusive_group(required=True)
    src.add_argument("graph", nargs="?", help="graph file in any RDF format")
    src.add_argument("--store", help="an Oxigraph store made by 'kg build --store'")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=port, default=7878)
    sv.add_argument("--timeout", type=seconds, default=10.0, help="query time limit in seconds (default 10)")
    sv.add_argument("--max-rows", type=positive_int, default=10000, help="result row limit (default 10000)")
    sv.add_argument("--max-bytes", type=positive_int, default=64, metavar="MB",
                    help="result size limit in MB (default 64)")
    sv.add_argument("--max-memory", type=positive_int, default=1024, metavar="MB",
                    help="memory a query may use, in MB (default 1024)")
    sv.add_argument("--max-queries", type=positive_int, default=4, metavar="N",
                    help="queries running at once (default 4); more wait a moment, then get 503")
    sv.add_argument("--idle-timeout", type=seconds, default=30.0, metavar="SECONDS",
                    help="close connections silent this long (default 30)")
    sv.add_argument("--cors", action="append", metavar="ORIGIN", type=origin,
                    help="let pages from ORIGIN (e.g. http://localhost:3000, or '*') read answers; repeatable")
    sv.add_argument("--federate", action="append", metavar="HOST[:PORT]", type=federate_target,
                    help="allow SERVICE calls to HOST:PORT, or to every port of HOST when no port is given "
                         "(off by default: the endpoint fetches nothing); repeatable")
    sv.add_argument("--allow-host", action="append", metavar="NAME", type=host_name,
                    help="accept requests addressed to NAME (besides localhost and IP addresses); repeatable")
    sv.set_defaults(func=_cmd_serve)

    pu = sub.add_parser("push", help="upload the graph to a SPARQL Graph Store Protocol server")
    src = pu.add_mutually_exclusive_group(required=True)
    src.add_argument("graph", nargs="?", help="graph file (.trig or .nq keep named graphs)")
    src.add_argument("--store", help="an Oxigraph store made by 'kg build --store'")
    pu.add_argument("--endpoint", required=True, help="Graph Store Protocol URL, e.g. http://localhost:7878/store")
    pu.add_argument("--user")
    pu.add_argument("--password")
    pu.set_defaults(func=_cmd_push)

    vz = sub.add_parser("viz", help="write an interactive offline HTML page of the graph")
    vz.add_argument("graph")
    vz.add_argument("--output", "-o", required=True)
    vz.add_argument("--town", help="only this town and what it links to")
    vz.add_argument("--class", dest="cls", help="comma-separated classes to keep, e.g. Honor,Enterprise")
    vz.add_argument("--around", help="an entity (label or IRI) to center on")
    vz.add_argument("--depth", type=count, default=1, help="hops around --around (default 1)")
    vz.add_argument("--max-nodes", type=positive_int, default=500, help="above this, keep the best-connected nodes")
    vz.add_argument("--query", help="a CONSTRUCT query (.rq) choosing what to draw")
    vz.set_defaults(func=_cmd_viz)

    xp = sub.add_parser("explain", help="a page of one document with every extracted fact highlighted in place")
    xp.add_argument("document", help="a document (.txt, .md, .html, .pdf, .docx)")
    xp.add_argument("--output", "-o", required=True, help="the HTML page to write")
    xp.set_defaults(func=_cmd_explain)

    an = sub.add_parser("analyze", help="network analytics: centrality, communities, paths")
    an.add_argument("graph")
    an.add_argument("--path", nargs=2, metavar=("A", "B"), help="shortest connection between two entities")
    an.add_argument("--top", type=positive_int, default=10)
    an.set_defaults(func=_cmd_analyze)

    ex = sub.add_parser("export", help="export the fact table (CSV, Excel, Parquet) or the entity network (Gephi, Cytoscape)")
    ex.add_argument("graph", help="graph file, or a store folder made by 'kg build --store'")
    ex.add_argument("--format", choices=["csv", "xlsx", "parquet", "graphml", "gexf"], required=True,
                    help="csv/xlsx/parquet: one row per fact; graphml/gexf: the entity network")
    ex.add_argument("--table", choices=["facts", "observations"], default="facts",
                    help="csv/xlsx/parquet: every fact (default), or observations as a tidy time series")
    ex.add_argument("--bom", action="store_true",
                    help="csv: start with a UTF-8 BOM, so Excel on Chinese Windows reads the file as UTF-8")
    ex.add_argument("--output", "-o", required=True)
    ex.set_defaults(func=_cmd_export)
    return p


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    if not getattr(args, "func", None):
        p.print_help()
        return 2
    if args.command == "build":  # kill (SIGTERM) cleans up like Ctrl+C: no staging or temporary store left
        import signal

        signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        return args.func(args)
    except KGError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a full disk while a store or temp file is written: the user can fix it
        from kg.output import disk_full

        full = disk_full(exc)
        if full is None:
            return _internal(args, exc)
        print(f"kg {args.command}: error: {full}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug of ours: one line, not a traceback (KG_DEBUG=1 shows it)
        return _internal(args, exc)


def _internal(args, exc: Exception) -> int:
    import os

    if os.environ.get("KG_DEBUG"):
        raise exc
    print(f"kg {args.command}: internal error: {type(exc).__name__}: {exc} "
          "(rerun with KG_DEBUG=1 for details, and please report it)", file=sys.stderr)
    return 70


def run() -> None:
    """The ``kg`` command (and ``python -m kg``): ``main()``, then exit with its status.

    The heap is frozen (``gc.freeze``) before the interpreter shuts down: its
    shutdown runs four full garbage collections over every object the imports
    and the word lists made (spaCy, pydantic, rdflib, the lexicons), ~0.2 CPU-s
    of a ``kg build``'s ~1.5, to reclaim memory the process is handing back to
    the system anyway. Exit handlers and module teardown still run; only
    garbage in reference cycles is not collected at exit (every file and store
    is closed by then, by ``with`` blocks). ``main()`` itself, called from
    Python, leaves the collector alone.
    """
    code = main()
    gc.freeze()
    raise SystemExit(code)


if __name__ == "__main__":
    run()

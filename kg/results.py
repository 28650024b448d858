"""Query answers written by Oxigraph's own serializers, whole or under a row and a byte limit.

Every answer kg writes goes through here: ``kg query``'s output formats and
the bodies ``kg serve`` sends. Nothing here writes a term by hand: a body is
byte for byte what pyoxigraph writes for the same solutions or triples.

``take`` pulls a pyoxigraph result from the engine into an ``Answer``: a
copy written by Oxigraph in a line-per-row format (SPARQL TSV for solutions,
N-Triples for graphs; both escape newlines, so a row is a line and a row
limit is a line count). It stops the engine once it has ``max_rows`` rows
and sees one more (the answer is then cut at "rows"), or once the copy
passes ``STAGE_FACTOR`` times the answer's byte limit (cut at "bytes": rows
that large in TSV are, in all but contrived cases, larger than the limit in
every format; the copy's size bounds the memory a query's answer takes).

``Answer.write`` parses the copy back (``parse_query_results``, ``parse``)
and writes it in the asked format with Oxigraph's writer into an output that
stops the writer past ``max_bytes``. An answer over the byte limit is
refused, or, when a cut answer is acceptable, cut to the most leading rows
whose body fits (see ``Answer.write``).
"""
from __future__ import annotations

import bisect
import io
from dataclasses import dataclass

import pyoxigraph as ox

from kg import store as st
from kg.errors import QueryError

SELECT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD,
                 "rdfxml": ox.RdfFormat.RDF_XML}
PREFIXED = {"turtle", "json-ld", "rdfxml"}   # graph formats written with the project's prefixes
STAGE_FACTOR = 4                             # the staging copy may hold this many times the byte limit
_TSV, _NT = ox.QueryResultsFormat.TSV, ox.RdfFormat.N_TRIPLES


class Full(Exception):
    """An output passed its limit; raised inside Oxigraph's writer, which stops writing (and the engine)."""


class _Lines:
    """A binary output for Oxigraph's writers that keeps whole lines within a line and a byte limit."""

    def __init__(self, max_lines: int | None = None, max_bytes: int | None = None):
        self.buf, self.lines, self.full = bytearray(), 0, False
        self.max_lines, self.max_bytes = max_lines, max_bytes

    def write(self, data) -> int:
        self.buf += data
        self.lines += data.count(b"\n")
        if (self.max_lines is not None and self.lines > self.max_lines) or \
                (self.max_bytes is not None and len(self.buf) > self.max_bytes):
            self.full = True
            raise Full
        return len(data)

    def flush(self) -> None:
        pass

    def kept(self) -> tuple[bytearray, str | None]:
        """The whole lines within both limits, and the limit that cut them ("rows", "bytes" or None)."""
        if not self.full:
            return self.buf, None
        over_rows = self.max_lines is not None and self.lines > self.max_lines
        if over_rows:  # the end of line number max_lines
            end = 0
            for _ in range(self.max_lines):
                end = self.buf.index(b"\n", end) + 1
        else:
            end = self.buf.rfind(b"\n") + 1
        cut = "rows" if over_rows else "bytes"
        if self.max_bytes is not None and end > self.max_bytes:
            end, cut = self.buf.rfind(b"\n", 0, self.max_bytes) + 1, "bytes"
        del self.buf[end:]
        return self.buf, cut


class _Capped:
    """A binary output that stops Oxigraph's writer once more than ``limit`` bytes were written."""

    def __init__(self, limit: int | None):
        self.buf, self.limit = bytearray(), limit

    def write(self, data) -> int:
        self.buf += data
        if self.limit is not None and len(self.buf) > self.limit:
            raise Full
        return len(data)

    def flush(self) -> None:
        pass


@dataclass
class Written:
    """A body as Oxigraph wrote it (None: over the byte limit and not to be cut), the rows in it, and the cut."""

    body: bytes | None
    rows: int
    cut: str | None = None       # "rows" / "bytes": the answer was cut at that limit


class Answer:
    """A query's answer taken from the engine: SELECT rows, an ASK boolean, or CONSTRUCT/DESCRIBE triples.

    ``cut`` is "rows" or "bytes" when the engine had more than ``take`` kept.
    ``write`` gives the answer (or its first rows) in a format by Oxigraph's
    writers; ``rows``, ``triples`` and ``graph`` give terms for code that wants
    Python values.
    """

    def __init__(self, type: str, staged: bytes | bytearray, variables=(), boolean: bool | None = None,
                 cut: str | None = None):
        self.type, self.variables, self.boolean, self.cut = type, list(variables), boolean, cut
        self._staged = staged
        self._ends: list[int] | None = None
        self._rows: list[list] | None = None
        lines = staged.count(b"\n") if type != "ASK" else 0
        self.count = max(0, lines - 1) if type == "SELECT" else lines

    # -- the copy, parsed back
    def _prefix(self, n: int | None):
        """The staged copy's header and first ``n`` rows (all of them for None)."""
        if n is None or n >= self.count:
            return self._staged
        skip = 1 if self.type == "SELECT" else 0
        return bytes(self._staged[:self._line_ends()[n - 1 + skip]]) if n + skip > 0 else b""

    def _line_ends(self) -> list[int]:
        """The offset after each line of the staged copy (the header's first for SELECT)."""
        if self._ends is None:
            self._ends, end = [], 0
            while (nl := self._staged.find(b"\n", end)) >= 0:
                end = nl + 1
                self._ends.append(end)
        return self._ends

    def solutions(self, n: int | None = None) -> ox.QuerySolutions | ox.QueryBoolean:
        """The (first ``n``) solutions, or the boolean, as pyoxigraph objects."""
        return ox.parse_query_results(self._prefix(n), _TSV)

    @property
    def triples(self) -> list[ox.Triple]:
        """The triples of a CONSTRUCT/DESCRIBE answer (none for SELECT and ASK)."""
        if self.type != "CONSTRUCT":
            return []
        return [q.triple for q in ox.parse(self._prefix(None), format=_NT, lenient=True)]

    @property
    def rows(self) -> list[list]:
        """SELECT rows as rdflib terms (None where a variable is unbound)."""
        if self.type != "SELECT":
            return []
        if self._rows is None:
            names = [ox.Variable(v) for v in self.variables]
            self._rows = [[st.to_rdflib(sol[v]) if sol[v] is not None else None for v in names]
                          for sol in self.solutions()]
        return self._rows

    @property
    def graph(self):
        """CONSTRUCT/DESCRIBE triples as an rdflib Graph (None for SELECT and ASK)."""
        return st.to_graph(self.triples) if self.type == "CONSTRUCT" else None

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return self.count

    # -- writing
    def _try(self, fmt: str, n: int | None, limit: int | None) -> tuple[bytes | None, int]:
        """The first ``n`` rows written in ``fmt`` (None past ``limit``), and how much of the copy was read."""
        source, out = io.BytesIO(self._prefix(n)), _Capped(limit)
        try:
            if self.type == "CONSTRUCT":
                extra = {"prefixes": st.PREFIX_MAP} if fmt in PREFIXED else {}
                ox.serialize(ox.parse(source, format=_NT, lenient=True), out, format=GRAPH_FORMATS[fmt], **extra)
            else:
                ox.parse_query_results(source, _TSV).serialize(out, format=SELECT_FORMATS[fmt])
        except Full:
            return None, source.tell()
        return bytes(out.buf), source.tell()

    def write(self, fmt: str, max_bytes: int | None = None, fit: bool = False) -> Written:
        """The answer in ``fmt`` (json/xml/csv/tsv; turtle/nt/json-ld/rdfxml for graphs) by Oxigraph's writers.

        Over ``max_bytes`` the body is None, or with ``fit`` the most leading
        rows whose body fits (cut "bytes"): a first guess from how far the
        writer had read the copy when it passed the limit, then a galloping
        and binary search over the row count (each try stops at the limit).
        """
        body, read = self._try(fmt, None, max_bytes)
        if body is not None or self.type == "ASK":
            return Written(body, self.count, self.cut)
        if not fit:
            return Written(None, 0, "bytes")
        bodies: dict[int, bytes | None] = {}

        def fits(n: int) -> bool:
            if n not in bodies:
                bodies[n] = self._try(fmt, n, max_bytes)[0]
            return bodies[n] is not None

        skip = 1 if self.type == "SELECT" else 0  # rows wholly read when the writer stopped: a good first guess
        guess = min(bisect.bisect_right(self._line_ends(), read) - skip, self.count - 1)
        lo, hi, step = max(0, guess), self.count, 1   # find lo that fits and hi that does not
        if fits(lo):
            while lo + step < hi and fits(lo + step):
                lo, step = lo + step, step * 2
            hi = min(hi, lo + step)
        else:
            hi = lo
            while hi > 0:
                lo = max(0, hi - step)
                if fits(lo):
                    break
                hi, step = lo, step * 2
            if not fits(lo):  # not even the header fits
                return Written(None, 0, "bytes")
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if fits(mid):
                lo = mid
            else:
                hi = mid
        return Written(bodies[lo], lo, "bytes")

    def serialize(self, fmt: str) -> bytes:
        """The whole answer in a format (see ``write``)."""
        return self.write(fmt).body


def take(result, max_rows: int | None = None, max_bytes: int | None = None) -> Answer:
    """Pull a pyoxigraph query result into an ``Answer``, stopping the engine past ``max_rows`` rows.

    ``max_bytes`` is the byte limit the answer will be written under: the
    staged copy stops at ``STAGE_FACTOR`` times it (cut "bytes"). An error
    while the query runs (a failing SERVICE) is a ``QueryError``.
    """
    if isinstance(result, Answer):
        return result
    if isinstance(result, ox.QueryBoolean):
        return Answer("ASK", result.serialize(format=_TSV), boolean=bool(result))
    select = isinstance(result, ox.QuerySolutions)
    variables = [v.value for v in result.variables] if select else []
    out = _Lines(None if max_rows is None else max_rows + (1 if select else 0),
                 None if max_bytes is None else STAGE_FACTOR * max_bytes)
    try:
        result.serialize(out, format=_TSV if select else _NT)
    except Full:
        pass
    except OSError as exc:
        raise QueryError(f"the query failed while running: {exc}", "check the query") from None
    staged, cut = out.kept()
    return Answer("SELECT" if select else "CONSTRUCT", staged, variables, cut=cut)

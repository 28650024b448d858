"""What a query sent to the endpoint may do: no updates, no SERVICE except to hosts the user named.

Oxigraph runs ``SERVICE <http://…>`` by sending an HTTP request to that URL
and has no switch to turn it off, so the endpoint looks for the SERVICE
keyword itself before a query runs. The scan errs on the side of refusing:
the keyword counts everywhere except inside a string literal or a comment
(as every way Oxigraph could lex the query sees them) or inside a variable's
or a prefixed name's own characters, and a federated target must be a
literal IRI (or a prefixed name) whose host was allowed with ``kg serve
--federate HOST`` (any port of HOST) or ``--federate HOST:PORT`` (that port
only; a target without a port is on its scheme's, 80 or 443); a variable
target (``SERVICE ?x``) is always refused.
"""
from __future__ import annotations

import ipaddress
import re
import urllib.parse

from kg.errors import KGError
from kg.namespaces import PREFIXES


class Refused(KGError):
    """A query the endpoint will not run; ``status`` is the HTTP status to answer with."""

    code = "E032"

    def __init__(self, message: str, hint: str | None = None, status: int = 403):
        super().__init__(message, hint)
        self.status = status


# Strings and comments (blanked out); an unterminated string is not one (its text stays visible).
_SKIP = re.compile(r"""
    '''(?:[^'\\]|\\.|'(?!''))*''' | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
  | '(?:[^'\\\n\r]|\\.)*' | "(?:[^"\\\n\r]|\\.)*"
  | \#[^\n\r]*
""", re.S | re.X)
# A "<" starts an IRI where a term is expected and is a less-than sign in an expression, and the two readings
# differ when the text up to the next ">" holds a quote, a # or a backslash: "?o<'x>'" is ?o < 'x>' while
# "<http://a/'>" is an IRI, and "<http://a/\u0041#x>" is one IRI, not a "<" and a comment. Such a "<" is read
# both ways and a character is visible when any reading sees it: Oxigraph's reading is always one of them.
_IRI = re.compile(r'<[^<>"\x00-\x20]*>')                     # at least as wide as Oxigraph's IRIs
# What every reading sees as code: no quote or #, and an IRI only when it reads the same either way. Outside
# strings a backslash escapes the next character of a local name (ex:a\' and ex:a\# are names): it is read
# with that character, or the quote would open a "string" and the # a "comment" that hide a SERVICE.
_ORDINARY = re.compile(r"""(?:[^'"#<\\]+ | \\. | <[^<>"'#{}|^`\\\x00-\x20]*> | <(?![^<>"\x00-\x20]*>))+""", re.S | re.X)
_RUNS = re.compile(rb"\x01+|\x00+")
# Oxigraph's keywords need no space around them (SERVICESILENT <…>, 1SERVICE <…> and SERVICE:x all run), so
# "service" counts wherever it is not inside a variable's name or a prefixed name's local part, the two tokens
# that swallow it whole; a local part starts with a name character, ":" or an escape, never "." or "-".
_TOKEN = re.compile(r"""(?P<var>[?$]\w+) | (?P<pname>[\w.\-]*:(?:(?:[\w:%]|\\.)(?:[\w.\-:%]|\\.)*)?)
                      | (?P<word>\w+)""", re.X | re.S)
_SERVICE = re.compile(r"service", re.I)
_SILENT = re.compile(r"\s*silent", re.I)
_TARGET = re.compile(r"\s*(<[^<>\s]*>|[?$]\w+|[\w.\-]*:(?:[\w.\-%:]|\\\S)*)?")
_PREFIX_DECL = re.compile(r"(?i)PREFIX\s*([\w.\-]*):\s*<([^<>\s]*)>")
_UPDATE = re.compile(r"(?i)\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b")


def visible(text: str) -> str:
    """The query with what every reading sees as a string or comment blanked out (IRIs kept), same length."""
    n = len(text)
    seen = bytearray(n)      # 1: some reading sees this character as part of the query's code
    todo = bytearray(n + 1)  # 1: some reading is at this position, outside strings and comments
    todo[0] = 1
    comment_end = 0  # a comment runs to the end of its line: one met inside another ends where it does
    i = todo.find(1)
    while i < n:
        if text[i] == "#" and i < comment_end:
            pass
        elif m := _SKIP.match(text, i):
            todo[m.end()] = 1
            if text[i] == "#":
                comment_end = m.end()
        elif m := _ORDINARY.match(text, i):
            # every reading that reaches a character of an ordinary run goes on to its end
            seen[i:m.end()] = b"\x01" * (m.end() - i)
            todo[m.end()] = 1
            i = m.end()
            continue
        elif m := _IRI.match(text, i):
            seen[i:m.end()] = b"\x01" * (m.end() - i)
            todo[m.end()] = 1
            todo[i + 1] = 1  # or a less-than sign, and what follows is read on its own
        else:
            seen[i] = todo[i + 1] = 1
        i = todo.find(1, i + 1)
    return "".join(text[a:b] if seen[a] else " " * (b - a)
                   for a, b in ((m.start(), m.end()) for m in _RUNS.finditer(seen)))


def looks_like_update(text: str, body: str | None = None) -> bool:
    """True for a SPARQL Update (INSERT, DELETE, LOAD, …) however it is dressed (``body``: its ``visible`` text)."""
    body = visible(text) if body is None else body
    body = re.sub(r"(?is)^\s*((PREFIX\s*[\w.\-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", body)
    return bool(_UPDATE.match(body))


def _unescape_iri(iri: str) -> str:
    return re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})",
                  lambda m: chr(int(m.group(1) or m.group(2), 16)), iri)


def _keywords(body: str):
    """Where each SERVICE keyword of the visible text ends."""
    if not _SERVICE.search(body):
        return
    for m in _TOKEN.finditer(body):
        if m.lastgroup == "var":
            continue
        tok = m.group(0).split(":", 1)[0] if m.lastgroup == "pname" else m.group(0)
        for k in _SERVICE.finditer(tok):
            yield m.start() + k.end()


def _target(body: str, pos: int, prefixes: dict[str, str]) -> str | None:
    t = _TARGET.match(body, pos).group(1) or ""
    if t.startswith("<"):
        iri = _unescape_iri(t[1:-1])
    elif ":" in t and t[0] not in "?$":
        pre, local = t.split(":", 1)
        local = re.sub(r"\\(.)", r"\1", local)  # ex:a\.b is ex:a.b
        iri = prefixes[pre] + local if pre in prefixes else None
    else:
        iri = None
    return iri if iri and re.match(r"(?i)https?://", iri) else None


def service_targets(text: str, body: str | None = None) -> list[str | None]:
    """The target of every SERVICE in the query: an absolute IRI, or None when it is not one.

    A "silent" after SERVICE is the SILENT keyword even with a name glued to
    it (``SERVICE silentex:x`` calls ``ex:x``) and may also start a prefixed
    name (``silent:x``): both targets are listed, so both must be allowed.
    """
    body = visible(text) if body is None else body
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    prefixes.update({m.group(1): _unescape_iri(m.group(2)) for m in _PREFIX_DECL.finditer(body)})
    out: list[str | None] = []
    for end in _keywords(body):
        silent = _SILENT.match(body, end)
        if silent:
            out.append(_target(body, silent.end(), prefixes))
            if re.match(r"[\w.\-:]", body[silent.end():silent.end() + 1]):
                out.append(_target(body, end, prefixes))
        else:
            out.append(_target(body, end, prefixes))
    return out


def federate_entry(text: str) -> tuple[str, int | None] | None:
    """A ``--federate`` value as (host, port), port None for "any port"; None when it is neither HOST nor HOST:PORT.

    HOST is a name or an IP address (an IPv6 one bare, or in brackets before a port: ``[::1]:8080``);
    PORT is 1 to 65535 (a target IRI's port is never 0, so port 0 could never match).
    """
    m = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\](?::(\d{1,5}))?|([\w.\-]+):(\d{1,5})|([\w.\-]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)",
                     text)
    if not m:
        return None
    host = _host(m.group(1) or m.group(3) or m.group(5))
    port = m.group(2) or m.group(4)
    if port is not None and not 1 <= int(port) <= 65535:
        return None
    return (host, int(port) if port is not None else None) if host else None


def _host(host: str) -> str | None:
    """A host in one spelling: lower case, no trailing dot, an IPv6 address compressed ([0::1] is [::1]);
    None for a host with a colon that is no IPv6 address (nothing a URL can name)."""
    host = host.lower().rstrip(".")
    if ":" not in host:
        return host
    try:
        return str(ipaddress.IPv6Address(host))
    except ValueError:
        return None


def _allowed(iri: str | None, allowed: set[tuple[str, int | None]]) -> bool:
    """True when the target IRI's host and port (its scheme's default if none) match an allowed entry."""
    if not iri:
        return False
    parts = urllib.parse.urlsplit(iri)
    try:
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())
    except ValueError:  # a port that is no port (":99999", ":x"): nothing to call
        return False
    host = _host(parts.hostname or "")
    return host is not None and ((host, None) in allowed or (host, port) in allowed)


def check(text: str, federate: tuple[str, ...] = ()) -> None:
    """Raise ``Refused`` for an update, or a SERVICE call to a host (or host:port) not in ``federate``."""
    body = visible(text)
    if looks_like_update(text, body):
        raise Refused("this endpoint is read-only: SPARQL updates are refused")
    allowed = {e for e in map(federate_entry, federate) if e is not None}
    for iri in service_targets(text, body):
        if not allowed:
            raise Refused("SERVICE (federated query) is off: this endpoint fetches nothing on a query's behalf",
                          "start kg serve with --federate HOST:PORT to allow calls to that port of HOST")
        if not _allowed(iri, allowed):
            raise Refused(f"SERVICE to {iri or 'a target that is not an http(s) IRI'} is not allowed",
                          f"federation is on only for: {', '.join(sorted(federate))}")

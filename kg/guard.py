"""What a query sent to the endpoint may do: no updates, no SERVICE except to hosts the user named.

Oxigraph runs ``SERVICE <http://…>`` by sending an HTTP request to that URL
and has no switch to turn it off, so the endpoint looks for the SERVICE
keyword itself before a query runs. The scan errs on the side of refusing:
the keyword counts everywhere except inside a well-formed string literal or a
comment, and a federated target must be a literal IRI (or a prefixed name)
whose host was allowed with ``kg serve --federate HOST``; a variable target
(``SERVICE ?x``) is always refused.
"""
from __future__ import annotations

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


# Strings and comments, left to right; an unterminated string is not one (its text stays visible). Outside a
# string a backslash escapes the next character of a local name (ex:a\' and ex:a\# are names): it is read with
# that character, or the quote would open a "string" and the # a "comment" that hide a SERVICE from the scan.
_SKIP = re.compile(r"""
    '''(?:[^'\\]|\\.|'(?!''))*''' | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
  | '(?:[^'\\\n\r]|\\.)*' | "(?:[^"\\\n\r]|\\.)*"
  | <[^<>"{}|^`\\\x00-\x20]*>
  | \\.
  | \#[^\n\r]*
""", re.S | re.X)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.I)
# SILENT is the keyword only when no name character follows ("silent:x" is a prefixed name)
_TARGET = re.compile(r"\s*(?:SILENT(?![\w:.\-])\s*)?(<[^<>\s]*>|[?$][\w]+|[\w.\-]*:(?:[\w.\-%:]|\\\S)*)?", re.I)
_PREFIX_DECL = re.compile(r"(?i)PREFIX\s+([\w.\-]*):\s*<([^<>\s]*)>")
_UPDATE = re.compile(r"(?i)\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b")


def visible(text: str) -> str:
    """The query with string literals and comments blanked out (IRIs kept), same length."""
    def blank(m: re.Match) -> str:
        s = m.group(0)
        return s if s[0] in "<\\" else " " * len(s)
    return _SKIP.sub(blank, text)


def looks_like_update(text: str) -> bool:
    """True for a SPARQL Update (INSERT, DELETE, LOAD, …) however it is dressed."""
    body = visible(text)
    body = re.sub(r"(?is)^\s*((PREFIX\s+[\w.\-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", body)
    return bool(_UPDATE.match(body))


def _unescape_iri(iri: str) -> str:
    return re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})",
                  lambda m: chr(int(m.group(1) or m.group(2), 16)), iri)


def service_targets(text: str) -> list[str | None]:
    """The target of every SERVICE in the query: an absolute IRI, or None when it is not one."""
    body = visible(text)
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    prefixes.update({m.group(1): m.group(2) for m in _PREFIX_DECL.finditer(body)})
    out: list[str | None] = []
    for m in _SERVICE.finditer(body):
        t = _TARGET.match(body, m.end()).group(1) or ""
        if t.startswith("<"):
            iri = _unescape_iri(t[1:-1])
        elif ":" in t and t[0] not in "?$":
            pre, local = t.split(":", 1)
            local = re.sub(r"\\(.)", r"\1", local)  # ex:a\.b is ex:a.b
            iri = prefixes[pre] + local if pre in prefixes else None
        else:
            iri = None
        out.append(iri if iri and re.match(r"(?i)https?://", iri) else None)
    return out


def check(text: str, federate: tuple[str, ...] = ()) -> None:
    """Raise ``Refused`` for an update, or a SERVICE call to a host not in ``federate``."""
    if looks_like_update(text):
        raise Refused("this endpoint is read-only: SPARQL updates are refused")
    allowed = {h.lower() for h in federate}
    for iri in service_targets(text):
        if not allowed:
            raise Refused("SERVICE (federated query) is off: this endpoint fetches nothing on a query's behalf",
                          "start kg serve with --federate HOST to allow calls to HOST")
        host = (urllib.parse.urlsplit(iri).hostname or "").lower() if iri else None
        if host not in allowed:
            raise Refused(f"SERVICE to {iri or 'a target that is not an http(s) IRI'} is not allowed",
                          f"federation is on only for: {', '.join(sorted(allowed))}")

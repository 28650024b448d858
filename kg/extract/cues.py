"""Cues: the words a rule's pattern cannot match without, as one cheap test before the rules run.

Most sentences of a report hold no fact of a given type, yet a finder tries
each of its patterns on each of their clauses. ``Cue(*patterns)`` reads the
patterns (as compiled from the rule files) and finds, for each, a set of
literal words one of which is part of every match: the trigger words of an
alternation (获评, 荣获 …), the literal part of a fragment (``获(?!得感)`` →
获). A text that contains none of the words cannot be matched by any of the
patterns, so the finder skips it; the test is one search for plain words,
which is fast, and exact: it never skips a text a pattern would match.

A pattern without such words (one that can match any text, such as
``[^，]{3,}``) makes the cue let everything through; ``Cue.selective`` says
whether it does not.
"""
from __future__ import annotations

import re

try:  # the regular-expression parser of the standard library (sre_parse before Python 3.11)
    from re import _parser as _sre
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

_REPEATS = tuple(op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op)
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
# a literal run is widened by a small character class ([评颁授]) into one word per character, up to this many
_MAX_WORDS = 64


def required_words(pattern: re.Pattern | str, flags: int = 0) -> frozenset[str] | None:
    """Words one of which every match of ``pattern`` contains; None when no such words are known."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if isinstance(pattern, bytes) or flags & (re.IGNORECASE | re.VERBOSE):
        return None
    parsed = _sre.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _need(parsed)


def _chars(items) -> list[str] | None:
    """The characters of a small class of literals ([评颁授]), else None."""
    if not all(op is _sre.LITERAL for op, _ in items) or len(items) > 8:
        return None
    return [chr(c) for _, c in items]


def _need(seq) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run = [""]  # the literal words being read, one per alternative character so far

    def close() -> None:
        if run != [""]:
            candidates.append(frozenset(run))

    for op, av in seq:
        if op is _sre.LITERAL:
            run = [w + chr(av) for w in run]
            continue
        if op is _sre.IN and (chars := _chars(av)) is not None:
            if len(run) * len(chars) > _MAX_WORDS:
                close()
                run = [""]
            run = [w + c for w in run for c in chars]
            continue
        if op in _ZERO_WIDTH:
            continue  # takes no characters: the literals around it are still side by side in the match
        close()
        run = [""]
        sub = None
        if op is _sre.SUBPATTERN:
            sub = _need(av[-1])
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            sub = _need(av)
        elif op in _REPEATS and av[0] >= 1:
            sub = _need(av[2])
        elif op is _sre.BRANCH:
            alternatives = [_need(b) for b in av[1]]
            if all(a is not None for a in alternatives):
                sub = frozenset().union(*alternatives)
        if sub:
            candidates.append(sub)
    close()
    if not candidates:
        return None
    # the most telling words: the longest shortest word, then the fewest words
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)))


class Cue:
    """A test that a text may be matched by one of ``patterns``: it holds one of their required words."""

    def __init__(self, *patterns: re.Pattern):
        needs = [required_words(p) for p in patterns]
        self.selective = all(n is not None for n in needs)
        words = set().union(*needs) if self.selective else set()
        # a word that holds another is implied by it: keep the shortest ones
        self.words = tuple(sorted((w for w in words if not any(v != w and v in w for v in words)),
                                  key=lambda w: (-len(w), w)))
        self._re = re.compile("|".join(map(re.escape, self.words))) if self.words else None

    def search(self, text: str) -> bool:
        """False only when none of the patterns can match ``text``."""
        if not self.selective:
            return True
        return self._re is not None and self._re.search(text) is not None

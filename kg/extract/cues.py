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
    sets = required_sets(pattern, flags)
    return sets[0] if sets else None


def required_sets(pattern: re.Pattern | str, flags: int = 0) -> list[frozenset[str]]:
    """Sets of words every match of ``pattern`` takes one word of each from, the most telling set first.

    ``获评(.{2,20}?)等(?:荣誉|称号)`` → [{获评}, {称号, 荣誉}, {等}]: a text must hold one word of each.
    """
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if isinstance(pattern, bytes) or flags & (re.IGNORECASE | re.VERBOSE):
        return []
    parsed = _sre.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return []
    return _needs(parsed)


def _chars(items) -> list[str] | None:
    """The characters of a small class of literals ([评颁授]), else None."""
    if not all(op is _sre.LITERAL for op, _ in items) or len(items) > 8:
        return None
    return [chr(c) for _, c in items]


def _need(seq) -> frozenset[str] | None:
    needs = _needs(seq)
    return needs[0] if needs else None


def _needs(seq) -> list[frozenset[str]]:
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
        if op in (_sre.SUBPATTERN, _sre.BRANCH) and (words := _words(op, av)) and len(run) * len(words) <= _MAX_WORDS:
            # a group of plain words (扎实|稳步|有序): read on as literals, each word a way the run goes on
            # (建设(?:扎实|稳步)(?:推进|实施) wants one of four words, not 建设 and then anything)
            run = [w + x for w in run for x in words]
            continue
        if op in _REPEATS and av[0] == 0 and av[1] == 1 and run != [""] and (opt := _optional(av[2])) and \
                len(run) * (len(opt) + 1) <= _MAX_WORDS:
            # an optional word (建设(?:工作)?推进): the run goes on with it or without it
            run = [w + x for w in run for x in ["", *opt]]
            continue
        if op is _sre.ASSERT and av[0] == 1 and run != [""] and (heads := _prefixes(av[1])) and \
                len(run) * len(heads) <= _MAX_WORDS:
            # a lookahead that must match right here: the words it opens with follow the literals read so far
            # (建设(?=“?(?:国家|全国)) wants 建设国家, 建设全国, 建设“国家 or 建设“全国, not any 建设)
            run = [w + h for w in run for h in heads]
            close()
            run = [""]
            continue
        if op is _sre.ASSERT and (sub := _need(av[1])):
            # any other lookahead or lookbehind that must match: its words are in the text too
            # ((?=[^，]{2,30}?连冠) wants 连冠); it takes no characters, so the literals around it stay side by side
            candidates.append(sub)
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
    # the most telling words first: the longest shortest word, then the fewest words
    return sorted(set(candidates), key=lambda words: (-min(map(len, words)), len(words), sorted(words)))


def _words(op, av) -> list[str] | None:
    """The plain words a group or an alternation stands for (``(?:扎实|稳步)`` → 扎实, 稳步), else None."""
    branches = [av[-1]] if op is _sre.SUBPATTERN else av[1]
    words: list[str] = []
    for branch in branches:
        if not branch or not all(o is _sre.LITERAL for o, _ in branch):
            return None
        words.append("".join(chr(c) for _, c in branch))
    return words if len(words) <= _MAX_WORDS else None


def _optional(seq) -> list[str] | None:
    """The plain words of an optional part (``(?:工作)?`` → 工作, ``(?:一|二)?`` → 一, 二), else None."""
    if seq and all(o is _sre.LITERAL for o, _ in seq):
        return ["".join(chr(c) for _, c in seq)]
    if len(seq) == 1 and seq[0][0] in (_sre.SUBPATTERN, _sre.BRANCH):
        return _words(*seq[0])
    return None


def _prefixes(seq) -> list[str] | None:
    """The literal words one of which every match of ``seq`` opens with (None when it may open otherwise).

    Literals, small classes of literals, optional words (“?) and groups of plain words are read on; a group
    of any other kind gives the words its alternatives open with and ends the reading (what follows it need
    not stand right after those words). ``“?(?:国家|全国)`` → 国家, 全国, “国家, “全国.
    """
    words = [""]
    for op, av in seq:
        if op is _sre.LITERAL:
            words = [w + chr(av) for w in words]
        elif op is _sre.IN and (chars := _chars(av)) is not None:
            words = [w + c for w in words for c in chars]
        elif op in _REPEATS and av[0] == 0 and av[1] == 1 and (opt := _optional(av[2])):
            words = [w + x for w in words for x in ["", *opt]]
        elif op in (_sre.SUBPATTERN, _sre.BRANCH) and (full := _words(op, av)):
            words = [w + x for w in words for x in full]
        elif op in (_sre.SUBPATTERN, _sre.BRANCH):
            heads = [_prefixes(b) for b in ([av[-1]] if op is _sre.SUBPATTERN else av[1])]
            if all(heads):
                words = [w + h for w in words for hs in heads for h in hs]
            break
        else:
            break
        if len(words) > _MAX_WORDS:
            return None
    return words if all(words) and len(words) <= _MAX_WORDS else None


def _alternation(words) -> re.Pattern:
    # a word that holds another is implied by it: the shorter one is enough to look for
    kept = sorted((w for w in words if not any(v != w and v in w for v in words)), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, kept)))


class Cue:
    """A test that a text may be matched by one of ``patterns``: it holds the words one of them requires.

    One search for the first (most telling) word set of every pattern rejects
    most texts; a text that passes it is let through at once when it holds
    the words of a pattern that requires nothing else, else it is checked
    against the other sets of the patterns that have more than one
    (``获评…等(?:荣誉|称号)`` wants 获评, 等, and 荣誉 or 称号).
    """

    MAX_SETS = 3  # per pattern: more sets cost more searches than they save

    def __init__(self, *patterns: re.Pattern):
        needs = [required_sets(p)[: self.MAX_SETS] for p in patterns]
        self.selective = all(needs)
        self.words = tuple(sorted({w for n in needs if n for w in n[0]}, key=lambda w: (-len(w), w)))
        self._any = _alternation(self.words) if self.selective and self.words else None
        single = {w for n in needs if len(n) == 1 for w in n[0]} if self.selective else set()
        self._single = _alternation(single) if single else None
        self._each = [[_alternation(s) for s in n] for n in needs if len(n) > 1] if self.selective else []

    def search(self, text: str) -> bool:
        """False only when none of the patterns can match ``text``."""
        if not self.selective:
            return True
        if self._any is None or self._any.search(text) is None:
            return False
        if self._single is not None and self._single.search(text) is not None:
            return True
        # plain loops: ~75 k calls per 24 reports; the two generators of any(all(…)) were a quarter of their time
        for sets in self._each:
            for words in sets:
                if words.search(text) is None:
                    break
            else:
                return True
        return False

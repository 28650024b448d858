"""The segmenter's dictionary as tagged words: general words, proper names, and the phrases they make.

jieba's ``dict.txt`` is read once as a word list (word -> part-of-speech tag);
nothing here segments text or loads jieba's models. The company-name shapes
(``kg/extract/companies.py``) and the enterprise finder ask it whether a
word is a general one (科技, 创新), a proper name (交通银行) or unknown.
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from bisect import bisect_left
from collections.abc import Mapping, MutableMapping
from itertools import compress, islice
from operator import ge
from pathlib import Path


_MISSING = object()


class _Dictionary(MutableMapping):
    """jieba's dictionary as a mapping word -> tag, without a dict of its 349 k words (~0.1 CPU-s to build).

    ``dict.txt`` is sorted by word but for a few lines (Latin words first, two misplaced ones): the words
    in order are kept as one list and found by bisection; the lines out of order, and what is set
    later (a test's own word), are kept apart and win. A word asked again is answered from a small dict
    of the words asked so far. Read as a dict of its lines would: the last line of a word wins.
    """

    def __init__(self, words: list[str], tags: list[str]):
        """``words`` and ``tags``: the file's columns, in its order (the lists are taken over, not copied)."""
        n = len(words)
        # a line not after the one before it (out of order, or a word again): both are taken out; within a
        # run of lines kept the order then holds, so only where lines were taken out can it break again
        out = set()
        for i in compress(range(n - 1), map(ge, words, islice(words, 1, None))):
            out.update((i, i + 1))
        while True:
            broken = []
            for i in sorted(out):
                if i + 1 < n and i + 1 not in out:  # the end of a run taken out: its neighbours must be in order
                    start = i
                    while start - 1 in out:
                        start -= 1
                    if start > 0 and words[start - 1] >= words[i + 1]:
                        broken.append(i + 1)
            if not broken:
                break
            out.update(broken)
        taken = sorted(out)
        self._extra: dict[str, str | None] = {}
        line: dict[str, int] = {}
        for i in taken:  # in file order: the last line of a word wins
            self._extra[words[i]], line[words[i]] = tags[i], i
        runs: list[list[int]] = []  # the lines taken out as runs [start, end): a few (the Latin words at the top)
        for i in taken:
            if runs and runs[-1][1] == i:
                runs[-1][1] = i + 1
            else:
                runs.append([i, i + 1])
        for start, end in reversed(runs):
            del words[start:end], tags[start:end]
        self._words, self._tags = words, tags
        for word, last in line.items():
            at = self._index(word)
            if at is not None:  # the word is also on a line kept in order: the later line wins
                kept_line = at  # its line in the file: its place among the kept, plus the lines taken out before it
                for i in taken:
                    if i <= kept_line:
                        kept_line += 1
                    else:
                        break
                if kept_line > last:
                    self._extra[word] = self._tags[at]
        self._seen: dict[str, object] = {}

    def tag_set(self) -> frozenset[str]:
        """Every tag a word has (and perhaps the tag of a line a later one replaced: no word has that one)."""
        return frozenset(self._tags).union(t for t in self._extra.values() if t is not None)

    def _index(self, word: str) -> int | None:
        i = bisect_left(self._words, word)
        return i if i < len(self._words) and self._words[i] == word else None

    def get(self, word, default=None):
        tag = self._seen.get(word, _MISSING)
        if tag is _MISSING:
            tag = self._extra.get(word, _MISSING)
            if tag is _MISSING:
                at = self._index(word) if type(word) is str else None
                tag = None if at is None else self._tags[at]
            if len(self._seen) >= 200_000:
                self._seen.clear()
            self._seen[word] = tag
        return default if tag is None else tag

    def __getitem__(self, word: str) -> str:
        tag = self.get(word)
        if tag is None:
            raise KeyError(word)
        return tag

    def __contains__(self, word) -> bool:
        return self.get(word) is not None

    def __setitem__(self, word: str, tag: str) -> None:
        self._extra[word] = tag
        self._seen.pop(word, None)

    def __delitem__(self, word: str) -> None:
        if word not in self:
            raise KeyError(word)
        if word in self._extra and self._index(word) is None:
            del self._extra[word]
        else:  # (a word of the file: hidden, as a dict would forget it)
            self._extra[word] = None  # type: ignore[assignment]
        self._seen.pop(word, None)

    def _in_order(self) -> tuple[list[str], list[str]]:
        """The lines kept in order whose word is not set apart (a later line or a word set since)."""
        hidden = [i for i in map(self._index, self._extra) if i is not None]
        if not hidden:
            return self._words, self._tags
        keep = bytearray(b"\x01") * len(self._words)
        for i in hidden:
            keep[i] = 0
        return list(compress(self._words, keep)), list(compress(self._tags, keep))

    def __iter__(self):
        yield from self._in_order()[0]
        yield from (w for w, t in self._extra.items() if t is not None)

    def values(self) -> list[str]:  # in step with the words, as a dict's
        return self._in_order()[1] + [t for t in self._extra.values() if t is not None]

    def __len__(self) -> int:
        return len(self._in_order()[0]) + sum(t is not None for t in self._extra.values())

    def __eq__(self, other) -> bool:
        return isinstance(other, Mapping) and len(self) == len(other) and \
            all(other.get(w, _MISSING) == t for w, t in zip(self, self.values()))

    __hash__ = None  # type: ignore[assignment]


@lru_cache(maxsize=None)
def _tagged_words() -> MutableMapping[str, str]:
    """jieba's dictionary as word -> part-of-speech tag, read once (its word list only: no text is segmented).

    The file is found beside the package without importing it (jieba's import
    loads its segmentation models, which nothing here uses).
    """
    spec = importlib.util.find_spec("jieba")
    path = Path(spec.origin).with_name("dict.txt") if spec and spec.origin else None
    if path is None or not path.is_file():
        from jieba import get_dict_file  # an installation that keeps its files elsewhere

        with get_dict_file() as f:
            text = f.read().decode("utf-8")
    else:
        text = path.read_bytes().decode("utf-8")
    fields = text.split()  # "word frequency tag" per line: split in C, not a pattern run over 5 MB
    if len(fields) == 3 * text.count("\n") and all(map(str.isdigit, fields[1::3])):
        return _Dictionary(fields[0::3], fields[2::3])
    return dict(re.findall(r"^(\S+) \d+ (\S+)", text, re.M))  # a line of another shape: read line by line


@lru_cache(maxsize=None)
def _tags() -> frozenset[str]:
    """The dictionary's tags (some fifty), gathered once from its 349 k words."""
    words = _tagged_words()
    return words.tag_set() if isinstance(words, _Dictionary) else frozenset(words.values())


@lru_cache(maxsize=None)
def _tags_where(pattern: str, keep: bool) -> frozenset[str]:
    """The dictionary's tags that match ``pattern`` (``keep``) or do not (not ``keep``)."""
    tag = re.compile(pattern)
    return frozenset(t for t in _tags() if bool(tag.match(t)) == keep)


@lru_cache(maxsize=None)
def _words_where(pattern: str, keep: bool) -> frozenset[str]:
    """The dictionary's words whose tag matches ``pattern`` (``keep``) or does not (not ``keep``), as a set."""
    words, tags = _tagged_words(), _tags_where(pattern, keep)
    return frozenset(compress(words, map(tags.__contains__, words.values())))  # keys and values in step


class _TaggedAs:
    """The same words as ``_words_where(pattern, keep)``, looked up one by one in the tagged dictionary.

    For the word lists asked only a few times per document: no set of a hundred
    thousand words or more is built at start-up for them.
    """

    __slots__ = ("words", "tags")

    def __init__(self, pattern: str, keep: bool):
        self.words, self.tags = _tagged_words(), _tags_where(pattern, keep)

    def __contains__(self, word: str) -> bool:
        return self.words.get(word) in self.tags


@lru_cache(maxsize=None)
def _general_words() -> _TaggedAs:
    """The dictionary's words that are not proper names (its tags nr/ns/nt/nz… mark 柯达, 厦华, 交通银行).

    Looked up word by word (a few thousand times per report) rather than built as a set of 237 k words
    (~0.03 CPU-s of every process that reads an enterprise).
    """
    return _TaggedAs(r"n[rstz]|eng", keep=False)


def is_general_phrase(item: str, chars: frozenset[str] = frozenset(), words=None) -> bool:
    """Made of general words of two or more characters only (科技+创新, 数字+转型), or of the single
    characters ``chars``: a phrase, no brand in it. ``words``: another word list (default: general words)."""
    words = _general_words() if words is None else words
    ok = [True] + [False] * len(item)  # ok[i]: item[:i] splits into general words
    for i in range(1, len(item) + 1):
        ok[i] = (ok[i - 1] and item[i - 1] in chars) or \
            any(ok[j] and item[j:i] in words for j in range(max(0, i - 8), i - 1))
    return len(item) >= 2 and ok[-1]


@lru_cache(maxsize=None)
def _proper_names() -> _TaggedAs:
    """The dictionary's proper names (交通银行, 厦华): its tags nr/ns/nt/nz."""
    return _TaggedAs(r"n[rstz]", keep=True)


@lru_cache(maxsize=None)
def _unbranded_words() -> _TaggedAs:
    """The dictionary's words that name no firm or person (general words and places: 泰山, 海上)."""
    return _TaggedAs(r"n[rtz]|eng", keep=False)


def is_common_word(item: str) -> bool:
    """A word of the segmenter's general dictionary (技术, 旅游, 公交): a noun, not a firm's name."""
    return item in _tagged_words()

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
from collections.abc import MutableMapping
from itertools import compress, islice
from operator import ge
from pathlib import Path


_MISSING = object()


class _Dictionary(MutableMapping):
    """jieba's dictionary as word -> tag, answering as a dict of its lines would (the last line of a word wins).

    A dict of its 349 k words costs ~0.06 CPU-s more per process than this. ``dict.txt`` is sorted by word
    but for a few lines (Latin words at the top, two misplaced): the lines in order are found by bisection,
    the others (~60) are kept in a small dict read first, as is what is set later (a test's own word; a
    word deleted is kept there as None).
    """

    def __init__(self, words: list[str], tags: list[str]):
        """``words`` and ``tags``: the file's columns, in its order (the lists are taken over, not copied)."""
        n = len(words)
        out = {j for i in compress(range(n - 1), map(ge, words, islice(words, 1, None))) for j in (i, i + 1)}
        runs = []  # the lines taken out as runs [start, end): a run grows while the two lines it would
        for start in sorted(out):  # bring together are out of order
            if start - 1 not in out:
                end = start
                while end < n and (end in out or (start > 0 and words[start - 1] >= words[end])):
                    out.add(end)
                    end += 1
                runs.append((start, end))
        taken = sorted(out)
        last = {words[i]: i for i in taken}  # each word's last line taken out
        self._extra: dict[str, str | None] = {word: tags[i] for word, i in last.items()}
        for start, end in reversed(runs):
            del words[start:end], tags[start:end]
        self._words, self._tags = words, tags
        for word, i in last.items():  # the word is also on a line kept after that one: that line wins
            k = bisect_left(words, word)
            if k < len(words) and words[k] == word and k >= i - bisect_left(taken, i):  # (lines kept before i)
                del self._extra[word]

    def tag_set(self) -> frozenset[str]:
        """Every tag a word has (and perhaps one of a line replaced since: no word has that one)."""
        return frozenset(self._tags).union(t for t in self._extra.values() if t is not None)

    def get(self, word, default=None):
        tag = self._extra.get(word, _MISSING)
        if tag is _MISSING:
            i = bisect_left(self._words, word) if type(word) is str else len(self._words)
            tag = self._tags[i] if i < len(self._words) and self._words[i] == word else None
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

    def __delitem__(self, word: str) -> None:
        self[word]  # (KeyError if it is not there)
        self._extra[word] = None

    def __iter__(self):
        yield from (w for w in self._words if w not in self._extra)
        yield from (w for w, t in self._extra.items() if t is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


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
    return frozenset(w for w, t in words.items() if t in tags)


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

"""General vocabulary shipped with the package: places, units, rule word lists.

The files live in ``data/lexicons/`` (installed as ``kg.lexicons``). They hold
general vocabulary only: administrative units, measure words, the shape of
honor titles. Loading is cached: each file is read once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pathlib import Path

from kg import patterncache, resources
from kg.errors import LexiconError

patterncache.load()  # before the rule modules compile their patterns (they import this module first)


def _rows(name: str) -> list[list[str]]:
    text = resources.read_text("lexicons", name)
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


# Administrative suffixes of area names, longest first (新区 before 区)
AREA_SUFFIXES = ("街道", "新区", "镇", "乡", "区", "县", "市", "省")


@dataclass
class Place:
    name: str
    kind: str
    part_of: str | None

    @property
    def short(self) -> str | None:
        """The name without its administrative suffix (大场镇 -> 大场), if still a name."""
        for suffix in AREA_SUFFIXES:
            if self.name.endswith(suffix) and len(self.name) - len(suffix) >= 2:
                return self.name[: -len(suffix)]
        return None


class Places:
    """The place lexicon: names, kinds, nesting, and a longest-match finder."""

    def __init__(self, rows: list[list[str]]):
        self.by_name: dict[str, list[Place]] = {}
        for row in rows:
            name, kind = row[0], row[1]
            parent = row[2] if len(row) > 2 and row[2] else None
            self.by_name.setdefault(name, []).append(Place(name, kind, parent))
        names = sorted(self.by_name, key=len, reverse=True)
        self._re = re.compile("|".join(map(re.escape, names)))

    def get(self, name: str, within: str | None = None) -> Place | None:
        """The place of that name, the one inside ``within`` when the name is ambiguous."""
        found = self.by_name.get(name, [])
        if within:
            # the text says where the place is: a lexicon place elsewhere is another place
            return next((p for p in found if within in self.chain(p)), None)
        return found[0] if len(found) == 1 else None

    def kind_of(self, name: str) -> str | None:
        found = self.by_name.get(name)
        return found[0].kind if found else None

    def chain(self, place: Place) -> list[str]:
        """Names of the place and everything it is part of, innermost first."""
        out, seen = [place.name], {place.name}
        parent = place.part_of
        while parent and parent not in seen:
            out.append(parent)
            seen.add(parent)
            nxt = self.by_name.get(parent)
            parent = nxt[0].part_of if nxt else None
        return out

    def finditer(self, text: str):
        return self._re.finditer(text)

    def find_all(self, text: str) -> list[str]:
        return [m.group(0) for m in self._re.finditer(text)]


def kind_by_suffix(name: str) -> str:
    """The kind of an area from its name's ending (镇/乡/街道 town, 区/县 district, 市 city, 省 province)."""
    if name.endswith(("区", "县")):
        return "district"
    if name.endswith("市"):
        return "city"
    if name.endswith("省"):
        return "province"
    return "town"


@lru_cache(maxsize=None)
def places() -> Places:
    return Places(_rows("shanghai_places.tsv"))


@dataclass(frozen=True)
class Unit:
    surface: str
    iri: str        # "cur:CNY", "unit:M2"...
    factor: float
    family: str


@lru_cache(maxsize=None)
def units() -> dict[str, Unit]:
    return {r[0]: Unit(r[0], r[1], float(r[2]), r[3]) for r in _rows("units.tsv")}


class RuleLists:
    """The named word lists of one rule file (``data/lexicons/honors.tsv`` …).

    A file has two columns, ``id`` and ``entry``; an entry is a literal word,
    or a regular-expression fragment when it starts with ``re:``. A rule file
    is either the name of a shipped lexicon or a path to the user's own.
    """

    def __init__(self, source: str | Path):
        self.source = str(source)
        path = Path(source)
        if path.suffix == ".tsv" and path.exists() and (path.is_absolute() or path.parent != Path(".")):
            text = path.read_text(encoding="utf-8")
        else:
            try:
                text = resources.read_text("lexicons", str(source))
            except (FileNotFoundError, OSError):
                raise LexiconError(f"no rule file {source!s}",
                                   "name a file of data/lexicons or give a path to a .tsv file") from None
        self.lists: dict[str, list[str]] = {}
        self._patterns: dict[str, tuple[list[str], str]] = {}  # list id -> (its entries, their pattern)
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2 or not parts[0] or not parts[1]:
                raise LexiconError(f"{source}:{n}: a rule line needs an id and an entry separated by a tab",
                                   "write: list-id<TAB>word")
            self.lists.setdefault(parts[0].strip(), []).append(parts[1].strip())

    def _entries(self, list_id: str) -> list[str]:
        try:
            return self.lists[list_id]
        except KeyError:
            raise LexiconError(f"{self.source}: no list {list_id!r}", "add lines starting with that id") from None

    def words(self, list_id: str) -> tuple[str, ...]:
        """The list's literal entries, longest first (so that a suffix test finds the longest ending).

        ``re:`` fragments are left out: they are patterns, never a word a text holds (``pattern`` has them).
        """
        return tuple(sorted((e for e in self._entries(list_id) if not e.startswith("re:")), key=len, reverse=True))

    def pattern(self, list_id: str) -> str:
        """A regex alternation of the list: literal words longest first, then the fragments in file order.

        Python's alternation takes the first branch that matches, so the
        longest word must come first (获得了 before 获得), and a fragment such
        as ``获(?!得感)`` only after every word it could cut short.
        """
        entries = self._entries(list_id)
        made = self._patterns.get(list_id)
        if made is not None and made[0] == entries:  # a rule may ask for it per figure: made once per list
            return made[1]
        words = sorted((e for e in entries if not e.startswith("re:")), key=len, reverse=True)
        alts = [re.escape(w) for w in words] + [e[3:] for e in entries if e.startswith("re:")]
        pattern = "(?:" + "|".join(alts) + ")"
        self._patterns[list_id] = (list(entries), pattern)  # a copy: an entry added later makes it anew
        return pattern

    def ids(self) -> list[str]:
        return list(self.lists)


@lru_cache(maxsize=None)
def rules(source: str) -> RuleLists:
    """One rule file, read once per process."""
    return RuleLists(source)

"""General vocabulary shipped with the package: places, units, honor shapes.

The files live in ``data/lexicons/`` (installed as ``kg.lexicons``). They hold
general vocabulary only: administrative units, measure words, the shape of
honor titles. Loading is cached: each file is read once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.read_text("lexicons", name)
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass
class Place:
    name: str
    kind: str
    part_of: str | None

    @property
    def short(self) -> str | None:
        """The name without its administrative suffix (大场镇 -> 大场), if still a name."""
        for suffix in ("街道", "新区", "镇", "乡", "区", "县", "市", "省"):
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


@lru_cache(maxsize=None)
def honor_shapes() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {"prefix": [], "suffix": [], "tail": []}
    for kind, text in _rows("honor_patterns.tsv"):
        out[kind].append(text)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}

"""Shared fixtures: paths to the project's own data, and a built seeds graph."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "data" / "seeds"
TAOPU = SEEDS / "000_73a7b43cf10d3955.txt"
DACHANG = SEEDS / "003_37ee69dabd17ee5a.txt"


@pytest.fixture(scope="session")
def seeds_build():
    """The seeds built once for the whole session (library call, not CLI)."""
    from kg.build import build

    return build([SEEDS])


@pytest.fixture(scope="session")
def seeds_graph(seeds_build):
    from kg.rdfize import union

    return union(seeds_build.dataset)

"""Files shipped beside the code: lexicons, ontology, query catalog.

Installed, they are the subpackages ``kg.lexicons``, ``kg.ontology`` and
``kg.queries`` (see pyproject.toml); in a source checkout run without
installing (``python -m kg`` from the repository root) they are read from
``data/lexicons``, ``ontology`` and ``queries``.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent
_CHECKOUT = {"lexicons": _REPO / "data" / "lexicons", "ontology": _REPO / "ontology", "queries": _REPO / "queries",
             "static": Path(__file__).resolve().parent / "static"}


def folder(kind: str):
    """A Traversable for one of "lexicons", "ontology", "queries"."""
    if kind == "static":
        return resources.files("kg").joinpath("static")
    try:
        return resources.files(f"kg.{kind}")
    except ModuleNotFoundError:
        return _CHECKOUT[kind]


def read_text(kind: str, name: str) -> str:
    return folder(kind).joinpath(name).read_text(encoding="utf-8")

"""Files shipped beside the code: lexicons, ontology, query catalog.

In a source checkout (including an editable install) they are read from
``data/lexicons``, ``ontology`` and ``queries`` beside the code, so that what
runs is what the checkout holds; installed, they are the subpackages
``kg.lexicons``, ``kg.ontology`` and ``kg.queries`` (see pyproject.toml).
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
    if _CHECKOUT[kind].is_dir():
        return _CHECKOUT[kind]
    try:
        return resources.files(f"kg.{kind}")
    except ModuleNotFoundError:
        return _CHECKOUT[kind]


def read_text(kind: str, name: str) -> str:
    return folder(kind).joinpath(name).read_text(encoding="utf-8")

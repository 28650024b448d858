"""The fact types, defined once: property, classes, gold name, finder, network label.

Every stage that needs to know about a kind of fact reads this table:
extraction (which component draws it, which span group holds it), rdfize
(the property and the object's class), evaluate (the gold name), analyze and
visualize (the link label of the entity network). Adding a fact type is one
row here plus its finder.
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from kg.namespaces import TK


@dataclass(frozen=True)
class FactType:
    name: str                       # as the gold files and the span groups name it
    component: str                  # the pipeline component that finds it
    prop: URIRef | None             # the property that states it (None: observations are nodes)
    object_kind: str | None         # the entity kind of its object (a key of namespaces.ENTITY_CLASS)
    link_label: str | None          # the edge label in the entity network
    reverse: bool = False           # stated object -> subject (an enterprise settledIn its town)
    description: str = ""


FACT_TYPES: dict[str, FactType] = {t.name: t for t in (
    FactType("honor", "tk_honors", TK.receivedHonor, "honor", "获得荣誉",
             description="a title, award or designation the subject won"),
    FactType("pursued_honor", "tk_honors", TK.pursuesHonor, "honor", "争创",
             description="a title the subject aims at (争创, 力争通过)"),
    FactType("enterprise", "tk_enterprises", TK.settledIn, "enterprise", "落户", reverse=True,
             description="an enterprise settled in, brought into or based in the town"),
    FactType("program", "tk_programs", TK.implementsProgram, "program", "实施",
             description="a named program, mechanism, campaign or plan the town runs"),
    FactType("observation", "tk_observations", None, "indicator", None,
             description="a figure with a unit: value, indicator, period, actual or target"),
)}

# Links between entities that are not facts of a text but of the places' nesting
STRUCTURAL_LINKS: dict[URIRef, str] = {TK.partOf: "隶属"}


def linking() -> dict[URIRef, str]:
    """Property -> network label of every link the entity network draws."""
    out = {t.prop: t.link_label for t in FACT_TYPES.values() if t.prop is not None and t.link_label}
    out.update(STRUCTURAL_LINKS)
    return out


def named() -> dict[str, FactType]:
    """The fact types whose object is a named entity (all but observations)."""
    return {k: t for k, t in FACT_TYPES.items() if t.prop is not None}

"""Score extraction against gold facts: per-type precision, recall, F1, misses and extras.

Gold files are JSON lines as described in docs/gold-format.md (one fact a
line: ``doc``, ``type``, ``subject``, ``object`` or ``indicator``/``value``/
``unit``/``kind``). Matching follows the project's published rules: names are
compared after NFKC folding with quotation marks, brackets and spaces
removed; "strict" needs equal names, "relaxed" accepts one name inside the
other when the shorter is at least half the longer; observations match on
kind, unit and value (1e-6 relative). Each gold fact matches at most one
predicted fact.
"""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.errors import GoldError
from kg.facttypes import FACT_TYPES, named
from kg.namespaces import TK

TYPES = list(FACT_TYPES)
_STRIP = set("\"'“”‘’《》「」『』()（）【】[]〈〉 \t\r\n\u3000·")
_UNITS = {"CNY": ("CNY", 1), "YUAN": ("CNY", 1), "M2": ("M2", 1), "HA": ("M2", 1e4), "KiloM2": ("M2", 1e6),
          "PERCENT": ("PERCENT", 1), "NUM": ("NUM", 1), "UNITLESS": ("NUM", 1)}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).lower()
    return "".join(ch for ch in text if ch not in _STRIP)


def _names_match(pred: set[str], gold: set[str], relaxed: bool) -> bool:
    for p in pred:
        for g in gold:
            if p and g and (p == g or (relaxed and _inside(p, g))):
                return True
    return False


def _inside(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return short in long_ and 2 * len(short) >= len(long_)


def _unit(unit: str, value: float) -> tuple[str, float]:
    local = str(unit).rstrip("/#").replace("#", "/").rsplit("/", 1)[-1]
    canon, factor = _UNITS.get(local, _UNITS.get(local.upper(), (local, 1)))
    return canon, value * factor


def load_gold(paths: list[str | Path]) -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for path in paths:
        p = Path(path)
        if not p.is_file():
            raise GoldError(f"no such gold file: {path}", "give .jsonl files of gold facts")
        try:
            text = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise GoldError(f"{path}: not UTF-8 text", "save the gold file as UTF-8") from None
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                fact = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{n}: not JSON ({exc.msg})", "one JSON object per line") from None
            if not isinstance(fact, dict):
                kind = {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(fact), "number")
                raise GoldError(f"{path}:{n}: a JSON {kind}, not an object",
                                "one JSON object per line, like {\"doc\": …, \"type\": …}")
            if fact.get("type") not in TYPES or "doc" not in fact:
                raise GoldError(f"{path}:{n}: needs 'doc' and a 'type' of {', '.join(TYPES)}",
                                "see docs/gold-format.md")
            by_doc[fact["doc"]].append(fact)
    return by_doc


def predicted(graph: Graph) -> dict[str, list[dict]]:
    """Facts of the contract's types found in a graph, with every name an entity has."""
    labels: dict = defaultdict(set)
    for q in ("SELECT ?x ?l WHERE { ?x rdfs:label ?l }", "SELECT ?x ?l WHERE { ?x skos:altLabel ?l }"):
        for x, lab in graph.query(q, initNs={"rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                                              "skos": "http://www.w3.org/2004/02/skos/core#"}):
            labels[x].add(fold(lab))
    facts: dict[str, list[dict]] = defaultdict(list)
    for ftype, spec in named().items():
        seen = set()
        for s, o in graph.subject_objects(spec.prop):
            if spec.reverse:
                s, o = o, s  # the gold subject of an enterprise fact is the town
            if (s, o) in seen:
                continue
            seen.add((s, o))
            facts[ftype].append({"subject": labels[s] or {fold(s)}, "object": labels[o] or {fold(o)},
                                 "name": sorted(labels[o] or {str(o)})[0]})
    for obs in set(graph.subjects(TK.value, None)):
        v, u, k = graph.value(obs, TK.value), graph.value(obs, TK.unit), graph.value(obs, TK.kind)
        if v is None or u is None or k is None:
            continue
        try:
            unit, value = _unit(u, float(v))
        except (TypeError, ValueError):
            continue
        ind = graph.value(obs, TK.indicator)
        facts["observation"].append({"value": value, "unit": unit, "kind": str(k).rsplit("#", 1)[-1].lower(),
                                     "indicator": str(graph.value(ind, _RDFS_LABEL) or "") if ind else ""})
    return facts


from rdflib.namespace import RDFS as _RDFS  # noqa: E402

_RDFS_LABEL = _RDFS.label


def _gold_view(fact: dict) -> dict:
    if fact["type"] == "observation":
        unit, value = _unit(fact["unit"], float(fact["value"]))
        return {"value": value, "unit": unit, "kind": fact["kind"].lower()}
    return {"subject": {fold(x) for x in [fact["subject"], *fact.get("subject_alt", [])]},
            "object": {fold(x) for x in [fact["object"], *fact.get("alt", [])]}}


def _matches(ftype: str, pred: dict, gold: dict, relaxed: bool) -> bool:
    if ftype == "observation":
        return (pred["unit"] == gold["unit"] and pred["kind"] == gold["kind"]
                and abs(pred["value"] - gold["value"]) <= 1e-6 * max(1.0, abs(gold["value"])))
    return _names_match(pred["object"], gold["object"], relaxed) and \
        _names_match(pred["subject"], gold["subject"], True)


@dataclass
class Evaluation:
    tally: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))  # (type, mode) -> tp, gold, pred
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)       # doc, type, what, text
    extras: list[tuple[str, str, str]] = field(default_factory=list)            # doc, type, what

    def figures(self) -> dict[str, dict]:
        out = {}
        for ftype in TYPES:
            for mode in ("strict", "relaxed"):
                tp, ng, npred = self.tally[(ftype, mode)]
                p = tp / npred if npred else 0.0
                r = tp / ng if ng else 0.0
                f1 = 2 * p * r / (p + r) if p + r else 0.0
                out[f"{ftype}.{mode}"] = {"gold": ng, "pred": npred, "tp": tp,
                                          "p": round(p, 3), "r": round(r, 3), "f1": round(f1, 3)}
        return out

    def table(self) -> str:
        lines = [f"{'type':<14}{'mode':<9}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>7}{'R':>7}{'F1':>7}"]
        for key, f in self.figures().items():
            ftype, mode = key.split(".")
            lines.append(f"{ftype:<14}{mode:<9}{f['gold']:>6}{f['pred']:>6}{f['tp']:>6}"
                         f"{f['p']:>7.3f}{f['r']:>7.3f}{f['f1']:>7.3f}")
        return "\n".join(lines)

    def error_list(self) -> str:
        lines = [f"missed {d:<24} {t:<14} {w}  {x[:60]}" for d, t, w, x in self.misses]
        lines += [f"extra  {d:<24} {t:<14} {w}" for d, t, w in self.extras]
        return "\n".join(lines)


def score(gold: list[dict], pred: dict[str, list[dict]], doc: str, ev: Evaluation) -> None:
    """Add one document's comparison to ``ev``."""
    for ftype in TYPES:
        golds = [(g, _gold_view(g)) for g in gold if g["type"] == ftype]
        preds = pred.get(ftype, [])
        for mode in ("strict", "relaxed"):
            used: set[int] = set()
            tp = 0
            for g, gv in golds:
                hit = next((i for i, p in enumerate(preds)
                            if i not in used and _matches(ftype, p, gv, mode == "relaxed")), None)
                if hit is None:
                    if mode == "relaxed":
                        what = g.get("object") or f"{g.get('indicator')} {g.get('value')} {g.get('unit')} {g.get('kind')}"
                        ev.misses.append((doc, ftype, what, g.get("text", "")))
                else:
                    used.add(hit)
                    tp += 1
            if mode == "relaxed":
                for i, p in enumerate(preds):
                    if i not in used:
                        what = p.get("name") or f"{p['indicator']} {p['value']:g} {p['unit']} {p['kind']}"
                        ev.extras.append((doc, ftype, what))
            t = ev.tally[(ftype, mode)]
            t[0] += tp
            t[1] += len(golds)
            t[2] += len(preds)


def evaluate(gold_paths: list[str | Path], docs: str | Path | None = None,
             graph: str | Path | None = None) -> Evaluation:
    """Build each gold document from ``docs`` on its own (or read one ``graph``) and score it."""
    from kg.build import build
    from kg.rdfize import union
    from kg.validate import load_graph

    gold = load_gold(gold_paths)
    ev = Evaluation()
    if graph is not None:
        g = load_graph(graph)
        score([f for fs in gold.values() for f in fs], predicted(g), "*", ev)
        return ev
    folder = Path(docs)
    for doc, facts in sorted(gold.items()):
        candidates = [folder / f"{doc}{ext}" for ext in (".txt", ".md")]
        path = next((c for c in candidates if c.is_file()), None)
        if path is None:
            raise GoldError(f"gold names document {doc!r} but {folder} has no {doc}.txt or {doc}.md",
                            "point --docs at the folder holding the gold documents")
        score(facts, predicted(union(build([path]).dataset)), doc, ev)
    return ev

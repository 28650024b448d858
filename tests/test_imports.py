"""Data flows one way: no module of kg imports a module that imports it back, even inside a function."""
from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

KG = Path(__file__).resolve().parents[1] / "kg"


def module_name(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> nx.DiGraph:
    modules = {module_name(p): p for p in KG.rglob("*.py")}
    graph = nx.DiGraph()
    for name, path in modules.items():
        graph.add_node(name)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):  # every import, top level or not
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "kg":
                # "from kg.extract import names" imports the submodule names, not the package's own code
                targets = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules else node.module
                           for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names if a.name.split(".")[0] == "kg"]
            else:
                continue
            graph.add_edges_from((name, t) for t in targets if t in modules and t != name)
    return graph


def test_the_import_graph_has_no_cycles():
    cycles = list(nx.simple_cycles(import_graph()))
    assert cycles == [], f"modules importing each other: {cycles}"


def test_the_checker_sees_imports_inside_functions(tmp_path):
    # the CLI imports its stages inside its command functions: those imports must be in the graph
    graph = import_graph()
    assert graph.has_edge("kg.cli", "kg.build") or graph.has_edge("kg.cli", "kg.store")

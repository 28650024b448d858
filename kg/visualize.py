"""Interactive HTML pages of the entity network that work offline.

pyvis builds the network (nodes, edges, options); the page is rendered from
our own template with vis-network inlined from ``kg/static`` (pyvis's
``cdn_resources="in_line"``/``"local"`` still fetch from CDNs, see pyvis
issues #228 and #229). Colors and shapes follow the class, with a legend;
tooltips give class, name, aliases, observations, and on edges the evidence
sentence and its document. Small graphs settle with physics; above
``PHYSICS_LIMIT`` nodes the layout is computed beforehand with networkx and
physics is off, so the page draws at once instead of freezing.
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg import query as q
from kg import resources
from kg import store as st
from kg.analyze import CLASS_ORDER, LINKS, SKIP_CLASSES, entity_network, find_node
from kg.errors import QueryError
from kg.output import atomic_path

PHYSICS_LIMIT = 300

STYLE = {  # class -> (color, shape, zh label)
    "Town": ("#d62728", "star", "镇街"), "District": ("#8c564b", "diamond", "区县"),
    "City": ("#7f3b08", "diamond", "市"), "Province": ("#543005", "diamond", "省"),
    "Village": ("#e377c2", "diamond", "村居"), "Enterprise": ("#1f77b4", "box", "企业"),
    "Program": ("#2ca02c", "ellipse", "项目计划"), "Honor": ("#ff9f1c", "triangle", "荣誉"),
    "River": ("#17becf", "dot", "河道"), "Park": ("#98df8a", "dot", "公园"),
    "Road": ("#7f7f7f", "dot", "道路"), "School": ("#9467bd", "dot", "学校"),
    "University": ("#6a3d9a", "dot", "高校"), "Hospital": ("#e7969c", "dot", "医院"),
    "IndustrialPark": ("#393b79", "square", "园区"), "Project": ("#bcbd22", "dot", "工程"),
    "ResidentialCompound": ("#c49c94", "dot", "小区"), "BusinessDistrict": ("#ad494a", "dot", "商圈"),
    "Organization": ("#aec7e8", "dot", "组织"), "NamedThing": ("#c7c7c7", "dot", "其他"),
}


@dataclass
class Page:
    nodes: int
    edges: int
    note: str


def _tooltip(data: dict) -> str:
    _, _, zh = STYLE.get(data["cls"], ("", "", data["cls"]))
    lines = [f"{data['label']}", f"类别 class: {zh} ({data['cls']})"]
    if data.get("aliases"):
        lines.append("别名 aliases: " + "、".join(data["aliases"]))
    obs = data.get("observations", [])
    if obs:
        lines.append(f"指标 observations ({len(obs)}):")
        lines.extend("  " + o for o in obs[:12])
        if len(obs) > 12:
            lines.append(f"  … {len(obs) - 12} more")
    return "\n".join(lines)


def _edge_tooltip(d: dict, src: str, dst: str) -> str:
    lines = [f"{src} —{d['rel']} ({d['prop']})→ {dst}"]
    for text, doc in d.get("evidence", [])[:3]:
        lines.append(f"“{text}”\n  — {doc}")
    return "\n".join(lines)


def select(net: nx.MultiDiGraph, town: str | None = None, classes: str | None = None,
           around: str | None = None, depth: int = 1, max_nodes: int = 500) -> tuple[nx.MultiDiGraph, str]:
    """Apply the page's filters; returns the subgraph and a note on what was left out."""
    notes = []
    if around:
        center = find_node(net, around)
        keep = nx.ego_graph(net.to_undirected(as_view=True), center, radius=depth).nodes
        net = net.subgraph(keep).copy()
    if town:
        center = find_node(net, town)
        keep = set(net.predecessors(center)) | set(net.successors(center)) | {center}
        net = net.subgraph(keep).copy()
    if classes:
        wanted = {c.strip() for c in classes.split(",") if c.strip()}
        unknown = wanted - set(STYLE)
        if unknown:
            raise QueryError(f"unknown class {', '.join(sorted(unknown))}", "classes: " + ", ".join(sorted(STYLE)))
        keep = [n for n, d in net.nodes(data=True) if d["cls"] in wanted or d["cls"] in ("Town", "District", "City")]
        net = net.subgraph(keep).copy()
    if net.number_of_nodes() > max_nodes:
        total = net.number_of_nodes()
        ranked = sorted(net.degree(), key=lambda nd: (-nd[1], str(nd[0])))[:max_nodes]
        net = net.subgraph([n for n, _ in ranked]).copy()
        notes.append(f"showing the {max_nodes} best-connected of {total} entities (--max-nodes)")
    return net, "; ".join(notes)


def build_pyvis(net: nx.MultiDiGraph):
    """A pyvis Network for the entity network (positions precomputed when large)."""
    from pyvis.network import Network

    vis = Network(height="100%", width="100%", directed=True, cdn_resources="remote")
    large = net.number_of_nodes() > PHYSICS_LIMIT
    pos = {}
    if large:
        pos = nx.spring_layout(nx.Graph(net.to_undirected()), seed=7, iterations=25,
                               k=2.0 / max(1, net.number_of_nodes()) ** 0.5)
    ids = {n: i for i, n in enumerate(net.nodes)}
    for n, d in net.nodes(data=True):
        color, shape, _ = STYLE.get(d["cls"], ("#c7c7c7", "dot", d["cls"]))
        size = 10 + min(30, 2 * net.degree(n))
        extra = {"x": float(pos[n][0]) * 1500, "y": float(pos[n][1]) * 1500, "physics": False} if large else {}
        # no pyvis "group": it would drop our color and let vis-network pick its own
        vis.add_node(ids[n], label=d["label"], title=_tooltip(d), color=color, shape=shape, size=size, **extra)
    for u, v, d in net.edges(data=True):
        # edge labels only where they can be read; the tooltip always says the relation
        vis.add_edge(ids[u], ids[v], title=_edge_tooltip(d, net.nodes[u]["label"], net.nodes[v]["label"]),
                     label="" if large else d["rel"], arrows="to")
    return vis, large


TEMPLATE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{title}</title>
<style>
html,body{{margin:0;height:100%;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif}}
#graph{{position:absolute;top:0;left:0;right:260px;bottom:0}}
#side{{position:absolute;top:0;right:0;width:250px;bottom:0;overflow:auto;padding:5px;border-left:1px solid #ddd;font-size:13px}}
.sw{{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:middle;border-radius:2px}}
#note{{color:#a00}} .tip{{white-space:pre-wrap;max-width:460px;font-size:12px}}
#status{{color:#555}}
</style></head><body>
<div id="graph"></div>
<div id="side"><b>{title}</b><div id="status">drawing…</div><div id="note">{note}</div>
<p>{counts}</p><div id="legend">{legend}</div>
<p style="color:#555">Hover a node or a link for details (aliases, observations, evidence). Drag to move, scroll to zoom.</p></div>
<script>{visjs}</script>
<script>
var nodes = new vis.DataSet({nodes});
var edges = new vis.DataSet({edges});
function tip(text) {{ var d = document.createElement("div"); d.className = "tip"; d.textContent = text; return d; }}
nodes.forEach(function (n) {{ nodes.update({{id: n.id, title: tip(n.title || "")}}); }});
edges.forEach(function (e) {{ edges.update({{id: e.id, title: tip(e.title || "")}}); }});
var options = {options};
var network = new vis.Network(document.getElementById("graph"), {{nodes: nodes, edges: edges}}, options);
window.townkg = {{drawn: false, stable: false, nodes: nodes.length, edges: edges.length, t0: performance.now()}};
network.once("afterDrawing", function () {{ window.townkg.drawn = true; window.townkg.firstDraw = performance.now() - window.townkg.t0;
  document.getElementById("status").textContent = "drawn"; }});
function settled() {{ window.townkg.stable = true; window.townkg.stableAt = performance.now() - window.townkg.t0;
  network.setOptions({{physics: false}}); document.getElementById("status").textContent = "ready"; }}
if (options.physics && options.physics.enabled) {{ network.once("stabilizationIterationsDone", settled); }}
else {{ network.once("afterDrawing", settled); }}
</script></body></html>
"""


def vis_options(large: bool) -> dict:
    """vis-network options of the pages (kg viz, and the graph view of kg serve's query page)."""
    return {
        "nodes": {"font": {"size": 14, "face": "Noto Sans CJK SC, Microsoft YaHei, sans-serif"}},
        "edges": {"font": {"size": 10, "align": "middle"}, "color": {"color": "#999"}, "smooth": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large},
        # vis-network's own initial layout (Kamada-Kawai on clusters) costs seconds on big graphs
        "layout": {"improvedLayout": not large},
        "physics": {"enabled": not large, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 140, "avoidOverlap": 0.6},
                    "stabilization": {"enabled": True, "iterations": 400, "fit": True}},
    }


def browser_config() -> dict:
    """What a browser needs to draw a graph the way kg viz does: styles, link labels, class order, options."""
    return {"style": STYLE, "links": {str(p): rel for p, rel in LINKS.items()}, "classOrder": CLASS_ORDER,
            "skipClasses": sorted(str(c) for c in SKIP_CLASSES), "physicsLimit": PHYSICS_LIMIT,
            "visOptions": vis_options(False), "visOptionsLarge": vis_options(True)}


def render_html(net: nx.MultiDiGraph, title: str = "TownKG", note: str = "") -> str:
    """The whole page as a string (no network access needed to open it)."""
    vis, large = build_pyvis(net)
    nodes = [{k: v for k, v in n.items() if k in ("id", "label", "title", "color", "shape", "size", "x", "y", "physics")}
             for n in vis.nodes]
    edges = [{"id": i, "from": e["from"], "to": e["to"], "title": e.get("title", ""), "label": e.get("label", ""),
              "arrows": "to"} for i, e in enumerate(vis.edges)]
    options = vis_options(large)
    used = sorted({d["cls"] for _, d in net.nodes(data=True)})
    legend = "".join(f'<div><span class="sw" style="background:{STYLE.get(c, ("#ccc",))[0]}"></span>'
                     f'{html.escape(STYLE.get(c, ("", "", c))[2])} {c}</div>' for c in used)
    visjs = resources.read_text("static", "vis-network.min.js").replace("</script", "<\\/script")

    def js(value) -> str:
        return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")

    return TEMPLATE.format(title=html.escape(title), note=html.escape(note), legend=legend, visjs=visjs,
                           nodes=js(nodes), edges=js(edges), options=js(options),
                           counts=f"{len(nodes)} entities, {len(edges)} links"
                                  + (" · layout precomputed, physics off" if large else ""))


def render(graph_path: str | Path, output: str | Path, town: str | None = None, classes: str | None = None,
           around: str | None = None, depth: int = 1, max_nodes: int = 500,
           query_file: str | Path | None = None) -> Page:
    """Write the page for a graph file with the given filters; returns what it holds."""
    g = st.open_graph(graph_path)
    if query_file:
        result = q.run(g, q.read_query_file(query_file))
        if result.type != "CONSTRUCT":
            raise QueryError("--query needs a CONSTRUCT query", "write CONSTRUCT { … } WHERE { … }")
        g = ox.Store()
        g.extend(ox.Quad(t.subject, t.predicate, t.object) for t in result.triples)
    net, note = select(entity_network(g), town, classes, around, depth, max_nodes)
    page = render_html(net, title=f"TownKG · {Path(graph_path).name}", note=note)
    with atomic_path(output) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return Page(net.number_of_nodes(), net.number_of_edges(), note)

// The query page of `kg serve`: YASGUI (vendored) over this server's /sparql, the
// query catalog as tabs, and a "Graph" result view that draws CONSTRUCT/DESCRIBE
// results like `kg viz` does (classes as colors and shapes, not as nodes; the
// same style table, link labels and vis-network options, all read from the
// config the server puts in the page). It draws the response YASGUI already has:
// each query runs once. Nothing here fetches from anywhere but this server.
(function () {
  "use strict";
  var CONFIG = JSON.parse(document.getElementById("townkg-config").textContent);
  var Yasgui = window.Yasgui.default || window.Yasgui;
  var ENDPOINT = window.location.origin + "/sparql";
  var RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  var RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  var SKOS = "http://www.w3.org/2004/02/skos/core#";
  var TK = "https://w3id.org/townkg/ontology#";
  var PROV = "http://www.w3.org/ns/prov#";
  var DCTERMS = "http://purl.org/dc/terms/";

  function local(iri) { return iri.replace(/^.*[\/#]/, ""); }

  // ------------------------------------------------------------------ triples -> entity network
  // Mirrors kg.analyze.entity_network: nodes are entities linked by the fact
  // properties (CONFIG.links); rdf:type gives the class (a color), rdfs:label the
  // name; reified statements give each link its evidence; observations are
  // summarized on their area. Other IRI-to-IRI triples of a hand-written
  // CONSTRUCT are drawn too, labelled with the property's local name.
  function network(triples) {
    var by = {}, types = {}, labels = {}, aliases = {};
    function add(map, k, v) { (map[k] = map[k] || []).push(v); }
    triples.forEach(function (t) {
      var s = t.subject.value, p = t.predicate.value, o = t.object;
      add(by, s, t);
      if (p === RDF + "type" && o.type === "uri") add(types, s, o.value);
      else if (p === RDFS + "label") labels[s] = labels[s] || o.value;
      else if (p === SKOS + "altLabel") add(aliases, s, o.value);
    });
    function value(s, p) { var hit = (by[s] || []).filter(function (t) { return t.predicate.value === p; })[0];
      return hit ? hit.object.value : undefined; }
    var skip = {}; CONFIG.skipClasses.forEach(function (c) { skip[c] = true; });
    function cls(n) {
      var names = (types[n] || []).filter(function (c) { return c.indexOf(TK) === 0; }).map(local);
      for (var i = 0; i < CONFIG.classOrder.length; i++) if (names.indexOf(CONFIG.classOrder[i]) >= 0) return CONFIG.classOrder[i];
      return names.sort()[0] || "Thing";
    }
    var evidence = {};
    Object.keys(types).forEach(function (st) {
      if (types[st].indexOf(RDF + "Statement") < 0) return;
      var key = [value(st, RDF + "subject"), value(st, RDF + "predicate"), value(st, RDF + "object")].join(" ");
      (by[st] || []).forEach(function (t) {
        if (t.predicate.value !== PROV + "wasDerivedFrom") return;
        var ev = t.object.value, doc = value(ev, TK + "inDocument");
        add(evidence, key, [value(ev, TK + "text") || "", (doc && value(doc, DCTERMS + "title")) || doc || ""]);
      });
    });
    var nodes = {}, edges = [];
    function node(n) {
      if (!nodes[n]) nodes[n] = {id: n, label: labels[n] || local(n), cls: cls(n), aliases: (aliases[n] || []).sort(), observations: []};
      return nodes[n];
    }
    function isEntity(n) { return !(types[n] || []).some(function (c) { return skip[c]; }); }
    triples.forEach(function (t) {
      var s = t.subject, p = t.predicate.value, o = t.object;
      if (s.type !== "uri" || o.type !== "uri" || p === RDF + "type") return;
      var rel = CONFIG.links[p];
      if (rel === undefined) {
        if (p.indexOf(RDF) === 0 || p === PROV + "wasDerivedFrom" || !isEntity(s.value) || !isEntity(o.value)) return;
        rel = local(p);
      }
      node(s.value); node(o.value);
      edges.push({from: s.value, to: o.value, rel: rel, prop: local(p), evidence: evidence[[s.value, p, o.value].join(" ")] || []});
    });
    Object.keys(types).forEach(function (obs) {
      if (types[obs].indexOf(TK + "Observation") < 0) return;
      var area = value(obs, TK + "area"); if (!area) return;
      var ind = labels[value(obs, TK + "indicator")] || local(value(obs, TK + "indicator") || "");
      var kind = local(value(obs, TK + "kind") || ""), period = value(obs, TK + "period");
      node(area).observations.push(ind + " " + (value(obs, TK + "valueText") || "") + " (" + (kind === "Target" ? "目标" : "实际") +
                                   (period ? ", " + period : "") + ")");
    });
    return {nodes: Object.keys(nodes).map(function (k) { return nodes[k]; }), edges: edges};
  }

  // ------------------------------------------------------------------ drawing (as kg viz)
  function tip(text) { var d = document.createElement("div"); d.className = "tip"; d.textContent = text; return d; }
  function style(c) { return CONFIG.style[c] || ["#c7c7c7", "dot", c]; }
  function nodeTip(d) {
    var lines = [d.label, "类别 class: " + style(d.cls)[2] + " (" + d.cls + ")"];
    if (d.aliases.length) lines.push("别名 aliases: " + d.aliases.join("、"));
    if (d.observations.length) {
      d.observations.sort();
      lines.push("指标 observations (" + d.observations.length + "):");
      d.observations.slice(0, 12).forEach(function (o) { lines.push("  " + o); });
      if (d.observations.length > 12) lines.push("  … " + (d.observations.length - 12) + " more");
    }
    return lines.join("\n");
  }
  function edgeTip(e, src, dst) {
    var lines = [src + " —" + e.rel + " (" + e.prop + ")→ " + dst];
    e.evidence.slice(0, 3).forEach(function (x) { lines.push("“" + x[0] + "”\n  — " + x[1]); });
    return lines.join("\n");
  }
  function draw(el, net) {
    el.innerHTML = "";
    var canvas = document.createElement("div"), side = document.createElement("div");
    canvas.className = "canvas"; side.className = "side"; el.appendChild(canvas); el.appendChild(side);
    var large = net.nodes.length > CONFIG.physicsLimit, degree = {}, labelOf = {};
    net.edges.forEach(function (e) { degree[e.from] = (degree[e.from] || 0) + 1; degree[e.to] = (degree[e.to] || 0) + 1; });
    net.nodes.forEach(function (n) { labelOf[n.id] = n.label; });
    var nodes = new vis.DataSet(net.nodes.map(function (n) { var st = style(n.cls);
      return {id: n.id, label: n.label, title: tip(nodeTip(n)), color: st[0], shape: st[1], size: 10 + Math.min(30, 2 * (degree[n.id] || 0))}; }));
    var edges = new vis.DataSet(net.edges.map(function (e, i) {
      return {id: i, from: e.from, to: e.to, label: large ? "" : e.rel, arrows: "to", title: tip(edgeTip(e, labelOf[e.from], labelOf[e.to]))}; }));
    var used = {}; net.nodes.forEach(function (n) { used[n.cls] = true; });
    var head = document.createElement("div"); head.className = "counts";
    head.textContent = net.nodes.length + " entities, " + net.edges.length + " links";
    side.appendChild(head);
    Object.keys(used).sort().forEach(function (c) {
      var row = document.createElement("div"), sw = document.createElement("span");
      sw.className = "sw"; sw.style.background = style(c)[0]; row.appendChild(sw);
      row.appendChild(document.createTextNode(style(c)[2] + " " + c)); side.appendChild(row);
    });
    var help = document.createElement("p"); help.style.color = "#555";
    help.textContent = "Hover a node or a link for details (aliases, observations, evidence). Drag to move, scroll to zoom.";
    side.appendChild(help);
    var options = CONFIG.visOptions;
    if (large) {
      // kg viz lays a large graph out beforehand (networkx) and turns physics off; here the
      // browser lays it out itself, briefly, with the large-graph options otherwise
      options = JSON.parse(JSON.stringify(CONFIG.visOptionsLarge));
      options.physics.enabled = true; options.physics.stabilization.iterations = 100;
    }
    var net2 = new vis.Network(canvas, {nodes: nodes, edges: edges}, options);
    if (options.physics && options.physics.enabled) net2.once("stabilizationIterationsDone", function () { net2.setOptions({physics: false}); });
    return net2;
  }

  // ------------------------------------------------------------------ the YASR plugin
  function GraphPlugin(yasr) { this.yasr = yasr; this.priority = 20; this.label = "Graph"; this.helpReference = undefined; }
  GraphPlugin.prototype.canHandleResults = function () {
    var r = this.yasr.results;
    if (!r || r.getError && r.getError()) return false;
    var vars = r.getVariables && r.getVariables();
    return !!(vars && vars.join(",") === "subject,predicate,object" && r.getType && r.getType() !== "json");
  };
  GraphPlugin.prototype.getIcon = function () {
    var s = document.createElement("span"); s.textContent = "◉"; return s;
  };
  GraphPlugin.prototype.draw = function () {
    var el = document.createElement("div"); el.className = "townkg-graph";
    this.yasr.resultsEl.appendChild(el);
    var net = network(this.yasr.results.getBindings());
    window.townkgGraph = {nodes: net.nodes.length, edges: net.edges.length, classes: net.nodes.map(function (n) { return n.cls; })};
    draw(el, net);
  };
  Yasgui.Yasr.registerPlugin("graph", GraphPlugin);

  // ------------------------------------------------------------------ YASGUI over this server
  var prefixLines = Object.keys(CONFIG.prefixes).filter(function (p) { return ["tk", "tkr", "rdfs", "prov", "dcterms"].indexOf(p) >= 0; })
    .map(function (p) { return "PREFIX " + p + ": <" + CONFIG.prefixes[p] + ">"; }).join("\n");
  // YASQE's class and property completers ask Linked Open Vocabularies over the network; prefixes
  // and variables complete from what YASQE ships and from the query. Set on the defaults: a list
  // in the config is merged into the default one index by index, which would keep the others.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    // a cut answer (row/byte limit) is welcome here; plain clients get a 503 naming the limit instead
    requestConfig: {endpoint: ENDPOINT, method: "POST", headers: {Prefer: "handling=lenient"}},
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: {getData: function () { return [{endpoint: ENDPOINT}]; }},
    persistenceId: null,            // start from the catalog every time, not from a stale localStorage
    populateFromUrl: false,
    autofocus: false,
    tabName: "Query",
    yasqe: {
      value: prefixLines + "\nSELECT ?town ?honor WHERE {\n  ?t a tk:Town ; rdfs:label ?town ; tk:receivedHonor/rdfs:label ?honor .\n} LIMIT 50",
      resizeable: true,
    },
    yasr: {prefixes: CONFIG.prefixes, pluginOrder: ["table", "graph", "response"], defaultPlugin: "table"},
  });

  document.getElementById("endpoint").textContent = "endpoint " + ENDPOINT;
  var sel = document.getElementById("examples"), desc = document.getElementById("desc");
  CONFIG.examples.forEach(function (e, i) {
    var o = document.createElement("option"); o.value = i; o.textContent = e.title + " (" + e.name + ")"; sel.appendChild(o);
  });
  function openExample(e, active) {
    var existing = Object.keys(yasgui._tabs).filter(function (id) { return yasgui._tabs[id].getName() === e.name; })[0];
    if (existing) { if (active) yasgui.selectTabId(existing); return yasgui.getTab(existing); }
    var tab = yasgui.addTab(active, {name: e.name, yasqe: {value: e.query}});
    return tab;
  }
  // every catalog query is a tab from the start; the menu selects it (and says what it does)
  CONFIG.examples.forEach(function (e) { openExample(e, false); });
  sel.onchange = function () {
    if (sel.value === "") return;
    var e = CONFIG.examples[+sel.value];
    openExample(e, true);
    desc.textContent = e.description;
  };
  // a CONSTRUCT or DESCRIBE opens on the graph view
  yasgui.on("queryResponse", function (_y, tab) {
    // after YASR has taken the response in (it does so on the same event)
    setTimeout(function () {
      var yasr = tab.getYasr();
      if (yasr.plugins.graph && yasr.plugins.graph.canHandleResults()) yasr.selectPlugin("graph");
    }, 0);
  });
  window.townkgYasgui = yasgui;
})();

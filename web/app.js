// newsgraph explorer: hand-written, no dependencies, works offline. Views (each reachable by URL):
//   #/network            actor network (co-mention and co-party edges of the bundled actor-network query)
//   #/actor/IRI          the network with one actor's statements, agreements and links
//   #/timeline           dated statements and agreements (bundled timeline query)
//   #/article            the articles; #/article/ID one article, its mentions, statements and agreements
//                        highlighted at their NIF offsets
//   #/query, #/query/NAME  the query editor, a bundled query loaded and run
// Everything comes from this server: /queries/NAME and POST /sparql (the default graph is the union of all
// graphs, so no GRAPH clauses are needed).
"use strict";

const $ = (id) => document.getElementById(id);
const NG = "https://w3id.org/newsgraph/ontology#";
const PREFIXES = `PREFIX ng: <${NG}>
PREFIX schema: <https://schema.org/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
`;
const ACTOR_CLASSES = ["Person", "Organization", "State", "ArmedGroup"];
const COLOURS = {
  Person: "#1f77b4", Organization: "#2ca02c", State: "#d62728", ArmedGroup: "#9467bd",
  Group: "#8c564b", Location: "#17becf", other: "#7f7f7f",
};

// ---------------------------------------------------------------- helpers

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("data-")) e.setAttribute(k, v);
    else if (k === "onclick") e.addEventListener("click", v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== undefined && c !== null) e.append(c);
  return e;
}

function svg(tag, attrs) {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

function status(text) { $("status").textContent = text; }

/** An IRI as a SPARQL term; refuses anything that could break out of <…>. */
function iriTerm(iri) {
  if (/[<>"{}|^`\\\s]/.test(iri)) throw new Error("not an IRI: " + iri);
  return `<${iri}>`;
}

/** A string as a SPARQL literal. */
function strTerm(s) {
  return '"' + s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r") + '"';
}

async function getJson(url, options) {
  const resp = await fetch(url, options);
  const text = await resp.text();
  if (!resp.ok) throw new Error(`${url}: ${resp.status} ${text.trim()}`);
  return { data: JSON.parse(text), resp };
}

/** Runs a SELECT through POST /sparql; answers the rows as plain objects of strings. */
async function select(query) {
  const { data } = await getJson("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" },
    body: PREFIXES + query,
  });
  return rows(data);
}

async function bundled(name, params) {
  const qs = new URLSearchParams(params || {});
  const { data } = await getJson(`/queries/${name}?${qs}`, { headers: { Accept: "application/sparql-results+json" } });
  return rows(data);
}

function rows(data) {
  return data.results.bindings.map((b) => {
    const r = {};
    for (const [k, t] of Object.entries(b)) r[k] = t.value;
    return r;
  });
}

const local = (iri) => (iri || "").replace(/^.*[#/]/, "");
const classOf = (iri) => (iri && iri.startsWith(NG) ? iri.slice(NG.length) : "other");
/** The article id of an article IRI (…/article/ID). */
const articleId = (iri) => decodeURIComponent((iri || "").replace(/^.*\/article\//, "").replace(/\/.*$/, ""));
const actorHref = (iri) => "#/actor/" + encodeURIComponent(iri);
const articleHref = (id, focus) => "#/article/" + encodeURIComponent(id) + (focus ? "?focus=" + encodeURIComponent(focus) : "");
const wikidataHref = (iri) => iri.replace(/^http:\/\/www\.wikidata\.org\/entity\//, "https://www.wikidata.org/wiki/");
const describeHref = (iri) => "/sparql?query=" + encodeURIComponent(`DESCRIBE <${iri}>`) + "&format=ttl";

function showError(where, e) {
  where.textContent = "";
  where.append(el("p", { class: "error" }, String(e.message || e)));
  status("error");
}

// ---------------------------------------------------------------- router

const views = ["network", "timeline", "article", "query"];
const loaded = {};

async function route() {
  const hash = location.hash || "#/network";
  const m = hash.match(/^#\/(\w+)(?:\/([^?]*))?(?:\?(.*))?$/) || [];
  let view = m[1] || "network";
  const arg = m[2] ? decodeURIComponent(m[2]) : "";
  const query = new URLSearchParams(m[3] || "");
  if (view === "actor") view = "network";
  if (!views.includes(view)) view = "network";
  for (const v of views) {
    $("view-" + v).hidden = v !== view;
    $("nav-" + v).classList.toggle("active", v === view);
  }
  document.body.dataset.view = view;
  try {
    if (view === "network") {
      await showNetwork();
      if (m[1] === "actor" && arg) await showActor(arg);
    } else if (view === "timeline") await showTimeline();
    else if (view === "article") await showArticle(arg, query.get("focus"));
    else if (view === "query") await showQuery(arg);
  } catch (e) {
    // in the view's side panel or list, so the rest of the view stays usable
    const where = { network: "actor-panel", timeline: "timeline-list", article: "article-text", query: "results" }[view];
    showError($(where), e);
  }
}
window.addEventListener("hashchange", route);

// ---------------------------------------------------------------- network

let network = null; // { nodes: Map iri -> node, edges }

async function loadNetwork() {
  const [edges, actors] = await Promise.all([
    bundled("actor-network"),
    select(`SELECT ?e (MIN(?n) AS ?name) (SAMPLE(?c) AS ?class) (COUNT(DISTINCT ?st) AS ?said) WHERE {
      ?e a ?c ; schema:name ?n .
      VALUES ?c { ${ACTOR_CLASSES.map((c) => "ng:" + c).join(" ")} }
      { ?e ng:mentionedIn ?article } UNION { ?agreement ng:party ?e }
      OPTIONAL { ?st ng:speaker ?e }
    } GROUP BY ?e`),
  ]);
  const nodes = new Map();
  const byName = new Map();
  for (const a of actors) {
    const n = { iri: a.e, name: a.name, cls: classOf(a.class), said: +a.said, degree: 0, weight: 0 };
    nodes.set(a.e, n);
    byName.set(a.name, n);
  }
  const links = [];
  for (const e of edges) {
    // actor-network names its actors; names are unique among actors in practice, and an edge whose name is
    // unknown still gets a node.
    const ends = [e.actorA, e.actorB].map((name) => {
      if (!byName.has(name)) {
        const n = { iri: null, name, cls: "other", said: 0, degree: 0, weight: 0 };
        byName.set(name, n);
        nodes.set("name:" + name, n);
      }
      return byName.get(name);
    });
    const w = +e.weight;
    for (const n of ends) { n.degree += 1; n.weight += w; }
    links.push({ a: ends[0], b: ends[1], relation: e.relation, weight: w });
  }
  network = { nodes: [...nodes.values()].filter((n) => n.degree > 0), links };
  layout(network);
}

/** A small force layout: pairwise repulsion, springs along edges, a pull to the centre; deterministic. */
function layout(net) {
  const n = net.nodes.length;
  net.nodes.forEach((d, i) => {
    const a = (2 * Math.PI * i) / Math.max(n, 1);
    d.x = Math.cos(a) * 200; d.y = Math.sin(a) * 200;
  });
  const k = 140;
  for (let it = 0; it < 400; it++) {
    const t = 8 * (1 - it / 400) + 0.5;
    for (const d of net.nodes) { d.fx = -d.x * 0.01; d.fy = -d.y * 0.01; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = net.nodes[i], b = net.nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const dist = Math.max(Math.hypot(dx, dy), 1);
        const f = (k * k) / dist / dist;
        dx /= dist; dy /= dist;
        a.fx += dx * f; a.fy += dy * f; b.fx -= dx * f; b.fy -= dy * f;
      }
    }
    for (const l of net.links) {
      let dx = l.b.x - l.a.x, dy = l.b.y - l.a.y;
      const dist = Math.max(Math.hypot(dx, dy), 1);
      const f = ((dist - k) / k) * Math.min(l.weight, 4) * 0.5;
      dx /= dist; dy /= dist;
      l.a.fx += dx * f; l.a.fy += dy * f; l.b.fx -= dx * f; l.b.fy -= dy * f;
    }
    for (const d of net.nodes) {
      const m = Math.hypot(d.fx, d.fy) || 1;
      d.x += (d.fx / m) * Math.min(m, t);
      d.y += (d.fy / m) * Math.min(m, t);
    }
  }
}

const radius = (n) => 7 + 4 * Math.sqrt(n.weight);

function drawNetwork(selected) {
  const s = $("network");
  s.textContent = "";
  if (!network.nodes.length) {
    s.setAttribute("viewBox", "0 0 400 60");
    const t = svg("text", { x: 10, y: 30 });
    t.textContent = "No actors in the store yet.";
    s.append(t);
    return;
  }
  const pad = 90;
  const xs = network.nodes.map((d) => d.x), ys = network.nodes.map((d) => d.y);
  const x0 = Math.min(...xs) - pad, y0 = Math.min(...ys) - pad;
  const w = Math.max(...xs) - x0 + pad, h = Math.max(...ys) - y0 + pad;
  s.setAttribute("viewBox", `${x0} ${y0} ${w} ${h}`);
  const gEdges = svg("g", { class: "edges" });
  for (const l of network.links) {
    const line = svg("line", {
      x1: l.a.x, y1: l.a.y, x2: l.b.x, y2: l.b.y,
      class: "edge " + l.relation, "stroke-width": 1 + 1.5 * l.weight,
      "data-relation": l.relation, "data-weight": l.weight,
    });
    const title = svg("title");
    title.textContent = `${l.a.name} – ${l.b.name}: ${l.relation}, weight ${l.weight}`;
    line.append(title);
    gEdges.append(line);
  }
  // On a big graph, name only the 40 heaviest actors (and the selected one); the rest on hover.
  const labelled = new Set([...network.nodes].sort((a, b) => b.weight - a.weight).slice(0, 40));
  const fontSize = Math.max(13, w / 60);
  const gNodes = svg("g", { class: "nodes", "font-size": fontSize });
  for (const d of network.nodes) {
    const g = svg("g", { class: "node" + (d.iri && d.iri === selected ? " selected" : ""), transform: `translate(${d.x},${d.y})`, "data-iri": d.iri || "", "data-name": d.name, tabindex: 0 });
    const c = svg("circle", { r: radius(d), fill: COLOURS[d.cls] || COLOURS.other });
    const title = svg("title");
    title.textContent = `${d.name} (${d.cls}) — ${d.degree} links, ${d.said} statements`;
    g.append(c, title);
    if (labelled.has(d) || d.iri === selected) {
      const label = svg("text", { y: radius(d) + fontSize, "text-anchor": "middle" });
      label.textContent = d.name;
      g.append(label);
    }
    if (d.iri) {
      const go = () => { location.hash = actorHref(d.iri); };
      g.addEventListener("click", go);
      g.addEventListener("keydown", (e) => { if (e.key === "Enter") go(); });
    }
    gNodes.append(g);
  }
  s.append(gEdges, gNodes);
  const legend = $("legend");
  legend.textContent = "";
  const present = new Set(network.nodes.map((d) => d.cls));
  for (const c of Object.keys(COLOURS)) {
    if (!present.has(c)) continue;
    legend.append(el("span", { class: "swatch", style: `--c:${COLOURS[c]}` }, c));
  }
  legend.append(el("span", { class: "edge-key co-mention" }, "co-mention"), el("span", { class: "edge-key co-party" }, "co-party"));
}

async function showNetwork() {
  if (!network) {
    status("loading the network…");
    await loadNetwork();
  }
  drawNetwork(null);
  $("actor-panel").replaceChildren(el("p", { class: "hint" }, `${network.nodes.length} actors, ${network.links.length} links. Click an actor.`));
  status("");
}

async function showActor(iri) {
  drawNetwork(iri);
  const panel = $("actor-panel");
  panel.replaceChildren(el("p", {}, "loading…"));
  const t = iriTerm(iri);
  const [facts, said, about, agreements] = await Promise.all([
    select(`SELECT ?name ?class ?wd WHERE { ${t} schema:name ?name . OPTIONAL { ${t} a ?class FILTER(STRSTARTS(STR(?class), STR(ng:))) } OPTIONAL { ${t} owl:sameAs ?wd } } LIMIT 5`),
    select(`SELECT ?st ?text ?date ?kind ?cue ?article ?begin WHERE {
      ?st a ng:Statement ; ng:speaker ${t} ; schema:text ?text ; prov:wasDerivedFrom ?article .
      OPTIONAL { ?st dcterms:date ?date } OPTIONAL { ?st ng:kind ?kind } OPTIONAL { ?st ng:cue ?cue }
      OPTIONAL { ?st nif:beginIndex ?begin }
    } ORDER BY ?date ?article ?begin`),
    select(`SELECT ?st ?text ?speaker ?article WHERE {
      ?st a ng:Statement ; schema:about ${t} ; schema:text ?text ; prov:wasDerivedFrom ?article .
      OPTIONAL { ?st ng:speaker/schema:name ?speaker }
    } ORDER BY ?article ?st LIMIT 200`),
    select(`SELECT ?ag ?name ?status ?date ?article WHERE {
      ?ag a ng:Agreement ; ng:party ${t} ; prov:wasDerivedFrom ?article .
      OPTIONAL { ?ag schema:name ?name } OPTIONAL { ?ag ng:status ?status } OPTIONAL { ?ag dcterms:date ?date }
    } ORDER BY ?date`),
  ]);
  const f = facts[0] || {};
  const wd = facts.find((r) => r.wd);
  panel.replaceChildren(
    el("h2", { id: "actor-name" }, f.name || local(iri)),
    el("p", { class: "meta" }, classOf(f.class), " · ", el("a", { href: describeHref(iri), title: iri }, "node"),
      wd ? " · " : null, wd ? el("a", { href: wikidataHref(wd.wd), class: "wd" }, "Wikidata " + local(wd.wd)) : null),
    el("h3", {}, `Said (${said.length})`),
  );
  const ul = el("ul", { id: "actor-statements", class: "statements" });
  for (const s of said) {
    ul.append(el("li", { class: "statement-item", "data-node": s.st },
      el("blockquote", {}, s.text),
      el("span", { class: "meta" }, [s.date, local(s.kind), s.cue && `“${s.cue}”`].filter(Boolean).join(" · "), " · ",
        el("a", { href: articleHref(articleId(s.article), s.st) }, "in " + articleId(s.article)))));
  }
  if (!said.length) ul.append(el("li", { class: "hint" }, "No statements attributed."));
  panel.append(ul);
  if (agreements.length) {
    panel.append(el("h3", {}, `Party to (${agreements.length})`));
    const al = el("ul", { class: "agreements" });
    for (const a of agreements) {
      al.append(el("li", {}, el("a", { href: articleHref(articleId(a.article), a.ag) }, a.name || local(a.ag)),
        el("span", { class: "meta" }, " ", [local(a.status).replace("status-", ""), a.date].filter(Boolean).join(" · "))));
    }
    panel.append(al);
  }
  if (about.length) {
    panel.append(el("h3", {}, `Spoken about (${about.length})`));
    const al = el("ul", { class: "statements" });
    for (const s of about) {
      al.append(el("li", {}, el("a", { href: articleHref(articleId(s.article), s.st) }, s.speaker || "?"), ": ", s.text));
    }
    panel.append(al);
  }
  status("");
}

// ---------------------------------------------------------------- timeline

async function showTimeline() {
  if (loaded.timeline) return;
  status("loading the timeline…");
  const items = await bundled("timeline");
  const list = $("timeline-list");
  list.textContent = "";
  let lastDate = null;
  let group = null;
  for (const it of items) {
    if (it.date !== lastDate) {
      group = el("ul", {});
      list.append(el("li", { class: "day", "data-date": it.date }, el("time", { datetime: it.date }, it.date), group));
      lastDate = it.date;
    }
    const agreement = !it.event.startsWith("statement");
    group.append(el("li", { class: "event " + (agreement ? "agreement" : "statement") },
      el("span", { class: "what-kind" }, it.event), " ",
      el("strong", {}, it.who || "?"), " ",
      agreement ? el("span", {}, it.what || "") : el("q", {}, it.what || ""), " ",
      el("a", { href: articleHref(articleId(it.article)), class: "meta" }, articleId(it.article))));
  }
  if (!items.length) list.append(el("li", { class: "hint" }, "No dated statements or agreements."));
  drawTimelineAxis(items);
  loaded.timeline = true;
  status(`${items.length} events`);
}

function drawTimelineAxis(items) {
  const s = $("timeline-axis");
  s.textContent = "";
  const perDay = new Map();
  for (const it of items) perDay.set(it.date, (perDay.get(it.date) || 0) + 1);
  const W = 1000, pad = 60, H = 50 + 9 * Math.min(12, Math.max(1, ...perDay.values()));
  s.setAttribute("viewBox", `0 0 ${W} ${H}`);
  s.style.maxHeight = H + "px";
  if (!items.length) return;
  const t = (d) => Date.parse(d.slice(0, 10));
  const t0 = t(items[0].date), t1 = t(items[items.length - 1].date);
  const x = (d) => (t1 === t0 ? W / 2 : pad + ((t(d) - t0) / (t1 - t0)) * (W - 2 * pad));
  s.append(svg("line", { x1: pad, x2: W - pad, y1: H - 30, y2: H - 30, class: "axis" }));
  const stack = new Map();
  for (const it of items) {
    const cx = x(it.date);
    const n = stack.get(it.date) || 0;
    stack.set(it.date, n + 1);
    const dot = svg("circle", { cx, cy: H - 38 - Math.min(n, 11) * 9, r: 4, class: it.event.startsWith("statement") ? "dot statement" : "dot agreement" });
    const title = svg("title");
    title.textContent = `${it.date} ${it.event}: ${it.who || ""} — ${it.what || ""}`;
    dot.append(title);
    s.append(dot);
  }
  // date labels: the first and the last always, the others where they do not overlap a neighbour
  const days = [...stack.keys()];
  const shown = [];
  for (const [i, d] of days.entries()) {
    const last = i === days.length - 1;
    while (last && shown.length > 1 && x(d) - x(shown[shown.length - 1]) < 80) shown.pop();
    if (last || !shown.length || x(d) - x(shown[shown.length - 1]) >= 80) shown.push(d);
  }
  for (const d of shown) {
    const label = svg("text", { x: x(d), y: H - 12, "text-anchor": "middle" });
    label.textContent = d;
    s.append(label);
  }
}

// ---------------------------------------------------------------- article

async function showArticle(id, focus) {
  const text = $("article-text"), panel = $("article-panel"), list = $("article-list");
  if (!id) {
    $("article-title").textContent = "";
    text.textContent = "";
    panel.textContent = "";
    status("loading the articles…");
    const arts = await select(`SELECT ?id ?date (COUNT(DISTINCT ?st) AS ?statements) WHERE {
      ?a a ng:Article ; dcterms:identifier ?id . OPTIONAL { ?a schema:datePublished ?date }
      OPTIONAL { ?st prov:wasDerivedFrom ?a ; a ng:Statement } } GROUP BY ?id ?date ORDER BY ?date ?id`);
    const ul = el("ul", { id: "articles" });
    for (const a of arts) {
      ul.append(el("li", {}, el("a", { href: articleHref(a.id) }, a.id), el("span", { class: "meta" }, ` ${a.date || ""} · ${a.statements} statements`)));
    }
    list.replaceChildren(el("h2", {}, `Articles (${arts.length})`), ul);
    status("");
    return;
  }
  list.textContent = "";
  status("loading the article…");
  const idTerm = strTerm(id);
  const [art, spans] = await Promise.all([
    select(`SELECT ?a ?text ?date ?title WHERE { ?a a ng:Article ; dcterms:identifier ${idTerm} ; nif:isString ?text .
      OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a schema:headline|dcterms:title|schema:name ?title } } LIMIT 1`),
    select(`SELECT ?node ?what ?b ?e ?anchor ?target ?tclass ?tname ?wd ?speaker ?kind WHERE {
      ?a dcterms:identifier ${idTerm} .
      {
        ?node a ng:Mention ; nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor .
        BIND("mention" AS ?what)
        OPTIONAL { ?node ng:refersTo ?target .
          OPTIONAL { ?target a ?tclass FILTER(STRSTARTS(STR(?tclass), STR(ng:)) && ?tclass != ng:EntityInArticle) }
          OPTIONAL { ?target schema:name ?tname } OPTIONAL { ?target owl:sameAs ?wd } }
      } UNION {
        ?node a ng:Statement ; nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?e .
        BIND("statement" AS ?what)
        OPTIONAL { ?node nif:anchorOf ?anchor } OPTIONAL { ?node ng:kind ?kind }
        OPTIONAL { ?node ng:speaker ?target . ?target schema:name ?speaker }
      }
    }`),
  ]);
  if (!art.length) throw new Error(`no article with id ${id}`);
  const a = art[0];
  $("article-title").textContent = a.title || id;
  renderArticle(a.text, spans, focus);
  status("");
}

/** Groups the SPARQL rows into one annotation per node (a mention may have several classes or links). */
function annotations(spans) {
  const byNode = new Map();
  for (const r of spans) {
    let n = byNode.get(r.node);
    if (!n) {
      n = { node: r.node, what: r.what, b: +r.b, e: +r.e, anchor: r.anchor, target: r.target, classes: new Set(), name: r.tname || r.speaker, wd: null, kind: r.kind };
      byNode.set(r.node, n);
    }
    if (r.tclass) n.classes.add(classOf(r.tclass));
    if (r.wd) n.wd = r.wd;
  }
  return [...byNode.values()];
}

/** The article text with its annotations as nested elements. NIF offsets count Unicode code points, JS
 * strings UTF-16 units: the text is sliced as an array of code points, so text beyond the Basic
 * Multilingual Plane (emoji, 𝔸) keeps every later highlight in place. Annotations that cross another's
 * boundary (rather than nest) cannot be drawn as nested elements; they are counted, not drawn. */
function renderArticle(text, spans, focus) {
  const cps = Array.from(text);
  const anns = annotations(spans).filter((x) => x.b >= 0 && x.e <= cps.length && x.b < x.e);
  // outer first: earlier begin, then longer, then statements around mentions
  anns.sort((x, y) => x.b - y.b || y.e - x.e || (x.what === "statement" ? -1 : 1));
  const crossing = [];
  const out = $("article-text");
  out.textContent = "";
  const slice = (b, e) => cps.slice(b, e).join("");
  const build = (parent, lo, hi, list) => {
    let pos = lo;
    let i = 0;
    while (i < list.length) {
      const x = list[i];
      if (x.b < pos) { crossing.push(x); i++; continue; }
      if (x.b > pos) parent.append(slice(pos, x.b));
      const inner = [];
      let j = i + 1;
      while (j < list.length && list[j].b < x.e) {
        if (list[j].e <= x.e) inner.push(list[j]); else crossing.push(list[j]);
        j++;
      }
      const node = annotationElement(x);
      build(node, x.b, x.e, inner);
      parent.append(node);
      if (x.wd) parent.append(el("a", { class: "wd", href: wikidataHref(x.wd), title: "Wikidata " + local(x.wd) }, local(x.wd)));
      pos = x.e;
      i = j;
    }
    if (pos < hi) parent.append(slice(pos, hi));
  };
  build(out, 0, cps.length, anns);
  // the side panel: what is highlighted, in text order
  const panel = $("article-panel");
  const mentions = anns.filter((x) => x.what === "mention");
  const statements = anns.filter((x) => x.what === "statement");
  const agreements = mentions.filter((x) => x.classes.has("Agreement"));
  panel.replaceChildren(
    el("p", { class: "meta", id: "article-counts" }, `${mentions.length - agreements.length} entity mentions, ${statements.length} statements, ${agreements.length} agreement mentions highlighted` + (crossing.length ? `; ${crossing.length} overlapping not drawn` : "")),
    el("h3", {}, "Statements"),
  );
  const ul = el("ul", { class: "statements" });
  for (const s of statements) {
    ul.append(el("li", {}, el("a", { href: "#", onclick: (e) => { e.preventDefault(); focusNode(s.node); } }, s.name || "?"), ": ", (s.anchor || slice(s.b, s.e)).slice(0, 140)));
  }
  panel.append(ul);
  if (focus) focusNode(focus);
}

function annotationElement(x) {
  const attrs = { "data-node": x.node, "data-begin": x.b, "data-end": x.e };
  if (x.what === "statement") {
    return el("span", { ...attrs, class: "statement " + local(x.kind), title: `${x.name || "?"} (${local(x.kind) || "statement"}) — ${x.node}` });
  }
  const cls = [...x.classes][0] || "other";
  const kind = cls === "Agreement" ? "agreement" : cls === "Location" ? "place" : ["Group"].includes(cls) ? "group" : "actor";
  const href = cls === "Agreement" ? describeHref(x.target) : x.target ? actorHref(x.target) : describeHref(x.node);
  return el("a", {
    ...attrs, class: `mention ${kind} cls-${cls}`, href, "data-target": x.target, "data-anchor": x.anchor, "data-wikidata": x.wd,
    title: `${x.name || x.anchor} (${cls})${x.wd ? " · Wikidata " + local(x.wd) : ""}`,
  });
}

function focusNode(iri) {
  for (const e of document.querySelectorAll(".focus")) e.classList.remove("focus");
  const target = [...document.querySelectorAll("#article-text [data-node]")].find((e) => e.dataset.node === iri || e.dataset.target === iri);
  if (target) {
    target.classList.add("focus");
    target.scrollIntoView({ block: "center" });
  }
}

// ---------------------------------------------------------------- query editor

let current = null; // the bundled query being edited, if any
let bundledList = null;

function renderTable(data) {
  const out = $("results");
  out.textContent = "";
  if (data.boolean !== undefined) {
    out.textContent = String(data.boolean);
    return;
  }
  const vars = data.head.vars;
  const table = el("table", { id: "result-table" });
  const head = table.createTHead().insertRow();
  for (const v of vars) head.append(el("th", {}, v));
  const body = table.createTBody();
  for (const b of data.results.bindings) {
    const row = body.insertRow();
    for (const v of vars) {
      const cell = row.insertCell();
      const t = b[v];
      if (!t) continue;
      if (t.type === "uri") {
        // entities open in the explorer, articles in the article view, anything else as RDF
        const href = /\/entity\//.test(t.value) ? actorHref(t.value)
          : /\/article\/[^/]+$/.test(t.value) ? articleHref(articleId(t.value))
          : t.value.startsWith("http://www.wikidata.org/entity/") ? wikidataHref(t.value) : t.value;
        cell.append(el("a", { href }, t.value));
      } else {
        cell.textContent = t.value;
      }
    }
  }
  out.append(table);
}

async function run(url, options) {
  const st = $("query-status");
  st.textContent = "running…";
  $("results").textContent = "";
  const started = performance.now();
  try {
    const resp = await fetch(url, options);
    const text = await resp.text();
    if (!resp.ok) {
      st.textContent = `error ${resp.status}`;
      $("results").append(el("p", { class: "error" }, text));
      return;
    }
    const data = JSON.parse(text);
    renderTable(data);
    const n = data.results ? data.results.bindings.length : 1;
    const cut = resp.headers.get("x-newsgraph-truncated") ? " (cut at the server's row cap)" : "";
    st.textContent = `${n} rows in ${Math.round(performance.now() - started)} ms${cut}`;
  } catch (e) {
    st.textContent = "failed: " + e;
  }
}

function showParams(q) {
  const box = $("params");
  box.textContent = "";
  for (const p of q ? q.params : []) {
    const input = el("input", { name: p.name, "data-param": p.name, placeholder: p.default || (p.optional ? "optional" : "required"), title: p.description });
    box.append(el("label", {}, p.name + " ", input));
  }
}

function pick(q) {
  current = q;
  $("sparql").value = q.sparql;
  showParams(q);
  for (const b of document.querySelectorAll("#bundled-list button")) b.classList.toggle("active", b.dataset.query === q.name);
  runCurrent();
}

async function showQuery(name) {
  if (!bundledList) {
    const { data } = await getJson("/queries");
    bundledList = data;
    const ul = $("bundled-list");
    for (const q of bundledList) {
      const b = el("button", { type: "button", title: q.description, "data-query": q.name }, q.title);
      b.addEventListener("click", () => {
        if (location.hash === "#/query/" + q.name) pick(q);
        else location.hash = "#/query/" + q.name; // the router runs it
      });
      ul.append(el("li", {}, b));
    }
  }
  const q = name && bundledList.find((x) => x.name === name);
  if (q && current !== q) pick(q);
  status("");
}

function runCurrent() {
  const text = $("sparql").value;
  if (current && text === current.sparql) {
    const params = new URLSearchParams();
    for (const input of document.querySelectorAll("[data-param]")) {
      if (input.value) params.append(input.dataset.param, input.value);
    }
    run(`/queries/${current.name}?${params}`, { headers: { Accept: "application/sparql-results+json" } });
  } else {
    current = null;
    run("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" },
      body: text,
    });
  }
}

$("query-form").addEventListener("submit", (e) => { e.preventDefault(); runCurrent(); });
route();

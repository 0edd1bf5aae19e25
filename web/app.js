// newsgraph explorer: runs bundled and ad-hoc SPARQL queries against this server's endpoint.
"use strict";

const $ = (id) => document.getElementById(id);
let current = null; // the bundled query being edited, if any

function termText(t) {
  if (!t) return "";
  return t.value;
}

function renderTable(data) {
  const out = $("results");
  out.textContent = "";
  if (data.boolean !== undefined) {
    out.textContent = String(data.boolean);
    return;
  }
  const vars = data.head.vars;
  const table = document.createElement("table");
  table.id = "result-table";
  const head = table.createTHead().insertRow();
  for (const v of vars) {
    const th = document.createElement("th");
    th.textContent = v;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const b of data.results.bindings) {
    const row = body.insertRow();
    for (const v of vars) {
      const cell = row.insertCell();
      const t = b[v];
      if (t && t.type === "uri") {
        const a = document.createElement("a");
        a.href = t.value;
        a.textContent = t.value;
        cell.appendChild(a);
      } else {
        cell.textContent = termText(t);
      }
    }
  }
  out.appendChild(table);
}

async function run(url, options) {
  $("status").textContent = "running…";
  $("results").textContent = "";
  const started = performance.now();
  try {
    const resp = await fetch(url, options);
    const text = await resp.text();
    if (!resp.ok) {
      $("status").textContent = `error ${resp.status}`;
      const p = document.createElement("p");
      p.className = "error";
      p.textContent = text;
      $("results").appendChild(p);
      return;
    }
    const data = JSON.parse(text);
    renderTable(data);
    const rows = data.results ? data.results.bindings.length : 1;
    const cut = resp.headers.get("x-newsgraph-truncated") ? " (cut at the server's row cap)" : "";
    $("status").textContent = `${rows} rows in ${Math.round(performance.now() - started)} ms${cut}`;
  } catch (e) {
    $("status").textContent = "failed: " + e;
  }
}

function showParams(q) {
  const box = $("params");
  box.textContent = "";
  for (const p of q ? q.params : []) {
    const label = document.createElement("label");
    label.textContent = p.name + " ";
    const input = document.createElement("input");
    input.name = p.name;
    input.dataset.param = p.name;
    input.placeholder = p.default || (p.optional ? "optional" : "required");
    input.title = p.description;
    label.appendChild(input);
    box.appendChild(label);
  }
}

async function loadBundled() {
  const resp = await fetch("/queries");
  const list = await resp.json();
  const ul = $("bundled-list");
  for (const q of list) {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = q.title;
    b.title = q.description;
    b.dataset.query = q.name;
    b.addEventListener("click", () => {
      current = q;
      $("sparql").value = q.sparql;
      showParams(q);
      location.hash = "#/query/" + q.name;
      runCurrent();
    });
    li.appendChild(b);
    ul.appendChild(li);
  }
  const m = location.hash.match(/^#\/query\/([\w-]+)/);
  if (m) {
    const q = list.find((x) => x.name === m[1]);
    if (q) { current = q; $("sparql").value = q.sparql; showParams(q); runCurrent(); }
  }
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
loadBundled();

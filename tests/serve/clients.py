#!/usr/bin/env python3
"""Real SPARQL clients against a running `newsgraph serve` (its base URL is the argument): SPARQLWrapper
and rdflib's SPARQLStore must get the same rows as the server's own bundled-query route (which the Rust
test has already checked against `newsgraph query`)."""

import json
import sys
import urllib.request

from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, SPARQLWrapper, TURTLE

base = sys.argv[1].rstrip("/")
endpoint = base + "/sparql"


def get_json(url):
    with urllib.request.urlopen(url) as r:
        return json.load(r)


def rows(bindings, variables):
    return [tuple((b.get(v) or {}).get("value") for v in variables) for b in bindings]


failures = []
queries = get_json(base + "/queries")
checked = 0
for q in queries:
    if any(not p["optional"] or p["default"] is not None for p in q["params"]):
        continue  # needs a bound parameter; the raw text would run unbound
    expected = get_json(f"{base}/queries/{q['name']}")
    variables = expected["head"]["vars"]
    want = rows(expected["results"]["bindings"], variables)

    sw = SPARQLWrapper(endpoint)
    sw.setQuery(q["sparql"])
    sw.setReturnFormat(JSON)
    got = sw.query().convert()
    if rows(got["results"]["bindings"], variables) != want:
        failures.append(f"SPARQLWrapper {q['name']}: rows differ")

    # rdflib's SPARQLStore: the same query through rdflib's Graph API.
    g = Graph(store=SPARQLStore(endpoint, returnFormat="json"))
    result = g.query(q["sparql"])
    got_rdflib = [tuple(None if t is None else str(t) for t in row) for row in result]
    if got_rdflib != want:
        failures.append(f"rdflib SPARQLStore {q['name']}: rows differ ({len(got_rdflib)} vs {len(want)})")
    checked += 1

# A CONSTRUCT through SPARQLWrapper, parsed by rdflib.
sw = SPARQLWrapper(endpoint)
sw.setQuery("CONSTRUCT { ?s <https://schema.org/name> ?n } WHERE { ?s a <https://w3id.org/newsgraph/ontology#Person> ; <https://schema.org/name> ?n }")
sw.setReturnFormat(TURTLE)
ttl = sw.query().convert()
g = Graph().parse(data=ttl, format="turtle")
if not any("Lavrov" in str(o) for o in g.objects()):
    failures.append("CONSTRUCT through SPARQLWrapper lacks Lavrov")

if checked < 5:
    failures.append(f"only {checked} bundled queries checked")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"ok: {checked} bundled queries through SPARQLWrapper and rdflib SPARQLStore, and a CONSTRUCT")

"""Reads a framed JSON-LD export and an N-Quads export of the same store with rdflib and checks they are the
same dataset: the same graph names, and each graph isomorphic. Prints a JSON report for tests/jsonld.rs:
{"graphs": n, "quads": n, "differences": [...]}. The JSON-LD must not need the network (its context is
inline): rdflib is not allowed to fetch anything."""
import json
import sys

from rdflib import Dataset, URIRef
from rdflib.compare import isomorphic, graph_diff, to_isomorphic

jsonld_path, nquads_path = sys.argv[1], sys.argv[2]


def load(path, fmt):
    ds = Dataset()
    ds.parse(path, format=fmt)
    graphs = {}
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = str(g) if g is not None and str(g) != str(ds.default_graph.identifier) else ""
        graphs.setdefault(name, []).append((s, p, o))
    return graphs


def as_graph(triples):
    from rdflib import Graph

    g = Graph()
    for t in triples:
        g.add(t)
    return g


a = load(jsonld_path, "json-ld")
b = load(nquads_path, "nquads")
differences = []
if set(a) != set(b):
    differences.append({"graph names only in JSON-LD": sorted(set(a) - set(b)),
                        "only in N-Quads": sorted(set(b) - set(a))})
quads = 0
for name in sorted(set(a) & set(b)):
    ga, gb = as_graph(a[name]), as_graph(b[name])
    quads += len(gb)
    if not isomorphic(ga, gb):
        _, only_a, only_b = graph_diff(to_isomorphic(ga), to_isomorphic(gb))
        differences.append({"graph": name,
                            "only in JSON-LD": sorted(str(t) for t in only_a)[:10],
                            "only in N-Quads": sorted(str(t) for t in only_b)[:10]})
print(json.dumps({"graphs": len(b), "quads": quads, "differences": differences}))

"""Reads a GraphML or GEXF file with networkx and prints what it holds as JSON, for tests/network.rs:
{"directed": bool, "nodes": {id: {attr: value}}, "edges": [[u, v, {attr: value}], ...]}."""
import json
import sys

import networkx as nx

path, kind = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
edges = []
for u, v, d in g.edges(data=True):
    d = {k: val for k, val in d.items() if k != "id"}
    edges.append([u, v, d])
print(json.dumps({"directed": g.is_directed(), "nodes": dict(g.nodes(data=True)), "edges": edges}))

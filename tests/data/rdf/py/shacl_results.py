"""Validates a Turtle file against SHACL shapes with pySHACL and prints one line per result.

usage: shacl_results.py SHAPES DATA [ONTOLOGY INFERENCE]
First line: `conforms` or `violates`; then `Component prefix:path` for each result (path empty for
SPARQL-based constraints). The full report goes to stderr when the data does not conform.
Used by tests/rdf_validation.rs; runnable by hand.
"""
import sys

import rdflib
from pyshacl import validate
from rdflib.namespace import SH

PREFIXES = {
    "ng": "https://w3id.org/newsgraph/ontology#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "dcterms": "http://purl.org/dc/terms/",
}


def compact(iri):
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return prefix + ":" + iri[len(ns):]
    return "<" + iri + ">"


def main():
    shapes, data = sys.argv[1], sys.argv[2]
    ontology = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else None
    inference = sys.argv[4] if len(sys.argv) > 4 else "none"
    data_graph = rdflib.Graph().parse(data, format="turtle")
    shapes_graph = rdflib.Graph().parse(shapes, format="turtle")
    ont_graph = rdflib.Graph().parse(ontology, format="turtle") if ontology else None
    conforms, report, text = validate(
        data_graph, shacl_graph=shapes_graph, ont_graph=ont_graph, inference=inference
    )
    print("conforms" if conforms else "violates")
    lines = []
    for result in report.objects(None, SH.result):
        component = str(report.value(result, SH.sourceConstraintComponent)).split("#")[-1]
        path = report.value(result, SH.resultPath)
        lines.append(f"{component} {compact(str(path)) if isinstance(path, rdflib.URIRef) else ''}".strip())
    for line in sorted(lines):
        print(line)
    if not conforms:
        print(text, file=sys.stderr)


if __name__ == "__main__":
    main()

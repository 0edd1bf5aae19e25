"""Computes the OWL 2 RL closure (owlrl, a dependency of pySHACL) of an ontology plus a data file and
reports inconsistencies: owlrl's error messages and members of owl:Nothing.

usage: owl_consistency.py ONTOLOGY DATA [FORMAT]
Prints `consistent` or `inconsistent` and then one line per problem; also `triples BEFORE AFTER`.
Used by tests/rdf_validation.rs; runnable by hand.
"""
import sys

import owlrl
import rdflib
from rdflib.namespace import OWL, RDF

ERR = rdflib.Namespace("http://www.daml.org/2002/03/agents/agent-ont#")


def main():
    ontology, data = sys.argv[1], sys.argv[2]
    fmt = sys.argv[3] if len(sys.argv) > 3 else "turtle"
    g = rdflib.Graph()
    g.parse(ontology, format="turtle")
    g.parse(data, format=fmt)
    before = len(g)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    problems = [str(m) for m in g.objects(None, ERR.error)]
    problems += [f"owl:Nothing member {s}" for s in g.subjects(RDF.type, OWL.Nothing)]
    print("inconsistent" if problems else "consistent")
    print(f"triples {before} {len(g)}")
    for p in sorted(problems):
        print(p)


if __name__ == "__main__":
    main()

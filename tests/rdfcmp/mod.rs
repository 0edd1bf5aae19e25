//! Comparing RDF as graphs (sophia's isomorphism check), with a readable difference on failure.

#![allow(dead_code)]

use sophia_api::source::TripleSource;
use sophia_api::term::SimpleTerm;
use std::collections::BTreeSet;

/// A parsed graph.
pub type Graph = Vec<[SimpleTerm<'static>; 3]>;

/// Parses Turtle with sophia's parser (independent of oxigraph, which wrote it).
pub fn parse_turtle(text: &str, origin: &str) -> Graph {
    sophia_turtle::parser::turtle::parse_str(text)
        .collect_triples()
        .unwrap_or_else(|e| panic!("{origin}: Turtle does not parse: {e}"))
}

/// Parses N-Triples with sophia's parser.
pub fn parse_ntriples(text: &str, origin: &str) -> Graph {
    sophia_turtle::parser::nt::parse_str(text)
        .collect_triples()
        .unwrap_or_else(|e| panic!("{origin}: N-Triples do not parse: {e}"))
}

fn lines(g: &Graph) -> BTreeSet<String> {
    g.iter()
        .map(|t| format!("{:?} {:?} {:?}", t[0], t[1], t[2]))
        .collect()
}

/// Asserts that two graphs are isomorphic; otherwise panics listing the triples only one side has.
pub fn assert_isomorphic(got: &Graph, want: &Graph, what: &str) {
    let iso = sophia_isomorphism::isomorphic_graphs(got, want)
        .unwrap_or_else(|e| panic!("{what}: isomorphism check failed: {e}"));
    if iso {
        return;
    }
    let (g, w) = (lines(got), lines(want));
    let extra: Vec<_> = g.difference(&w).take(40).collect();
    let missing: Vec<_> = w.difference(&g).take(40).collect();
    panic!(
        "{what}: graphs differ ({} vs {} triples)\nonly in output:\n  {}\nonly in expected:\n  {}",
        got.len(),
        want.len(),
        extra
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n  "),
        missing
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n  ")
    );
}

//! The RDF mapping, checked as graphs against expected Turtle written by hand (cases in
//! `tests/data/rdf/mapping/cases.tsv`), and its refusals of inconsistent extractions
//! (`tests/data/rdf/mapping/errors.jsonl`).

mod rdfcmp;

use newsgraph::export::{ExportFormat, write_quads};
use newsgraph::model::Extraction;
use newsgraph::rdf::{RdfOptions, extraction_quads};
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/rdf/mapping")
}

fn ntriples(ex: &Extraction, opts: &RdfOptions) -> String {
    let quads = extraction_quads(ex, opts).expect("mapping");
    let mut out = Vec::new();
    write_quads(&quads, ExportFormat::NTriples, &mut out).expect("write");
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn mapping_matches_hand_written_graphs() {
    let cases = std::fs::read_to_string(dir().join("cases.tsv")).expect("cases.tsv");
    let mut n = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "cases.tsv: bad line {line:?}");
        let json = std::fs::read_to_string(dir().join(cols[0])).expect("extraction");
        let ex: Extraction = serde_json::from_str(&json).expect("extraction JSON");
        let opts = RdfOptions::new(cols[1]).expect("base IRI");
        let got = rdfcmp::parse_ntriples(&ntriples(&ex, &opts), cols[0]);
        let want_text = std::fs::read_to_string(dir().join(cols[2])).expect("expected");
        let want = rdfcmp::parse_turtle(&want_text, cols[2]);
        rdfcmp::assert_isomorphic(&got, &want, cols[0]);
        // The same input maps to the same bytes.
        assert_eq!(
            ntriples(&ex, &opts),
            ntriples(&ex, &opts),
            "{}: not deterministic",
            cols[0]
        );
        n += 1;
    }
    assert!(n > 0, "no cases");
}

#[test]
fn inconsistent_extractions_are_refused_with_a_reason() {
    let text = std::fs::read_to_string(dir().join("errors.jsonl")).expect("errors.jsonl");
    let mut n = 0;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let case: serde_json::Value = serde_json::from_str(line).expect("case JSON");
        let ex: Extraction =
            serde_json::from_value(case["extraction"].clone()).expect("extraction JSON");
        let want = case["error"].as_str().expect("error");
        match extraction_quads(&ex, &RdfOptions::default()) {
            Ok(_) => panic!(
                "errors.jsonl:{}: mapped, expected an error with {want:?}",
                i + 1
            ),
            Err(e) => assert!(
                e.to_string().contains(want),
                "errors.jsonl:{}: error {e} does not contain {want:?}",
                i + 1
            ),
        }
        n += 1;
    }
    assert!(n >= 5);
}

#[test]
fn bad_base_iris_are_refused() {
    for base in ["https://example.org/kg", "not an iri/", ""] {
        assert!(RdfOptions::new(base).is_err(), "{base:?} accepted");
    }
}

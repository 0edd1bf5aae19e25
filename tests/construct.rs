//! CONSTRUCT evaluated by newsgraph (the WHERE clause as a SELECT, the template instantiated per solution,
//! issue 8's flat memory) gives the graph Oxigraph's own CONSTRUCT gives, blank nodes canonicalized, and
//! repeats dropped as Oxigraph drops them; the same store and query give the same bytes, blank node labels
//! included. Cases are the `*.rq` files of `tests/data/construct/`, run on `tests/data/export/dataset.nq`.

use newsgraph::query::{self, DatasetSpec, ResultFormat};
use newsgraph::store::{GraphStore, OpenMode, StoreLocation};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Graph, Quad, Triple, dataset::CanonicalizationAlgorithm};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn dataset() -> Vec<Quad> {
    let path = root().join("tests/data/export/dataset.nq");
    let text = std::fs::read(&path).expect("dataset.nq");
    RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(&text)
        .collect::<Result<Vec<_>, _>>()
        .expect("dataset.nq parses")
}

fn store_at(location: &StoreLocation, quads: &[Quad]) -> GraphStore {
    let store = GraphStore::open(location, OpenMode::ReadWrite).expect("store");
    store.insert_all(quads).expect("insert");
    store
}

/// The cases: (file name, query text), in name order.
fn cases() -> Vec<(String, String)> {
    let dir = root().join("tests/data/construct");
    let mut cases: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/data/construct")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "the CONSTRUCT cases are missing");
    cases
}

/// The triples of a graph result, in the order given.
fn triples(results: QueryResults<'_>, what: &str) -> Vec<Triple> {
    let QueryResults::Graph(iter) = results else {
        panic!("{what}: not a graph result");
    };
    iter.map(|t| t.unwrap_or_else(|e| panic!("{what}: {e}")))
        .collect()
}

/// Oxigraph's own CONSTRUCT, on the union of the graphs unless the query says `FROM`.
fn oxigraph_construct(store: &GraphStore, sparql: &str) -> Vec<Triple> {
    let mut prepared = SparqlEvaluator::new().parse_query(sparql).unwrap();
    if prepared.dataset_mut().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    triples(
        prepared.on_store(store.inner()).execute().unwrap(),
        "oxigraph",
    )
}

fn canonical(triples: &[Triple]) -> Graph {
    let mut g: Graph = triples.iter().collect();
    g.canonicalize(CanonicalizationAlgorithm::Unstable);
    g
}

#[test]
fn construct_gives_the_graph_oxigraph_gives() {
    let store = store_at(&StoreLocation::Memory, &dataset());
    for (name, sparql) in cases() {
        let ours = query::evaluate(&store, &name, &sparql, &[], &DatasetSpec::default(), None)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let ours = triples(ours, &name);
        let theirs = oxigraph_construct(&store, &sparql);
        assert_eq!(
            canonical(&ours),
            canonical(&theirs),
            "{name}: not the graph Oxigraph gives"
        );
        // Repeats are dropped as Oxigraph drops them: the same number of triples is emitted.
        assert_eq!(
            ours.len(),
            theirs.len(),
            "{name}: repeats not dropped alike"
        );
        if name != "empty.rq" {
            assert!(!ours.is_empty(), "{name}: a case that answers nothing");
        }
    }
}

/// The cases that show what they are for: left-out triples are left out, blank nodes are fresh per solution.
#[test]
fn construct_leaves_out_what_cannot_be_a_triple_and_gives_fresh_blank_nodes() {
    let store = store_at(&StoreLocation::Memory, &dataset());
    let run = |name: &str| {
        let sparql =
            std::fs::read_to_string(root().join("tests/data/construct").join(name)).unwrap();
        let results = query::evaluate(&store, name, &sparql, &[], &DatasetSpec::default(), None)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        triples(results, name)
    };
    let left_out = run("left-out.rq");
    let preds: Vec<&str> = left_out.iter().map(|t| t.predicate.as_str()).collect();
    assert!(
        !preds.contains(&"http://example.org/never"),
        "an unbound variable made a triple"
    );
    assert!(preds.contains(&"http://example.org/kept"));
    assert!(
        preds.contains(&"http://example.org/inverse"),
        "IRI objects make inverse triples"
    );
    // Quads whose object is a literal would give a literal subject (`?o ex:inverse ?s`): none is there.
    assert!(
        left_out
            .iter()
            .all(|t| t.subject.is_named_node() || t.subject.is_blank_node())
    );
    let quads = dataset().len();
    let bnodes = run("bnodes.rq");
    let subjects: std::collections::BTreeSet<String> = bnodes
        .iter()
        .filter(|t| t.predicate.as_str() == "http://example.org/subject")
        .map(|t| t.subject.to_string())
        .collect();
    // One `_:r` per solution: one solution per quad of the named graphs.
    let named = dataset()
        .iter()
        .filter(|q| !q.graph_name.is_default_graph())
        .count();
    assert!(named > 0 && named <= quads);
    assert_eq!(
        subjects.len(),
        named,
        "a blank node shared by two solutions"
    );
}

/// The same store content and query give the same bytes, blank node labels included, on the on-disk store
/// (whose order is the order of its keys, whatever the order the quads were loaded in).
#[test]
fn construct_output_is_byte_identical_whatever_the_load_order() {
    let tmp = tempfile::tempdir().unwrap();
    let quads = dataset();
    let mut reversed = quads.clone();
    reversed.reverse();
    let run = |dir: &Path, quads: &[Quad]| {
        let store = store_at(&StoreLocation::Disk(dir.to_path_buf()), quads);
        let mut outs = Vec::new();
        for (name, sparql) in cases() {
            for format in [ResultFormat::NTriples, ResultFormat::Turtle] {
                let mut out = Vec::new();
                query::run_to_writer(&store, &name, &sparql, &[], format, &mut out)
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                outs.push((name.clone(), out));
            }
        }
        outs
    };
    let first = run(&tmp.path().join("a"), &quads);
    let again = run(&tmp.path().join("a"), &[]);
    let other = run(&tmp.path().join("b"), &reversed);
    for ((name, a), ((_, b), (_, c))) in first.iter().zip(again.iter().zip(other.iter())) {
        assert!(a == b, "{name}: the same store gave other bytes");
        assert!(
            a == c,
            "{name}: the same content loaded in another order gave other bytes"
        );
    }
    let bnodes = first
        .iter()
        .find(|(n, _)| n == "bnodes.rq")
        .map(|(_, o)| String::from_utf8_lossy(o).into_owned())
        .unwrap();
    assert!(
        bnodes.contains("_:"),
        "the blank node case wrote no blank node"
    );
}

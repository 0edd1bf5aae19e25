//! newsgraph applies a SELECT's top-level ORDER BY itself (each row's keys evaluated once; see
//! `crates/newsgraph-rdf/src/query/order.rs`). These tests check that the rows and their order are exactly Oxigraph's own, for
//! every bundled query and for the ad-hoc cases in `tests/data/query_order/cases.rq`, on a store of the dev
//! corpus.

use newsgraph::ingest::{IngestOptions, read_all};
use newsgraph::query;
use newsgraph::rdf::RdfOptions;
use newsgraph::store::{GraphStore, OpenMode, StoreLocation};
use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn dev_store() -> GraphStore {
    let mut inputs = vec![root().join("examples/lavrov-aleppo-2016-12-06.txt")];
    let dev = root().join("../shared/corpus/dev");
    if let Ok(entries) = std::fs::read_dir(&dev) {
        let mut texts: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        texts.sort();
        inputs.extend(texts);
    }
    let records = read_all(&inputs, &IngestOptions::default()).expect("read inputs");
    let exs = newsgraph::pipeline::extract_records(records);
    let store = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).expect("store");
    newsgraph::pipeline::load(&store, &exs, &RdfOptions::default()).expect("load");
    store
}

type Rows = Vec<Vec<Option<Term>>>;

/// Oxigraph's own evaluation, ORDER BY included, over the union of all graphs.
fn engine_rows(store: &GraphStore, sparql: &str) -> Rows {
    let mut prepared = SparqlEvaluator::new().parse_query(sparql).expect("parse");
    prepared.dataset_mut().set_default_graph_as_union();
    match prepared
        .on_store(store.inner())
        .execute()
        .expect("evaluate")
    {
        QueryResults::Solutions(s) => {
            let vars = s.variables().to_vec();
            s.map(|r| {
                let r = r.expect("row");
                vars.iter().map(|v| r.get(v).cloned()).collect()
            })
            .collect()
        }
        _ => panic!("not a SELECT"),
    }
}

fn our_rows(store: &GraphStore, sparql: &str, params: &[(String, Term)]) -> Rows {
    query::select(store, "test", sparql, params)
        .expect("our evaluation")
        .rows
}

/// Rows and order must be equal. Where two rows tie on every key SPARQL leaves their order open; the
/// bundled queries and the cases order by keys that separate every pair of distinct rows, so equality is
/// the right check. On failure, tell a difference in rows from a difference in order.
fn assert_same(name: &str, ours: &Rows, engine: &Rows) {
    assert_eq!(ours.len(), engine.len(), "{name}: row count");
    if ours != engine {
        let mut a = ours.clone();
        let mut b = engine.clone();
        let key = |r: &Vec<Option<Term>>| format!("{r:?}");
        a.sort_by_key(key);
        b.sort_by_key(key);
        assert_eq!(a, b, "{name}: different rows");
        let first = ours.iter().zip(engine).position(|(x, y)| x != y).unwrap();
        panic!(
            "{name}: same rows, different order from row {first}: ours {:?}, engine {:?}",
            ours[first], engine[first]
        );
    }
}

#[test]
fn bundled_queries_sort_as_the_engine_does() {
    let store = dev_store();
    for q in query::bundled() {
        let params = query::resolve_params(&q, &[]).expect("defaults");
        let ours = our_rows(&store, &q.sparql, &params);
        let bound = if params.is_empty() {
            q.sparql.clone()
        } else {
            newsgraph::query::bind::bind_values(&q.sparql, &params).expect("bind")
        };
        let engine = engine_rows(&store, &bound);
        assert!(
            !engine.is_empty() || q.name == "unlinked-entities",
            "{}: no rows",
            q.name
        );
        assert_same(&q.name, &ours, &engine);
    }
}

#[test]
fn ad_hoc_cases_sort_as_the_engine_does() {
    let store = dev_store();
    let text = std::fs::read_to_string(root().join("tests/data/query_order/cases.rq")).unwrap();
    let mut n = 0;
    for (i, case) in text.split("\n#---\n").enumerate() {
        let name = format!("cases.rq case {}", i + 1);
        let ours = our_rows(&store, case, &[]);
        let engine = engine_rows(&store, case);
        assert!(!engine.is_empty(), "{name}: no rows");
        assert_same(&name, &ours, &engine);
        n += 1;
    }
    assert!(n >= 9, "only {n} cases read");
}

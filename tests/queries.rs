//! Every bundled query on the seed article: rows checked against expectations written by hand from the
//! article and its gold annotation (`tests/data/queries/seed.txt`), plus header and binding checks.

use newsgraph::ingest::{IngestOptions, read_all};
use newsgraph::query::{self, Table};
use newsgraph::rdf::RdfOptions;
use newsgraph::store::{GraphStore, OpenMode, StoreLocation};
use oxigraph::model::Term;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn seed_store() -> GraphStore {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let records = read_all(
        &[root.join("examples/lavrov-aleppo-2016-12-06.txt")],
        &IngestOptions::default(),
    )
    .expect("seed");
    let exs = newsgraph::pipeline::extract_records(records);
    let store = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).expect("store");
    newsgraph::pipeline::load(&store, &exs, &RdfOptions::default()).expect("load");
    store
}

fn cell(t: &Option<Term>) -> String {
    match t {
        None => String::new(),
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(other) => other.to_string(),
    }
}

fn matches(want: &str, got: &str) -> bool {
    if want == "*" {
        return true;
    }
    if let Some(prefix) = want.strip_suffix('…') {
        return got.starts_with(prefix);
    }
    if let Some(list) = want.strip_prefix('{').and_then(|w| w.strip_suffix('}')) {
        let a: BTreeSet<&str> = list.split(", ").collect();
        let b: BTreeSet<&str> = got.split(", ").collect();
        return a == b;
    }
    want == got
}

struct Case {
    query: String,
    params: Vec<(String, String)>,
    exact: bool,
    columns: Vec<String>,
    rows: Vec<Vec<String>>,
}

fn cases() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/queries/seed.txt");
    let text = std::fs::read_to_string(path).expect("seed.txt");
    let mut out: Vec<Case> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some(q) = line.strip_prefix("== ") {
            out.push(Case {
                query: q.trim().to_string(),
                params: Vec::new(),
                exact: false,
                columns: Vec::new(),
                rows: Vec::new(),
            });
            continue;
        }
        let c = out.last_mut().expect("a block starts with ==");
        if let Some(p) = line.strip_prefix("param: ") {
            let (k, v) = p.split_once('=').expect("k=v");
            c.params.push((k.to_string(), v.to_string()));
        } else if let Some(m) = line.strip_prefix("mode: ") {
            c.exact = m.trim() == "exact";
        } else if let Some(cols) = line.strip_prefix("columns: ") {
            c.columns = cols.split('\t').map(str::to_string).collect();
        } else {
            let mut row: Vec<String> = line.split('\t').map(str::to_string).collect();
            row.resize(c.columns.len(), String::new());
            c.rows.push(row);
        }
    }
    out
}

fn project(table: &Table, columns: &[String], query: &str) -> Vec<Vec<String>> {
    let idx: Vec<usize> = columns
        .iter()
        .map(|c| {
            table
                .variables
                .iter()
                .position(|v| v == c)
                .unwrap_or_else(|| panic!("{query}: no column {c} in {:?}", table.variables))
        })
        .collect();
    table
        .rows
        .iter()
        .map(|r| idx.iter().map(|i| cell(&r[*i])).collect())
        .collect()
}

#[test]
fn bundled_queries_answer_on_the_seed() {
    let store = seed_store();
    let mut failures = Vec::new();
    let mut covered = BTreeSet::new();
    for case in cases() {
        covered.insert(case.query.clone());
        let q = query::find(&case.query).expect("bundled query");
        let params = query::resolve_params(&q, &case.params).expect("params");
        let table = query::select(&store, &q.name, &q.sparql, &params).expect("query runs");
        let got = project(&table, &case.columns, &case.query);
        let row_ok = |want: &Vec<String>, got: &Vec<String>| {
            want.iter().zip(got).all(|(w, g)| matches(w, g))
        };
        if case.exact {
            let ok = got.len() == case.rows.len()
                && case.rows.iter().zip(&got).all(|(w, g)| row_ok(w, g));
            if !ok {
                failures.push(format!(
                    "{} {:?}: want exactly\n  {:?}\ngot\n  {:?}",
                    case.query, case.params, case.rows, got
                ));
            }
        } else {
            for want in &case.rows {
                if !got.iter().any(|g| row_ok(want, g)) {
                    failures.push(format!(
                        "{} {:?}: no row {want:?} in\n  {got:?}",
                        case.query, case.params
                    ));
                }
            }
        }
    }
    for q in query::bundled() {
        if !covered.contains(&q.name) {
            failures.push(format!("bundled query {} has no expected rows", q.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_bundled_query_has_a_header_and_parses() {
    let store = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).unwrap();
    let all = query::bundled();
    assert!(all.len() >= 9, "only {} bundled queries", all.len());
    for q in all {
        assert!(
            q.title != q.name && !q.title.is_empty(),
            "{}: no title",
            q.name
        );
        assert!(!q.description.is_empty(), "{}: no description", q.name);
        let params = query::resolve_params(&q, &[]).expect("defaults");
        query::select(&store, &q.name, &q.sparql, &params)
            .unwrap_or_else(|e| panic!("{}: {e}", q.name));
    }
}

#[test]
fn parameters_are_bound_as_terms_not_text() {
    let store = seed_store();
    let q = query::find("statements-by-actor").unwrap();
    for hostile in ["\"} DROP ALL; {", "x\" || true || \"", "\\\"", "lavrov\n}"] {
        let params = query::resolve_params(&q, &[("name".into(), hostile.into())]).unwrap();
        let t = query::select(&store, &q.name, &q.sparql, &params).expect("still one query");
        assert!(
            t.rows.is_empty(),
            "{hostile:?} matched {} rows",
            t.rows.len()
        );
    }
    // A wrongly typed value is refused before the query runs.
    let tl = query::find("timeline").unwrap();
    assert!(query::resolve_params(&tl, &[("from".into(), "last week".into())]).is_err());
}

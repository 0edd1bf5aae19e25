//! Where facts live (issue 8): each article graph holds what the article says, and the shared entities graph
//! holds each entity fact once, as long as some loaded article supports it.
//!
//! - `tests/data/graph/steps.tsv`: after every load or removal, the store holds exactly what the mapping
//!   writes for the articles then loaded (the shared graph is the union of their shared facts: nothing
//!   stale, nothing lost, no orphan), through the transactional path, the bulk loader and on disk; and the
//!   counts graph holds, for each shared entity, how many of those articles mention it and how many of
//!   their mentions refer to it (counted here from the mapped quads, independently of the store's code).
//! - `tests/data/graph/query_scale.tsv`: the bundled queries on N copies of the seed (each actor recurring N
//!   times) give the rows of one copy N times, or the same rows with counts ×N, and finish: a query whose
//!   work grows with how often an entity recurs (k^m rows for m patterns) would not finish in the time given.

use newsgraph::model::Extraction;
use newsgraph::query;
use newsgraph::rdf::{RdfOptions, counts_graph, entities_graph, extraction_quads};
use newsgraph::store::{GraphStore, OpenMode, StoreLocation};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

fn article(name: &str) -> Extraction {
    let path = data().join(format!("graph/articles/{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn key(q: &Quad) -> String {
    q.to_string()
}

/// The store's quads, as N-Quads lines (datatypes restored as the export restores them).
fn store_quads(store: &GraphStore) -> BTreeSet<String> {
    store
        .inner()
        .iter()
        .map(|q| key(&newsgraph::export::restore_datatype(q.unwrap())))
        .collect()
}

/// What the store must hold for the articles loaded: their mapped quads, the shared ones as a union, and
/// the counts of each shared entity.
fn expected(loaded: &BTreeMap<String, Extraction>, opts: &RdfOptions) -> BTreeSet<String> {
    let ng = |local: &str| {
        NamedNode::new_unchecked(format!("https://w3id.org/newsgraph/ontology#{local}"))
    };
    let shared = GraphName::NamedNode(entities_graph(&opts.base_iri).unwrap());
    let mut out = BTreeSet::new();
    let mut entities: BTreeSet<NamedNode> = BTreeSet::new();
    let mut articles: BTreeMap<NamedNode, BTreeSet<String>> = BTreeMap::new();
    let mut mentions: BTreeMap<String, i64> = BTreeMap::new();
    for ex in loaded.values() {
        for q in extraction_quads(ex, opts).unwrap() {
            if let NamedOrBlankNode::NamedNode(s) = &q.subject {
                if q.graph_name == shared {
                    entities.insert(s.clone());
                }
                if q.predicate == ng("mentionedIn") {
                    articles
                        .entry(s.clone())
                        .or_default()
                        .insert(q.object.to_string());
                }
            }
            if q.predicate == ng("refersTo") {
                *mentions.entry(q.object.to_string()).or_default() += 1;
            }
            out.insert(key(&q));
        }
    }
    let counts = counts_graph(&opts.base_iri).unwrap();
    for e in entities {
        let a = articles.get(&e).map_or(0, BTreeSet::len) as i64;
        let m = mentions
            .get(&Term::from(e.clone()).to_string())
            .copied()
            .unwrap_or(0);
        for (p, n) in [("articleCount", a), ("mentionCount", m)] {
            let q = Quad::new(e.clone(), ng(p), Literal::from(n), counts.clone());
            out.insert(key(&q));
        }
    }
    out
}

#[derive(Clone, Copy, Debug)]
enum Path_ {
    /// One transaction per article (in memory).
    Transactions,
    /// The bulk loader (on disk), as `load` uses for large batches.
    Bulk,
}

// Over 80 lines: the checks of one case, in the order of the case format; split, one would jump between
// helpers to see how a case is judged.
fn run_steps(path: Path_) {
    let steps = std::fs::read_to_string(data().join("graph/steps.tsv")).unwrap();
    let opts = RdfOptions::default();
    let shared = entities_graph(&opts.base_iri).unwrap();
    let mut sequences = 0;
    let mut store = None;
    let mut tmp = None;
    let mut loaded: BTreeMap<String, Extraction> = BTreeMap::new();
    let mut name = String::new();
    for (n, line) in steps.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some(seq) = line.strip_prefix("== ") {
            name = seq.to_string();
            sequences += 1;
            loaded.clear();
            let dir = tempfile::tempdir().unwrap();
            store = Some(match path {
                Path_::Transactions => {
                    GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).unwrap()
                }
                Path_::Bulk => GraphStore::open(
                    &StoreLocation::Disk(dir.path().join("store")),
                    OpenMode::ReadWrite,
                )
                .unwrap(),
            });
            tmp = Some(dir);
            continue;
        }
        let store = store.as_ref().expect("a sequence starts with `== name`");
        let mut words = line.split_whitespace();
        let op = words.next().unwrap();
        let args: Vec<&str> = words.collect();
        match op {
            "load" => {
                let exs: Vec<Extraction> = args.iter().map(|a| article(a)).collect();
                match path {
                    Path_::Transactions => {
                        newsgraph::pipeline::load(store, &exs, &opts).unwrap();
                    }
                    Path_::Bulk => {
                        let batch = exs
                            .iter()
                            .map(|ex| {
                                (
                                    newsgraph::rdf::article_graph(&opts.base_iri, &ex.id).unwrap(),
                                    extraction_quads(ex, &opts).unwrap(),
                                )
                            })
                            .collect();
                        store.bulk_replace(batch, &shared).unwrap();
                    }
                }
                for ex in exs {
                    loaded.insert(ex.id.clone(), ex);
                }
            }
            "remove" => {
                let ids: Vec<String> = args.iter().map(|s| s.to_string()).collect();
                let missing = newsgraph::pipeline::remove(store, &ids, &opts.base_iri).unwrap();
                assert!(missing.is_empty(), "{name}: {missing:?} were not loaded");
                for id in &ids {
                    loaded.remove(id);
                }
            }
            other => panic!("steps.tsv:{}: unknown step {other}", n + 1),
        }
        let got = store_quads(store);
        let want = expected(&loaded, &opts);
        let stale: Vec<_> = got.difference(&want).collect();
        let lost: Vec<_> = want.difference(&got).collect();
        assert!(
            stale.is_empty() && lost.is_empty(),
            "{path:?}, {name}, after `{line}`:\nstale: {stale:#?}\nlost: {lost:#?}"
        );
        if loaded.is_empty() {
            assert!(got.is_empty(), "{name}: an empty store after `{line}`");
        }
    }
    drop(tmp);
    assert!(sequences >= 3);
}

#[test]
fn the_store_holds_exactly_what_its_articles_support() {
    run_steps(Path_::Transactions);
}

#[test]
fn the_bulk_loader_keeps_the_shared_graph_in_step() {
    run_steps(Path_::Bulk);
}

#[test]
fn shared_facts_are_held_once_however_many_articles_state_them() {
    let opts = RdfOptions::default();
    let store = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).unwrap();
    let mut exs = Vec::new();
    for i in 0..20 {
        let mut ex = article("beta");
        ex.id = format!("beta-{i}");
        exs.push(ex);
    }
    newsgraph::pipeline::load(&store, &exs, &opts).unwrap();
    let shared = GraphName::NamedNode(entities_graph(&opts.base_iri).unwrap());
    // Every triple of the union is in exactly one graph.
    let mut graphs_of: BTreeMap<String, usize> = BTreeMap::new();
    for q in store.inner().iter() {
        let q = q.unwrap();
        let triple = format!("{} {} {}", q.subject, q.predicate, q.object);
        *graphs_of.entry(triple).or_default() += 1;
    }
    let repeated: Vec<_> = graphs_of.iter().filter(|(_, n)| **n > 1).collect();
    assert!(repeated.is_empty(), "{repeated:#?}");
    let in_shared = store
        .inner()
        .quads_for_pattern(None, None, None, Some(shared.as_ref()))
        .count();
    let one = extraction_quads(&article("beta"), &opts)
        .unwrap()
        .into_iter()
        .filter(|q| q.graph_name == shared)
        .count();
    assert_eq!(in_shared, one, "20 articles, the shared facts of one");
}

/// Runs a bundled query with its default parameters, failing after `limit`.
fn run_query(store: &GraphStore, name: &str, limit: Duration) -> query::Table {
    let q = query::find(name).unwrap();
    let params = query::resolve_params(&q, &[]).unwrap();
    let (tx, rx) = mpsc::channel();
    let store = store.clone();
    std::thread::spawn(move || {
        let _ = tx.send(query::select(&store, &q.name, &q.sparql, &params));
    });
    match rx.recv_timeout(limit) {
        Ok(t) => t.unwrap_or_else(|e| panic!("{name}: {e}")),
        Err(_) => panic!(
            "{name} did not finish in {limit:?} on N copies of the seed: its work grows with how often an entity recurs"
        ),
    }
}

fn rows(t: &query::Table, scaled: &[&str], factor: usize) -> Vec<String> {
    let mut out: Vec<String> = t
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .zip(&t.variables)
                .map(|(c, v)| {
                    let text = match c {
                        None => String::new(),
                        Some(oxigraph::model::Term::Literal(l)) => l.value().to_string(),
                        Some(other) => other.to_string(),
                    };
                    if scaled.contains(&v.as_str()) {
                        let n: usize = text.parse().unwrap_or_else(|_| panic!("{v}: {text}"));
                        (n * factor).to_string()
                    } else {
                        text
                    }
                })
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect();
    out.sort();
    out
}

#[test]
fn bundled_queries_stay_linear_when_actors_recur() {
    const N: usize = 200;
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/lavrov-aleppo-2016-12-06.txt");
    let records =
        newsgraph::ingest::read_all(&[seed], &newsgraph::ingest::IngestOptions::default()).unwrap();
    let one = newsgraph::pipeline::extract_records(records).remove(0);
    let opts = RdfOptions::default();
    let single = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).unwrap();
    newsgraph::pipeline::load(&single, std::slice::from_ref(&one), &opts).unwrap();
    let many = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).unwrap();
    let copies: Vec<Extraction> = (0..N)
        .map(|i| {
            let mut ex = one.clone();
            ex.id = format!("copy-{i:03}");
            ex
        })
        .collect();
    newsgraph::pipeline::load(&many, &copies, &opts).unwrap();

    let cases = std::fs::read_to_string(data().join("graph/query_scale.tsv")).unwrap();
    let mut seen = BTreeSet::new();
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 3, "query_scale.tsv: {line}");
        let (name, relation, scaled) = (c[0], c[1], c[2]);
        seen.insert(name.to_string());
        let limit = Duration::from_secs(60);
        let a = run_query(&single, name, limit);
        let b = run_query(&many, name, limit);
        assert!(!a.rows.is_empty(), "{name}: no rows on the seed");
        match relation {
            "xN" => assert_eq!(b.rows.len(), N * a.rows.len(), "{name}: rows"),
            "same" => {
                let scaled: Vec<&str> = scaled.split(',').filter(|s| *s != "-").collect();
                assert_eq!(rows(&b, &[], 1), rows(&a, &scaled, N), "{name}");
            }
            other => panic!("query_scale.tsv: unknown relation {other}"),
        }
    }
    let all: BTreeSet<String> = query::bundled().into_iter().map(|q| q.name).collect();
    assert_eq!(seen, all, "query_scale.tsv must list every bundled query");
}

/// A store written before the counts existed gets them: `recount` (and the next load) count every entity,
/// giving exactly what loading them in the first place gave.
#[test]
fn counts_are_rebuilt_for_a_store_that_lacks_them() {
    let opts = RdfOptions::default();
    let store = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).unwrap();
    let exs: Vec<Extraction> = ["alpha-v1", "beta"].iter().map(|a| article(a)).collect();
    newsgraph::pipeline::load(&store, &exs, &opts).unwrap();
    let counts = GraphName::NamedNode(counts_graph(&opts.base_iri).unwrap());
    let snapshot = |store: &GraphStore| -> BTreeSet<String> {
        store
            .inner()
            .quads_for_pattern(None, None, None, Some(counts.as_ref()))
            .map(|q| key(&q.unwrap()))
            .collect()
    };
    let want = snapshot(&store);
    assert!(!want.is_empty());
    let drop_counts = |store: &GraphStore| {
        let GraphName::NamedNode(g) = &counts else {
            unreachable!()
        };
        store.inner().remove_named_graph(g).unwrap();
        assert!(snapshot(store).is_empty());
    };
    drop_counts(&store);
    let n = newsgraph::pipeline::recount(&store, &opts.base_iri).unwrap();
    assert!(n > 0);
    assert_eq!(snapshot(&store), want, "recount gives what the loads gave");
    drop_counts(&store);
    newsgraph::pipeline::load(&store, &exs[1..], &opts).unwrap();
    assert_eq!(snapshot(&store), want, "the next load counts every entity");
    // A bulk load stopped between its steps leaves its marker, and counts it never adjusted: the next
    // load recounts everything (and the marker goes).
    let GraphName::NamedNode(g) = &counts else {
        unreachable!()
    };
    let ng = |l: &str| NamedNode::new_unchecked(format!("https://w3id.org/newsgraph/ontology#{l}"));
    let marker = Quad::new(
        g.clone(),
        ng("countsPending"),
        Literal::from(true),
        g.clone(),
    );
    store.inner().insert(&marker).unwrap();
    let some = store
        .inner()
        .quads_for_pattern(
            None,
            Some(ng("articleCount").as_ref()),
            None,
            Some(counts.as_ref()),
        )
        .next()
        .unwrap()
        .unwrap();
    store.inner().remove(&some).unwrap();
    newsgraph::pipeline::load(&store, &exs[1..], &opts).unwrap();
    assert_eq!(
        snapshot(&store),
        want,
        "a pending marker makes the next load recount"
    );
}

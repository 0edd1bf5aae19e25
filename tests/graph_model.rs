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
    // sort names: for every entity and every mention target, the least of its names in any graph
    let mut named: BTreeSet<NamedNode> = BTreeSet::new();
    let mut least: BTreeMap<NamedNode, String> = BTreeMap::new();
    for ex in loaded.values() {
        for q in extraction_quads(ex, opts).unwrap() {
            if let (NamedOrBlankNode::NamedNode(s), true) = (
                &q.subject,
                q.predicate.as_str() == "https://schema.org/name",
            ) {
                if let Term::Literal(l) = &q.object {
                    let e = least
                        .entry(s.clone())
                        .or_insert_with(|| l.value().to_string());
                    if l.value() < e.as_str() {
                        *e = l.value().to_string();
                    }
                }
            }
            if q.predicate == ng("refersTo") {
                if let Term::NamedNode(t) = &q.object {
                    named.insert(t.clone());
                }
            }
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
    named.extend(entities.iter().cloned());
    for t in named {
        if let Some(name) = least.get(&t) {
            let q = Quad::new(
                t.clone(),
                ng("sortName"),
                Literal::new_simple_literal(name),
                counts.clone(),
            );
            out.insert(key(&q));
        }
    }
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
    /// One bulk session (on disk) over a whole sequence, as `load` uses for many batches: new articles
    /// wait in the loader across steps; the store is checked whenever nothing waits, and at the end.
    Session,
}

// Over 80 lines: the checks of one case, in the order of the case format; split, one would jump between
// helpers to see how a case is judged.
fn run_steps(path: Path_) {
    let steps = std::fs::read_to_string(data().join("graph/steps.tsv")).unwrap();
    let opts = RdfOptions::default();
    let shared = entities_graph(&opts.base_iri).unwrap();
    let stores: Vec<(GraphStore, tempfile::TempDir)> = steps
        .lines()
        .filter(|l| l.starts_with("== "))
        .map(|_| {
            let dir = tempfile::tempdir().unwrap();
            let store = match path {
                Path_::Transactions => {
                    GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).unwrap()
                }
                Path_::Bulk | Path_::Session => GraphStore::open(
                    &StoreLocation::Disk(dir.path().join("store")),
                    OpenMode::ReadWrite,
                )
                .unwrap(),
            };
            (store, dir)
        })
        .collect();
    let mut sequences = 0;
    let mut store: Option<&GraphStore> = None;
    let mut loaded: BTreeMap<String, Extraction> = BTreeMap::new();
    let mut name = String::new();
    let mut session: Option<newsgraph::store::BulkSession<'_>> = None;
    let mut waited = 0;
    let check = |store: &GraphStore, loaded: &BTreeMap<String, Extraction>, at: &str| {
        let got = store_quads(store);
        let want = expected(loaded, &opts);
        let stale: Vec<_> = got.difference(&want).collect();
        let lost: Vec<_> = want.difference(&got).collect();
        assert!(
            stale.is_empty() && lost.is_empty(),
            "{path:?}, {at}:\nstale: {stale:#?}\nlost: {lost:#?}"
        );
        if loaded.is_empty() {
            assert!(got.is_empty(), "{at}: an empty store");
        }
    };
    for (n, line) in steps.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some(seq) = line.strip_prefix("== ") {
            if let Some(s) = session.take() {
                s.finish().unwrap();
                check(store.unwrap(), &loaded, &format!("{name}, at its end"));
            }
            store = Some(&stores[sequences].0);
            if let Path_::Session = path {
                session = Some(newsgraph::store::BulkSession::new(store.unwrap(), &shared));
            }
            name = seq.to_string();
            sequences += 1;
            loaded.clear();
            continue;
        }
        let store = store.expect("a sequence starts with `== name`");
        let mut words = line.split_whitespace();
        let op = words.next().unwrap();
        let args: Vec<&str> = words.collect();
        match op {
            "load" => {
                let exs: Vec<Extraction> = args.iter().map(|a| article(a)).collect();
                let batch = || {
                    exs.iter()
                        .map(|ex| {
                            (
                                newsgraph::rdf::article_graph(&opts.base_iri, &ex.id).unwrap(),
                                extraction_quads(ex, &opts).unwrap(),
                            )
                        })
                        .collect()
                };
                match path {
                    Path_::Transactions => {
                        newsgraph::pipeline::load(store, &exs, &opts).unwrap();
                    }
                    Path_::Bulk => store.bulk_replace(batch(), &shared).unwrap(),
                    Path_::Session => {
                        let s = session.as_mut().unwrap();
                        s.replace(batch()).unwrap();
                        if s.pending_articles() > 0 {
                            waited += 1;
                        }
                    }
                }
                for ex in exs {
                    loaded.insert(ex.id.clone(), ex);
                }
            }
            "remove" => {
                if let Some(s) = session.as_mut() {
                    s.commit_pending().unwrap();
                }
                let ids: Vec<String> = args.iter().map(|s| s.to_string()).collect();
                let missing = newsgraph::pipeline::remove(store, &ids, &opts.base_iri).unwrap();
                assert!(missing.is_empty(), "{name}: {missing:?} were not loaded");
                for id in &ids {
                    loaded.remove(id);
                }
            }
            other => panic!("steps.tsv:{}: unknown step {other}", n + 1),
        }
        if session.as_ref().is_none_or(|s| s.pending_articles() == 0) {
            check(store, &loaded, &format!("{name}, after `{line}`"));
        }
    }
    if let Some(s) = session.take() {
        s.finish().unwrap();
        check(store.unwrap(), &loaded, &format!("{name}, at its end"));
    }
    assert!(sequences >= 3);
    if let Path_::Session = path {
        assert!(
            waited > 0,
            "some articles waited in the loader across steps"
        );
    }
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
fn a_bulk_session_over_many_batches_keeps_the_shared_graph_in_step() {
    run_steps(Path_::Session);
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

/// `n` copies of article `name` with ids `{prefix}-{from}` and on.
fn copies(name: &str, prefix: &str, from: usize, n: usize) -> Vec<Extraction> {
    let one = article(name);
    (from..from + n)
        .map(|i| {
            let mut ex = one.clone();
            ex.id = format!("{prefix}-{i}");
            ex
        })
        .collect()
}

/// `load` over many batches: new articles wait in one bulk loader across batches and are committed every
/// so many quads and at the end; a batch that replaces waiting articles commits them first. Whatever the
/// commit interval, the store ends as the mapping of the articles loaded, with their counts.
#[test]
fn a_loader_over_many_batches_gives_the_store_its_articles_make() {
    let opts = RdfOptions::default();
    let shared = entities_graph(&opts.base_iri).unwrap();
    let batches = [
        copies("alpha-v1", "a", 0, 70),
        copies("beta", "b", 0, 70),
        // half of these replace waiting copies of alpha-v1
        copies("alpha-v2", "a", 35, 70),
        copies("beta", "c", 0, 64),
        // small: written by transactions, after what waits is committed
        copies("alpha-v1", "d", 0, 3),
        copies("beta", "e", 0, 80),
    ];
    let mut loaded: BTreeMap<String, Extraction> = BTreeMap::new();
    for ex in batches.iter().flatten() {
        loaded.insert(ex.id.clone(), ex.clone());
    }
    let want = expected(&loaded, &opts);
    for every in [usize::MAX, 20_000, 1] {
        let dir = tempfile::tempdir().unwrap();
        let store = GraphStore::open(
            &StoreLocation::Disk(dir.path().join("store")),
            OpenMode::ReadWrite,
        )
        .unwrap();
        let mut loader = newsgraph::pipeline::Loader::new(&store, &opts)
            .unwrap()
            .commit_every(every);
        for b in &batches {
            loader.load(b).unwrap();
        }
        assert!(loader.used_bulk_loader());
        loader.finish().unwrap();
        let got = store_quads(&store);
        let stale: Vec<_> = got.difference(&want).take(5).collect();
        let lost: Vec<_> = want.difference(&got).take(5).collect();
        assert!(
            stale.is_empty() && lost.is_empty(),
            "commit every {every} quads:\nstale: {stale:#?}\nlost: {lost:#?}"
        );
        assert!(
            !store.lacks_counts(&shared).unwrap(),
            "no pending mark left"
        );
    }
}

/// A load that stops before its end (an error, a crash) loses the articles still waiting, whole, and
/// leaves the counts marked pending; the next load writes its articles and recounts.
#[test]
fn a_loader_stopped_before_its_end_loses_waiting_articles_whole() {
    let opts = RdfOptions::default();
    let shared = entities_graph(&opts.base_iri).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = GraphStore::open(
        &StoreLocation::Disk(dir.path().join("store")),
        OpenMode::ReadWrite,
    )
    .unwrap();
    let first = copies("alpha-v1", "a", 0, 70);
    let waiting = copies("beta", "b", 0, 70);
    let mut loader = newsgraph::pipeline::Loader::new(&store, &opts)
        .unwrap()
        .commit_every(usize::MAX);
    loader.load(&first).unwrap();
    // a replacement commits what waits
    loader.load(&copies("alpha-v1", "a", 0, 70)).unwrap();
    loader.load(&waiting).unwrap();
    drop(loader);
    let mut loaded: BTreeMap<String, Extraction> = BTreeMap::new();
    for ex in &first {
        loaded.insert(ex.id.clone(), ex.clone());
    }
    // The articles are those committed; the counts were adjusted for the waiting ones too, and say so.
    let got: BTreeSet<String> = store_quads(&store)
        .into_iter()
        .filter(|q| {
            !q.contains("articleCount")
                && !q.contains("mentionCount")
                && !q.contains("sortName")
                && !q.contains("countsPending")
        })
        .collect();
    let want: BTreeSet<String> = expected(&loaded, &opts)
        .into_iter()
        .filter(|q| {
            !q.contains("articleCount") && !q.contains("mentionCount") && !q.contains("sortName")
        })
        .collect();
    assert_eq!(got, want, "the waiting articles are wholly absent");
    assert!(
        store.lacks_counts(&shared).unwrap(),
        "the counts are marked pending"
    );
    newsgraph::pipeline::load(&store, &waiting, &opts).unwrap();
    for ex in &waiting {
        loaded.insert(ex.id.clone(), ex.clone());
    }
    assert_eq!(
        store_quads(&store),
        expected(&loaded, &opts),
        "the next load recounts"
    );
}

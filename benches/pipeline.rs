//! Pipeline benchmark (`cargo bench`): extraction and loading throughput, each reported as a ratio
//! against a baseline measured in the same run.
//!
//! - extraction: sequential (baseline) vs parallel over all cores (rayon);
//! - loading: one transaction per article (baseline) vs the bulk loader, into an in-memory store and
//!   into a fresh on-disk (RocksDB) store.
//!
//! Input: the bundled seed article plus `../shared/corpus/dev/articles.jsonl` when present, repeated
//! to `NEWSGRAPH_BENCH_DOCS` documents (default 2,000), each with its own id.

mod common;

use common::best_of;
use newsgraph::model::{Document, Extraction};
use rayon::prelude::*;

fn corpus(n: usize) -> Vec<Document> {
    let base = common::texts();
    (0..n)
        .map(|i| Document {
            id: format!("bench-{i}"),
            published: Some("2020-01-15".into()),
            text: base[i % base.len()].clone(),
            ..Default::default()
        })
        .collect()
}

fn main() {
    let n: usize = std::env::var("NEWSGRAPH_BENCH_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let docs = corpus(n);
    let chars: usize = docs.iter().map(|d| d.text.chars().count()).sum();
    println!(
        "pipeline bench: {n} documents, {chars} characters, {} threads",
        rayon::current_num_threads()
    );

    let (seq, exs) = best_of(3, || {
        docs.iter()
            .map(newsgraph::extract::extract)
            .collect::<Vec<Extraction>>()
    });
    let (par, exs_par) = best_of(3, || {
        docs.par_iter()
            .map(newsgraph::extract::extract)
            .collect::<Vec<Extraction>>()
    });
    assert_eq!(
        exs, exs_par,
        "parallel extraction must give the same output"
    );
    println!(
        "extract  sequential {:>8.1} ms ({:>7.0} docs/s) | parallel {:>8.1} ms ({:>7.0} docs/s) | speed-up x{:.2}",
        seq.as_secs_f64() * 1e3,
        n as f64 / seq.as_secs_f64(),
        par.as_secs_f64() * 1e3,
        n as f64 / par.as_secs_f64(),
        seq.as_secs_f64() / par.as_secs_f64()
    );

    let opts = newsgraph::rdf::RdfOptions::default();
    let batches: Vec<_> = exs
        .iter()
        .map(|ex| {
            (
                newsgraph::rdf::article_graph(&opts.base_iri, &ex.id).expect("graph IRI"),
                newsgraph::rdf::extraction_quads(ex, &opts).expect("quads"),
            )
        })
        .collect();
    let quads: usize = batches.iter().map(|(_, q)| q.len()).sum();
    // The shared entities graph states a fact once however many articles map it: the store holds fewer.
    let distinct = batches
        .iter()
        .flat_map(|(_, q)| q.iter())
        .collect::<std::collections::HashSet<_>>()
        .len();
    let shared = newsgraph::rdf::entities_graph(&opts.base_iri).expect("shared graph IRI");
    let mem = newsgraph::store::StoreLocation::Memory;
    let rw = newsgraph::store::OpenMode::ReadWrite;
    let (tx, _) = best_of(3, || {
        let store = newsgraph::store::GraphStore::open(&mem, rw).expect("store");
        for (g, q) in &batches {
            store.replace_graph(g, q, &shared).expect("load");
        }
        store
    });
    let (bulk, store) = best_of(3, || {
        let store = newsgraph::store::GraphStore::open(&mem, rw).expect("store");
        store
            .bulk_replace(batches.clone(), &shared)
            .expect("bulk load");
        store
    });
    assert_eq!(mapped_quads(&store, &opts.base_iri), distinct);
    println!(
        "load     per-article {:>7.1} ms ({:>8.0} quads/s) | bulk {:>8.1} ms ({:>8.0} quads/s) | speed-up x{:.2}",
        tx.as_secs_f64() * 1e3,
        quads as f64 / tx.as_secs_f64(),
        bulk.as_secs_f64() * 1e3,
        quads as f64 / bulk.as_secs_f64(),
        tx.as_secs_f64() / bulk.as_secs_f64()
    );
    disk_load(&batches, distinct, &shared, &opts.base_iri);
}

/// The quads of `store` outside its counts graph: what the mapping gave, each once (the counts graph holds
/// the store's own counts and sort names per shared entity, which no article's quads carry).
fn mapped_quads(store: &newsgraph::store::GraphStore, base: &str) -> usize {
    let counts = newsgraph::rdf::counts_graph(base).expect("counts graph IRI");
    let in_counts = store
        .inner()
        .quads_for_pattern(None, None, None, Some(counts.as_ref().into()))
        .count();
    store.inner().len().expect("len") - in_counts
}

/// On-disk (RocksDB) loading: one transaction per article vs the bulk loader, each into a fresh store.
fn disk_load(
    batches: &[(oxigraph::model::NamedNode, Vec<oxigraph::model::Quad>)],
    quads: usize,
    shared: &oxigraph::model::NamedNode,
    base: &str,
) {
    let rw = newsgraph::store::OpenMode::ReadWrite;
    let fresh = || {
        let dir = tempfile::tempdir().expect("tempdir");
        let loc = newsgraph::store::StoreLocation::Disk(dir.path().join("store"));
        let store = newsgraph::store::GraphStore::open(&loc, rw).expect("store");
        (dir, store)
    };
    let (tx, _) = best_of(2, || {
        let (dir, store) = fresh();
        for (g, q) in batches {
            store.replace_graph(g, q, shared).expect("load");
        }
        store.flush().expect("flush");
        dir
    });
    let (bulk, _) = best_of(2, || {
        let (dir, store) = fresh();
        store
            .bulk_replace(batches.to_vec(), shared)
            .expect("bulk load");
        store.flush().expect("flush");
        assert_eq!(mapped_quads(&store, base), quads);
        dir
    });
    println!(
        "disk     per-article {:>7.1} ms ({:>8.0} quads/s) | bulk {:>8.1} ms ({:>8.0} quads/s) | speed-up x{:.2}",
        tx.as_secs_f64() * 1e3,
        quads as f64 / tx.as_secs_f64(),
        bulk.as_secs_f64() * 1e3,
        quads as f64 / bulk.as_secs_f64(),
        tx.as_secs_f64() / bulk.as_secs_f64()
    );
}

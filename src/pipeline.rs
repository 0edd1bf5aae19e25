//! The main job as a library call: ingest → extract (in parallel) → map to RDF → load into the store.

use crate::error::Result;
use crate::ingest::{IngestOptions, Record};
use crate::model::Extraction;
use crate::rdf::{RdfOptions, RunInfo};
use crate::store::GraphStore;
use rayon::prelude::*;
use std::path::PathBuf;

/// How many records are extracted and loaded together.
pub const BATCH: usize = 256;

/// Extracts documents (ready-made extractions pass through), in parallel, keeping the input order.
pub fn extract_records(records: Vec<Record>) -> Vec<Extraction> {
    records
        .into_par_iter()
        .map(|r| match r {
            Record::Document(d) => crate::extract::extract(&d),
            Record::Extraction(e) => *e,
        })
        .collect()
}

/// Streams every input through `f` in batches of extracted documents (only the records of
/// `opts.shard`, when set). Stops at the first error.
pub fn for_each_batch(
    inputs: &[PathBuf],
    opts: &IngestOptions,
    f: &mut dyn FnMut(Vec<Extraction>) -> Result<()>,
) -> Result<()> {
    for_each_batch_skipping(inputs, opts, f, &mut Err)
}

/// [`for_each_batch`], handing each record over the size limit to `skip` (see
/// [`crate::ingest::for_each_record_skipping`]): when `skip` returns `Ok`, the next records are read.
pub fn for_each_batch_skipping(
    inputs: &[PathBuf],
    opts: &IngestOptions,
    f: &mut dyn FnMut(Vec<Extraction>) -> Result<()>,
    skip: &mut dyn FnMut(crate::Error) -> Result<()>,
) -> Result<()> {
    let mut batch = Vec::with_capacity(BATCH);
    for source in crate::ingest::sources(inputs)? {
        crate::ingest::for_each_record_skipping(
            &source,
            opts,
            &mut |r| {
                if opts.shard.is_some_and(|s| !s.contains(r.id())) {
                    return Ok(());
                }
                batch.push(r);
                if batch.len() >= BATCH {
                    f(extract_records(std::mem::take(&mut batch)))?;
                }
                Ok(())
            },
            skip,
        )?;
    }
    if !batch.is_empty() {
        f(extract_records(batch))?;
    }
    Ok(())
}

/// What a load did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// Articles loaded (each replacing its named graph).
    pub articles: usize,
    /// Quads written.
    pub quads: usize,
}

/// Whether [`load`] writes a batch of `articles` with the bulk loader (on disk, 64 articles or more), after
/// which the store is worth compacting ([`GraphStore::compact`]).
pub fn uses_bulk_loader(store: &GraphStore, articles: usize) -> bool {
    articles >= 64 && !store.in_memory()
}

/// Maps extractions to RDF and loads them, one named graph per article (replacing earlier loads). For
/// many batches in a row, a [`Loader`] is faster: it writes them with one bulk loader.
pub fn load(store: &GraphStore, exs: &[Extraction], opts: &RdfOptions) -> Result<LoadReport> {
    let mut loader = Loader::new(store, opts)?;
    let report = loader.load(exs)?;
    loader.finish()?;
    Ok(report)
}

/// Loads batch after batch of extractions into a store: on disk, batches of new articles go through one
/// bulk loader, committed every few million quads and at [`Loader::finish`] (see
/// [`crate::store::BulkSession`]); small batches, replaced articles and in-memory stores are written
/// batch by batch. Without `finish`, the articles still pending are not written.
pub struct Loader<'a> {
    store: &'a GraphStore,
    opts: &'a RdfOptions,
    shared: oxigraph::model::NamedNode,
    session: crate::store::BulkSession<'a>,
    /// The store was written before the entity counts existed (or a load stopped before adjusting them):
    /// they are all recounted at the end.
    migrate: bool,
    bulk: bool,
}

impl<'a> Loader<'a> {
    /// A loader into `store`, mapping with `opts`.
    pub fn new(store: &'a GraphStore, opts: &'a RdfOptions) -> Result<Self> {
        let shared = crate::rdf::entities_graph(&opts.base_iri)?;
        let migrate = store.lacks_counts(&shared)?;
        Ok(Loader {
            store,
            opts,
            session: crate::store::BulkSession::new(store, &shared),
            shared,
            migrate,
            bulk: false,
        })
    }

    /// Commits what is pending once the bulk loader holds this many quads.
    pub fn commit_every(mut self, quads: usize) -> Self {
        self.session = self.session.commit_every(quads);
        self
    }

    /// Whether some batch went through the bulk loader (after which the store is worth compacting,
    /// [`GraphStore::compact`]).
    pub fn used_bulk_loader(&self) -> bool {
        self.bulk
    }

    /// Maps and loads one batch.
    pub fn load(&mut self, exs: &[Extraction]) -> Result<LoadReport> {
        let opts = self.opts;
        let mapped: Vec<_> = exs
            .par_iter()
            .map(|ex| {
                let quads = crate::rdf::extraction_quads(ex, opts)?;
                Ok((crate::rdf::article_graph(&opts.base_iri, &ex.id)?, quads))
            })
            .collect::<Result<Vec<_>>>()?;
        let quads: usize = mapped.iter().map(|(_, q)| q.len()).sum();
        let articles = mapped.len();
        // The bulk loader pays on disk (x3.3 over one transaction per article in benches/pipeline.rs) but
        // not in memory (x0.8), where transactions are cheap.
        if uses_bulk_loader(self.store, mapped.len()) {
            self.bulk = true;
            self.session.replace(mapped)?;
        } else {
            // A transaction reads the store as it is: what the bulk loader holds goes in first.
            self.session.commit_pending()?;
            for (g, q) in &mapped {
                self.store.replace_graph(g, q, &self.shared)?;
            }
        }
        // What the batch freed (its quads, RocksDB's buffers) stays with glibc otherwise, resident, and adds
        // up over a long load: 407 MiB peak RSS against 294 MiB for 3,000 articles loaded into a store of
        // 100,000 (notes/issue-8-session12-load-rss.md).
        crate::store::release_free_heap();
        Ok(LoadReport { articles, quads })
    }

    /// Writes what is pending, and recounts every entity if the store lacked its counts.
    pub fn finish(self) -> Result<()> {
        self.session.finish()?;
        if self.migrate {
            self.store.recount_all(&self.shared)?;
        }
        Ok(())
    }
}

/// Removes articles (their named graphs, and the shared entity facts only they supported). Returns the ids
/// that were not in the store.
pub fn remove(store: &GraphStore, ids: &[String], base_iri: &str) -> Result<Vec<String>> {
    let shared = crate::rdf::entities_graph(base_iri)?;
    let mut missing = Vec::new();
    let mut graphs = Vec::with_capacity(ids.len());
    for id in ids {
        let g = crate::rdf::article_graph(base_iri, id)?;
        if !store
            .inner()
            .contains_named_graph(oxigraph::model::NamedOrBlankNodeRef::NamedNode(g.as_ref()))
            .map_err(|e| store.error(e))?
        {
            missing.push(id.clone());
        }
        graphs.push(g);
    }
    store.remove_graphs(&graphs, &shared)?;
    Ok(missing)
}

/// Recounts every entity's article and mention counts (`graph/shared/counts`); returns how many entities.
pub fn recount(store: &GraphStore, base_iri: &str) -> Result<usize> {
    let shared = crate::rdf::entities_graph(base_iri)?;
    store.recount_all(&shared)
}

/// Records the run's provenance (software, version, time, articles) in the runs graph.
pub fn record_run(store: &GraphStore, run: &RunInfo, opts: &RdfOptions) -> Result<()> {
    let quads = crate::rdf::run_quads(run, opts)?;
    store.insert_all(&quads)
}

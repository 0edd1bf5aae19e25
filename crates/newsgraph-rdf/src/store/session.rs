//! A bulk load that spans many batches: one Oxigraph bulk loader kept open while batches of new articles
//! come, committed every [`BulkSession::DEFAULT_COMMIT_QUADS`] quads and at the end.
//!
//! Why: the bulk loader turns what it is given into sorted files that RocksDB takes in whole ("ingests").
//! Committed once per batch of 256 articles, a store of 20,000 articles takes 78 ingestions; each new set
//! of files overlaps everything already stored (graph, subject and term ids are hashes), so RocksDB merges
//! it into the levels below again and again. At 20,000 articles the load wrote 19.7 GB to disk for a 2.4 GB
//! store, and the time per article grew with the store (12 ms at 20,000, 22 ms at 100,000). Files built
//! across many batches and ingested together are merged once.
//!
//! What stays as in [`GraphStore::bulk_replace`]:
//! - a batch that replaces an article already in the store, or one of this session's own, is written
//!   by `bulk_replace` after everything pending is committed, since the replacement reads what the store
//!   holds (the old version's contribution, the views left for each entity);
//! - the entity counts are adjusted for every batch as it comes (by its own contribution, read from its
//!   quads), in a transaction; entities presented by a view in a pending article count as presented;
//! - `ng:countsPending` marks the counts graph from the first pending batch until the pending batches are
//!   committed, so that a load after a crash recounts (see [`GraphStore::lacks_counts`]). A crash, or an
//!   error, loses the pending articles whole: each article is wholly present or wholly absent.
//!
//! After an error nothing pending is committed: the loader is dropped, which removes its files. The bulk
//! loader cuts what it is given into chunks of a fixed number of quads, written to table files by
//! threads of their own, and a chunk boundary can fall inside an article; when one chunk's files cannot
//! be written (a full disk, a file over the size limit), committing the chunks that were written would
//! store part of an article that the failed chunk shares with one of them.

use super::{GraphStore, pending_marker, shared};
use crate::error::Result;
use oxigraph::model::{NamedNode, NamedOrBlankNodeRef, Quad};
use oxigraph::store::BulkLoader;
use std::collections::HashSet;

/// A bulk load over many batches (see the module documentation). Call [`BulkSession::finish`] at the end:
/// dropped without it, the pending articles are not written.
pub struct BulkSession<'a> {
    store: &'a GraphStore,
    shared: NamedNode,
    counts: NamedNode,
    loader: Option<BulkLoader<'a>>,
    /// Article graphs in the loader, not committed yet.
    graphs: HashSet<NamedNode>,
    /// What the pending articles hold for the counts.
    pending: shared::Pending,
    /// Quads in the loader.
    quads: usize,
    commit_quads: usize,
    /// Whether the counts graph holds the pending marker.
    marked: bool,
    /// Whether a batch or a commit failed: pending articles were dropped after their counts were adjusted,
    /// so the marker stays for the next load.
    failed: bool,
}

impl<'a> BulkSession<'a> {
    /// Commit what is pending once the loader holds this many quads (about 4,200 articles of
    /// `benches/scale`'s corpus). Each commit leaves RocksDB a level-0 compaction of every file the loader
    /// wrote since the last one, during which writes stop and the load's memory peaks: 2 M quads keep the
    /// full 100,000-article load under 500 MB (441,904 KiB against 493,332 KiB at 4 M, for 1.13× its CPU
    /// time; `notes/issue-8-session13-load-rss.md`), and a crash loses little work.
    pub const DEFAULT_COMMIT_QUADS: usize = 2_000_000;

    /// A session writing article graphs into `store`, whose shared entities graph is `shared`.
    pub fn new(store: &'a GraphStore, shared: &NamedNode) -> Self {
        BulkSession {
            store,
            shared: shared.clone(),
            counts: crate::iri::counts_graph_beside(shared),
            loader: None,
            graphs: HashSet::new(),
            pending: shared::Pending::default(),
            quads: 0,
            commit_quads: Self::DEFAULT_COMMIT_QUADS,
            marked: false,
            failed: false,
        }
    }

    /// Commits what is pending once the loader holds `quads` quads (at least 1).
    pub fn commit_every(mut self, quads: usize) -> Self {
        self.commit_quads = quads.max(1);
        self
    }

    /// Article graphs written but not committed yet.
    pub fn pending_articles(&self) -> usize {
        self.graphs.len()
    }

    /// Replaces article graphs with these quads (a graph given twice: the later version). New articles wait
    /// in the loader; a batch that replaces stored or pending articles is written at once.
    pub fn replace(&mut self, batches: Vec<(NamedNode, Vec<Quad>)>) -> Result<()> {
        let result = self.replace_batches(batches);
        if result.is_err() {
            self.discard();
        }
        result
    }

    /// After an error: drops what is pending, uncommitted (the loader removes its files), and keeps the
    /// counts marked pending, so that the next load recounts.
    fn discard(&mut self) {
        self.failed = true;
        self.loader = None;
        self.graphs.clear();
        self.pending.clear();
        self.quads = 0;
    }

    fn replace_batches(&mut self, batches: Vec<(NamedNode, Vec<Quad>)>) -> Result<()> {
        let batches = super::last_of_each(batches);
        if self.replaces(&batches)? {
            self.commit_pending()?;
            // `bulk_replace` marks the counts pending and clears the mark when done.
            self.marked = false;
            return self.store.bulk_replace(batches, &self.shared);
        }
        if !self.marked {
            self.store
                .inner
                .insert(&pending_marker(&self.counts))
                .map_err(|e| self.store.error(e))?;
            self.marked = true;
        }
        let mut tally = shared::Tally::default();
        for (graph, quads) in &batches {
            tally.quads(quads, 1);
            self.pending.add(quads, &self.shared);
            self.graphs.insert(graph.clone());
            self.quads += quads.len();
        }
        let loader = match self.loader.as_mut() {
            Some(l) => l,
            None => self.loader.insert(
                self.store
                    .inner
                    .bulk_loader()
                    .with_max_memory_size_in_megabytes(super::BULK_LOADER_MEGABYTES),
            ),
        };
        loader
            .load_quads(batches.into_iter().flat_map(|(_, q)| q))
            .map_err(|e| self.store.error(e))?;
        let mut tx = self
            .store
            .inner
            .start_transaction()
            .map_err(|e| self.store.error(e))?;
        let change = shared::adjust_counts(&tx, &self.counts, &tally, &self.pending)
            .map_err(|e| self.store.error(e))?;
        super::write_counts(&mut tx, change);
        tx.commit().map_err(|e| self.store.error(e))?;
        if self.quads >= self.commit_quads {
            self.commit_pending()?;
        }
        Ok(())
    }

    /// Whether a graph of `batches` is in the store or pending.
    fn replaces(&self, batches: &[(NamedNode, Vec<Quad>)]) -> Result<bool> {
        for (graph, _) in batches {
            if self.graphs.contains(graph)
                || self
                    .store
                    .inner
                    .contains_named_graph(NamedOrBlankNodeRef::NamedNode(graph.as_ref()))
                    .map_err(|e| self.store.error(e))?
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Writes the pending articles into the store (their counts are already adjusted), and clears the
    /// pending mark of the counts (unless a batch failed part-way: then the next load recounts).
    pub fn commit_pending(&mut self) -> Result<()> {
        if let Some(loader) = self.loader.take() {
            // The counts' transactions of the batches since the last commit sit in RocksDB's write
            // buffers (up to 128 MB per column family before RocksDB flushes them itself): written out
            // here, so a long load's memory stays flat.
            let committed = loader
                .commit()
                .map_err(|e| self.store.error(e))
                .and_then(|()| self.store.flush());
            if let Err(e) = committed {
                self.discard();
                return Err(e);
            }
        }
        self.graphs.clear();
        self.pending.clear();
        self.quads = 0;
        if self.marked && !self.failed {
            self.store
                .inner
                .remove(&pending_marker(&self.counts))
                .map_err(|e| self.store.error(e))?;
            self.marked = false;
        }
        Ok(())
    }

    /// Commits what is pending (see [`BulkSession::commit_pending`]).
    pub fn finish(mut self) -> Result<()> {
        self.commit_pending()
    }
}

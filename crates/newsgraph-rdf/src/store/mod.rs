//! The embedded Oxigraph store: RocksDB on disk by default, in memory on request.
//!
//! Each article lives in its own named graph; loading an article again replaces that graph, so
//! re-loading never duplicates triples. What is true of an entity whatever the article lives once in the
//! shared entities graph, kept in step with the article graphs that support it ([`shared`]). The entities of
//! a store are read back for linking, and their links added, by [`links`].

mod counts;
mod heap;
pub mod links;
mod session;
mod shared;

pub use heap::{release_free_heap, tune_heap_for_loads};
pub use session::BulkSession;

use crate::error::{Error, Result};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, NamedOrBlankNodeRef, Quad};
use oxigraph::sparql::QueryEvaluationError;
use oxigraph::store::{LoaderError, StorageError, Store, Transaction};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Whether a store error's text says that another process holds the store's lock: RocksDB names the `LOCK`
/// file ("IO error: While lock file: …/LOCK: Resource temporarily unavailable"), and Oxigraph passes it on as
/// an I/O error of kind `Other` with that text only, so the text is all there is to go by. Other messages
/// that merely contain the letters "lock" ("block checksum mismatch") are not lock errors.
fn is_lock_error(msg: &str) -> bool {
    msg.contains("/LOCK") || msg.contains("\\LOCK") || msg.to_lowercase().contains("lock file")
}

/// Whether a store error's text is one of RocksDB's errors of kind `Corruption` (a garbled or truncated
/// CURRENT, MANIFEST or table file, a checksum mismatch), for errors that reach us as text only; Oxigraph
/// itself reports them as [`StorageError::Corruption`].
fn is_corruption(msg: &str) -> bool {
    msg.contains("Corruption:")
}

/// Whether an I/O error says the disk is full, by its kind: Oxigraph gives RocksDB's "IO error: No space
/// left on device" and "IO error: Space limit reached" the kind `StorageFull` (its `From<ErrorStatus>`), and
/// the operating system's `ENOSPC` has that kind too. Never told by the text, since the kind is there.
fn is_full(io: &std::io::Error) -> bool {
    io.kind() == std::io::ErrorKind::StorageFull
}

/// What a store error is, for the user: the store is locked, it is damaged, its disk is full, or something
/// else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    Locked,
    Corrupt,
    Full,
    Other,
}

/// The [`StorageError`] an error of the store carries, if any: itself, or inside the bulk loader's or the
/// query evaluator's error (which forward its text but do not expose it as a source).
fn storage_error_of<'a>(e: &'a (dyn std::error::Error + 'static)) -> Option<&'a StorageError> {
    if let Some(s) = e.downcast_ref::<StorageError>() {
        return Some(s);
    }
    if let Some(LoaderError::Storage(s)) = e.downcast_ref::<LoaderError>() {
        return Some(s);
    }
    if let Some(QueryEvaluationError::Dataset(d)) = e.downcast_ref::<QueryEvaluationError>() {
        return d.downcast_ref::<StorageError>();
    }
    None
}

/// Tells a store error's [`Problem`]: by kind where Oxigraph gives one (`StorageError::Corruption`, an I/O
/// error of kind `StorageFull`), by RocksDB's text where it gives only text (the lock). The one place where
/// this is decided.
fn problem(e: &(dyn std::error::Error + 'static)) -> Problem {
    match storage_error_of(e) {
        Some(StorageError::Corruption(_)) => Problem::Corrupt,
        Some(StorageError::Io(io)) if is_full(io) => Problem::Full,
        Some(StorageError::Io(io)) if is_lock_error(&io.to_string()) => Problem::Locked,
        Some(_) => Problem::Other,
        None => {
            let msg = e.to_string();
            if e.downcast_ref::<std::io::Error>().is_some_and(is_full) {
                Problem::Full
            } else if is_lock_error(&msg) {
                Problem::Locked
            } else if is_corruption(&msg) {
                Problem::Corrupt
            } else {
                Problem::Other
            }
        }
    }
}

/// Whether `e` says that the store is damaged, locked or out of space (rather than, say, that a query is
/// wrong): such errors are reported as [`Error::Corrupt`], [`Error::Locked`] or [`Error::DiskFull`] whatever
/// operation met them.
pub(crate) fn is_store_problem(e: &(dyn std::error::Error + 'static)) -> bool {
    problem(e) != Problem::Other
}

/// The library error of an error of the store at `path`: [`Error::Locked`], [`Error::Corrupt`],
/// [`Error::DiskFull`] (the store's error kept as the source) or [`Error::Store`] with its message. Every
/// error of the store is made here.
pub(crate) fn store_error<E>(path: &str, e: E) -> Error
where
    E: std::error::Error + Send + Sync + 'static,
{
    let path = path.to_string();
    match problem(&e) {
        Problem::Locked => Error::Locked {
            path,
            source: Box::new(e),
        },
        Problem::Corrupt => Error::Corrupt {
            path,
            source: Box::new(e),
        },
        Problem::Full => Error::DiskFull {
            path,
            source: Box::new(e),
        },
        Problem::Other => Error::Store {
            path,
            message: e.to_string(),
        },
    }
}

/// The quads of `quads` in the shared graph `shared`.
fn shared_quads(quads: &[Quad], shared: &NamedNode) -> HashSet<Quad> {
    quads
        .iter()
        .filter(|q| matches!(&q.graph_name, GraphName::NamedNode(g) if g == shared))
        .cloned()
        .collect()
}

/// Keeps, for each graph given more than once, its last version (in order of first appearance otherwise).
fn last_of_each(batches: Vec<(NamedNode, Vec<Quad>)>) -> Vec<(NamedNode, Vec<Quad>)> {
    let mut last: std::collections::HashMap<NamedNode, usize> = std::collections::HashMap::new();
    for (i, (g, _)) in batches.iter().enumerate() {
        last.insert(g.clone(), i);
    }
    batches
        .into_iter()
        .enumerate()
        .filter(|(i, (g, _))| last.get(g) == Some(i))
        .map(|(_, b)| b)
        .collect()
}

/// Writes a change of the counts into `tx`: the stale count quads out, the fresh ones in.
fn write_counts(tx: &mut Transaction<'_>, (stale, fresh): (Vec<Quad>, Vec<Quad>)) {
    for q in &stale {
        tx.remove(q);
    }
    tx.extend(fresh.iter());
}

/// `<counts graph> ng:countsPending true`, in the counts graph while a bulk load is between its steps.
/// The memory Oxigraph's bulk loader may hold for the quads it sorts (its own figure, RocksDB's not
/// included). Its default, 1 M quads per thread, made a 20,000-article load peak at 522 MB RSS; with 96 MB
/// it peaked at 429 MB for 5% more CPU (notes/issue-8-session10-note.md).
pub(crate) const BULK_LOADER_MEGABYTES: usize = 96;

fn pending_marker(counts: &NamedNode) -> Quad {
    Quad::new(
        counts.clone(),
        NamedNode::new_unchecked(format!("{}countsPending", crate::vocab::NG)),
        oxigraph::model::Literal::from(true),
        counts.clone(),
    )
}

/// Where the store lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreLocation {
    /// A RocksDB directory.
    Disk(PathBuf),
    /// In memory, gone when the process ends.
    Memory,
}

/// How to open an on-disk store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Read and write; creates the store when missing.
    ReadWrite,
    /// Read only; the store must exist.
    ReadOnly,
}

/// A newsgraph store: an Oxigraph [`Store`] and where it lives.
#[derive(Clone)]
pub struct GraphStore {
    inner: Store,
    label: String,
}

/// Counts shown by `newsgraph stats`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct StoreStats {
    /// All quads.
    pub quads: usize,
    /// Named graphs (articles plus the run graph).
    pub graphs: usize,
    /// Articles.
    pub articles: usize,
    /// Distinct entities.
    pub entities: usize,
    /// Statements.
    pub statements: usize,
    /// Agreements.
    pub agreements: usize,
    /// Entities linked to Wikidata.
    pub linked_entities: usize,
}

impl GraphStore {
    /// Table files RocksDB keeps open in a store opened for writing (Oxigraph's default: as many as the
    /// process may open, 20,000 here). Each open file holds its index and filter blocks in memory; a bulk
    /// commit ingests hundreds of small files, so an unbounded table cache peaks with them during a long
    /// load (the full 100,000-article load: 514,788 → 493,332 KiB at 256,
    /// `notes/issue-8-session13-load-rss.md`).
    /// A store of 100,000 articles has about 160 table files once compacted, so queries through a writer
    /// still find every file open. Read-only opens keep Oxigraph's default.
    pub const WRITER_MAX_OPEN_FILES: u32 = 256;

    /// Opens (or creates) the store at `location`.
    pub fn open(location: &StoreLocation, mode: OpenMode) -> Result<Self> {
        match location {
            StoreLocation::Memory => Ok(GraphStore {
                inner: Store::new().map_err(|e| Error::Store {
                    path: "<memory>".into(),
                    message: e.to_string(),
                })?,
                label: "<memory>".into(),
            }),
            StoreLocation::Disk(path) => Self::open_dir(path, mode),
        }
    }

    #[cfg(not(feature = "rocksdb"))]
    fn open_dir(path: &Path, _mode: OpenMode) -> Result<Self> {
        Err(Error::Store {
            path: path.display().to_string(),
            message:
                "this build has no on-disk store (newsgraph-rdf without its `rocksdb` feature)"
                    .into(),
        })
    }

    #[cfg(feature = "rocksdb")]
    fn open_dir(path: &Path, mode: OpenMode) -> Result<Self> {
        let label = path.display().to_string();
        if mode == OpenMode::ReadOnly && !path.join("CURRENT").exists() {
            return Err(Error::Store {
                path: label,
                message:
                    "no store here (create one with `newsgraph load` or `newsgraph run --store`)"
                        .into(),
            });
        }
        if path.exists() && !path.is_dir() {
            return Err(Error::Store {
                path: label,
                message: "exists and is not a directory".into(),
            });
        }
        // A new store may be asked for under directories that do not exist yet (`--store out/2024/store`):
        // RocksDB creates only the last one.
        if mode == OpenMode::ReadWrite && !path.exists() {
            std::fs::create_dir_all(path).map_err(|e| Error::Store {
                path: label.clone(),
                message: format!("cannot create the store directory: {e}"),
            })?;
        }
        let opened = match mode {
            OpenMode::ReadWrite => Store::open_with_options(
                path,
                oxigraph::store::StoreOptions::default()
                    .with_max_open_files(Self::WRITER_MAX_OPEN_FILES),
            ),
            OpenMode::ReadOnly => Store::open_read_only(path),
        };
        let inner = opened.map_err(|e| store_error(&label, e))?;
        Ok(GraphStore { inner, label })
    }

    /// The underlying Oxigraph store.
    pub fn inner(&self) -> &Store {
        &self.inner
    }

    /// Whether the store is in memory (where the bulk loader does not pay: see `benches/pipeline.rs`).
    pub fn in_memory(&self) -> bool {
        self.label == "<memory>"
    }

    /// Where the store lives, for messages.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// The library error of an error of this store (see [`store_error`]: locked, corrupt or other).
    pub fn error<E: std::error::Error + Send + Sync + 'static>(&self, e: E) -> Error {
        store_error(&self.label, e)
    }

    /// Replaces the content of article graph `graph` with `quads` atomically. `quads` may also hold facts
    /// for the shared entities graph `shared`; the shared facts the old content supported and nothing
    /// supports any more are removed in the same transaction (see [`shared`]).
    pub fn replace_graph(
        &self,
        graph: &NamedNode,
        quads: &[Quad],
        shared: &NamedNode,
    ) -> Result<()> {
        let mut tx = self.inner.start_transaction().map_err(|e| self.error(e))?;
        let mut old = shared::Supported::default();
        old.read(&tx, graph).map_err(|e| self.error(e))?;
        let mut tally = shared::Tally::default();
        tally.read(&tx, graph, -1).map_err(|e| self.error(e))?;
        tally.quads(quads, 1);
        tx.clear_graph(GraphNameRef::NamedNode(graph.as_ref()))
            .map_err(|e| self.error(e))?;
        tx.insert_named_graph(NamedOrBlankNodeRef::NamedNode(graph.as_ref()));
        tx.extend(quads.iter());
        let kept = shared_quads(quads, shared);
        if !old.is_empty() {
            for q in shared::unsupported(&tx, shared, &old, &kept).map_err(|e| self.error(e))? {
                tx.remove(&q);
            }
        }
        for e in old.entities() {
            tally.touch(e);
        }
        let counts = crate::iri::counts_graph_beside(shared);
        let change = shared::adjust_counts(&tx, &counts, &tally, &shared::Pending::default())
            .map_err(|e| self.error(e))?;
        write_counts(&mut tx, change);
        tx.commit().map_err(|e| self.error(e))
    }

    /// Replaces many article graphs at once with the bulk loader (fast for large batches; the clearing of
    /// graphs loaded before, the load itself and the removal of shared facts left unsupported are three
    /// steps, not one transaction).
    pub fn bulk_replace(
        &self,
        batches: Vec<(NamedNode, Vec<Quad>)>,
        shared: &NamedNode,
    ) -> Result<()> {
        // A graph given twice in one batch: the later replaces the earlier, as one load after the other
        // would (loading both would store the union of the two versions).
        let batches = last_of_each(batches);
        // The bulk load is several steps: until the counts are adjusted in the last one, a marker says
        // they are pending, so that a load after a crash recounts them all (see `lacks_counts`).
        let counts = crate::iri::counts_graph_beside(shared);
        self.inner
            .insert(&pending_marker(&counts))
            .map_err(|e| self.error(e))?;
        let mut old = shared::Supported::default();
        let mut tally = shared::Tally::default();
        for (graph, quads) in &batches {
            let g = GraphNameRef::NamedNode(graph.as_ref());
            if self
                .inner
                .contains_named_graph(NamedOrBlankNodeRef::NamedNode(graph.as_ref()))
                .map_err(|e| self.error(e))?
            {
                old.read(&self.inner, graph).map_err(|e| self.error(e))?;
                tally
                    .read(&self.inner, graph, -1)
                    .map_err(|e| self.error(e))?;
                self.inner.clear_graph(g).map_err(|e| self.error(e))?;
            }
            tally.quads(quads, 1);
        }
        let kept: HashSet<Quad> = if old.is_empty() {
            HashSet::new()
        } else {
            batches
                .iter()
                .flat_map(|(_, q)| shared_quads(q, shared))
                .collect()
        };
        let mut loader = self
            .inner
            .bulk_loader()
            .with_max_memory_size_in_megabytes(BULK_LOADER_MEGABYTES);
        loader
            .load_quads(batches.into_iter().flat_map(|(_, q)| q))
            .map_err(|e| self.error(e))?;
        loader.commit().map_err(|e| self.error(e))?;
        if !old.is_empty() {
            for q in
                shared::unsupported(&self.inner, shared, &old, &kept).map_err(|e| self.error(e))?
            {
                self.inner.remove(&q).map_err(|e| self.error(e))?;
            }
        }
        for e in old.entities() {
            tally.touch(e);
        }
        let mut tx = self.inner.start_transaction().map_err(|e| self.error(e))?;
        let change = shared::adjust_counts(&tx, &counts, &tally, &shared::Pending::default())
            .map_err(|e| self.error(e))?;
        write_counts(&mut tx, change);
        tx.remove(&pending_marker(&counts));
        tx.commit().map_err(|e| self.error(e))
    }

    /// Removes article graphs and, in the same transaction, the shared facts only they supported. Returns
    /// how many of the graphs were there.
    pub fn remove_graphs(&self, graphs: &[NamedNode], shared: &NamedNode) -> Result<usize> {
        let mut tx = self.inner.start_transaction().map_err(|e| self.error(e))?;
        let mut old = shared::Supported::default();
        let mut tally = shared::Tally::default();
        let mut found = 0;
        for graph in graphs {
            let g = NamedOrBlankNodeRef::NamedNode(graph.as_ref());
            if tx.contains_named_graph(g).map_err(|e| self.error(e))? {
                found += 1;
                old.read(&tx, graph).map_err(|e| self.error(e))?;
                tally.read(&tx, graph, -1).map_err(|e| self.error(e))?;
                tx.remove_named_graph(g).map_err(|e| self.error(e))?;
            }
        }
        for q in
            shared::unsupported(&tx, shared, &old, &HashSet::new()).map_err(|e| self.error(e))?
        {
            tx.remove(&q);
        }
        for e in old.entities() {
            tally.touch(e);
        }
        let counts = crate::iri::counts_graph_beside(shared);
        let change = shared::adjust_counts(&tx, &counts, &tally, &shared::Pending::default())
            .map_err(|e| self.error(e))?;
        write_counts(&mut tx, change);
        tx.commit().map_err(|e| self.error(e))?;
        Ok(found)
    }

    /// Adds quads without removing anything (e.g. the run's provenance).
    pub fn insert_all(&self, quads: &[Quad]) -> Result<()> {
        self.inner
            .extend(quads.iter().cloned())
            .map_err(|e| self.error(e))
    }

    /// Compacts the on-disk store (RocksDB's full compaction; nothing to do in memory). The bulk loader
    /// writes each batch as new files, so a store loaded in many batches has many overlapping files and
    /// every lookup visits each of them; after compaction the bundled queries run about twice as fast
    /// (who-said-what on 5,000 generated articles: 9.4–12.0 s before, 4.0–4.4 s after).
    pub fn compact(&self) -> Result<()> {
        if self.in_memory() {
            return Ok(());
        }
        #[cfg(feature = "rocksdb")]
        return self.inner.optimize().map_err(|e| self.error(e));
        #[cfg(not(feature = "rocksdb"))]
        Ok(())
    }

    /// Flushes to disk.
    pub fn flush(&self) -> Result<()> {
        #[cfg(feature = "rocksdb")]
        return self.inner.flush().map_err(|e| self.error(e));
        #[cfg(not(feature = "rocksdb"))]
        Ok(())
    }

    /// Counts quads, graphs and the main kinds of resource.
    pub fn stats(&self) -> Result<StoreStats> {
        let count = |class: &str| -> Result<usize> {
            let q = format!(
                "PREFIX ng: <{}> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a {class} }} }}",
                crate::vocab::NG
            );
            self.count(&q)
        };
        Ok(StoreStats {
            quads: self.inner.len().map_err(|e| self.error(e))?,
            graphs: self.inner.named_graphs().count(),
            articles: count("ng:Article")?,
            entities: self.count(&format!(
                "PREFIX ng: <{}> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a ?c }} VALUES ?c {{ ng:Person ng:Organization ng:State ng:ArmedGroup ng:Group ng:Location }} }}",
                crate::vocab::NG
            ))?,
            statements: count("ng:Statement")?,
            agreements: count("ng:Agreement")?,
            linked_entities: self.count(
                "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x <http://www.w3.org/2002/07/owl#sameAs> ?w } }",
            )?,
        })
    }

    fn count(&self, query: &str) -> Result<usize> {
        use oxigraph::sparql::{QueryResults, SparqlEvaluator};
        let results = SparqlEvaluator::new()
            .parse_query(query)
            .map_err(|e| Error::Sparql {
                origin: "stats".into(),
                message: e.to_string(),
            })?
            .on_store(&self.inner)
            .execute()
            .map_err(|e| self.error(e))?;
        if let QueryResults::Solutions(mut sols) = results
            && let Some(sol) = sols.next()
        {
            let sol = sol.map_err(|e| self.error(e))?;
            if let Some(oxigraph::model::Term::Literal(l)) = sol.get("n") {
                return Ok(l.value().parse().unwrap_or(0));
            }
        }
        Ok(0)
    }
}

#[cfg(test)]
mod tests;

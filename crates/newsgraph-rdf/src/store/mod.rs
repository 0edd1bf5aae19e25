//! The embedded Oxigraph store: RocksDB on disk by default, in memory on request.
//!
//! Each article lives in its own named graph; loading an article again replaces that graph, so
//! re-loading never duplicates triples. What is true of an entity whatever the article lives once in the
//! shared entities graph, kept in step with the article graphs that support it ([`shared`]). The entities of
//! a store are read back for linking, and their links added, by [`links`].

pub mod links;
mod shared;

use crate::error::{Error, Result};
use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, NamedOrBlankNodeRef, Quad,
};
use oxigraph::store::{Store, Transaction};
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

/// Whether an error opening a store says that another process holds its lock: RocksDB names the `LOCK` file
/// ("While lock file: …/LOCK: Resource temporarily unavailable"). Other messages that merely contain the
/// letters "lock" ("block checksum mismatch") are not lock errors.
fn is_lock_error(msg: &str) -> bool {
    msg.contains("/LOCK") || msg.contains("\\LOCK") || msg.to_lowercase().contains("lock file")
}

/// Whether a store error says that the store's files are damaged: RocksDB's errors of kind `Corruption`
/// (a garbled or truncated CURRENT, MANIFEST or table file, a checksum mismatch).
fn is_corruption(msg: &str) -> bool {
    msg.contains("Corruption:")
}

/// The message of a store error, saying plainly when the store is locked or damaged.
#[cfg_attr(not(feature = "rocksdb"), allow(dead_code))]
fn explain(msg: String) -> String {
    if is_lock_error(&msg) {
        format!(
            "the store is locked by another process (another newsgraph command is using it); \
             wait for it to finish or use another --store ({msg})"
        )
    } else if is_corruption(&msg) {
        format!(
            "the store is corrupt: a file of it is damaged ({msg}); restore it from a backup, or load \
             the articles again into a new --store"
        )
    } else {
        msg
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

/// Writes a change of the counts into `tx`: the stale count quads out, the fresh ones in.
fn write_counts(tx: &mut Transaction<'_>, (stale, fresh): (Vec<Quad>, Vec<Quad>)) {
    for q in &stale {
        tx.remove(q);
    }
    tx.extend(fresh.iter());
}

/// `<counts graph> ng:countsPending true`, in the counts graph while a bulk load is between its steps.
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
            OpenMode::ReadWrite => Store::open(path),
            OpenMode::ReadOnly => Store::open_read_only(path),
        };
        let inner = opened.map_err(|e| Error::Store {
            path: label.clone(),
            message: explain(e.to_string()),
        })?;
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

    fn err(&self, e: impl std::fmt::Display) -> Error {
        Error::Store {
            path: self.label.clone(),
            message: explain(e.to_string()),
        }
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
        let mut tx = self.inner.start_transaction().map_err(|e| self.err(e))?;
        let mut old = shared::Supported::default();
        old.read(&tx, graph).map_err(|e| self.err(e))?;
        let mut tally = shared::Tally::default();
        tally.read(&tx, graph, -1).map_err(|e| self.err(e))?;
        tally.quads(quads, 1);
        tx.clear_graph(GraphNameRef::NamedNode(graph.as_ref()))
            .map_err(|e| self.err(e))?;
        tx.insert_named_graph(NamedOrBlankNodeRef::NamedNode(graph.as_ref()));
        tx.extend(quads.iter());
        let kept = shared_quads(quads, shared);
        if !old.is_empty() {
            for q in shared::unsupported(&tx, shared, &old, &kept).map_err(|e| self.err(e))? {
                tx.remove(&q);
            }
        }
        for e in old.entities() {
            tally.touch(e);
        }
        let counts = crate::iri::counts_graph_beside(shared);
        let change = shared::adjust_counts(&tx, &counts, &tally).map_err(|e| self.err(e))?;
        write_counts(&mut tx, change);
        tx.commit().map_err(|e| self.err(e))
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
        let mut last: std::collections::HashMap<NamedNode, usize> =
            std::collections::HashMap::new();
        for (i, (g, _)) in batches.iter().enumerate() {
            last.insert(g.clone(), i);
        }
        let batches: Vec<(NamedNode, Vec<Quad>)> = batches
            .into_iter()
            .enumerate()
            .filter(|(i, (g, _))| last.get(g) == Some(i))
            .map(|(_, b)| b)
            .collect();
        // The bulk load is several steps: until the counts are adjusted in the last one, a marker says
        // they are pending, so that a load after a crash recounts them all (see `lacks_counts`).
        let counts = crate::iri::counts_graph_beside(shared);
        self.inner
            .insert(&pending_marker(&counts))
            .map_err(|e| self.err(e))?;
        let mut old = shared::Supported::default();
        let mut tally = shared::Tally::default();
        for (graph, quads) in &batches {
            let g = GraphNameRef::NamedNode(graph.as_ref());
            if self
                .inner
                .contains_named_graph(NamedOrBlankNodeRef::NamedNode(graph.as_ref()))
                .map_err(|e| self.err(e))?
            {
                old.read(&self.inner, graph).map_err(|e| self.err(e))?;
                tally
                    .read(&self.inner, graph, -1)
                    .map_err(|e| self.err(e))?;
                self.inner.clear_graph(g).map_err(|e| self.err(e))?;
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
        let mut loader = self.inner.bulk_loader();
        loader
            .load_quads(batches.into_iter().flat_map(|(_, q)| q))
            .map_err(|e| self.err(e))?;
        loader.commit().map_err(|e| self.err(e))?;
        if !old.is_empty() {
            for q in
                shared::unsupported(&self.inner, shared, &old, &kept).map_err(|e| self.err(e))?
            {
                self.inner.remove(&q).map_err(|e| self.err(e))?;
            }
        }
        for e in old.entities() {
            tally.touch(e);
        }
        let mut tx = self.inner.start_transaction().map_err(|e| self.err(e))?;
        let change = shared::adjust_counts(&tx, &counts, &tally).map_err(|e| self.err(e))?;
        write_counts(&mut tx, change);
        tx.remove(&pending_marker(&counts));
        tx.commit().map_err(|e| self.err(e))
    }

    /// Recounts every entity of the shared graph `shared` (see [`shared::counts`]): for a store written
    /// before the counts existed, or one whose bulk load was interrupted between its steps. Returns how
    /// many entities were counted.
    pub fn recount_all(&self, shared: &NamedNode) -> Result<usize> {
        let mut entities = BTreeSet::new();
        for q in self.inner.quads_for_pattern(
            None,
            None,
            None,
            Some(GraphNameRef::NamedNode(shared.as_ref())),
        ) {
            if let NamedOrBlankNode::NamedNode(e) = q.map_err(|e| self.err(e))?.subject {
                entities.insert(e);
            }
        }
        self.recount(&entities, shared)?;
        Ok(entities.len())
    }

    /// Whether the counts must be rebuilt: the store has entities but no counts graph (it was written
    /// before the counts existed), or a bulk load stopped before adjusting them.
    pub fn lacks_counts(&self, shared: &NamedNode) -> Result<bool> {
        let counts = crate::iri::counts_graph_beside(shared);
        let has = |g: &NamedNode| {
            self.inner
                .contains_named_graph(NamedOrBlankNodeRef::NamedNode(g.as_ref()))
                .map_err(|e| self.err(e))
        };
        let pending = self
            .inner
            .contains(&pending_marker(&counts))
            .map_err(|e| self.err(e))?;
        Ok(pending || (has(shared)? && !has(&counts)?))
    }

    /// Brings the counts of `entities` in the shared graph up to date, in one transaction.
    fn recount(&self, entities: &BTreeSet<NamedNode>, shared: &NamedNode) -> Result<()> {
        let counts = crate::iri::counts_graph_beside(shared);
        let mut tx = self.inner.start_transaction().map_err(|e| self.err(e))?;
        let change = shared::counts(&tx, &counts, entities).map_err(|e| self.err(e))?;
        write_counts(&mut tx, change);
        tx.remove(&pending_marker(&counts));
        tx.commit().map_err(|e| self.err(e))
    }

    /// Removes article graphs and, in the same transaction, the shared facts only they supported. Returns
    /// how many of the graphs were there.
    pub fn remove_graphs(&self, graphs: &[NamedNode], shared: &NamedNode) -> Result<usize> {
        let mut tx = self.inner.start_transaction().map_err(|e| self.err(e))?;
        let mut old = shared::Supported::default();
        let mut tally = shared::Tally::default();
        let mut found = 0;
        for graph in graphs {
            let g = NamedOrBlankNodeRef::NamedNode(graph.as_ref());
            if tx.contains_named_graph(g).map_err(|e| self.err(e))? {
                found += 1;
                old.read(&tx, graph).map_err(|e| self.err(e))?;
                tally.read(&tx, graph, -1).map_err(|e| self.err(e))?;
                tx.remove_named_graph(g).map_err(|e| self.err(e))?;
            }
        }
        for q in shared::unsupported(&tx, shared, &old, &HashSet::new()).map_err(|e| self.err(e))? {
            tx.remove(&q);
        }
        for e in old.entities() {
            tally.touch(e);
        }
        let counts = crate::iri::counts_graph_beside(shared);
        let change = shared::adjust_counts(&tx, &counts, &tally).map_err(|e| self.err(e))?;
        write_counts(&mut tx, change);
        tx.commit().map_err(|e| self.err(e))?;
        Ok(found)
    }

    /// Adds quads without removing anything (e.g. the run's provenance).
    pub fn insert_all(&self, quads: &[Quad]) -> Result<()> {
        self.inner
            .extend(quads.iter().cloned())
            .map_err(|e| self.err(e))
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
        return self.inner.optimize().map_err(|e| self.err(e));
        #[cfg(not(feature = "rocksdb"))]
        Ok(())
    }

    /// Flushes to disk.
    pub fn flush(&self) -> Result<()> {
        #[cfg(feature = "rocksdb")]
        return self.inner.flush().map_err(|e| self.err(e));
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
            quads: self.inner.len().map_err(|e| self.err(e))?,
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
            .map_err(|e| self.err(e))?;
        if let QueryResults::Solutions(mut sols) = results
            && let Some(sol) = sols.next()
        {
            let sol = sol.map_err(|e| self.err(e))?;
            if let Some(oxigraph::model::Term::Literal(l)) = sol.get("n") {
                return Ok(l.value().parse().unwrap_or(0));
            }
        }
        Ok(0)
    }
}

#[cfg(test)]
mod tests {
    /// Cases in `tests/data/store/open_errors.tsv`: an error message and whether it is a lock error, a
    /// corruption or another error; a lock error is never called corrupt, nor a corruption locked.
    #[test]
    fn lock_errors_are_told_from_other_errors() {
        let cases = include_str!("../../../../tests/data/store/open_errors.tsv");
        let mut n = 0;
        for line in cases
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let (want, msg) = line.split_once('\t').expect("two columns");
            assert_eq!(super::is_lock_error(msg), want == "lock", "{msg}");
            assert_eq!(super::is_corruption(msg), want == "corrupt", "{msg}");
            let told = super::explain(msg.to_string());
            assert_eq!(told.contains("locked"), want == "lock", "{told}");
            assert_eq!(told.contains("corrupt"), want == "corrupt", "{told}");
            n += 1;
        }
        assert!(n >= 4);
    }
}

//! Streaming exports read from the store: the whole store or one graph ([`export_store`]), and what one run
//! loaded ([`export_run`]). One graph is held at a time (up to the sort budget), whatever the store's size.

use super::ExportFormat;
use super::extsort::SortConfig;
use super::restore_datatype;
use super::writer::DatasetWriter;
use crate::error::{Error, Result};
use crate::store::GraphStore;
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Quad, Triple};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

fn store_err(store: &GraphStore) -> impl Fn(oxigraph::store::StorageError) -> Error + '_ {
    move |e| store.error(e)
}

/// The triples of one graph of the store (datatypes restored, see [`restore_datatype`]), in store order.
pub(crate) fn graph_triples<'a>(
    store: &'a GraphStore,
    graph: GraphNameRef<'a>,
) -> impl Iterator<Item = Result<Triple>> + 'a {
    let err = store_err(store);
    store
        .inner()
        .quads_for_pattern(None, None, None, Some(graph))
        .map(move |q| q.map(|q| Triple::from(restore_datatype(q))).map_err(&err))
}

/// The named graphs of the store, sorted by IRI (blank-node graph names last, by label).
pub fn graph_names(store: &GraphStore) -> Result<Vec<NamedOrBlankNode>> {
    let mut names = store
        .inner()
        .named_graphs()
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(store_err(store))?;
    names.sort_by(|a, b| match (a, b) {
        (NamedOrBlankNode::NamedNode(a), NamedOrBlankNode::NamedNode(b)) => a.cmp(b),
        (NamedOrBlankNode::NamedNode(_), _) => std::cmp::Ordering::Less,
        (_, NamedOrBlankNode::NamedNode(_)) => std::cmp::Ordering::Greater,
        (a, b) => a.to_string().cmp(&b.to_string()),
    });
    Ok(names)
}

/// Exports the store (or one graph) in `format`, streaming: the default graph first if it holds anything,
/// then every named graph in IRI order, each sorted (see [`DatasetWriter`]). The same store content gives
/// the same bytes.
pub fn export_store(
    store: &GraphStore,
    graph: Option<&NamedNode>,
    format: ExportFormat,
    out: &mut dyn Write,
) -> Result<()> {
    export_store_with(store, graph, format, out, &SortConfig::default())
}

/// [`export_store`] with a sort budget.
///
/// Two threads share the work: one reads the store and writes each triple as an N-Triples line, the
/// caller's sorts and writes; they pass bounded chunks of lines, so memory stays flat. (A pipeline of two
/// stages joined by a bounded channel, not a fan-out of independent jobs: a scoped thread says exactly
/// that, where rayon would add nothing but a pool thread held for the whole export.)
pub fn export_store_with(
    store: &GraphStore,
    graph: Option<&NamedNode>,
    format: ExportFormat,
    out: &mut dyn Write,
    sort: &SortConfig,
) -> Result<()> {
    let mut w = DatasetWriter::new(format, out)?.with_sort_config(sort.clone());
    let (tx, rx) = std::sync::mpsc::sync_channel::<Chunk>(CHUNKS_IN_FLIGHT);
    std::thread::scope(|scope| {
        scope.spawn(move || read_graphs(store, graph, &tx));
        let result = write_chunks(&mut w, &rx);
        // On an error the reader stops at its next send, the receiver being gone.
        drop(rx);
        result
    })?;
    w.finish()?;
    Ok(())
}

/// Lines per chunk passed from the reading thread to the writing one.
const LINES_PER_CHUNK: usize = 4096;
/// Chunks queued between the threads.
const CHUNKS_IN_FLIGHT: usize = 16;

/// What the reading thread passes on: a graph starts, some of its lines, it ends; or an error.
enum Chunk {
    Start(GraphName),
    Lines(Vec<String>),
    End,
    Failed(Error),
}

/// Reads the graphs to export (see [`export_store`]) as chunks of N-Triples lines; stops quietly when the
/// receiver is gone.
fn read_graphs(
    store: &GraphStore,
    graph: Option<&NamedNode>,
    tx: &std::sync::mpsc::SyncSender<Chunk>,
) {
    let names: Vec<GraphName> = match graph {
        Some(g) => vec![g.clone().into()],
        None => match graph_names(store) {
            Ok(names) => std::iter::once(GraphName::DefaultGraph)
                .chain(names.into_iter().map(GraphName::from))
                .collect(),
            Err(e) => {
                // A failed send means the writer is gone, having stopped on an error of its own, which
                // is the one reported; there is nobody left to tell this one to.
                let _ = tx.send(Chunk::Failed(e));
                return;
            }
        },
    };
    for name in names {
        let mut lines: Vec<String> = Vec::new();
        let mut started = false;
        for t in graph_triples(store, name.as_ref()) {
            match t {
                Ok(t) => lines.push(t.to_string()),
                Err(e) => {
                    // As above: a closed channel means the writer already stopped with its own error.
                    let _ = tx.send(Chunk::Failed(e));
                    return;
                }
            }
            if lines.len() == LINES_PER_CHUNK {
                if !started {
                    started = true;
                    if tx.send(Chunk::Start(name.clone())).is_err() {
                        return;
                    }
                }
                if tx.send(Chunk::Lines(std::mem::take(&mut lines))).is_err() {
                    return;
                }
            }
        }
        if lines.is_empty() && !started {
            continue;
        }
        let sent = (started || tx.send(Chunk::Start(name.clone())).is_ok())
            && tx.send(Chunk::Lines(lines)).is_ok()
            && tx.send(Chunk::End).is_ok();
        if !sent {
            return;
        }
    }
}

/// Writes the graphs [`read_graphs`] passes on, until it is done.
fn write_chunks<W: Write>(
    w: &mut DatasetWriter<W>,
    rx: &std::sync::mpsc::Receiver<Chunk>,
) -> Result<()> {
    let protocol = || Error::Rdf("export: graph chunks out of order".into());
    while let Ok(chunk) = rx.recv() {
        let name = match chunk {
            Chunk::Start(name) => name,
            Chunk::Failed(e) => return Err(e),
            Chunk::Lines(_) | Chunk::End => return Err(protocol()),
        };
        let mut failed = None;
        let lines = std::iter::from_fn(|| match rx.recv() {
            Ok(Chunk::Lines(lines)) => Some(Ok(lines)),
            Ok(Chunk::End) => None,
            Ok(Chunk::Failed(e)) => Some(Err(e)),
            Ok(Chunk::Start(_)) | Err(_) => Some(Err(protocol())),
        })
        .map_while(|chunk| match chunk {
            Ok(lines) => Some(lines),
            Err(e) => {
                failed = Some(e);
                None
            }
        })
        .flatten()
        .map(Ok);
        w.write_graph_lines(name.as_ref(), lines)?;
        if let Some(e) = failed {
            return Err(e);
        }
    }
    Ok(())
}

/// What `newsgraph run --out` writes after loading.
pub struct RunExport<'a> {
    /// The article graphs the run loaded (any order, repeats allowed).
    pub article_graphs: &'a [NamedNode],
    /// The shared graph of entity facts ([`crate::entities_graph`]).
    pub entities_graph: &'a NamedNode,
    /// Further quads to write after them (the run's provenance, [`crate::run_quads`]).
    pub extra: &'a [Quad],
}

/// Writes what one run loaded, streaming from the store: its article graphs in IRI order; then, of the
/// shared entities graph, the facts about the entities those articles mention (subjects of
/// `ng:mentionedIn` in the article graphs), as one graph; then `extra`, one graph per graph name, in the
/// order of their N-Quads names. Each graph is sorted (see [`DatasetWriter`]).
pub fn export_run(
    store: &GraphStore,
    run: &RunExport<'_>,
    format: ExportFormat,
    out: &mut dyn Write,
    sort: &SortConfig,
) -> Result<()> {
    let mentioned_in = NamedNode::new_unchecked(format!("{}mentionedIn", crate::vocab::NG));
    let mut graphs: Vec<&NamedNode> = run.article_graphs.iter().collect();
    graphs.sort();
    graphs.dedup();
    let mut w = DatasetWriter::new(format, out)?.with_sort_config(sort.clone());
    let mut entities: BTreeSet<NamedNode> = BTreeSet::new();
    for g in graphs {
        let triples = graph_triples(store, g.into()).inspect(|t| {
            if let Ok(t) = t
                && t.predicate == mentioned_in
                && let NamedOrBlankNode::NamedNode(s) = &t.subject
                && !entities.contains(s)
            {
                entities.insert(s.clone());
            }
        });
        w.write_graph(g.into(), triples)?;
    }
    let shared: GraphNameRef<'_> = run.entities_graph.into();
    let err = store_err(store);
    let facts = entities.iter().flat_map(|e| {
        store
            .inner()
            .quads_for_pattern(Some(e.into()), None, None, Some(shared))
            .map(|q| q.map(|q| Triple::from(restore_datatype(q))).map_err(&err))
    });
    w.write_graph(shared, facts)?;
    let mut extra: BTreeMap<String, (GraphName, Vec<Triple>)> = BTreeMap::new();
    for q in run.extra {
        extra
            .entry(super::writer::graph_key(q.graph_name.as_ref()))
            .or_insert_with(|| (q.graph_name.clone(), Vec::new()))
            .1
            .push(Triple::new(
                q.subject.clone(),
                q.predicate.clone(),
                q.object.clone(),
            ));
    }
    for (g, triples) in extra.into_values() {
        w.write_graph(g.as_ref(), triples.into_iter().map(Ok))?;
    }
    w.finish()?;
    Ok(())
}

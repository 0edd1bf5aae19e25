//! `export`: the store (or an extraction file) in an RDF format, framed JSON-LD included.

use super::ingest::each_batch;
use super::{open_dir, rdf_format};
use crate::cli::args::*;
use crate::cli::interrupt::{Interrupted, interrupted};
use crate::cli::output::Output;
use crate::cli::progress::CountingWriter;
use anyhow::{Context, Result, bail};
use newsgraph::export::{ExportFormat, ExtractionExport, RunExport, SortConfig};
use newsgraph::rdf::RdfOptions;
use newsgraph::store::{GraphStore, OpenMode};
use oxigraph::model::NamedNode;

/// `newsgraph export`.
pub fn export(a: &ExportArgs) -> Result<()> {
    if a.frame.is_some() {
        return export_framed(a);
    }
    let format = rdf_format(a.format.as_deref(), a.out.as_deref())?;
    let graph = a
        .graph
        .as_deref()
        .map(|g| NamedNode::new(g).with_context(|| format!("--graph {g:?} is not an IRI")))
        .transpose()?;
    let mut out = Output::open(a.out.as_deref())?;
    if let Some(from) = &a.from {
        let opts = RdfOptions::new(&a.map.base_iri)?;
        let input = InputArgs {
            inputs: vec![from.clone()],
            published: None,
            shard: None,
            max_article_bytes: a.max_article_bytes,
        };
        let mut export =
            ExtractionExport::new(format, out.writer(), opts, graph, &SortConfig::default())?;
        let ingested = each_batch("export", &input, None, &mut |exs| {
            for ex in &exs {
                export.add(ex)?;
            }
            Ok(())
        })?;
        if ingested.interrupted {
            // the unfinished output is dropped: no partial file
            eprintln!("newsgraph export: interrupted by Ctrl-C; nothing written");
            return ingested.check();
        }
        export.finish()?;
        out.finish()?;
        return ingested.check();
    } else if !a.article.is_empty() {
        let store = open_dir(&a.store, OpenMode::ReadOnly)?;
        let base = &a.map.base_iri;
        let graphs = article_graphs(&store, base, &a.article)?;
        let shared = newsgraph::rdf::entities_graph(base)?;
        let selection = RunExport {
            article_graphs: &graphs,
            entities_graph: &shared,
            extra: &[],
        };
        let mut counting = CountingWriter::new("export", out.writer());
        let res = newsgraph::export::export_run(
            &store,
            &selection,
            format,
            &mut counting,
            &SortConfig::default(),
        );
        drop(counting);
        stopped_export(res, a.out.is_some())?;
    } else {
        let store = open_dir(&a.store, OpenMode::ReadOnly)?;
        let mut counting = CountingWriter::new("export", out.writer());
        let res = newsgraph::export::export_store(&store, graph.as_ref(), format, &mut counting);
        drop(counting);
        stopped_export(res, a.out.is_some())?;
    }
    out.finish()
}

/// The graphs of the articles `ids` (`--article`), each checked to be in the store.
fn article_graphs(store: &GraphStore, base: &str, ids: &[String]) -> Result<Vec<NamedNode>> {
    ids.iter()
        .map(|id| {
            let g = newsgraph::rdf::article_graph(base, id)?;
            let there = store
                .inner()
                .contains_named_graph(oxigraph::model::NamedOrBlankNodeRef::NamedNode(g.as_ref()))
                .with_context(|| format!("store {}", store.label()))?;
            anyhow::ensure!(
                there,
                "--article {id:?}: no such article in {}",
                store.label()
            );
            Ok(g)
        })
        .collect()
}

/// After Ctrl-C stopped an export: says what became of the output, and turns the error into
/// [`Interrupted`].
fn stopped_export<T, E: Into<anyhow::Error>>(
    res: std::result::Result<T, E>,
    to_file: bool,
) -> Result<T> {
    match res {
        Err(_) if interrupted() => {
            eprintln!(
                "newsgraph export: interrupted by Ctrl-C; {}",
                if to_file {
                    "nothing written (no partial file)"
                } else {
                    "the output on stdout is cut short"
                }
            );
            Err(Interrupted.into())
        }
        res => res.map_err(Into::into),
    }
}

/// `newsgraph export --frame article`: framed, compacted JSON-LD.
fn export_framed(a: &ExportArgs) -> Result<()> {
    let format = rdf_format(a.format.as_deref().or(Some("jsonld")), None)?;
    if format != ExportFormat::JsonLd {
        bail!("--frame is for JSON-LD: use --format jsonld (or leave --format out)");
    }
    let graph = a
        .graph
        .as_deref()
        .map(|g| NamedNode::new(g).with_context(|| format!("--graph {g:?} is not an IRI")))
        .transpose()?;
    let store = open_dir(&a.store, OpenMode::ReadOnly)?;
    let mut out = Output::open(a.out.as_deref())?;
    let mut counting = CountingWriter::new("export", out.writer());
    // a graph at a time: Ctrl-C stops between two
    let res = crate::cli::jsonld::export(&store, graph.as_ref(), &mut counting, &mut || {
        if interrupted() {
            Err(Interrupted.into())
        } else {
            Ok(())
        }
    });
    drop(counting);
    stopped_export(res, a.out.is_some())?;
    out.finish()
}

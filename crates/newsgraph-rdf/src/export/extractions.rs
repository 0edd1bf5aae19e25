//! Export of extraction JSON without a store ([`ExtractionExport`]): each extraction is mapped and its article
//! graph written at once; quads of other graphs (the shared entities graph, which many articles add to) are
//! gathered with an external sort and written once, at the end.

use super::ExportFormat;
use super::extsort::{LineSorter, SortConfig};
use super::writer::{DatasetWriter, graph_from_key, graph_key};
use crate::RdfOptions;
use crate::error::{Error, Result};
use crate::model::Extraction;
use oxigraph::model::{GraphName, NamedNode, Triple};
use std::io::Write;

/// Maps extractions to RDF and writes them as they come (see the module documentation).
///
/// Graphs are written in input order (each sorted); the graphs shared between extractions follow, in the
/// order of their N-Quads names. The same input gives the same bytes.
pub struct ExtractionExport<W: Write> {
    writer: DatasetWriter<W>,
    opts: RdfOptions,
    only: Option<GraphName>,
    deferred: LineSorter,
}

impl<W: Write> ExtractionExport<W> {
    /// An export in `format` to `out`, of every graph or only of graph `only`.
    pub fn new(
        format: ExportFormat,
        out: W,
        opts: RdfOptions,
        only: Option<NamedNode>,
        sort: &SortConfig,
    ) -> Result<Self> {
        Ok(ExtractionExport {
            writer: DatasetWriter::new(format, out)?.with_sort_config(sort.clone()),
            opts,
            only: only.map(GraphName::NamedNode),
            deferred: LineSorter::new(sort.clone()),
        })
    }

    /// Maps one extraction and writes its article graph; keeps its quads of other graphs for the end.
    pub fn add(&mut self, ex: &Extraction) -> Result<()> {
        let quads = crate::extraction_quads(ex, &self.opts)?;
        let article = GraphName::NamedNode(crate::article_graph(&self.opts.base_iri, &ex.id)?);
        let mut own = Vec::with_capacity(quads.len());
        for q in quads {
            if self.only.as_ref().is_some_and(|g| *g != q.graph_name) {
                continue;
            }
            if q.graph_name == article {
                own.push(Ok(Triple::from(q)));
            } else {
                let key = graph_key(q.graph_name.as_ref());
                self.deferred.push(format!("{key}\t{}", Triple::from(q)))?;
            }
        }
        self.writer.write_graph(article.as_ref(), own)
    }

    /// Writes the gathered graphs and ends the document; returns the output.
    pub fn finish(mut self) -> Result<W> {
        let mut lines = self.deferred.finish()?.peekable();
        while let Some(first) = lines.peek() {
            let key = match first {
                Ok(line) => line.split_once('\t').map(|(k, _)| k.to_string()),
                Err(_) => None,
            };
            let Some(key) = key else {
                return Err(match lines.next() {
                    Some(Err(e)) => e,
                    _ => Error::Rdf("external sort: a line without its graph".into()),
                });
            };
            let graph = graph_from_key(&key)?;
            let prefix = format!("{key}\t");
            let group = std::iter::from_fn(|| {
                match lines.peek()? {
                    Ok(line) if !line.starts_with(&prefix) => return None,
                    _ => {}
                }
                Some(lines.next()?.map(|l| l[prefix.len()..].to_string()))
            });
            self.writer.write_sorted_lines(graph.as_ref(), group)?;
        }
        self.writer.finish()
    }
}

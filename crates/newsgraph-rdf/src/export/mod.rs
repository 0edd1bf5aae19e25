//! Export of the store (or a set of quads) in the standard RDF formats: Turtle and TriG with prefixes and
//! grouped subjects, N-Triples, N-Quads, RDF/XML and JSON-LD (Oxigraph's serializers), streamed one graph at
//! a time so that memory does not grow with the store:
//!
//! - [`writer`]: [`DatasetWriter`], the streaming writer (each graph sorted, so output is deterministic);
//! - [`extsort`]: external sorting of lines, for graphs (and query results) larger than memory;
//! - [`store`]: [`export_store`] (a store or one graph) and [`export_run`] (what a run loaded);
//! - [`extractions`]: [`ExtractionExport`], extraction JSON to RDF without a store.

pub mod extractions;
pub mod extsort;
pub mod store;
pub mod writer;

pub use extractions::ExtractionExport;
pub use extsort::{LineSorter, SortConfig, SortedLines};
pub(crate) use store::graph_triples;
pub use store::{RunExport, export_run, export_store, export_store_with, graph_names};
pub use writer::DatasetWriter;

use crate::error::{Error, Result};
use crate::store::GraphStore;
use oxigraph::model::{GraphName, NamedNode, Quad, Triple};
use std::collections::BTreeMap;
use std::io::Write;

/// An RDF serialization format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Turtle, with prefixes and the triples of a subject grouped with `;` and `,`.
    Turtle,
    /// N-Triples, one triple a line (sorted within each graph).
    NTriples,
    /// N-Quads, one quad a line (graph by graph, sorted within each).
    NQuads,
    /// TriG: `<graph> { … }` blocks (no `GRAPH` keyword), subjects grouped as in Turtle.
    TriG,
    /// RDF/XML.
    RdfXml,
    /// JSON-LD (expanded, with graphs).
    JsonLd,
}

impl ExportFormat {
    /// Guesses the format from a file name's extension.
    pub fn from_path(path: &std::path::Path) -> Option<Self> {
        path.extension()?.to_str()?.parse().ok()
    }

    /// Whether the format keeps named graphs.
    pub fn is_dataset(self) -> bool {
        matches!(
            self,
            ExportFormat::NQuads | ExportFormat::TriG | ExportFormat::JsonLd
        )
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Turtle => "ttl",
            ExportFormat::NTriples => "nt",
            ExportFormat::NQuads => "nq",
            ExportFormat::TriG => "trig",
            ExportFormat::RdfXml => "rdf",
            ExportFormat::JsonLd => "jsonld",
        }
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "ttl" | "turtle" => ExportFormat::Turtle,
            "nt" | "ntriples" | "n-triples" => ExportFormat::NTriples,
            "nq" | "nquads" | "n-quads" => ExportFormat::NQuads,
            "trig" => ExportFormat::TriG,
            "rdf" | "xml" | "rdfxml" | "rdf-xml" | "owl" => ExportFormat::RdfXml,
            "jsonld" | "json-ld" | "json" => ExportFormat::JsonLd,
            other => {
                return Err(Error::Invalid(format!(
                    "unknown RDF format `{other}` (ttl, nt, nq, trig, rdf, jsonld)"
                )));
            }
        })
    }
}

/// Oxigraph's store keeps integer-derived literals as `xsd:integer` ("12"^^xsd:nonNegativeInteger comes back
/// as "12"^^xsd:integer). For the properties whose range is a derived type in our mapping
/// ([`crate::vocab::DERIVED_INTEGER_PROPERTIES`]), the datatype is restored, so that what is exported
/// is what was mapped.
pub fn restore_datatype(q: Quad) -> Quad {
    use oxigraph::model::{Literal, Term, vocab::xsd};
    if let Term::Literal(l) = &q.object
        && l.datatype() == xsd::INTEGER
        && let Some((_, dt)) = crate::vocab::DERIVED_INTEGER_PROPERTIES
            .iter()
            .find(|(p, _)| *p == q.predicate.as_str())
    {
        let object = Literal::new_typed_literal(l.value(), NamedNode::new_unchecked(*dt));
        return Quad::new(q.subject, q.predicate, object, q.graph_name);
    }
    q
}

/// Reads the quads of one graph (or of the whole store) into memory, datatypes restored
/// ([`restore_datatype`]), sorted and deduplicated. For a whole store, prefer [`export_store`], which streams.
pub fn collect_quads(store: &GraphStore, graph: Option<&NamedNode>) -> Result<Vec<Quad>> {
    let g = graph.map(|g| GraphName::NamedNode(g.clone()));
    let mut quads = Vec::new();
    for q in store
        .inner()
        .quads_for_pattern(None, None, None, g.as_ref().map(|g| g.as_ref()))
    {
        let q = q.map_err(|e| store.error(e))?;
        quads.push(restore_datatype(q));
    }
    quads.sort_by_cached_key(|q| {
        (
            writer::graph_key(q.graph_name.as_ref()),
            Triple::from(q.clone()).to_string(),
        )
    });
    quads.dedup();
    Ok(quads)
}

/// Writes quads held in memory in `format`, through a [`DatasetWriter`]: the default graph first, then the
/// named graphs in the order of their N-Quads names, each sorted (triple formats merge the graphs).
pub fn write_quads(quads: &[Quad], format: ExportFormat, out: &mut dyn Write) -> Result<()> {
    let mut graphs: BTreeMap<String, (&GraphName, Vec<Result<Triple>>)> = BTreeMap::new();
    for q in quads {
        graphs
            .entry(writer::graph_key(q.graph_name.as_ref()))
            .or_insert_with(|| (&q.graph_name, Vec::new()))
            .1
            .push(Ok(Triple::from(q.clone())));
    }
    let mut w = DatasetWriter::new(format, out)?;
    for (g, triples) in graphs.into_values() {
        w.write_graph(g.as_ref(), triples)?;
    }
    w.finish()?;
    Ok(())
}

//! Mapping of the extraction model to RDF quads under the newsgraph ontology (`ontology/newsgraph.ttl`).
//!
//! - [`vocab`]: namespaces and prefixes;
//! - [`iri`]: deterministic IRIs under a settable base;
//! - [`mapping`]: one extraction → the quads of its article's named graph; a run → PROV-O quads.

pub mod iri;
pub mod mapping;
pub mod vocab;

pub use iri::entities_graph;
pub use mapping::{
    DEFAULT_BASE_IRI, RdfOptions, RunInfo, article_graph, entity_link_quads, extraction_quads,
    run_quads,
};

/// Prefixes used when writing RDF.
pub fn prefixes() -> &'static [(&'static str, &'static str)] {
    vocab::PREFIXES
}

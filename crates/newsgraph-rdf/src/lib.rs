//! Mapping of the extraction model to RDF quads under the newsgraph ontology (`ontology/newsgraph.ttl`).
//!
//! - [`vocab`]: namespaces and prefixes;
//! - [`iri`]: deterministic IRIs under a settable base;
//! - [`mapping`]: one extraction → the quads of its article's named graph; a run → PROV-O quads.
//!
//! And what is done with the quads: [`store`] (the embedded Oxigraph store, one named graph per article),
//! [`query`] (bundled and ad-hoc SPARQL, parameters bound as RDF terms), [`export`] (every standard RDF
//! format, streaming) and [`push`] (into another triple store).

pub mod iri;
pub mod mapping;
pub mod vocab;

pub mod bulk;
pub mod export;
pub mod push;
pub mod query;
pub mod store;

// The contract and the error type, under the paths this crate's modules use (`crate::model`, `crate::error`).
use newsgraph_model as model;
use newsgraph_model::error;

pub use iri::{counts_graph, entities_graph};
pub use mapping::{
    DEFAULT_BASE_IRI, RdfOptions, RunInfo, article_graph, entity_link_quads, extraction_quads,
    run_quads,
};

/// Prefixes used when writing RDF.
pub fn prefixes() -> &'static [(&'static str, &'static str)] {
    vocab::PREFIXES
}

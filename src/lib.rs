//! newsgraph: turns news reporting into a linked-data knowledge graph.
//!
//! The pipeline is a chain of modules with typed boundaries:
//! [`ingest`] → [`extract`] → [`model::Extraction`] → [`link`] → [`rdf`] → [`store`] → [`query`] / [`export`].
//!
//! This crate is the facade of the workspace: each stage lives in its own crate (`crates/`, see
//! `ARCHITECTURE.md`) and is re-exported here under the module path it has always had, so that
//! `newsgraph::extract::extract`, `newsgraph::store::GraphStore` and the rest keep working. What only the
//! command line needs (the main job as a library call, the HTTP server) lives in this crate.

#![warn(missing_docs)]

pub use newsgraph_model as model;
pub use newsgraph_model::error;

pub use error::{Error, Result};
pub use newsgraph_eval as eval;
pub use newsgraph_extract as extract;
pub use newsgraph_extract::lexicon;
pub use newsgraph_ingest as ingest;
pub use newsgraph_ingest::shard;
pub use newsgraph_link as link;
pub use newsgraph_rdf as rdf;
pub use newsgraph_rdf::{bulk, export, push, query, store};
pub mod pipeline;
pub mod serve;

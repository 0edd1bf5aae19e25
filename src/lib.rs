//! newsgraph: turns news reporting into a linked-data knowledge graph.
//!
//! The pipeline is a chain of modules with typed boundaries:
//! [`ingest`] → [`extract`] → [`model::Extraction`] → [`link`] → [`rdf`] → [`store`] → [`query`] / [`export`].

#![warn(missing_docs)]

pub mod bulk;
pub mod error;
pub mod model;

pub use error::{Error, Result};
pub mod eval;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod lexicon;
pub mod link;
pub mod pipeline;
pub mod push;
pub mod query;
pub mod query_bind;
pub mod query_order;
pub mod rdf;
pub mod serve;
pub mod shard;
pub mod store;
pub mod stored_links;

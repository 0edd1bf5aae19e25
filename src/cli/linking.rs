//! Wiring of Wikidata linking into the commands (temporary: being connected to `newsgraph::link`).

use super::args::{LinkArgs, LinkMode, OnlineArgs};
use anyhow::{Result, bail};
use newsgraph::model::Extraction;
use newsgraph::store::GraphStore;
use std::path::Path;

/// A configured linker.
pub struct Linker;

/// What linking a store did.
pub struct StoreLinkReport {
    /// Entities linked.
    pub linked: usize,
    /// Entities left unlinked.
    pub unlinked: usize,
    /// Lookups that failed.
    pub failed: usize,
}

impl Linker {
    /// The linker the options ask for, if any.
    pub fn from_args(a: &LinkArgs) -> Result<Option<Linker>> {
        match a.link {
            LinkMode::Off => Ok(None),
            _ => bail!("linking is not wired yet"),
        }
    }
    /// An offline linker.
    pub fn offline(_index: Option<&Path>, _threshold: Option<f64>) -> Result<Linker> {
        bail!("linking is not wired yet")
    }
    /// An online linker.
    pub fn online(_a: &OnlineArgs) -> Result<Linker> {
        bail!("linking is not wired yet")
    }
    /// Links every extraction, printing warnings.
    pub fn link_all(&self, _exs: &mut [Extraction]) {}
}

/// Links a store's entities.
pub fn link_store(_s: &GraphStore, _l: &Linker, _base: &str) -> Result<StoreLinkReport> {
    bail!("linking is not wired yet")
}

/// Builds an offline index.
pub fn build_index(_dump: &Path, _out: &Path, _progress: bool) -> Result<()> {
    bail!("linking is not wired yet")
}

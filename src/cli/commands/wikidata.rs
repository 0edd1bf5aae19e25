//! `link` (a store's entities to Wikidata) and `wikidata` (the offline index and its key table).

use super::open_dir;
use crate::cli::args::*;
use crate::cli::linking::Linker;
use anyhow::Result;
use newsgraph::store::OpenMode;

/// `newsgraph link --store`.
pub fn link(a: &LinkStoreArgs) -> Result<()> {
    let linker = if let Some(index) = &a.offline {
        Linker::offline(Some(index), a.api.link_threshold)?
    } else {
        Linker::online(&a.api)?
    }
    .with_report(a.api.link_report.as_deref())?;
    let store = open_dir(&a.store, OpenMode::ReadWrite)?;
    let report = crate::cli::linking::link_store(&store, &linker, &a.base_iri)?;
    store.flush()?;
    eprintln!(
        "newsgraph: {} entities linked, {} left unlinked, {} lookups failed (see warnings; a later run retries them)",
        report.linked, report.unlinked, report.failed
    );
    Ok(())
}

/// `newsgraph wikidata index`.
pub fn wikidata(c: &WikidataCommand) -> Result<()> {
    match c {
        WikidataCommand::Index {
            dump,
            out,
            class_depth,
        } => crate::cli::linking::build_index(dump, out, *class_depth),
        WikidataCommand::Keys { index } => crate::cli::linking::build_keys(index),
    }
}

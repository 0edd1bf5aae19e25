//! `stats`, `remove` and `recount`: looking after a store.

use super::open_dir;
use crate::cli::args::*;
use anyhow::{Result, bail};
use newsgraph::store::OpenMode;
use std::io::Write;

/// `newsgraph stats`.
pub fn stats(a: &StatsArgs) -> Result<()> {
    let store = open_dir(&a.store, OpenMode::ReadOnly)?;
    let s = store.stats()?;
    // Written (not `println!`, which panics on a closed pipe) so that `stats | head` ends quietly.
    let mut out = std::io::stdout().lock();
    if a.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&s)?)?;
    } else {
        writeln!(out, "store            {}", store.label())?;
        writeln!(out, "quads            {}", s.quads)?;
        writeln!(out, "named graphs     {}", s.graphs)?;
        writeln!(out, "articles         {}", s.articles)?;
        writeln!(out, "entities         {}", s.entities)?;
        writeln!(out, "statements       {}", s.statements)?;
        writeln!(out, "agreements       {}", s.agreements)?;
        writeln!(out, "linked entities  {}", s.linked_entities)?;
    }
    Ok(())
}

/// `newsgraph remove`.
pub fn remove(a: &RemoveArgs) -> Result<()> {
    let store = open_dir(&a.store, OpenMode::ReadWrite)?;
    let missing = newsgraph::pipeline::remove(&store, &a.ids, &a.map.base_iri)?;
    store.flush()?;
    for id in &missing {
        eprintln!("warning: no article {id:?} in {}", store.label());
    }
    eprintln!(
        "newsgraph: removed {} article(s) from {}",
        a.ids.len() - missing.len(),
        store.label()
    );
    if missing.len() == a.ids.len() {
        bail!("none of the given articles is in {}", store.label());
    }
    Ok(())
}

/// `newsgraph recount`.
pub fn recount(a: &RecountArgs) -> Result<()> {
    let store = open_dir(&a.store, OpenMode::ReadWrite)?;
    let n = newsgraph::pipeline::recount(&store, &a.map.base_iri)?;
    store.flush()?;
    eprintln!(
        "newsgraph: counted the articles and mentions of {n} entities in {}",
        store.label()
    );
    Ok(())
}

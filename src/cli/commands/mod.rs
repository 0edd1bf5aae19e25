//! One function per subcommand, in one module per family of commands. Library errors carry the file, line
//! or offset; here they get context.

mod endpoint;
mod eval;
mod export;
mod ingest;
mod queries;
mod serve;
mod store;
mod wikidata;

pub use endpoint::{bulk, push};
pub use eval::eval;
pub use export::export;
pub use ingest::{extract, load, run};
pub use queries::{plot, query};
pub use serve::serve;
pub use store::{recount, remove, stats};
pub use wikidata::{link, wikidata};

use anyhow::{Context, Result};
use newsgraph::export::ExportFormat;
use newsgraph::store::{GraphStore, OpenMode, StoreLocation};
use std::path::Path;

fn open_dir(dir: &Path, mode: OpenMode) -> Result<GraphStore> {
    Ok(GraphStore::open(
        &StoreLocation::Disk(dir.to_path_buf()),
        mode,
    )?)
}

fn rdf_format(format: Option<&str>, out: Option<&Path>) -> Result<ExportFormat> {
    match format {
        Some(f) => Ok(f.parse()?),
        None => Ok(out
            .filter(|p| p.as_os_str() != "-")
            .and_then(ExportFormat::from_path)
            .unwrap_or(ExportFormat::Turtle)),
    }
}

/// The bearer token in a token file: its first line, trimmed.
fn read_token(f: &Path) -> Result<String> {
    let text = std::fs::read_to_string(f)
        .with_context(|| format!("{}: cannot read the token file", f.display()))?;
    Ok(text.lines().next().unwrap_or("").trim().to_string())
}

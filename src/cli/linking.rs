//! Wiring of Wikidata linking into the commands: which source (`--link online|offline`, `--index`,
//! `--wikidata-*`), linking batches of extractions with warnings on stderr, and linking a store.

use super::args::{LinkArgs, LinkMode, OnlineArgs};
use anyhow::{Context, Result};
use newsgraph::link::{
    CandidateSource, LinkOptions, OfflineIndex, OnlineConfig, OnlineSource, link_extraction,
};
use newsgraph::model::Extraction;
use newsgraph::store::GraphStore;
use std::path::Path;
use std::time::Duration;

/// A configured linker: a candidate source and the ranking options.
pub struct Linker {
    source: Box<dyn CandidateSource>,
    options: LinkOptions,
}

/// What linking a store did.
pub struct StoreLinkReport {
    /// Entities linked.
    pub linked: usize,
    /// Entities left unlinked.
    pub unlinked: usize,
    /// Lookups that failed.
    pub failed: usize,
}

fn options(threshold: Option<f64>) -> Result<LinkOptions> {
    let mut o = LinkOptions::default();
    if let Some(t) = threshold {
        anyhow::ensure!(
            (0.0..=1.0).contains(&t),
            "--link-threshold {t} is not between 0 and 1"
        );
        o.threshold = t;
    }
    Ok(o)
}

impl Linker {
    /// The linker the options ask for, if any.
    pub fn from_args(a: &LinkArgs) -> Result<Option<Linker>> {
        match a.link {
            LinkMode::Off => Ok(None),
            LinkMode::Offline => Ok(Some(Self::offline(
                a.index.as_deref(),
                a.online.link_threshold,
            )?)),
            LinkMode::Online => Ok(Some(Self::online(&a.online)?)),
        }
    }

    /// An offline linker over `index`, or the bundled starter index (`None` or `starter`).
    pub fn offline(index: Option<&Path>, threshold: Option<f64>) -> Result<Linker> {
        let source = match index {
            None => OfflineIndex::starter(),
            Some(p) if p.as_os_str() == "starter" => OfflineIndex::starter(),
            Some(p) => OfflineIndex::open(p)?,
        };
        Ok(Linker {
            source: Box::new(source),
            options: options(threshold)?,
        })
    }

    /// An online linker (the Wikidata API, cached).
    pub fn online(a: &OnlineArgs) -> Result<Linker> {
        let config = OnlineConfig {
            endpoint: a.wikidata_endpoint.clone(),
            timeout: Duration::from_secs(a.wikidata_timeout.max(1)),
            cache_dir: Some(a.wikidata_cache.clone()),
            max_retries: a.wikidata_retries,
            ..OnlineConfig::default()
        };
        Ok(Linker {
            source: Box::new(OnlineSource::new(config)?),
            options: options(a.link_threshold)?,
        })
    }

    /// Links every extraction; failed lookups and unlinked entities are warned about on stderr.
    pub fn link_all(&self, exs: &mut [Extraction]) {
        for ex in exs {
            let report = link_extraction(ex, self.source.as_ref(), &self.options);
            for (name, err) in &report.failed {
                eprintln!(
                    "warning: {}: Wikidata lookup of {name:?} failed: {err}",
                    ex.id
                );
            }
        }
    }
}

/// Links the unlinked entities of a store.
pub fn link_store(store: &GraphStore, linker: &Linker, _base: &str) -> Result<StoreLinkReport> {
    let mut unlinked = 0;
    let mut failed = 0;
    let summary = newsgraph::stored_links::link_store(store, &mut |ex| {
        let report = link_extraction(ex, linker.source.as_ref(), &linker.options);
        unlinked += report.unlinked.len();
        failed += report.failed.len();
        for (name, err) in &report.failed {
            eprintln!("warning: Wikidata lookup of {name:?} failed: {err}");
        }
    })?;
    Ok(StoreLinkReport {
        linked: summary.linked,
        unlinked,
        failed,
    })
}

/// Builds an offline index from a dump.
pub fn build_index(dump: &Path, out: &Path, progress: bool) -> Result<()> {
    let stats = newsgraph::link::build_index(dump, out, progress)
        .with_context(|| format!("building the index {}", out.display()))?;
    eprintln!(
        "newsgraph: {} entities read, {} kept in {}",
        stats.read,
        stats.kept,
        out.display()
    );
    Ok(())
}

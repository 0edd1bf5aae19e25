//! Wiring of Wikidata linking into the commands: which source (`--link online|offline`, `--index`,
//! `--wikidata-*`), linking batches of extractions with warnings on stderr, and linking a store.

use super::args::{LinkArgs, LinkMode, OnlineArgs};
use anyhow::{Context, Result};
use newsgraph::link::{
    CandidateSource, DiskIndex, LinkOptions, LinkReport, OfflineIndex, OnlineConfig, OnlineSource,
    link_extraction,
};
use newsgraph::model::Extraction;
use newsgraph::store::GraphStore;
use std::io::Write;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

/// A configured linker: a candidate source, the ranking options, the optional per-entity report file and the
/// running totals.
pub struct Linker {
    source: Box<dyn CandidateSource>,
    options: LinkOptions,
    report: Option<ReportFile>,
    totals: Mutex<Totals>,
}

/// Totals over a run, for the closing summary.
#[derive(Default, Clone, Copy)]
struct Totals {
    linked: usize,
    unlinked: usize,
    failed: usize,
}

/// The `--link-report` TSV file.
struct ReportFile {
    path: PathBuf,
    out: Mutex<std::io::BufWriter<std::fs::File>>,
}

/// A TSV cell: tabs and newlines would break the row.
fn cell(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

impl ReportFile {
    fn create(path: &Path) -> Result<ReportFile> {
        let file = std::fs::File::create(path)
            .with_context(|| format!("--link-report {}: cannot create", path.display()))?;
        let mut out = std::io::BufWriter::new(file);
        writeln!(
            out,
            "article\tentity\ttype\tname\toutcome\tqid\tconfidence\treason"
        )
        .with_context(|| format!("--link-report {}", path.display()))?;
        Ok(ReportFile {
            path: path.to_path_buf(),
            out: Mutex::new(out),
        })
    }

    /// One row per entity that linking considered: linked (with QID and confidence) or not (with the reason).
    fn write(&self, ex: &Extraction, report: &LinkReport, linked_before: &[bool]) -> Result<()> {
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        let io =
            |e| anyhow::Error::new(e).context(format!("--link-report {}", self.path.display()));
        for (i, e) in ex.entities.iter().enumerate() {
            if linked_before.get(i).copied().unwrap_or(false) {
                continue;
            }
            if let Some(q) = &e.wikidata {
                let conf = e
                    .wikidata_confidence
                    .map(|c| format!("{c:.3}"))
                    .unwrap_or_default();
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\tlinked\t{q}\t{conf}\t",
                    cell(&ex.id),
                    cell(&e.id),
                    e.kind.as_str(),
                    cell(&e.name)
                )
                .map_err(io)?;
            } else if let Some((_, _, why)) = report.unlinked.iter().find(|u| u.0 == e.id) {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\tunlinked\t\t\t{}",
                    cell(&ex.id),
                    cell(&e.id),
                    e.kind.as_str(),
                    cell(&e.name),
                    cell(why)
                )
                .map_err(io)?;
            }
        }
        Ok(())
    }

    fn flush(&self) -> Result<()> {
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        out.flush()
            .with_context(|| format!("--link-report {}", self.path.display()))
    }
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
            LinkMode::Offline => Ok(Some(
                Self::offline(a.index.as_deref(), a.online.link_threshold)?
                    .with_report(a.online.link_report.as_deref())?,
            )),
            LinkMode::Online => Ok(Some(
                Self::online(&a.online)?.with_report(a.online.link_report.as_deref())?,
            )),
        }
    }

    /// An offline linker over `index`, or the bundled starter index (`None` or `starter`). An index with a
    /// key table beside it (`INDEX.keys`) is looked up on disk; any other is loaded into memory.
    pub fn offline(index: Option<&Path>, threshold: Option<f64>) -> Result<Linker> {
        let source: Box<dyn CandidateSource> = match index {
            None => Box::new(OfflineIndex::starter()),
            Some(p) if p.as_os_str() == "starter" => Box::new(OfflineIndex::starter()),
            Some(p) if newsgraph::link::keys::keys_path(p).is_file() => {
                Box::new(DiskIndex::open(p)?)
            }
            Some(p) => Box::new(OfflineIndex::open(p)?),
        };
        Ok(Linker {
            source,
            options: options(threshold)?,
            report: None,
            totals: Mutex::default(),
        })
    }

    /// Writes a per-entity report to `path` (`--link-report`).
    pub fn with_report(mut self, path: Option<&Path>) -> Result<Linker> {
        self.report = path.map(ReportFile::create).transpose()?;
        Ok(self)
    }

    /// An online linker (the Wikidata API, cached).
    pub fn online(a: &OnlineArgs) -> Result<Linker> {
        let config = OnlineConfig {
            endpoint: a.wikidata_endpoint.clone(),
            timeout: Duration::from_secs(a.wikidata_timeout.max(1)),
            cache_dir: Some(a.wikidata_cache.clone()),
            max_retries: a.wikidata_retries,
            empty_search_ttl: Duration::from_secs(a.wikidata_empty_ttl),
            class_depth: a.wikidata_class_depth,
            ..OnlineConfig::default()
        };
        Ok(Linker {
            source: Box::new(OnlineSource::new(config)?),
            options: options(a.link_threshold)?,
            report: None,
            totals: Mutex::default(),
        })
    }

    /// Links one extraction: failed lookups are warned about on stderr, the outcome of every entity goes to
    /// the report file, and the totals add up.
    pub fn link_one(&self, ex: &mut Extraction) -> Result<()> {
        let before: Vec<bool> = ex.entities.iter().map(|e| e.wikidata.is_some()).collect();
        let report = link_extraction(ex, self.source.as_ref(), &self.options);
        for warning in self.source.take_warnings() {
            eprintln!("warning: {warning}");
        }
        for (name, err) in &report.failed {
            eprintln!(
                "warning: {}: Wikidata lookup of {name:?} failed: {err}",
                ex.id
            );
        }
        if let Some(f) = &self.report {
            f.write(ex, &report, &before)?;
        }
        let mut t = self.totals.lock().unwrap_or_else(|e| e.into_inner());
        t.linked += report.linked;
        t.unlinked += report.unlinked.len();
        t.failed += report.failed.len();
        Ok(())
    }

    /// Links every extraction (see [`Linker::link_one`]).
    pub fn link_all(&self, exs: &mut [Extraction]) -> Result<()> {
        exs.iter_mut().try_for_each(|ex| self.link_one(ex))
    }

    /// Flushes the report file and prints the run's totals on stderr.
    pub fn finish(&self) -> Result<()> {
        if let Some(f) = &self.report {
            f.flush()?;
        }
        let t = *self.totals.lock().unwrap_or_else(|e| e.into_inner());
        let why = match &self.report {
            Some(f) => format!("reasons in {}", f.path.display()),
            None => "reasons with --link-report FILE".to_string(),
        };
        eprintln!(
            "newsgraph: {} entities linked, {} left unlinked ({why}), {} lookups failed{}",
            t.linked,
            t.unlinked,
            t.failed,
            if t.failed > 0 {
                " (see warnings; a later run retries them)"
            } else {
                ""
            }
        );
        Ok(())
    }
}

/// Links the unlinked entities of a store.
pub fn link_store(store: &GraphStore, linker: &Linker, base: &str) -> Result<StoreLinkReport> {
    let mut error = None;
    let mut progress =
        super::progress::Progress::new("link", super::progress::Unit::Items("articles"), None);
    // Each article graph is linked and committed on its own: Ctrl-C stops before the next one.
    let summary = newsgraph::store::links::link_store(store, base, &mut |ex| {
        if super::interrupt::interrupted() {
            return ControlFlow::Break(());
        }
        if let Err(e) = linker.link_one(ex) {
            error = Some(e);
            return ControlFlow::Break(());
        }
        progress.inc(1);
        ControlFlow::Continue(())
    })?;
    progress.finish();
    if let Some(e) = error {
        return Err(e);
    }
    if summary.stopped {
        if let Some(f) = &linker.report {
            f.flush()?;
        }
        store.flush()?;
        eprintln!(
            "newsgraph link: stopped by Ctrl-C after {} article graph(s): {} entities linked and committed; \
             run link again to go on",
            summary.graphs, summary.linked
        );
        return Err(super::interrupt::Interrupted.into());
    }
    let t = *linker.totals.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(f) = &linker.report {
        f.flush()?;
    }
    Ok(StoreLinkReport {
        linked: summary.linked,
        unlinked: t.unlinked,
        failed: t.failed,
    })
}

/// Builds the key table of an index.
pub fn build_keys(index: &Path) -> Result<()> {
    anyhow::ensure!(
        index.extension().is_none_or(|e| e != "gz"),
        "{}: a key table needs an uncompressed index (gunzip it first)",
        index.display()
    );
    let n = newsgraph::link::write_keys(index, newsgraph::link::keys::KEY_CHUNK)
        .with_context(|| format!("building the key table of {}", index.display()))?;
    eprintln!(
        "newsgraph: {n} keys in {}",
        newsgraph::link::keys::keys_path(index).display()
    );
    Ok(())
}

/// Builds an offline index from a dump: a spinner on a terminal, plain lines with `--progress` off one,
/// nothing with `--quiet`; Ctrl-C stops it with no index written.
pub fn build_index(dump: &Path, out: &Path, class_depth: u32) -> Result<()> {
    use super::progress::{Mode, interval, mode};
    let opts = newsgraph::link::BuildOptions {
        // the library's spinner draws on a terminal only
        progress: mode() == Mode::Bar,
        lines: (mode() == Mode::Lines).then(interval),
        stop: Some(super::interrupt::interrupted),
        class_depth,
        ..Default::default()
    };
    let stats = match newsgraph::link::build_index_with(dump, out, &opts) {
        Err(newsgraph::link::LinkError::Stopped) => {
            eprintln!(
                "newsgraph wikidata index: stopped by Ctrl-C; no index written at {}",
                out.display()
            );
            return Err(super::interrupt::Interrupted.into());
        }
        other => other.with_context(|| format!("building the index {}", out.display()))?,
    };
    eprintln!(
        "newsgraph: {} entities read, {} kept in {}",
        stats.read,
        stats.kept,
        out.display()
    );
    Ok(())
}

//! `run`, `extract` and `load`: articles read in batches ([`each_batch`]), extracted, linked, and written as
//! extraction JSON or loaded into the store.

use super::rdf_format;
use crate::cli::args::*;
use crate::cli::interrupt::{Interrupted, interrupted};
use crate::cli::linking::Linker;
use crate::cli::output::Output;
use crate::cli::progress::{Progress, Unit};
use anyhow::{Result, bail};
use newsgraph::export::{RunExport, SortConfig};
use newsgraph::ingest::IngestOptions;
use newsgraph::model::Extraction;
use newsgraph::rdf::{RdfOptions, RunInfo};
use newsgraph::store::{GraphStore, OpenMode, StoreLocation};
use oxigraph::model::NamedNode;
use std::collections::HashSet;

fn open_store(store: &StoreArgs, mode: OpenMode) -> Result<GraphStore> {
    let loc = if store.memory {
        StoreLocation::Memory
    } else {
        StoreLocation::Disk(store.store.clone())
    };
    Ok(GraphStore::open(&loc, mode)?)
}

fn ingest_options(input: &InputArgs) -> IngestOptions {
    IngestOptions {
        published: input.published.clone(),
        shard: input.shard,
        max_article_bytes: input.max_article_bytes,
    }
}

/// Warns once per article id seen twice in one command: the later record replaces the earlier.
struct DuplicateIds(HashSet<String>);

impl DuplicateIds {
    fn check(&mut self, exs: &[Extraction]) {
        for ex in exs {
            if !self.0.insert(ex.id.clone()) {
                eprintln!(
                    "warning: article id {:?} occurs more than once; the later record replaces the earlier",
                    ex.id
                );
            }
        }
    }
}

/// What the inputs gave: articles, records skipped for being over `--max-article-bytes`, and whether
/// Ctrl-C stopped the reading early.
pub(super) struct Ingested {
    pub(super) articles: usize,
    pub(super) skipped: usize,
    pub(super) interrupted: bool,
}

impl Ingested {
    /// For the summary line: the records skipped, if any, and an interruption.
    pub(super) fn note(&self) -> String {
        let mut note = String::new();
        if self.skipped > 0 {
            note.push_str(&format!(
                "; {} record(s) over --max-article-bytes skipped",
                self.skipped
            ));
        }
        if self.interrupted {
            note.push_str("; interrupted by Ctrl-C: the articles after these were not read");
        }
        note
    }

    /// An error when records were skipped (the command did everything else, but not all its input), or
    /// [`Interrupted`] when Ctrl-C stopped it (after the summary said what was committed).
    pub(super) fn check(&self) -> Result<()> {
        if self.interrupted {
            return Err(Interrupted.into());
        }
        if self.skipped > 0 {
            bail!(
                "{} input record(s) skipped for being over --max-article-bytes (each named above); \
                 the other {} article(s) were processed",
                self.skipped,
                self.articles
            );
        }
        Ok(())
    }
}

/// Streams inputs through extraction (and linking) in batches, handing each batch to `f`. A record over
/// `--max-article-bytes` is reported on stderr and skipped; the caller ends with [`Ingested::check`].
/// Progress (articles done, of how many, rate, ETA) goes to stderr as `--quiet`/`--progress` say. On
/// Ctrl-C, no further record is read: the whole articles already read are handed to `f`, and the result
/// says it was interrupted.
pub(super) fn each_batch(
    label: &'static str,
    input: &InputArgs,
    linker: Option<&Linker>,
    f: &mut dyn FnMut(Vec<Extraction>) -> Result<()>,
) -> Result<Ingested> {
    use newsgraph::ingest::Record;
    // the total, for the bar and the ETA: counted up front (cheap next to extraction), unless nothing is
    // shown or a shard takes an unknown part of it
    let total = (crate::cli::progress::mode() != crate::cli::progress::Mode::Off
        && input.shard.is_none())
    .then(|| crate::cli::progress::count_records(&input.inputs))
    .flatten();
    let mut progress = Progress::new(label, Unit::Items("articles"), total);
    let mut count = 0usize;
    let mut skipped = 0usize;
    let mut failure: Option<anyhow::Error> = None;
    let mut seen = DuplicateIds(HashSet::new());
    let mut handle = |records: Vec<Record>| -> Result<()> {
        let mut exs = newsgraph::pipeline::extract_records(records);
        if let Some(l) = linker {
            l.link_all(&mut exs)?;
        }
        seen.check(&exs);
        let n = exs.len();
        f(exs)?;
        count += n;
        progress.inc(n as u64);
        Ok(())
    };
    let opts = ingest_options(input);
    let mut batch: Vec<Record> = Vec::with_capacity(newsgraph::pipeline::BATCH);
    let stop = || newsgraph::Error::Invalid("stopped".into());
    for source in newsgraph::ingest::sources(&input.inputs)? {
        let res = newsgraph::ingest::for_each_record_skipping(
            &source,
            &opts,
            &mut |r| {
                if interrupted() {
                    return Err(stop());
                }
                if input.shard.is_some_and(|s| !s.contains(r.id())) {
                    return Ok(());
                }
                batch.push(r);
                if batch.len() >= newsgraph::pipeline::BATCH
                    && let Err(e) = handle(std::mem::take(&mut batch))
                {
                    failure = Some(e);
                    return Err(stop());
                }
                Ok(())
            },
            &mut |e| {
                eprintln!("newsgraph: error: {e}");
                skipped += 1;
                Ok(())
            },
        );
        if let Some(e) = failure {
            return Err(e);
        }
        if interrupted() {
            break;
        }
        res?;
    }
    // the last records read are whole articles, interrupted or not
    if !batch.is_empty() {
        handle(batch)?;
    }
    progress.finish();
    if let Some(l) = linker {
        l.finish()?;
    }
    ingested(count, skipped, input)
}

/// What [`each_batch`] read, once the input is done: an error when nothing was read (all records over
/// `--max-article-bytes`, or no articles at all), unless Ctrl-C stopped it or a shard is empty.
fn ingested(count: usize, skipped: usize, input: &InputArgs) -> Result<Ingested> {
    let interrupted = interrupted();
    if !interrupted {
        if count == 0 && skipped > 0 {
            bail!("no articles read: all {skipped} input record(s) were over --max-article-bytes");
        }
        if count == 0 {
            match input.shard {
                // A small corpus can leave a shard empty: that is a result, not an error.
                Some(s) => {
                    eprintln!("newsgraph: shard {s}: no articles of the inputs fall in this shard")
                }
                None => bail!("no articles found in the inputs"),
            }
        }
    }
    Ok(Ingested {
        articles: count,
        skipped,
        interrupted,
    })
}

/// Ends a load: writes what the loader still holds, also when reading the inputs failed (the articles
/// loaded before the error stay, as each was loaded whole; the reading error comes first), then records the
/// run's provenance, compacts the store if the bulk loader wrote to it (every later lookup then visits
/// one file per level instead of many) and flushes it.
fn finish_load(
    store: &GraphStore,
    loader: newsgraph::pipeline::Loader<'_>,
    ingested: Result<Ingested>,
    run: &RunInfo,
    opts: &RdfOptions,
) -> Result<Ingested> {
    let bulk = loader.used_bulk_loader();
    let ingested = match ingested {
        Ok(ingested) => {
            loader.finish()?;
            ingested
        }
        Err(e) => {
            if let Err(f) = loader.finish() {
                eprintln!(
                    "newsgraph: after the error below, the last articles could not be written: {f}"
                );
            }
            return Err(e);
        }
    };
    newsgraph::pipeline::record_run(store, run, opts)?;
    if bulk {
        store.compact()?;
    }
    store.flush()?;
    Ok(ingested)
}

/// `newsgraph run`: ingest, extract, link, map, load, export.
pub fn run(a: &RunArgs) -> Result<()> {
    let format = rdf_format(a.format.as_deref(), a.out.as_deref())?;
    let store = open_store(&a.store, OpenMode::ReadWrite)?;
    let run = RunInfo::new();
    let opts = RdfOptions::new(&a.map.base_iri)?.with_run(run.clone());
    let linker = Linker::from_args(&a.link)?;
    let mut graphs: Vec<NamedNode> = Vec::new();
    let mut quads_loaded = 0usize;
    let mut loader =
        newsgraph::pipeline::Loader::new(&store, &opts)?.commit_every(a.store.commit_quads);
    let ingested = each_batch("run", &a.input, linker.as_ref(), &mut |exs| {
        let report = loader.load(&exs)?;
        quads_loaded += report.quads;
        for ex in &exs {
            graphs.push(newsgraph::rdf::article_graph(&opts.base_iri, &ex.id)?);
        }
        Ok(())
    });
    let ingested = finish_load(&store, loader, ingested, &run, &opts)?;
    let entities_graph = newsgraph::rdf::entities_graph(&opts.base_iri)?;
    let extra = newsgraph::rdf::run_quads(&run, &opts)?;
    let what = RunExport {
        article_graphs: &graphs,
        entities_graph: &entities_graph,
        extra: &extra,
    };
    // With --serve and no --out, the graph goes to the server, not to the terminal. After Ctrl-C, what was
    // loaded stays in the store, but nothing is exported or served.
    if (!a.serve || a.out.is_some()) && !ingested.interrupted {
        let mut out = Output::open(a.out.as_deref())?;
        newsgraph::export::export_run(&store, &what, format, out.writer(), &SortConfig::default())?;
        out.finish()?;
    }
    eprintln!(
        "newsgraph: {} article(s), {quads_loaded} quads loaded into {}{}{}",
        ingested.articles,
        store.label(),
        a.out
            .as_ref()
            .filter(|_| !ingested.interrupted)
            .map(|p| format!("; wrote {}", p.display()))
            .unwrap_or_default(),
        ingested.note()
    );
    if a.serve && !ingested.interrupted {
        let opts = newsgraph::serve::ServeOptions {
            bind: a.bind,
            ..newsgraph::serve::ServeOptions::default()
        };
        if !a.bind.ip().is_loopback() {
            eprintln!(
                "newsgraph run: warning: serving on {}, reachable from other machines (read-only)",
                a.bind
            );
        }
        newsgraph::serve::serve(store, opts, |addr| {
            eprintln!(
                "newsgraph run: serving the graph at http://{addr}/ (explorer; SPARQL at /sparql; Ctrl-C stops)"
            );
        })?;
    }
    ingested.check()
}

/// `newsgraph extract`: extraction JSON Lines.
pub fn extract(a: &ExtractArgs) -> Result<()> {
    let linker = Linker::from_args(&a.link)?;
    let mut out = Output::open(a.out.as_deref())?;
    let ingested = each_batch("extract", &a.input, linker.as_ref(), &mut |exs| {
        let w = out.writer();
        for ex in &exs {
            // serde_json's error does not expose its I/O error as a source; converted back, the I/O error
            // (a closed pipe, a full disk) keeps its kind.
            if a.pretty {
                serde_json::to_writer_pretty(&mut *w, ex).map_err(std::io::Error::from)?;
            } else {
                serde_json::to_writer(&mut *w, ex).map_err(std::io::Error::from)?;
            }
            w.write_all(b"\n")?;
        }
        Ok(())
    })?;
    out.finish()?;
    if ingested.interrupted {
        eprintln!(
            "newsgraph extract: interrupted by Ctrl-C; the {} article(s) read before were written whole",
            ingested.articles
        );
    }
    ingested.check()
}

/// `newsgraph load`.
pub fn load(a: &LoadArgs) -> Result<()> {
    let store = open_store(&a.store, OpenMode::ReadWrite)?;
    let run = RunInfo::new();
    let opts = RdfOptions::new(&a.map.base_iri)?.with_run(run.clone());
    let linker = Linker::from_args(&a.link)?;
    let mut quads = 0usize;
    let mut loader =
        newsgraph::pipeline::Loader::new(&store, &opts)?.commit_every(a.store.commit_quads);
    let ingested = each_batch("load", &a.input, linker.as_ref(), &mut |exs| {
        quads += loader.load(&exs)?.quads;
        Ok(())
    });
    let ingested = finish_load(&store, loader, ingested, &run, &opts)?;
    eprintln!(
        "newsgraph: loaded {} article(s), {quads} quads into {}{}",
        ingested.articles,
        store.label(),
        ingested.note()
    );
    ingested.check()
}

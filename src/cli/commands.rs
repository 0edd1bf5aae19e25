//! One function per subcommand. Library errors carry the file, line or offset; here they get context.

use super::args::*;
use super::interrupt::{Interrupted, interrupted};
use super::linking::Linker;
use super::output::Output;
use super::progress::{CountingWriter, Progress, Unit};
use anyhow::{Context, Result, bail};
use newsgraph::export::{ExportFormat, ExtractionExport, RunExport, SortConfig};
use newsgraph::ingest::IngestOptions;
use newsgraph::model::Extraction;
use newsgraph::query::{self, ResultFormat};
use newsgraph::rdf::{RdfOptions, RunInfo};
use newsgraph::store::{GraphStore, OpenMode, StoreLocation};
use oxigraph::model::NamedNode;
use std::collections::HashSet;
use std::io::Write;
use std::path::Path;

fn open_store(store: &StoreArgs, mode: OpenMode) -> Result<GraphStore> {
    let loc = if store.memory {
        StoreLocation::Memory
    } else {
        StoreLocation::Disk(store.store.clone())
    };
    Ok(GraphStore::open(&loc, mode)?)
}

fn open_dir(dir: &Path, mode: OpenMode) -> Result<GraphStore> {
    Ok(GraphStore::open(
        &StoreLocation::Disk(dir.to_path_buf()),
        mode,
    )?)
}

fn ingest_options(input: &InputArgs) -> IngestOptions {
    IngestOptions {
        published: input.published.clone(),
        shard: input.shard,
        max_article_bytes: input.max_article_bytes,
    }
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
struct Ingested {
    articles: usize,
    skipped: usize,
    interrupted: bool,
}

impl Ingested {
    /// For the summary line: the records skipped, if any, and an interruption.
    fn note(&self) -> String {
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
    fn check(&self) -> Result<()> {
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
fn each_batch(
    label: &'static str,
    input: &InputArgs,
    linker: Option<&Linker>,
    f: &mut dyn FnMut(Vec<Extraction>) -> Result<()>,
) -> Result<Ingested> {
    use newsgraph::ingest::Record;
    // the total, for the bar and the ETA: counted up front (cheap next to extraction), unless nothing is
    // shown or a shard takes an unknown part of it
    let total = (super::progress::mode() != super::progress::Mode::Off && input.shard.is_none())
        .then(|| super::progress::count_records(&input.inputs))
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

/// Writes what the loader still holds, also when reading the inputs failed (the articles loaded before the
/// error stay, as each was loaded whole); the reading error comes first.
fn finish_loading(
    loader: newsgraph::pipeline::Loader<'_>,
    ingested: Result<Ingested>,
) -> Result<Ingested> {
    match ingested {
        Ok(ingested) => {
            loader.finish()?;
            Ok(ingested)
        }
        Err(e) => {
            if let Err(f) = loader.finish() {
                eprintln!(
                    "newsgraph: after the error below, the last articles could not be written: {f}"
                );
            }
            Err(e)
        }
    }
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
    let mut loader = newsgraph::pipeline::Loader::new(&store, &opts)?;
    let ingested = each_batch("run", &a.input, linker.as_ref(), &mut |exs| {
        let report = loader.load(&exs)?;
        quads_loaded += report.quads;
        for ex in &exs {
            graphs.push(newsgraph::rdf::article_graph(&opts.base_iri, &ex.id)?);
        }
        Ok(())
    });
    let bulk = loader.used_bulk_loader();
    let ingested = finish_loading(loader, ingested)?;
    newsgraph::pipeline::record_run(&store, &run, &opts)?;
    if bulk {
        store.compact()?;
    }
    store.flush()?;
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
    let mut loader = newsgraph::pipeline::Loader::new(&store, &opts)?;
    let ingested = each_batch("load", &a.input, linker.as_ref(), &mut |exs| {
        quads += loader.load(&exs)?.quads;
        Ok(())
    });
    let bulk = loader.used_bulk_loader();
    let ingested = finish_loading(loader, ingested)?;
    newsgraph::pipeline::record_run(&store, &run, &opts)?;
    // The bulk loader leaves one set of files per batch; compacting them once makes every later query
    // lookup visit one file instead of many.
    if bulk {
        store.compact()?;
    }
    store.flush()?;
    eprintln!(
        "newsgraph: loaded {} article(s), {quads} quads into {}{}",
        ingested.articles,
        store.label(),
        ingested.note()
    );
    ingested.check()
}

fn parse_params(raw: &[String]) -> Result<Vec<(String, String)>> {
    raw.iter()
        .map(|p| {
            p.split_once('=')
                .map(|(k, v)| (k.trim().to_string(), v.to_string()))
                .with_context(|| format!("--param {p:?}: expected NAME=VALUE"))
        })
        .collect()
}

/// `newsgraph query`.
pub fn query(a: &QueryArgs) -> Result<()> {
    let mut out = Output::open(a.out.as_deref())?;
    if a.list {
        let w = out.writer();
        for q in query::bundled() {
            writeln!(w, "{:<24} {}", q.name, q.title)?;
            if !q.description.is_empty() {
                writeln!(w, "{:<24} {}", "", q.description)?;
            }
            for p in &q.params {
                let mut extra = Vec::new();
                if p.optional {
                    extra.push("optional".to_string());
                }
                if let Some(d) = &p.default {
                    extra.push(format!("default {d}"));
                }
                writeln!(
                    w,
                    "{:<24}   --param {}=…  ({:?}{}) {}",
                    "",
                    p.name,
                    p.kind,
                    if extra.is_empty() {
                        String::new()
                    } else {
                        format!(", {}", extra.join(", "))
                    },
                    p.description
                )?;
            }
        }
        return out.finish();
    }
    let given = parse_params(&a.params)?;
    let q = if let Some(name) = &a.name {
        query::find(name)?
    } else if let Some(file) = &a.file {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("{}: cannot read query file", file.display()))?;
        query::parse_header(&file.display().to_string(), &text)
    } else if let Some(s) = &a.sparql {
        query::parse_header("--sparql", s)
    } else {
        bail!("name a bundled query (see `newsgraph query --list`), or give --file or --sparql");
    };
    let params = query::resolve_params(&q, &given)?;
    if let Some(graph_format) = super::network::GraphFormat::from_name(&a.format) {
        if a.endpoint.is_some() {
            bail!(
                "--format {} reads the node attributes from a store: it cannot be used with --endpoint",
                a.format
            );
        }
        let store = open_dir(&a.store, OpenMode::ReadOnly)?;
        let table = query::select(&store, &q.name, &q.sparql, &params)?;
        let net = super::network::from_table(&store, &table)?;
        super::network::write(&net, graph_format, out.writer())?;
        return out.finish();
    }
    let format: ResultFormat = a.format.parse()?;
    let window = page_window(a, a.name.is_some());
    let run = query::RunOptions {
        timeout: (a.timeout > 0).then(|| std::time::Duration::from_secs(a.timeout)),
        window,
        ..Default::default()
    };
    let summary = if let Some(endpoint) = &a.endpoint {
        query::run_remote(
            endpoint,
            &q.name,
            &q.sparql,
            &params,
            format,
            out.writer(),
            &run,
        )?
    } else {
        let store = open_dir(&a.store, OpenMode::ReadOnly)?;
        query::run_to_writer_with(
            &store,
            &q.name,
            &q.sparql,
            &params,
            format,
            out.writer(),
            &run,
        )?
    };
    out.finish()?;
    if summary.more
        && let Some(w) = window
    {
        eprintln!(
            "note: rows {}–{} shown; more follow (next page: --offset {}; every row: --all)",
            w.start + 1,
            w.start + summary.rows,
            w.start + summary.rows
        );
    }
    Ok(())
}

/// Rows a bundled query answers by default: one page.
const DEFAULT_PAGE: usize = 100;

/// The page `query` asks for: `--limit`/`--offset` as given; for a bundled query without them, the first
/// [`DEFAULT_PAGE`] rows; with `--all`, or an ad-hoc query without them, every row.
fn page_window(a: &QueryArgs, bundled: bool) -> Option<query::Window> {
    if a.all || (!bundled && a.limit.is_none() && a.offset.is_none()) {
        return None;
    }
    Some(query::Window {
        start: a.offset.unwrap_or(0),
        length: Some(a.limit.unwrap_or(DEFAULT_PAGE)),
    })
}

/// `newsgraph plot actor-network --out FILE`.
pub fn plot(a: &PlotArgs) -> Result<()> {
    let format = a
        .out
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .filter(|e| matches!(e.as_str(), "svg" | "png" | "pdf"))
        .with_context(|| {
            format!(
                "--out {}: name a .svg, .png or .pdf file (the extension is the format)",
                a.out.display()
            )
        })?;
    let PlotWhat::ActorNetwork = a.what;
    let q = query::find("actor-network")?;
    let params = query::resolve_params(&q, &parse_params(&a.params)?)?;
    let store = open_dir(&a.store, OpenMode::ReadOnly)?;
    let table = query::select(&store, &q.name, &q.sparql, &params)?;
    let net = super::network::from_table(&store, &table)?;
    if net.edges.is_empty() {
        bail!(
            "the actor network of {} is empty: nothing to draw",
            store.label()
        );
    }
    let mut dot = Vec::new();
    super::network::write(&net, super::network::GraphFormat::Dot, &mut dot)?;
    let picture = super::network::render(&dot, &format, &a.layout)?;
    let mut out = Output::open(Some(&a.out))?;
    out.writer().write_all(&picture)?;
    out.finish()?;
    eprintln!(
        "newsgraph plot: {} actors, {} links drawn into {}",
        net.nodes.len(),
        net.edges.len(),
        a.out.display()
    );
    Ok(())
}

/// `newsgraph export`.
pub fn export(a: &ExportArgs) -> Result<()> {
    if a.frame.is_some() {
        return export_framed(a);
    }
    let format = rdf_format(a.format.as_deref(), a.out.as_deref())?;
    let graph = a
        .graph
        .as_deref()
        .map(|g| NamedNode::new(g).with_context(|| format!("--graph {g:?} is not an IRI")))
        .transpose()?;
    let mut out = Output::open(a.out.as_deref())?;
    if let Some(from) = &a.from {
        let opts = RdfOptions::new(&a.map.base_iri)?;
        let input = InputArgs {
            inputs: vec![from.clone()],
            published: None,
            shard: None,
            max_article_bytes: a.max_article_bytes,
        };
        let mut export =
            ExtractionExport::new(format, out.writer(), opts, graph, &SortConfig::default())?;
        let ingested = each_batch("export", &input, None, &mut |exs| {
            for ex in &exs {
                export.add(ex)?;
            }
            Ok(())
        })?;
        if ingested.interrupted {
            // the unfinished output is dropped: no partial file
            eprintln!("newsgraph export: interrupted by Ctrl-C; nothing written");
            return ingested.check();
        }
        export.finish()?;
        out.finish()?;
        return ingested.check();
    } else if !a.article.is_empty() {
        let store = open_dir(&a.store, OpenMode::ReadOnly)?;
        let base = &a.map.base_iri;
        let graphs = a
            .article
            .iter()
            .map(|id| {
                let g = newsgraph::rdf::article_graph(base, id)?;
                let there = store
                    .inner()
                    .contains_named_graph(oxigraph::model::NamedOrBlankNodeRef::NamedNode(
                        g.as_ref(),
                    ))
                    .with_context(|| format!("store {}", store.label()))?;
                anyhow::ensure!(
                    there,
                    "--article {id:?}: no such article in {}",
                    store.label()
                );
                Ok(g)
            })
            .collect::<Result<Vec<_>>>()?;
        let shared = newsgraph::rdf::entities_graph(base)?;
        let selection = RunExport {
            article_graphs: &graphs,
            entities_graph: &shared,
            extra: &[],
        };
        let mut counting = CountingWriter::new("export", out.writer());
        let res = newsgraph::export::export_run(
            &store,
            &selection,
            format,
            &mut counting,
            &SortConfig::default(),
        );
        drop(counting);
        stopped_export(res, a.out.is_some())?;
    } else {
        let store = open_dir(&a.store, OpenMode::ReadOnly)?;
        let mut counting = CountingWriter::new("export", out.writer());
        let res = newsgraph::export::export_store(&store, graph.as_ref(), format, &mut counting);
        drop(counting);
        stopped_export(res, a.out.is_some())?;
    }
    out.finish()
}

/// After Ctrl-C stopped an export: says what became of the output, and turns the error into
/// [`Interrupted`].
fn stopped_export<T, E: Into<anyhow::Error>>(
    res: std::result::Result<T, E>,
    to_file: bool,
) -> Result<T> {
    match res {
        Err(_) if interrupted() => {
            eprintln!(
                "newsgraph export: interrupted by Ctrl-C; {}",
                if to_file {
                    "nothing written (no partial file)"
                } else {
                    "the output on stdout is cut short"
                }
            );
            Err(Interrupted.into())
        }
        res => res.map_err(Into::into),
    }
}

/// `newsgraph export --frame article`: framed, compacted JSON-LD.
fn export_framed(a: &ExportArgs) -> Result<()> {
    let format = rdf_format(a.format.as_deref().or(Some("jsonld")), None)?;
    if format != ExportFormat::JsonLd {
        bail!("--frame is for JSON-LD: use --format jsonld (or leave --format out)");
    }
    let graph = a
        .graph
        .as_deref()
        .map(|g| NamedNode::new(g).with_context(|| format!("--graph {g:?} is not an IRI")))
        .transpose()?;
    let store = open_dir(&a.store, OpenMode::ReadOnly)?;
    let mut out = Output::open(a.out.as_deref())?;
    let mut counting = CountingWriter::new("export", out.writer());
    // a graph at a time: Ctrl-C stops between two
    let res = super::jsonld::export(&store, graph.as_ref(), &mut counting, &mut || {
        if interrupted() {
            Err(Interrupted.into())
        } else {
            Ok(())
        }
    });
    drop(counting);
    stopped_export(res, a.out.is_some())?;
    out.finish()
}

/// The bearer token in a token file: its first line, trimmed.
fn read_token(f: &Path) -> Result<String> {
    let text = std::fs::read_to_string(f)
        .with_context(|| format!("{}: cannot read the token file", f.display()))?;
    Ok(text.lines().next().unwrap_or("").trim().to_string())
}

/// `newsgraph bulk`: a bulk-load bundle for Virtuoso, QLever and Neptune (see [`newsgraph::bulk`]).
pub fn bulk(a: &BulkArgs) -> Result<()> {
    use newsgraph::bulk::{BulkOptions, write_bundle};
    let store = open_dir(&a.store, OpenMode::ReadOnly)?;
    let mut opts = BulkOptions::new(&a.out);
    opts.quads_per_part = a.quads_per_part.max(1);
    opts.name = a.name.clone();
    opts.qlever_port = a.qlever_port;
    opts.s3 = a.s3.clone();
    opts.iam_role = a.iam_role.clone();
    opts.region = a.region.clone();
    opts.neptune_endpoint = a.neptune_endpoint.clone();
    for g in &a.graphs {
        opts.graphs.push(
            NamedNode::new(g.trim_matches(['<', '>'])).with_context(|| format!("--graph {g}"))?,
        );
    }
    let report = write_bundle(&store, &opts)?;
    eprintln!(
        "newsgraph bulk: {} quads in {} graph(s), {} part(s), {:.1} MB compressed, in {}; see {}",
        report.quads,
        report.graphs.len(),
        report.parts.len(),
        report.parts.iter().map(|p| p.bytes).sum::<u64>() as f64 / 1e6,
        a.out.display(),
        a.out.join("LOAD.md").display()
    );
    Ok(())
}

/// `newsgraph push`.
pub fn push(a: &PushArgs) -> Result<()> {
    use newsgraph::push::{Auth, PushOptions};
    let store = open_dir(&a.store, OpenMode::ReadOnly)?;
    let mut opts = PushOptions::new(&a.endpoint);
    opts.via_update = a.via_update;
    opts.batch = a.batch.max(1);
    opts.retries = a.retries;
    opts.parallel = a.parallel.max(1);
    opts.auth = if let Some(f) = &a.token_file {
        Auth::Bearer(read_token(f)?)
    } else if let Some(user) = &a.user {
        let password = std::env::var("NEWSGRAPH_PUSH_PASSWORD")
            .context("--user needs the password in NEWSGRAPH_PUSH_PASSWORD")?;
        Auth::Basic {
            user: user.clone(),
            password,
        }
    } else {
        Auth::None
    };
    opts.checkpoint = Some(a.checkpoint.clone().unwrap_or_else(|| {
        let mut p = a.store.clone().into_os_string();
        p.push(".push-checkpoint.tsv");
        p.into()
    }));
    for g in &a.graphs {
        opts.graphs.push(
            NamedNode::new(g.trim_matches(['<', '>'])).with_context(|| format!("--graph {g}"))?,
        );
    }
    let report = newsgraph::push::push(&store, &opts, &mut |_| {})?;
    eprintln!(
        "newsgraph push: {} graph(s) sent ({} triples, {:.1} MB, {} requests, {} retried) and {} already there, \
         in {:.1} s ({:.0} triples/s) to {}",
        report.graphs_sent,
        report.triples,
        report.bytes as f64 / 1e6,
        report.requests,
        report.retries,
        report.graphs_skipped,
        report.seconds,
        report.triples as f64 / report.seconds.max(1e-9),
        a.endpoint
    );
    Ok(())
}

/// `newsgraph serve`.
pub fn serve(a: &ServeArgs) -> Result<()> {
    let token = match &a.token_file {
        Some(f) => {
            let token = read_token(f)?;
            if token.is_empty() {
                bail!("{}: the token file's first line is empty", f.display());
            }
            Some(token)
        }
        None => None,
    };
    let mode = if a.writable {
        OpenMode::ReadWrite
    } else {
        OpenMode::ReadOnly
    };
    let store = open_dir(&a.store, mode)?;
    let defaults = newsgraph::serve::ServeOptions::default();
    let opts = newsgraph::serve::ServeOptions {
        bind: a.bind,
        timeout: std::time::Duration::from_secs(a.timeout.max(1)),
        max_rows: a.max_rows,
        max_body_bytes: a.max_body,
        max_concurrent: a.max_concurrent.unwrap_or(defaults.max_concurrent),
        queue_wait: std::time::Duration::from_millis(a.queue_wait_ms),
        writable: a.writable,
        token,
    };
    if !a.bind.ip().is_loopback() {
        eprintln!(
            "newsgraph serve: warning: listening on {}, reachable from other machines{}",
            a.bind,
            if a.writable {
                " (writes need the bearer token; use TLS in front of it)"
            } else {
                " (read-only)"
            }
        );
    }
    let writable = a.writable;
    newsgraph::serve::serve(store, opts, move |addr| {
        eprintln!(
            "newsgraph serve: listening on http://{addr}/ ({}; SPARQL at /sparql; Ctrl-C stops)",
            if writable { "writable" } else { "read-only" }
        );
    })?;
    Ok(())
}

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

/// `newsgraph link --store`.
pub fn link(a: &LinkStoreArgs) -> Result<()> {
    let linker = if let Some(index) = &a.offline {
        Linker::offline(Some(index), a.api.link_threshold)?
    } else {
        Linker::online(&a.api)?
    }
    .with_report(a.api.link_report.as_deref())?;
    let store = open_dir(&a.store, OpenMode::ReadWrite)?;
    let report = super::linking::link_store(&store, &linker, &a.base_iri)?;
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
        } => super::linking::build_index(dump, out, *class_depth),
        WikidataCommand::Keys { index } => super::linking::build_keys(index),
    }
}

/// `newsgraph eval`.
pub fn eval(a: &EvalArgs) -> Result<()> {
    let linker = Linker::from_args(&a.link)?;
    let input = InputArgs {
        inputs: a.inputs.clone(),
        published: a.published.clone(),
        shard: None,
        max_article_bytes: a.max_article_bytes,
    };
    let mut preds = Vec::new();
    let ingested = each_batch("eval", &input, linker.as_ref(), &mut |exs| {
        preds.extend(exs);
        Ok(())
    })?;
    if ingested.interrupted {
        eprintln!(
            "newsgraph eval: interrupted by Ctrl-C after {} article(s); no scores",
            ingested.articles
        );
        return ingested.check();
    }
    let report = newsgraph::eval::score_with(
        &a.gold_dir,
        &preds,
        newsgraph::eval::EvalOptions { verbose: a.verbose },
    )?;
    let mut out = std::io::stdout().lock();
    if a.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        write!(out, "{report}")?;
    }
    if a.verbose {
        for d in &report.diagnostics {
            writeln!(out, "{d}")?;
        }
    }
    ingested.check()
}

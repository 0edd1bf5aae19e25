//! `query` (bundled, file or inline queries, on the store or a remote endpoint) and `plot`.

use super::open_dir;
use crate::cli::args::*;
use crate::cli::output::Output;
use anyhow::{Context, Result, bail};
use newsgraph::query::{self, ResultFormat};
use newsgraph::store::{GraphStore, OpenMode};

fn parse_params(raw: &[String]) -> Result<Vec<(String, String)>> {
    raw.iter()
        .map(|p| {
            p.split_once('=')
                .map(|(k, v)| (k.trim().to_string(), v.to_string()))
                .with_context(|| format!("--param {p:?}: expected NAME=VALUE"))
        })
        .collect()
}

/// Warns when `sparql` reads the kept counts or sort names (`graph/shared/counts`) of a store that lacks
/// them (written by an older newsgraph) or whose last load stopped before adjusting them: the answer
/// would miss rows or show stale counts until `newsgraph recount` (or the next load) rebuilds them.
fn warn_if_counts_missing(store: &GraphStore, sparql: &str) -> Result<()> {
    // Local names, so that full IRIs and any prefix are caught.
    let kept = ["articleCount", "mentionCount", "sortName"];
    if !kept.iter().any(|k| sparql.contains(k)) {
        return Ok(());
    }
    let shared = newsgraph::rdf::entities_graph(newsgraph::rdf::DEFAULT_BASE_IRI)?;
    if store.lacks_counts(&shared)? {
        eprintln!(
            "newsgraph query: warning: {}: the kept counts and sort names are missing or pending (a store \
             written by an older newsgraph, or a load that stopped); this query reads them, so rows may be \
             missing or counts stale until `newsgraph recount --store {}` rebuilds them",
            store.label(),
            store.label()
        );
    }
    Ok(())
}

/// `newsgraph query`.
pub fn query(a: &QueryArgs) -> Result<()> {
    let mut out = Output::open(a.out.as_deref())?;
    if a.list {
        list_bundled(out.writer())?;
        return out.finish();
    }
    let given = parse_params(&a.params)?;
    let q = chosen_query(a)?;
    let params = query::resolve_params(&q, &given)?;
    if let Some(graph_format) = crate::cli::network::GraphFormat::from_name(&a.format) {
        if a.endpoint.is_some() {
            bail!(
                "--format {} reads the node attributes from a store: it cannot be used with --endpoint",
                a.format
            );
        }
        let store = open_dir(&a.store, OpenMode::ReadOnly)?;
        let table = query::select(&store, &q.name, &q.sparql, &params)?;
        let net = crate::cli::network::from_table(&store, &table)?;
        crate::cli::network::write(&net, graph_format, out.writer())?;
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
        warn_if_counts_missing(&store, &q.sparql)?;
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

/// `query --list`: each bundled query's name, title, description and parameters.
fn list_bundled(w: &mut dyn std::io::Write) -> Result<()> {
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
    Ok(())
}

/// The query `query` runs: a bundled one by name, or one from `--file` or `--sparql` (its header read
/// the same way).
fn chosen_query(a: &QueryArgs) -> Result<query::BundledQuery> {
    if let Some(name) = &a.name {
        Ok(query::find(name)?)
    } else if let Some(file) = &a.file {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("{}: cannot read query file", file.display()))?;
        Ok(query::parse_header(&file.display().to_string(), &text))
    } else if let Some(s) = &a.sparql {
        Ok(query::parse_header("--sparql", s))
    } else {
        bail!("name a bundled query (see `newsgraph query --list`), or give --file or --sparql");
    }
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
    let net = crate::cli::network::from_table(&store, &table)?;
    if net.edges.is_empty() {
        bail!(
            "the actor network of {} is empty: nothing to draw",
            store.label()
        );
    }
    let mut dot = Vec::new();
    crate::cli::network::write(&net, crate::cli::network::GraphFormat::Dot, &mut dot)?;
    let picture = crate::cli::network::render(&dot, &format, &a.layout)?;
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

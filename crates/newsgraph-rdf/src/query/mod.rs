//! Bundled and ad-hoc SPARQL queries over the store, with parameters bound as RDF terms (never spliced
//! into the query text) and results written as a table, CSV, TSV, JSON, XML, Turtle or N-Triples.

pub mod bind;
mod catalog;
mod construct;
pub mod order;
pub mod page;
mod remote;
mod results;
mod table;

pub use catalog::*;
pub use remote::run_remote;
use results::{Event, events, write_events};
pub use table::{short_term, write_table};

use crate::error::{Error, Result};
use crate::export::{DatasetWriter, ExportFormat, SortConfig};
use crate::store::GraphStore;
use order::Sorted;
use oxigraph::model::{GraphNameRef, Literal, NamedNode, Term, Triple, vocab::xsd};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    CancellationToken, PreparedSparqlQuery, QueryEvaluationError, QueryResults, QuerySolution,
    SparqlEvaluator, Variable,
};
use spargebra::SparqlParser;
use std::io::Write;
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

/// Output format of query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    /// An aligned text table (for people).
    Table,
    /// SPARQL CSV.
    Csv,
    /// SPARQL TSV.
    Tsv,
    /// SPARQL JSON.
    Json,
    /// SPARQL XML.
    Xml,
    /// Turtle (CONSTRUCT/DESCRIBE).
    Turtle,
    /// N-Triples (CONSTRUCT/DESCRIBE).
    NTriples,
}

impl std::str::FromStr for ResultFormat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "table" => ResultFormat::Table,
            "csv" => ResultFormat::Csv,
            "tsv" => ResultFormat::Tsv,
            "json" => ResultFormat::Json,
            "xml" => ResultFormat::Xml,
            "ttl" | "turtle" => ResultFormat::Turtle,
            "nt" | "ntriples" | "n-triples" => ResultFormat::NTriples,
            other => {
                return Err(Error::Invalid(format!(
                    "unknown result format `{other}` (table, csv, tsv, json, xml, ttl, nt)"
                )));
            }
        })
    }
}

/// Rows of a SELECT query, as terms (for tests and the library API).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column names.
    pub variables: Vec<String>,
    /// Rows; `None` for unbound.
    pub rows: Vec<Vec<Option<Term>>>,
}

/// The RDF dataset a query runs on (the SPARQL 1.1 Protocol's `default-graph-uri` and `named-graph-uri`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DatasetSpec {
    /// Graphs whose union is the default graph; empty: the query's own `FROM`, else the union of all graphs.
    pub default_graphs: Vec<NamedNode>,
    /// The named graphs `GRAPH` sees; empty: the query's own `FROM NAMED`, else every graph.
    pub named_graphs: Vec<NamedNode>,
}

/// A `SERVICE` handler that refuses every call: newsgraph never sends a query to a remote endpoint.
struct NoFederation;

/// Why a `SERVICE` call was refused.
#[derive(Debug, thiserror::Error)]
#[error("federated queries (SERVICE <{0}>) are not allowed here")]
pub struct ServiceRefused(String);

impl oxigraph::sparql::DefaultServiceHandler for NoFederation {
    type Error = ServiceRefused;
    fn handle(
        &self,
        service_name: &NamedNode,
        _pattern: &spargebra::algebra::GraphPattern,
        _base_iri: Option<&oxiri::Iri<String>>,
    ) -> std::result::Result<oxigraph::sparql::QuerySolutionIter<'static>, ServiceRefused> {
        Err(ServiceRefused(service_name.as_str().to_string()))
    }
}

/// Whether an evaluation error is (or was caused by) a refused `SERVICE` call ([`ServiceRefused`]).
pub fn is_refused_service(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(e);
    while let Some(c) = cause {
        if c.is::<ServiceRefused>() {
            return true;
        }
        cause = c.source();
    }
    false
}

/// The library error of a query evaluation error: a refused `SERVICE` call is [`Error::Refused`] (told by
/// its type), a damaged or locked store [`Error::Corrupt`] or [`Error::Locked`] (a table file read during
/// the evaluation fails its checksum, say), anything else [`Error::Sparql`] with the evaluator's message.
fn evaluation_error(store: &GraphStore, origin: &str, e: QueryEvaluationError) -> Error {
    if is_refused_service(&e) {
        Error::Refused {
            origin: origin.to_string(),
            source: Box::new(e),
        }
    } else if crate::store::is_store_problem(&e) {
        store.error(e)
    } else {
        Error::Sparql {
            origin: origin.to_string(),
            message: e.to_string(),
        }
    }
}

fn prepare(
    store: &GraphStore,
    origin: &str,
    sparql: &str,
    params: &[(String, Term)],
    cancel: Option<&CancellationToken>,
    window: Option<Window>,
) -> Result<QueryResults<'static>> {
    evaluate_window(
        store,
        origin,
        sparql,
        params,
        &DatasetSpec::default(),
        cancel,
        window,
    )
}

/// Parses `sparql`, binds `params` (see [`bind`]), sets the dataset and starts the evaluation.
///
/// Without a dataset in `dataset` or in the query (`FROM`), the default graph is the union of all graphs.
/// `SERVICE` is always refused; `cancel` stops the evaluation at its next read of the store.
pub fn evaluate(
    store: &GraphStore,
    origin: &str,
    sparql: &str,
    params: &[(String, Term)],
    dataset: &DatasetSpec,
    cancel: Option<&CancellationToken>,
) -> Result<QueryResults<'static>> {
    evaluate_window(store, origin, sparql, params, dataset, cancel, None)
}

/// A window over a SELECT query's rows: skip `start`, then keep at most `length` (within the query's own
/// `OFFSET`/`LIMIT`, see [`page::set_window`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Window {
    /// Rows skipped.
    pub start: usize,
    /// Rows kept at most (`None`: all).
    pub length: Option<usize>,
}

/// [`evaluate`], answering only the rows of `window` (SELECT queries; other forms ignore it).
pub fn evaluate_window(
    store: &GraphStore,
    origin: &str,
    sparql: &str,
    params: &[(String, Term)],
    dataset: &DatasetSpec,
    cancel: Option<&CancellationToken>,
    window: Option<Window>,
) -> Result<QueryResults<'static>> {
    let syntax = |e: oxigraph::sparql::SparqlSyntaxError| Error::Sparql {
        origin: origin.to_string(),
        message: e.to_string(),
    };
    let evaluator = || {
        let e = SparqlEvaluator::new().with_default_service_handler(NoFederation);
        match cancel {
            Some(token) => e.with_cancellation_token(token.clone()),
            None => e,
        }
    };
    // Syntax errors are reported against the query as written.
    let mut query = SparqlParser::new().parse_query(sparql).map_err(syntax)?;
    bind::bind(&mut query, origin, params)?;
    if let Some(w) = window {
        page::set_window(&mut query, w.start, w.length);
    }
    // A CONSTRUCT runs as the SELECT of its WHERE clause, its template instantiated here (see
    // [`construct`]), so that its memory stays flat.
    let (query, template) = construct::split(query);
    let results = evaluate_parsed(store, origin, query, dataset, &evaluator)?;
    Ok(match template {
        Some(t) => t.instantiate(results),
        None => results,
    })
}

/// [`evaluate_window`] of a parsed query, with its parameters bound and its window set.
fn evaluate_parsed(
    store: &GraphStore,
    origin: &str,
    query: spargebra::Query,
    dataset: &DatasetSpec,
    evaluator: &dyn Fn() -> SparqlEvaluator,
) -> Result<QueryResults<'static>> {
    let failed = |e: QueryEvaluationError| evaluation_error(store, origin, e);
    let mut run = |q: spargebra::Query| -> Result<page::Rows> {
        match run_ordered(store, q, dataset, evaluator).map_err(failed)? {
            QueryResults::Solutions(sols) => {
                let vars = sols.variables().to_vec();
                let rows = sols
                    .collect::<std::result::Result<Vec<_>, _>>()
                    .map_err(failed)?;
                Ok((vars, rows))
            }
            _ => Err(Error::Invalid(format!("{origin}: not a SELECT query"))),
        }
    };
    let found = |rows: page::Rows| {
        let (vars, rows) = rows;
        QueryResults::Solutions(oxigraph::sparql::QuerySolutionIter::new(
            vars.into(),
            rows.into_iter().map(Ok),
        ))
    };
    // A page of pairs ranked by the articles they share is found from the kept article counts, which
    // are counts over the whole store (see [`page::CoOccurrence`]).
    if dataset.default_graphs.is_empty()
        && dataset.named_graphs.is_empty()
        && let Some(plan) = page::CoOccurrence::find(&query)
        && let page::Paged::Rows(rows) = plan.page(&query, &mut run)?
    {
        return Ok(found(rows));
    }
    // A page of an ordered listing is found from its leading key where it can be (see [`page`]).
    if let Some(anchor) = page::Anchor::find(&query)
        && let page::Paged::Rows(rows) = anchor.page(&query, &mut run)?
    {
        return Ok(found(rows));
    }
    // Otherwise, a page whose columns gathered per subject are computed for its subjects only (see
    // [`page::Decorated`]).
    if let Some(decorated) = page::Decorated::find(&query)
        && let page::Paged::Rows(rows) = decorated.page(&query, &mut run)?
    {
        return Ok(found(rows));
    }
    run_ordered(store, query, dataset, evaluator).map_err(failed)
}

/// Evaluates `query`, applying a top-level ORDER BY here, each row's keys evaluated once (see [`order`]).
fn run_ordered(
    store: &GraphStore,
    mut query: spargebra::Query,
    dataset: &DatasetSpec,
    evaluator: &dyn Fn() -> SparqlEvaluator,
) -> std::result::Result<QueryResults<'static>, QueryEvaluationError> {
    let original = query.clone();
    let Some(plan) = order::plan(&mut query) else {
        return execute(store, evaluator().for_query(query), dataset);
    };
    match execute(store, evaluator().for_query(query), dataset)? {
        QueryResults::Solutions(solutions) => match order::sort_solutions(solutions, &plan)? {
            Sorted::Rows(rows) => Ok(QueryResults::Solutions(rows)),
            Sorted::Unsupported => execute(store, evaluator().for_query(original), dataset),
        },
        other => Ok(other),
    }
}

/// Sets the dataset of `prepared` (see [`evaluate`]) and evaluates it on the store.
fn execute(
    store: &GraphStore,
    mut prepared: PreparedSparqlQuery,
    dataset: &DatasetSpec,
) -> std::result::Result<QueryResults<'static>, QueryEvaluationError> {
    let ds = prepared.dataset_mut();
    if !dataset.default_graphs.is_empty() {
        ds.set_default_graph(
            dataset
                .default_graphs
                .iter()
                .map(|g| g.clone().into())
                .collect(),
        );
    } else if ds.is_default_dataset() {
        ds.set_default_graph_as_union();
    }
    if !dataset.named_graphs.is_empty() {
        ds.set_available_named_graphs(
            dataset
                .named_graphs
                .iter()
                .map(|g| g.clone().into())
                .collect(),
        );
    }
    prepared.on_store(store.inner()).execute()
}

/// Runs a SELECT query and collects its rows.
pub fn select(
    store: &GraphStore,
    origin: &str,
    sparql: &str,
    params: &[(String, Term)],
) -> Result<Table> {
    match prepare(store, origin, sparql, params, None, None)? {
        QueryResults::Solutions(sols) => {
            let variables: Vec<String> = sols
                .variables()
                .iter()
                .map(|v| v.as_str().to_string())
                .collect();
            let vars = sols.variables().to_vec();
            let mut rows = Vec::new();
            for sol in sols {
                let sol = sol.map_err(|e| Error::Sparql {
                    origin: origin.to_string(),
                    message: e.to_string(),
                })?;
                rows.push(vars.iter().map(|v| sol.get(v).cloned()).collect());
            }
            Ok(Table { variables, rows })
        }
        _ => Err(Error::Invalid(format!("{origin}: not a SELECT query"))),
    }
}

/// How [`run_to_writer_with`] runs a query.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Stop with an error once the query has run this long (`None`: no limit).
    pub timeout: Option<Duration>,
    /// Memory budget of the sort of CONSTRUCT/DESCRIBE results (larger results are sorted on disk).
    pub sort: SortConfig,
    /// Only these rows of a SELECT query's answer (a page); `None`: every row.
    pub window: Option<Window>,
}

/// What [`run_to_writer_with`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RunSummary {
    /// Rows written (SELECT queries).
    pub rows: usize,
    /// Whether the answer has more rows after the window's last.
    pub more: bool,
}

/// The window asked of the engine: one row more than `window` keeps, to learn whether more follow.
fn probe(window: Option<Window>) -> Option<Window> {
    window.map(|w| Window {
        start: w.start,
        length: w.length.map(|l| l.saturating_add(1)),
    })
}

/// Passes events through, keeping at most `keep` solutions after skipping `skip`, and records in `summary`
/// how many were kept and whether more followed.
fn windowed<'a>(
    events: impl Iterator<Item = Result<Event>> + 'a,
    skip: usize,
    keep: Option<usize>,
    summary: &'a std::cell::Cell<RunSummary>,
) -> impl Iterator<Item = Result<Event>> + 'a {
    let mut seen = 0usize;
    events
        .filter(move |e| {
            if let Ok(Event::Solution(_)) = e {
                seen += 1;
                return seen > skip;
            }
            true
        })
        .map_while(move |e| {
            if let Ok(Event::Solution(_)) = &e {
                let mut s = summary.get();
                if keep.is_some_and(|k| s.rows >= k) {
                    s.more = true;
                    summary.set(s);
                    return None;
                }
                s.rows += 1;
                summary.set(s);
            }
            Some(e)
        })
}

/// Runs a query and writes its results in `format` to `out`, without a time limit.
pub fn run_to_writer(
    store: &GraphStore,
    origin: &str,
    sparql: &str,
    params: &[(String, Term)],
    format: ResultFormat,
    out: &mut dyn Write,
) -> Result<()> {
    run_to_writer_with(
        store,
        origin,
        sparql,
        params,
        format,
        out,
        &RunOptions::default(),
    )
    .map(|_| ())
}

/// Runs a query and writes its results in `format` to `out`.
///
/// CONSTRUCT and DESCRIBE results are written sorted and deduplicated with bounded memory: the triples are
/// sorted as N-Triples lines, on disk beyond `opts.sort` (see [`crate::export::extsort`]), then written
/// through [`crate::export::DatasetWriter`], so the same results always give the same bytes.
///
/// With `opts.timeout`, the query is evaluated on a worker thread and results are written as they come;
/// at the deadline the evaluation is cancelled through Oxigraph's [`CancellationToken`] and the error
/// `query NAME: timed out after N s (use --timeout to allow longer)` is returned (what was written so far
/// stays written). Oxigraph checks the token each time it reads the store, so a computation that reads
/// nothing for a while (a large join in memory) runs on until its next read: the worker is given two seconds
/// to stop, then left behind (detached) and this function returns anyway.
///
/// With `opts.window`, only those rows of a SELECT answer are written; the summary says whether more follow.
pub fn run_to_writer_with(
    store: &GraphStore,
    origin: &str,
    sparql: &str,
    params: &[(String, Term)],
    format: ResultFormat,
    out: &mut dyn Write,
    opts: &RunOptions,
) -> Result<RunSummary> {
    let summary = std::cell::Cell::new(RunSummary::default());
    let keep = opts.window.and_then(|w| w.length);
    let Some(limit) = opts.timeout else {
        let results = prepare(store, origin, sparql, params, None, probe(opts.window))?;
        let events = windowed(events(store, results, origin), 0, keep, &summary);
        write_events(events, origin, format, out, &opts.sort)?;
        return Ok(summary.get());
    };
    let window = probe(opts.window);
    let token = CancellationToken::new();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Result<Event>>(1024);
    {
        let (store, name, sparql, params, token) = (
            store.clone(),
            origin.to_string(),
            sparql.to_string(),
            params.to_vec(),
            token.clone(),
        );
        std::thread::Builder::new()
            .name("newsgraph-query".into())
            .spawn(
                move || match prepare(&store, &name, &sparql, &params, Some(&token), window) {
                    Ok(results) => {
                        for e in events(&store, results, &name) {
                            if tx.send(e).is_err() {
                                return;
                            }
                        }
                    }
                    Err(e) => {
                        // The receiver is gone only once the caller stopped waiting (its timeout,
                        // reported there), so an error nobody reads can be dropped.
                        let _ = tx.send(Err(e));
                    }
                },
            )
            .map_err(|e| Error::Invalid(format!("query {origin}: cannot start a thread: {e}")))?;
    }
    let deadline = Instant::now() + limit;
    let mut timed_out = false;
    let received = std::iter::from_fn(|| {
        if timed_out {
            return None;
        }
        match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(e) => Some(e),
            Err(RecvTimeoutError::Disconnected) => None,
            Err(RecvTimeoutError::Timeout) => {
                timed_out = true;
                Some(Err(Error::Invalid(format!(
                    "query {origin}: timed out after {} s (use --timeout to allow longer)",
                    seconds(limit)
                ))))
            }
        }
    });
    let result = write_events(
        windowed(received, 0, keep, &summary),
        origin,
        format,
        out,
        &opts.sort,
    );
    if result.is_err() {
        // Timed out, or writing failed: stop the evaluation and give it a moment to end cleanly.
        token.cancel();
        let grace = Instant::now() + Duration::from_secs(2);
        while rx
            .recv_timeout(grace.saturating_duration_since(Instant::now()))
            .is_ok()
        {}
    }
    result.map(|()| summary.get())
}

fn seconds(d: Duration) -> String {
    if d.subsec_nanos() == 0 {
        d.as_secs().to_string()
    } else {
        format!("{:.1}", d.as_secs_f64())
    }
}

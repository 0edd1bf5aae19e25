//! `newsgraph push`: publishing the store's graphs into another triple store (Virtuoso, Fuseki, GraphDB,
//! Neptune, QLever, Oxigraph's server, `newsgraph serve --writable`) over HTTP.
//!
//! Each named graph is sent with the SPARQL 1.1 Graph Store Protocol: `PUT ?graph=IRI` with the graph's
//! first `batch` triples as N-Triples (so re-pushing an article replaces it), then `POST ?graph=IRI` for
//! each further batch; or, with `via_update`, as SPARQL 1.1 Update (`DROP SILENT GRAPH` then
//! `INSERT DATA`) for stores that only speak Update. Failed requests (connection errors, timeouts, 429 and
//! 5xx) are retried with exponential backoff, honouring `Retry-After`. A checkpoint file records each graph
//! once the server has all of it, with the SHA-256 of what was sent: a re-run after a failure sends only the
//! graphs that are missing or changed.

use crate::error::{Error, Result};
use crate::store::GraphStore;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, Triple};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How to authenticate to the target store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    /// No credentials.
    None,
    /// `Authorization: Bearer TOKEN`.
    Bearer(String),
    /// HTTP Basic.
    Basic {
        /// User name.
        user: String,
        /// Password.
        password: String,
    },
}

/// Where and how to push.
#[derive(Debug, Clone)]
pub struct PushOptions {
    /// The Graph Store Protocol endpoint (`…/store`, Virtuoso's `…/sparql-graph-crud`), or with
    /// `via_update` the SPARQL Update endpoint.
    pub endpoint: String,
    /// Send SPARQL 1.1 Update instead of Graph Store requests.
    pub via_update: bool,
    /// Credentials.
    pub auth: Auth,
    /// Triples per request.
    pub batch: usize,
    /// Retries per request before giving up.
    pub retries: u32,
    /// First backoff delay (doubled after each failure, at most 30 s).
    pub backoff: Duration,
    /// Time limit of one request.
    pub timeout: Duration,
    /// Where pushed graphs are recorded (`None`: no checkpoint, everything is sent).
    pub checkpoint: Option<PathBuf>,
    /// Only these graphs (empty: every named graph of the store).
    pub graphs: Vec<NamedNode>,
    /// Graphs sent at once, each by its own connection (at least 1).
    pub parallel: usize,
}

impl PushOptions {
    /// Defaults for `endpoint`: 10,000 triples per request, 6 retries from 0.5 s, 120 s per request.
    pub fn new(endpoint: impl Into<String>) -> Self {
        PushOptions {
            endpoint: endpoint.into(),
            via_update: false,
            auth: Auth::None,
            batch: 10_000,
            retries: 6,
            backoff: Duration::from_millis(500),
            timeout: Duration::from_secs(120),
            checkpoint: None,
            graphs: Vec::new(),
            parallel: 1,
        }
    }
}

/// What a push did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PushReport {
    /// Graphs sent.
    pub graphs_sent: usize,
    /// Graphs skipped because the checkpoint says the server has them, unchanged.
    pub graphs_skipped: usize,
    /// Triples sent.
    pub triples: usize,
    /// Request bodies, in bytes.
    pub bytes: usize,
    /// HTTP requests made (retries included).
    pub requests: usize,
    /// Requests retried.
    pub retries: usize,
    /// Wall time.
    pub seconds: f64,
}

/// The checkpoint: graph IRI → SHA-256 of what was sent, one `ENDPOINT<TAB>IRI<TAB>HEX` line per graph
/// (so one file can serve several targets), appended and synced as graphs complete. A torn last line (a
/// crash mid-write) is ignored.
struct Checkpoint {
    path: Option<PathBuf>,
    endpoint: String,
    done: HashMap<String, String>,
}

impl Checkpoint {
    fn open(path: Option<PathBuf>, endpoint: &str) -> Result<Self> {
        let mut done = HashMap::new();
        if let Some(p) = &path
            && p.exists()
        {
            let text = std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
            for line in text.lines() {
                let mut cols = line.split('\t');
                let (Some(target), Some(iri), Some(hash), None) =
                    (cols.next(), cols.next(), cols.next(), cols.next())
                else {
                    continue;
                };
                if target == endpoint
                    && hash.len() == 64
                    && hash.bytes().all(|b| b.is_ascii_hexdigit())
                {
                    done.insert(iri.to_string(), hash.to_string());
                }
            }
        }
        Ok(Checkpoint {
            path,
            endpoint: endpoint.to_string(),
            done,
        })
    }

    fn has(&self, iri: &str, hash: &str) -> bool {
        self.done.get(iri).is_some_and(|h| h == hash)
    }

    fn record(&mut self, iri: &str, hash: &str) -> Result<()> {
        if let Some(p) = &self.path {
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(p)
                .map_err(|e| Error::io(p, e))?;
            writeln!(f, "{}\t{iri}\t{hash}", self.endpoint).map_err(|e| Error::io(p, e))?;
            f.sync_data().map_err(|e| Error::io(p, e))?;
        }
        self.done.insert(iri.to_string(), hash.to_string());
        Ok(())
    }
}

/// The graph's triples as N-Triples chunks of at most `batch` triples, and the SHA-256 of all of them.
fn chunks(
    store: &GraphStore,
    graph: &NamedNode,
    batch: usize,
) -> Result<(Vec<Vec<u8>>, String, usize)> {
    let store_err = |e: oxigraph::store::StorageError| store.error(e);
    let mut triples: Vec<Triple> = Vec::new();
    for q in store.inner().quads_for_pattern(
        None,
        None,
        None,
        Some(GraphNameRef::NamedNode(graph.as_ref())),
    ) {
        // What was mapped, not Oxigraph's canonical form (see [`crate::export::restore_datatype`]).
        triples.push(crate::export::restore_datatype(q.map_err(store_err)?).into());
    }
    // Sorted, so the hash (and the bytes sent) depend on the graph only.
    triples.sort_by_cached_key(|t| t.to_string());
    let mut hasher = Sha256::new();
    let mut out = Vec::new();
    for part in triples.chunks(batch.max(1)) {
        let mut w = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(Vec::new());
        for t in part {
            w.serialize_triple(t.as_ref())
                .map_err(|e| Error::Rdf(e.to_string()))?;
        }
        let bytes = w.finish().map_err(|e| Error::Rdf(e.to_string()))?;
        hasher.update(&bytes);
        out.push(bytes);
    }
    let hash = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    Ok((out, hash, triples.len()))
}

/// Pushes the store's named graphs (sorted by IRI) to `opts.endpoint`; `progress` hears about each graph.
pub fn push(
    store: &GraphStore,
    opts: &PushOptions,
    progress: &mut dyn FnMut(&str),
) -> Result<PushReport> {
    let started = Instant::now();
    let client = reqwest::blocking::Client::builder()
        .timeout(opts.timeout)
        .user_agent(concat!("newsgraph/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| Error::Invalid(format!("cannot build the HTTP client: {e}")))?;
    reqwest::Url::parse(&opts.endpoint)
        .map_err(|e| Error::Invalid(format!("--endpoint {}: {e}", opts.endpoint)))?;
    let graphs = graphs_to_push(store, opts)?;
    let checkpoint = Mutex::new(Checkpoint::open(opts.checkpoint.clone(), &opts.endpoint)?);
    let mut report = PushReport::default();
    // Workers take graphs in IRI order; the first failure stops them (graphs under way finish or fail on
    // their own), and the checkpoint keeps what was completed either way.
    // Scoped threads and a channel rather than rayon: each outcome is reported on this thread as soon as
    // its graph is done (`progress` is a `&mut FnMut`, neither `Send` nor `Sync`), graphs are taken one
    // by one in IRI order (rayon splits the list in halves, so a failed run would leave gaps all over it),
    // and the jobs wait on the network, so a pool sized by the cores is the wrong size: rayon would need a
    // pool of its own, the same channel and the same stop flag, i.e. this code and a dependency more.
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let mut first_error = None;
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::channel::<Result<(String, PushReport)>>();
        for _ in 0..opts.parallel.max(1).min(graphs.len().max(1)) {
            let tx = tx.clone();
            let (client, graphs, checkpoint, next, stop) =
                (&client, &graphs, &checkpoint, &next, &stop);
            scope.spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let Some(graph) = graphs.get(next.fetch_add(1, Ordering::Relaxed)) else {
                        break;
                    };
                    let outcome = push_graph(store, client, opts, graph, checkpoint);
                    let failed = outcome.is_err();
                    if tx.send(outcome).is_err() || failed {
                        stop.store(true, Ordering::Relaxed);
                        break;
                    }
                }
            });
        }
        drop(tx);
        for outcome in rx {
            match outcome {
                Ok((graph, part)) => {
                    report.add(&part);
                    if part.graphs_sent > 0 {
                        progress(&graph);
                    }
                }
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
    });
    if let Some(e) = first_error {
        return Err(e);
    }
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// The graphs `push` sends, sorted by IRI: `opts.graphs`, or else every named graph of the store.
fn graphs_to_push(store: &GraphStore, opts: &PushOptions) -> Result<Vec<NamedNode>> {
    let mut graphs: Vec<NamedNode> = if opts.graphs.is_empty() {
        let mut all = Vec::new();
        for g in store.inner().named_graphs() {
            let g = g.map_err(|e| Error::Store {
                path: store.label().to_string(),
                message: e.to_string(),
            })?;
            if let NamedOrBlankNode::NamedNode(n) = g {
                all.push(n);
            }
        }
        all
    } else {
        opts.graphs.clone()
    };
    graphs.sort();
    Ok(graphs)
}

/// Pushes one graph unless the checkpoint says the target has it unchanged; returns what it did.
fn push_graph(
    store: &GraphStore,
    client: &reqwest::blocking::Client,
    opts: &PushOptions,
    graph: &NamedNode,
    checkpoint: &Mutex<Checkpoint>,
) -> Result<(String, PushReport)> {
    let mut report = PushReport::default();
    let (parts, hash, n) = chunks(store, graph, opts.batch)?;
    if lock(checkpoint).has(graph.as_str(), &hash) {
        report.graphs_skipped = 1;
        return Ok((graph.as_str().to_string(), report));
    }
    for (i, body) in parts.iter().enumerate() {
        send(client, opts, graph, i == 0, body, &mut report)?;
    }
    if parts.is_empty() {
        // An empty graph still replaces what the server had.
        send(client, opts, graph, true, &[], &mut report)?;
    }
    lock(checkpoint).record(graph.as_str(), &hash)?;
    report.graphs_sent = 1;
    report.triples = n;
    Ok((graph.as_str().to_string(), report))
}

/// The checkpoint, even if a worker panicked while holding it (its records are appended whole or not).
fn lock(checkpoint: &Mutex<Checkpoint>) -> std::sync::MutexGuard<'_, Checkpoint> {
    checkpoint
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl PushReport {
    /// Adds the counts of `other` (not its time).
    fn add(&mut self, other: &PushReport) {
        self.graphs_sent += other.graphs_sent;
        self.graphs_skipped += other.graphs_skipped;
        self.triples += other.triples;
        self.bytes += other.bytes;
        self.requests += other.requests;
        self.retries += other.retries;
    }
}

/// Sends one batch of one graph, retrying what can be retried.
fn send(
    client: &reqwest::blocking::Client,
    opts: &PushOptions,
    graph: &NamedNode,
    first: bool,
    ntriples: &[u8],
    report: &mut PushReport,
) -> Result<()> {
    let body = request_body(opts, graph, first, ntriples);
    let mut delay = opts.backoff;
    let mut attempt = 0u32;
    loop {
        attempt += 1;
        report.requests += 1;
        let req = request(client, opts, graph, first)?;
        let outcome = req.body(body.clone()).send();
        let (retryable, why, wait) = match outcome {
            Ok(resp) if resp.status().is_success() => {
                report.bytes += body.len();
                return Ok(());
            }
            Ok(resp) => {
                let status = resp.status();
                let retry_after = resp
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map(Duration::from_secs);
                let text = resp.text().unwrap_or_default();
                let line = text.lines().next().unwrap_or("").trim().to_string();
                let retryable = status.as_u16() == 429 || status.is_server_error();
                (retryable, format!("HTTP {status}: {line}"), retry_after)
            }
            Err(e) => (true, format!("{e}"), None),
        };
        if !retryable || attempt > opts.retries {
            return Err(Error::Invalid(format!(
                "push of <{}> to {}: {why}{}",
                graph.as_str(),
                opts.endpoint,
                if retryable {
                    format!(" (gave up after {attempt} attempts; run push again to resume)")
                } else {
                    String::new()
                }
            )));
        }
        report.retries += 1;
        std::thread::sleep(wait.unwrap_or(delay).min(Duration::from_secs(60)));
        delay = (delay * 2).min(Duration::from_secs(30));
    }
}

/// The body of one request: the batch of N-Triples as is (Graph Store Protocol), or wrapped in `INSERT
/// DATA` (SPARQL Update; the first batch of a graph drops it first).
fn request_body(opts: &PushOptions, graph: &NamedNode, first: bool, ntriples: &[u8]) -> Vec<u8> {
    if opts.via_update {
        let mut u = Vec::new();
        if first {
            u.extend_from_slice(format!("DROP SILENT GRAPH <{}> ;\n", graph.as_str()).as_bytes());
        }
        u.extend_from_slice(format!("INSERT DATA {{ GRAPH <{}> {{\n", graph.as_str()).as_bytes());
        u.extend_from_slice(ntriples);
        u.extend_from_slice(b"} }\n");
        u
    } else {
        ntriples.to_vec()
    }
}

/// The request for one batch, without its body: an update `POST`, or a Graph Store `PUT` (the first batch
/// of a graph, replacing it) or `POST` to `?graph=`; with the credentials of `opts.auth`.
fn request(
    client: &reqwest::blocking::Client,
    opts: &PushOptions,
    graph: &NamedNode,
    first: bool,
) -> Result<reqwest::blocking::RequestBuilder> {
    let req = if opts.via_update {
        client
            .post(&opts.endpoint)
            .header("Content-Type", "application/sparql-update")
    } else {
        let url = reqwest::Url::parse_with_params(&opts.endpoint, [("graph", graph.as_str())])
            .map_err(|e| Error::Invalid(format!("--endpoint {}: {e}", opts.endpoint)))?;
        let r = if first {
            client.put(url)
        } else {
            client.post(url)
        };
        r.header("Content-Type", "application/n-triples")
    };
    Ok(match &opts.auth {
        Auth::None => req,
        Auth::Bearer(t) => req.bearer_auth(t),
        Auth::Basic { user, password } => req.basic_auth(user, Some(password)),
    })
}

//! `newsgraph serve`: the store over HTTP.
//!
//! - the SPARQL 1.1 Protocol at `/sparql` (GET `?query=`, POST form, POST `application/sparql-query`;
//!   `default-graph-uri` / `named-graph-uri`; results negotiated as SPARQL JSON, XML, CSV or TSV, graphs as
//!   Turtle, N-Triples, JSON-LD or RDF/XML), with a SPARQL 1.1 Service Description at `GET /sparql`;
//! - reads of the SPARQL 1.1 Graph Store Protocol at `/store` (`?graph=IRI`, `?default`);
//! - the bundled queries at `/queries` (a JSON list) and `/queries/NAME?param=value` (bound exactly as by
//!   `newsgraph query`);
//! - `/health`, and the explorer page at `/`.
//!
//! Safe by default: read-only (updates and Graph Store writes answer 405 unless the server was started with
//! `--writable`, and then need the bearer token from `--token-file`), `SERVICE` refused, a time limit and a
//! row cap per query, a request-body limit, and at most `max_concurrent` queries at once (503 past it).
//!
//! Built on axum and tokio: the HTTP side is async, and each query runs on tokio's blocking pool, since
//! Oxigraph's store is synchronous.

mod explorer;
mod handlers;
pub mod negotiate;
pub mod results;

use crate::error::{Error, Result};
use crate::store::GraphStore;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address to listen on (port 0: any free port).
    pub bind: SocketAddr,
    /// Time limit of one query.
    pub timeout: Duration,
    /// At most this many result rows (or triples) per answer; more are cut, and the answer says so in the
    /// `X-Newsgraph-Truncated` header.
    pub max_rows: usize,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Queries evaluated at once; further requests wait up to `queue_wait`, then get 503.
    pub max_concurrent: usize,
    /// How long a request may wait for a query slot.
    pub queue_wait: Duration,
    /// Whether SPARQL Update and Graph Store writes are accepted (with `token`).
    pub writable: bool,
    /// The bearer token writes need.
    pub token: Option<String>,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            bind: SocketAddr::from(([127, 0, 0, 1], 7878)),
            timeout: Duration::from_secs(30),
            max_rows: 100_000,
            max_body_bytes: 1 << 20,
            max_concurrent: std::thread::available_parallelism()
                .map(|n| n.get() * 2)
                .unwrap_or(4),
            queue_wait: Duration::from_secs(2),
            writable: false,
            token: None,
        }
    }
}

/// What every request handler sees.
pub(crate) struct AppState {
    store: GraphStore,
    opts: ServeOptions,
    slots: Arc<tokio::sync::Semaphore>,
    /// The public base of the endpoint (`http://host:port`), for the service description.
    base: String,
}

/// Serves `store` until Ctrl-C (or SIGTERM). `on_ready` is called with the bound address once the server
/// accepts connections (the CLI prints it; tests read it).
pub fn serve(
    store: GraphStore,
    opts: ServeOptions,
    on_ready: impl FnOnce(SocketAddr) + Send,
) -> Result<()> {
    if opts.writable && opts.token.as_deref().is_none_or(str::is_empty) {
        return Err(Error::Invalid(
            "a writable server needs a bearer token (--token-file)".into(),
        ));
    }
    if opts.max_concurrent == 0 || opts.max_rows == 0 {
        return Err(Error::Invalid(
            "--max-concurrent and --max-rows must be at least 1".into(),
        ));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("newsgraph-serve")
        .build()
        .map_err(|e| Error::Invalid(format!("cannot start the server runtime: {e}")))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(opts.bind)
            .await
            .map_err(|e| Error::Invalid(format!("cannot listen on {}: {e}", opts.bind)))?;
        let addr = listener
            .local_addr()
            .map_err(|e| Error::Invalid(format!("cannot listen on {}: {e}", opts.bind)))?;
        let state = Arc::new(AppState {
            slots: Arc::new(tokio::sync::Semaphore::new(opts.max_concurrent)),
            base: format!("http://{addr}"),
            store,
            opts,
        });
        let app = handlers::router(state);
        on_ready(addr);
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(|e| Error::Invalid(format!("server error: {e}")))
    })
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        // Should the Ctrl-C handler fail to install, only SIGTERM stops the server (as below when SIGTERM's
        // cannot be installed): the error must not read as a Ctrl-C and stop the server at once.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

//! The HTTP routes ([`router`]), one module of handlers per endpoint family, and what they share: query
//! strings, errors, the query slots, negotiation failures and the write check.

mod graph_store;
mod queries;
mod sparql;

use graph_store::{store_get, store_write};
use queries::{bundled_query, list_queries};
use sparql::{sparql_get, sparql_post};

use super::AppState;
use crate::query::DatasetSpec;
use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use oxigraph::model::NamedNode;
use std::sync::Arc;

type Shared = Arc<AppState>;

/// All routes.
pub(super) fn router(state: Shared) -> Router {
    let limit = state.opts.max_body_bytes;
    Router::new()
        .route("/", get(super::explorer::index))
        .route("/assets/{file}", get(super::explorer::asset))
        .route("/health", get(health))
        .route("/sparql", get(sparql_get).post(sparql_post))
        .route(
            "/store",
            get(store_get)
                .head(store_get)
                .put(store_write)
                .post(store_write)
                .delete(store_write),
        )
        .route("/queries", get(list_queries))
        .route("/queries/{name}", get(bundled_query))
        .layer(DefaultBodyLimit::max(limit))
        .with_state(state)
}

/// A plain-text error answer.
fn error(status: StatusCode, message: impl std::fmt::Display) -> Response {
    let mut r = (status, format!("{message}\n")).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

/// An error answer before it becomes a response (small, so it can travel in `Result`s).
struct Reject(StatusCode, String);

impl Reject {
    fn new(status: StatusCode, message: impl std::fmt::Display) -> Self {
        Reject(status, message.to_string())
    }
}

impl IntoResponse for Reject {
    fn into_response(self) -> Response {
        error(self.0, self.1)
    }
}

/// The `key=value` pairs of a query string or form body, percent-decoded, in order.
fn pairs(raw: Option<&str>) -> Vec<(String, String)> {
    raw.map(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    })
    .unwrap_or_default()
}

fn first<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn header_str(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// `GET /health`.
async fn health(State(state): State<Shared>) -> Response {
    let body = serde_json::json!({
        "status": "ok",
        "store": state.store.label(),
        "writable": state.opts.writable,
        "version": env!("CARGO_PKG_VERSION"),
    });
    json(StatusCode::OK, &body)
}

fn json(status: StatusCode, value: &serde_json::Value) -> Response {
    let mut r = (status, value.to_string()).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

/// The dataset named by `default-graph-uri` and `named-graph-uri`.
fn dataset(pairs: &[(String, String)]) -> Result<DatasetSpec, Reject> {
    let mut spec = DatasetSpec::default();
    for (k, v) in pairs {
        let list = match k.as_str() {
            "default-graph-uri" => &mut spec.default_graphs,
            "named-graph-uri" => &mut spec.named_graphs,
            _ => continue,
        };
        let iri = NamedNode::new(v.as_str())
            .map_err(|e| Reject::new(StatusCode::BAD_REQUEST, format!("{k}: `{v}`: {e}")))?;
        list.push(iri);
    }
    Ok(spec)
}

/// Whether the request carries the server's bearer token.
fn authorized(state: &AppState, headers: &HeaderMap) -> bool {
    let Some(token) = state.opts.token.as_deref() else {
        return false;
    };
    header_str(headers, header::AUTHORIZATION)
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|given| constant_time_eq(given.trim().as_bytes(), token.as_bytes()))
}

/// Compares two byte strings in time that depends on their lengths only.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Refuses a write unless the server is writable and the request has the token.
fn check_write(state: &AppState, headers: &HeaderMap) -> Option<Response> {
    if !state.opts.writable {
        let mut r = error(
            StatusCode::METHOD_NOT_ALLOWED,
            "this endpoint is read-only (start `newsgraph serve --writable --token-file FILE` to accept writes)",
        );
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return Some(r);
    }
    if !authorized(state, headers) {
        let mut r = error(
            StatusCode::UNAUTHORIZED,
            "writes need `Authorization: Bearer TOKEN` with the server's token",
        );
        r.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"newsgraph\""),
        );
        return Some(r);
    }
    None
}

/// Waits (up to the queue time) for a query slot.
async fn slot(state: &Shared) -> Option<tokio::sync::OwnedSemaphorePermit> {
    tokio::time::timeout(
        state.opts.queue_wait,
        Arc::clone(&state.slots).acquire_owned(),
    )
    .await
    .ok()
    .and_then(Result::ok)
}

fn busy(state: &AppState) -> Response {
    let mut r = error(
        StatusCode::SERVICE_UNAVAILABLE,
        format!(
            "too many queries at once (at most {} run together); retry shortly",
            state.opts.max_concurrent
        ),
    );
    r.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    r
}

/// A media type with its charset where it is text.
fn content_type(media: &str) -> String {
    if media.starts_with("text/") || media.contains("json") || media.contains("xml") {
        format!("{media}; charset=utf-8")
    } else {
        media.to_string()
    }
}

fn not_acceptable(offers: Vec<&str>) -> Response {
    error(
        StatusCode::NOT_ACCEPTABLE,
        format!(
            "none of the Accept header's types is offered here; offered: {}",
            offers.join(", ")
        ),
    )
}

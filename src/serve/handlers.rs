//! The HTTP routes and their handlers.

use super::AppState;
use super::negotiate;
use super::results::{self, Answer, Failure};
use crate::query::{self, DatasetSpec};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphNameRef, NamedNode};
use oxigraph::sparql::CancellationToken;
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

/// `GET /sparql`: a query (`?query=`), or the service description without one.
async fn sparql_get(
    State(state): State<Shared>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Response {
    let params = pairs(raw.as_deref());
    if first(&params, "update").is_some() {
        return error(
            StatusCode::BAD_REQUEST,
            "SPARQL Update is sent with POST, never GET",
        );
    }
    let Some(text) = first(&params, "query") else {
        return super::explorer::service_description(&state, &headers, &params);
    };
    let ds = match dataset(&params) {
        Ok(d) => d,
        Err(r) => return r.into_response(),
    };
    let format = first(&params, "format").map(str::to_string);
    answer(
        state,
        headers,
        format,
        results::Request {
            origin: "the query".into(),
            sparql: text.to_string(),
            params: Vec::new(),
            dataset: ds,
            window: None,
        },
    )
    .await
}

/// `POST /sparql`: a form (`query=` or `update=`), `application/sparql-query` or `application/sparql-update`.
async fn sparql_post(
    State(state): State<Shared>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> Response {
    let mut params = pairs(raw.as_deref());
    let content_type = header_str(&headers, header::CONTENT_TYPE)
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let Ok(body) = std::str::from_utf8(&body) else {
        return error(
            StatusCode::BAD_REQUEST,
            "the request body is not valid UTF-8",
        );
    };
    let (query, update) = match content_type.as_str() {
        "application/x-www-form-urlencoded" => {
            params.extend(pairs(Some(body)));
            (
                first(&params, "query").map(str::to_string),
                first(&params, "update").map(str::to_string),
            )
        }
        "application/sparql-query" => (Some(body.to_string()), None),
        "application/sparql-update" => (None, Some(body.to_string())),
        "" => {
            return error(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "no Content-Type: send application/sparql-query, application/sparql-update or a form",
            );
        }
        other => {
            return error(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!(
                    "Content-Type {other} is not a SPARQL request (application/sparql-query, \
                     application/sparql-update or application/x-www-form-urlencoded)"
                ),
            );
        }
    };
    if let Some(update) = update {
        return run_update(state, &headers, update).await;
    }
    let Some(query) = query else {
        return error(
            StatusCode::BAD_REQUEST,
            "the form has no `query` (or `update`) field",
        );
    };
    let ds = match dataset(&params) {
        Ok(d) => d,
        Err(r) => return r.into_response(),
    };
    let format = first(&params, "format").map(str::to_string);
    answer(
        state,
        headers,
        format,
        results::Request {
            origin: "the query".into(),
            sparql: query,
            params: Vec::new(),
            dataset: ds,
            window: None,
        },
    )
    .await
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

async fn run_update(state: Shared, headers: &HeaderMap, update: String) -> Response {
    if let Some(refused) = check_write(&state, headers) {
        return refused;
    }
    let Some(_slot) = slot(&state).await else {
        return busy(&state);
    };
    let store = state.store.clone();
    let done = tokio::task::spawn_blocking(move || {
        let prepared = oxigraph::sparql::SparqlEvaluator::new()
            .parse_update(&update)
            .map_err(|e| Reject::new(StatusCode::BAD_REQUEST, e))?;
        prepared
            .on_store(store.inner())
            .execute()
            .map_err(|e| Reject::new(StatusCode::INTERNAL_SERVER_ERROR, e))
    })
    .await;
    match done {
        Ok(Ok(())) => StatusCode::NO_CONTENT.into_response(),
        Ok(Err(r)) => r.into_response(),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e),
    }
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

/// Evaluates a query within the limits and answers in the negotiated format.
async fn answer(
    state: Shared,
    headers: HeaderMap,
    format: Option<String>,
    req: results::Request,
) -> Response {
    let accept = header_str(&headers, header::ACCEPT).map(str::to_string);
    let Some(_slot) = slot(&state).await else {
        return busy(&state);
    };
    let cancel = CancellationToken::new();
    let job = {
        let (store, cancel, max_rows) = (state.store.clone(), cancel.clone(), state.opts.max_rows);
        tokio::task::spawn_blocking(move || results::run(&store, &req, &cancel, max_rows))
    };
    let outcome = match tokio::time::timeout(state.opts.timeout, job).await {
        Ok(Ok(outcome)) => outcome,
        Ok(Err(e)) => return error(StatusCode::INTERNAL_SERVER_ERROR, e),
        Err(_) => {
            // Stops the evaluation at its next read of the store; its blocking thread then ends.
            cancel.cancel();
            Err(Failure::TimedOut)
        }
    };
    let answer = match outcome {
        Ok(a) => a,
        Err(Failure::Bad(m)) => return error(StatusCode::BAD_REQUEST, m),
        Err(Failure::Internal(m)) => return error(StatusCode::INTERNAL_SERVER_ERROR, m),
        Err(Failure::TimedOut) => {
            return error(
                StatusCode::SERVICE_UNAVAILABLE,
                format!(
                    "the query ran out of time ({} s limit)",
                    state.opts.timeout.as_secs_f64()
                ),
            );
        }
    };
    let truncated = match &answer {
        Answer::Solutions { truncated, .. } | Answer::Graph { truncated, .. } => *truncated,
        Answer::Boolean(_) => false,
    };
    let (bytes, media) = match &answer {
        Answer::Graph { triples, .. } => {
            let Some(f) = negotiate::graph_format(format.as_deref(), accept.as_deref()) else {
                return not_acceptable(negotiate::graph_media_types());
            };
            (
                results::write_triples(triples.iter().map(|t| t.as_ref()), f),
                f.media_type(),
            )
        }
        _ => {
            let Some(f) = negotiate::results_format(format.as_deref(), accept.as_deref()) else {
                return not_acceptable(negotiate::result_media_types());
            };
            (results::write_results(&answer, f), f.media_type())
        }
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => return error(StatusCode::INTERNAL_SERVER_ERROR, e),
    };
    let mut r = (StatusCode::OK, bytes).into_response();
    let h = r.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&content_type(media)) {
        h.insert(header::CONTENT_TYPE, v);
    }
    if truncated {
        h.insert(
            "x-newsgraph-truncated",
            HeaderValue::from_str(&format!("max-rows={}", state.opts.max_rows))
                .unwrap_or(HeaderValue::from_static("true")),
        );
    }
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

/// `GET /queries`: the bundled queries and their parameters, as JSON.
async fn list_queries() -> Response {
    let list: Vec<serde_json::Value> = query::bundled()
        .into_iter()
        .map(|q| {
            serde_json::json!({
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "url": format!("/queries/{}", q.name),
                "params": q.params.iter().map(|p| serde_json::json!({
                    "name": p.name,
                    "type": format!("{:?}", p.kind).to_ascii_lowercase(),
                    "optional": p.optional,
                    "default": p.default,
                    "description": p.description,
                })).collect::<Vec<_>>(),
                "sparql": q.sparql,
            })
        })
        .collect();
    json(StatusCode::OK, &serde_json::Value::Array(list))
}

/// `GET /queries/NAME?param=value`: a bundled query, its parameters bound as by `newsgraph query`.
async fn bundled_query(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(name): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let q = match query::find(&name) {
        Ok(q) => q,
        Err(e) => return error(StatusCode::NOT_FOUND, e),
    };
    let all = pairs(raw.as_deref());
    let format = first(&all, "format").map(str::to_string);
    let number = |key: &str| -> Result<Option<usize>, String> {
        first(&all, key)
            .map(|v| {
                v.parse::<usize>()
                    .map_err(|_| format!("`{key}` must be a whole number, not {v:?}"))
            })
            .transpose()
    };
    let (limit, offset) = match (number("limit"), number("offset")) {
        (Ok(l), Ok(o)) => (l, o),
        (Err(m), _) | (_, Err(m)) => return error(StatusCode::BAD_REQUEST, m),
    };
    // A page only when asked (`?limit=100&offset=200`): the HTTP API answers every row by default.
    let window = (limit.is_some() || offset.is_some()).then(|| query::Window {
        start: offset.unwrap_or(0),
        length: limit,
    });
    let given: Vec<(String, String)> = all
        .into_iter()
        .filter(|(k, _)| !matches!(k.as_str(), "format" | "limit" | "offset"))
        .collect();
    let params = match query::resolve_params(&q, &given) {
        Ok(p) => p,
        Err(e) => return error(StatusCode::BAD_REQUEST, e),
    };
    answer(
        state,
        headers,
        format,
        results::Request {
            origin: format!("query {}", q.name),
            sparql: q.sparql,
            params,
            dataset: DatasetSpec::default(),
            window,
        },
    )
    .await
}

/// `GET /store?graph=IRI` or `?default`: one graph, in the negotiated format (SPARQL 1.1 Graph Store
/// Protocol, reads).
async fn store_get(
    State(state): State<Shared>,
    method: Method,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Response {
    let params = pairs(raw.as_deref());
    let graph = match target_graph(&params) {
        Ok(g) => g,
        Err(r) => return r.into_response(),
    };
    let accept = header_str(&headers, header::ACCEPT).map(str::to_string);
    let Some(format) = negotiate::graph_format(first(&params, "format"), accept.as_deref()) else {
        return not_acceptable(negotiate::graph_media_types());
    };
    let Some(_slot) = slot(&state).await else {
        return busy(&state);
    };
    let store = state.store.clone();
    let max = state.opts.max_rows;
    let job = tokio::task::spawn_blocking(move || -> Result<Option<Vec<u8>>, String> {
        let inner = store.inner();
        let name = match &graph {
            Some(g) => {
                if !inner
                    .contains_named_graph(g.as_ref())
                    .map_err(|e| e.to_string())?
                {
                    return Ok(None);
                }
                GraphNameRef::NamedNode(g.as_ref())
            }
            None => GraphNameRef::DefaultGraph,
        };
        let mut triples = Vec::new();
        for q in inner.quads_for_pattern(None, None, None, Some(name)) {
            let q = q.map_err(|e| e.to_string())?;
            if triples.len() == max {
                return Err(format!(
                    "the graph has more than {max} triples (the server's --max-rows); use `newsgraph export`"
                ));
            }
            triples.push(oxigraph::model::Triple::from(
                crate::export::restore_datatype(q),
            ));
        }
        results::write_triples(triples.iter().map(|t| t.as_ref()), format)
            .map(Some)
            .map_err(|e| e.to_string())
    });
    match job.await {
        Ok(Ok(Some(bytes))) => {
            let mut r = if method == Method::HEAD {
                StatusCode::OK.into_response()
            } else {
                (StatusCode::OK, bytes).into_response()
            };
            if let Ok(v) = HeaderValue::from_str(&content_type(format.media_type())) {
                r.headers_mut().insert(header::CONTENT_TYPE, v);
            }
            r
        }
        Ok(Ok(None)) => error(StatusCode::NOT_FOUND, "no such graph in the store"),
        Ok(Err(m)) => error(StatusCode::INTERNAL_SERVER_ERROR, m),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e),
    }
}

/// The graph a Graph Store request names: `Some(IRI)` for `?graph=IRI`, `None` for `?default`.
fn target_graph(params: &[(String, String)]) -> Result<Option<NamedNode>, Reject> {
    match (
        first(params, "graph"),
        params.iter().any(|(k, _)| k == "default"),
    ) {
        (Some(_), true) => Err(Reject::new(
            StatusCode::BAD_REQUEST,
            "give either ?graph=IRI or ?default, not both",
        )),
        (Some(g), false) => NamedNode::new(g)
            .map(Some)
            .map_err(|e| Reject::new(StatusCode::BAD_REQUEST, format!("graph `{g}`: {e}"))),
        (None, true) => Ok(None),
        (None, false) => Err(Reject::new(
            StatusCode::BAD_REQUEST,
            "name a graph (?graph=IRI) or ?default; `newsgraph export` writes the whole dataset",
        )),
    }
}

/// `PUT`, `POST` and `DELETE /store`: Graph Store writes, refused unless writable and authorized.
async fn store_write(
    State(state): State<Shared>,
    method: Method,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> Response {
    if let Some(refused) = check_write(&state, &headers) {
        return refused;
    }
    let params = pairs(raw.as_deref());
    let graph = match target_graph(&params) {
        Ok(g) => g,
        Err(r) => return r.into_response(),
    };
    let format = if method == Method::DELETE {
        None
    } else {
        let ct = header_str(&headers, header::CONTENT_TYPE).unwrap_or("text/turtle");
        match RdfFormat::from_media_type(ct) {
            Some(f) => Some(f),
            None => {
                return error(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    format!("cannot read RDF of type {ct}"),
                );
            }
        }
    };
    let Some(_slot) = slot(&state).await else {
        return busy(&state);
    };
    let store = state.store.clone();
    let job = tokio::task::spawn_blocking(move || -> Result<StatusCode, Reject> {
        let inner = store.inner();
        let name = match &graph {
            Some(g) => GraphNameRef::NamedNode(g.as_ref()),
            None => GraphNameRef::DefaultGraph,
        };
        let internal =
            |e: oxigraph::store::StorageError| Reject::new(StatusCode::INTERNAL_SERVER_ERROR, e);
        let existed = match &graph {
            Some(g) => inner.contains_named_graph(g.as_ref()).map_err(internal)?,
            None => true,
        };
        if method == Method::DELETE {
            if !existed {
                return Err(Reject::new(
                    StatusCode::NOT_FOUND,
                    "no such graph in the store",
                ));
            }
            match &graph {
                Some(g) => inner.remove_named_graph(g.as_ref()).map_err(internal)?,
                None => inner.clear_graph(name).map_err(internal)?,
            };
            return Ok(StatusCode::NO_CONTENT);
        }
        let Some(format) = format else {
            return Err(Reject::new(StatusCode::BAD_REQUEST, "no RDF format"));
        };
        let parser = oxigraph::io::RdfParser::from_format(format)
            .without_named_graphs()
            .with_default_graph(name.into_owned());
        let mut quads = Vec::new();
        for q in parser.for_slice(&body) {
            quads.push(q.map_err(|e| Reject::new(StatusCode::BAD_REQUEST, e))?);
        }
        let mut tx = inner.start_transaction().map_err(internal)?;
        if method == Method::PUT {
            tx.clear_graph(name).map_err(internal)?;
        }
        for q in &quads {
            tx.insert(q.as_ref());
        }
        tx.commit().map_err(internal)?;
        Ok(if existed {
            StatusCode::NO_CONTENT
        } else {
            StatusCode::CREATED
        })
    });
    match job.await {
        Ok(Ok(status)) => status.into_response(),
        Ok(Err(r)) => r.into_response(),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e),
    }
}

//! The SPARQL 1.1 Protocol at `/sparql`: queries (GET and POST) and, on a writable server, updates; and
//! [`answer`], which evaluates a query within the server's limits and writes the negotiated results.

use super::{
    Reject, Shared, busy, check_write, content_type, dataset, error, first, header_str,
    not_acceptable, pairs, slot,
};
use crate::serve::negotiate;
use crate::serve::results::{self, Answer, Failure};
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use oxigraph::sparql::CancellationToken;

/// `GET /sparql`: a query (`?query=`), or the service description without one.
pub(super) async fn sparql_get(
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
        return crate::serve::explorer::service_description(&state, &headers, &params);
    };
    let text = text.to_string();
    protocol_query(state, headers, &params, text).await
}

/// Answers a SPARQL protocol query (GET or POST): its dataset (`default-graph-uri`, `named-graph-uri`)
/// and result format (`format`) come from the request's parameters.
async fn protocol_query(
    state: Shared,
    headers: HeaderMap,
    params: &[(String, String)],
    sparql: String,
) -> Response {
    let ds = match dataset(params) {
        Ok(d) => d,
        Err(r) => return r.into_response(),
    };
    let format = first(params, "format").map(str::to_string);
    answer(
        state,
        headers,
        format,
        results::Request {
            origin: "the query".into(),
            sparql,
            params: Vec::new(),
            dataset: ds,
            window: None,
        },
    )
    .await
}

/// `POST /sparql`: a form (`query=` or `update=`), `application/sparql-query` or `application/sparql-update`.
pub(super) async fn sparql_post(
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
    protocol_query(state, headers, &params, query).await
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

/// Evaluates a query within the limits and answers in the negotiated format.
pub(super) async fn answer(
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

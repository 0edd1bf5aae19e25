//! The bundled queries: `/queries` (a JSON list) and `/queries/NAME?param=value`.

use super::sparql::answer;
use super::{Shared, error, first, json, pairs};
use crate::query::{self, DatasetSpec};
use crate::serve::results::{self};
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

/// `GET /queries`: the bundled queries and their parameters, as JSON.
pub(super) async fn list_queries() -> Response {
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
pub(super) async fn bundled_query(
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

//! The SPARQL 1.1 Graph Store Protocol at `/store`: reads, and on a writable server, writes.

use super::{
    Reject, Shared, busy, check_write, content_type, error, first, header_str, not_acceptable,
    pairs, slot,
};
use crate::serve::negotiate;
use crate::serve::results::{self};
use crate::store::GraphStore;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphNameRef, NamedNode};

/// `GET /store?graph=IRI` or `?default`: one graph, in the negotiated format (SPARQL 1.1 Graph Store
/// Protocol, reads).
pub(super) async fn store_get(
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
pub(super) async fn store_write(
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
    let job = tokio::task::spawn_blocking(move || {
        write_graph(&store, &method, graph.as_ref(), format, &body)
    });
    match job.await {
        Ok(Ok(status)) => status.into_response(),
        Ok(Err(r)) => r.into_response(),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e),
    }
}

/// A Graph Store write on the blocking pool: `DELETE` removes the graph (404 when absent), `PUT` replaces it
/// and `POST` adds to it, in one transaction, the body parsed first (400 when it does not parse). 204 for a
/// graph that existed, 201 for a new one.
fn write_graph(
    store: &GraphStore,
    method: &Method,
    graph: Option<&NamedNode>,
    format: Option<RdfFormat>,
    body: &[u8],
) -> Result<StatusCode, Reject> {
    let inner = store.inner();
    let name = match graph {
        Some(g) => GraphNameRef::NamedNode(g.as_ref()),
        None => GraphNameRef::DefaultGraph,
    };
    let internal =
        |e: oxigraph::store::StorageError| Reject::new(StatusCode::INTERNAL_SERVER_ERROR, e);
    let existed = match graph {
        Some(g) => inner.contains_named_graph(g.as_ref()).map_err(internal)?,
        None => true,
    };
    if *method == Method::DELETE {
        if !existed {
            return Err(Reject::new(
                StatusCode::NOT_FOUND,
                "no such graph in the store",
            ));
        }
        match graph {
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
    for q in parser.for_slice(body) {
        quads.push(q.map_err(|e| Reject::new(StatusCode::BAD_REQUEST, e))?);
    }
    let mut tx = inner.start_transaction().map_err(internal)?;
    if *method == Method::PUT {
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
}

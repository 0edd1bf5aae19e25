//! The explorer page (`/`, assets under `/assets/`), compiled into the binary so it works offline, and the
//! SPARQL 1.1 Service Description answered at `GET /sparql` without a query.

use super::AppState;
use super::negotiate;
use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use oxigraph::model::{BlankNode, Literal, NamedNode, Triple};

/// The page's files: name, media type, contents.
const ASSETS: &[(&str, &str, &str)] = &[
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_str!("../../web/app.js"),
    ),
    (
        "app.css",
        "text/css; charset=utf-8",
        include_str!("../../web/app.css"),
    ),
];

/// `GET /`: the explorer page.
pub(super) async fn index() -> Response {
    let mut r = (StatusCode::OK, include_str!("../../web/index.html")).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    r
}

/// `GET /assets/FILE`.
pub(super) async fn asset(Path(file): Path<String>) -> Response {
    match ASSETS.iter().find(|(name, _, _)| *name == file) {
        Some((_, media, body)) => {
            let mut r = (StatusCode::OK, *body).into_response();
            r.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(media));
            r
        }
        None => (StatusCode::NOT_FOUND, "no such asset\n").into_response(),
    }
}

const SD: &str = "http://www.w3.org/ns/sparql-service-description#";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const FORMATS: &str = "http://www.w3.org/ns/formats/";

/// The SPARQL 1.1 Service Description of the endpoint, in the negotiated RDF format.
pub(super) fn service_description(
    state: &AppState,
    headers: &HeaderMap,
    params: &[(String, String)],
) -> Response {
    let accept = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok());
    let format_param = params
        .iter()
        .find(|(k, _)| k == "format")
        .map(|(_, v)| v.as_str());
    // A browser asking for HTML gets the explorer instead of RDF.
    if format_param.is_none() && accept.is_some_and(|a| a.contains("text/html")) {
        let mut r = (StatusCode::SEE_OTHER, "the explorer is at /\n".to_string()).into_response();
        r.headers_mut()
            .insert(header::LOCATION, HeaderValue::from_static("/"));
        return r;
    }
    let Some(format) = negotiate::graph_format(format_param, accept) else {
        return (
            StatusCode::NOT_ACCEPTABLE,
            format!("offered: {}\n", negotiate::graph_media_types().join(", ")),
        )
            .into_response();
    };
    let triples = description_triples(state);
    match super::results::write_triples(triples.iter().map(|t| t.as_ref()), format) {
        Ok(bytes) => {
            let mut r = (StatusCode::OK, bytes).into_response();
            if let Ok(v) = HeaderValue::from_str(format.media_type()) {
                r.headers_mut().insert(header::CONTENT_TYPE, v);
            }
            r
        }
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response(),
    }
}

/// The triples of the service description: the endpoint, its language(s), the union default graph and the
/// result formats.
fn description_triples(state: &AppState) -> Vec<Triple> {
    let sd = |l: &str| NamedNode::new_unchecked(format!("{SD}{l}"));
    let service = BlankNode::new_unchecked("service");
    let dataset = BlankNode::new_unchecked("dataset");
    let default_graph = BlankNode::new_unchecked("defaultGraph");
    let mut triples = vec![
        Triple::new(
            service.clone(),
            NamedNode::new_unchecked(RDF_TYPE),
            sd("Service"),
        ),
        Triple::new(
            service.clone(),
            sd("endpoint"),
            NamedNode::new_unchecked(format!("{}/sparql", state.base)),
        ),
        Triple::new(
            service.clone(),
            sd("supportedLanguage"),
            sd("SPARQL11Query"),
        ),
        Triple::new(service.clone(), sd("feature"), sd("UnionDefaultGraph")),
        Triple::new(service.clone(), sd("defaultDataset"), dataset.clone()),
        Triple::new(
            dataset.clone(),
            NamedNode::new_unchecked(RDF_TYPE),
            sd("Dataset"),
        ),
        Triple::new(dataset, sd("defaultGraph"), default_graph.clone()),
        Triple::new(
            default_graph,
            NamedNode::new_unchecked(RDF_TYPE),
            sd("Graph"),
        ),
        Triple::new(
            service.clone(),
            NamedNode::new_unchecked("http://purl.org/dc/terms/description"),
            Literal::new_simple_literal(
                "newsgraph: actors, statements, places and agreements from news reporting. \
                 The default graph is the union of all graphs; SERVICE calls are refused.",
            ),
        ),
    ];
    if state.opts.writable {
        triples.push(Triple::new(
            service.clone(),
            sd("supportedLanguage"),
            sd("SPARQL11Update"),
        ));
    }
    for f in [
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML",
    ] {
        triples.push(Triple::new(
            service.clone(),
            sd("resultFormat"),
            NamedNode::new_unchecked(format!("{FORMATS}{f}")),
        ));
    }
    triples
}

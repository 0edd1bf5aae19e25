//! Running one query for the server, with its time limit and row cap, and writing the answer as bytes in
//! the negotiated format.

use crate::error::Error;
use crate::query::{DatasetSpec, is_refused_service};
use crate::store::GraphStore;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Term, Triple};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryResults, QuerySolution, Variable};

/// What a query gave, held in memory up to the row cap.
pub enum Answer {
    /// ASK.
    Boolean(bool),
    /// SELECT: the variables, at most `max_rows` solutions, and whether more were cut.
    Solutions {
        /// Projected variables.
        variables: Vec<Variable>,
        /// The solutions kept.
        rows: Vec<QuerySolution>,
        /// Whether the result had more rows than the cap.
        truncated: bool,
    },
    /// CONSTRUCT / DESCRIBE: at most `max_rows` triples.
    Graph {
        /// The triples kept.
        triples: Vec<Triple>,
        /// Whether the result had more triples than the cap.
        truncated: bool,
    },
}

/// Why a query failed, sorted by who is at fault (it decides the HTTP status).
#[derive(Debug)]
pub enum Failure {
    /// The query or a parameter is wrong (400).
    Bad(String),
    /// Cancelled at the deadline (503).
    TimedOut,
    /// The store failed (500).
    Internal(String),
}

/// One query to answer: the text, its bound parameters, the dataset and the rows wanted.
pub struct Request {
    /// What the query is called in messages (`query NAME`, `the query`).
    pub origin: String,
    /// The SPARQL text.
    pub sparql: String,
    /// Parameters, bound as RDF terms.
    pub params: Vec<(String, Term)>,
    /// The dataset (the protocol's `default-graph-uri` and `named-graph-uri`).
    pub dataset: DatasetSpec,
    /// Only these rows of a SELECT answer (`None`: every row).
    pub window: Option<crate::query::Window>,
}

/// Parses, binds and evaluates a request, collecting at most `max_rows` results. Runs on a blocking
/// thread; `cancel` stops it at its next read of the store.
pub fn run(
    store: &GraphStore,
    req: &Request,
    cancel: &CancellationToken,
    max_rows: usize,
) -> Result<Answer, Failure> {
    let results = crate::query::evaluate_window(
        store,
        &req.origin,
        &req.sparql,
        &req.params,
        &req.dataset,
        Some(cancel),
        req.window,
    )
    .map_err(|e| {
        if cancel.is_cancelled() {
            Failure::TimedOut
        } else {
            classify(e)
        }
    })?;
    let eval_error = |e: oxigraph::sparql::QueryEvaluationError| {
        if cancel.is_cancelled() {
            return Failure::TimedOut;
        }
        if is_refused_service(&e) {
            return Failure::Bad(e.to_string());
        }
        Failure::Internal(e.to_string())
    };
    match results {
        QueryResults::Boolean(b) => Ok(Answer::Boolean(b)),
        QueryResults::Solutions(sols) => {
            let variables = sols.variables().to_vec();
            let mut rows = Vec::new();
            let mut truncated = false;
            for s in sols {
                if rows.len() == max_rows {
                    truncated = true;
                    break;
                }
                rows.push(s.map_err(eval_error)?);
            }
            Ok(Answer::Solutions {
                variables,
                rows,
                truncated,
            })
        }
        QueryResults::Graph(iter) => {
            let mut triples = Vec::new();
            let mut truncated = false;
            for t in iter {
                if triples.len() == max_rows {
                    truncated = true;
                    break;
                }
                triples.push(t.map_err(eval_error)?);
            }
            Ok(Answer::Graph { triples, truncated })
        }
    }
}

/// Sorts a library error: syntax and parameter errors are the client's; store errors are ours.
fn classify(e: Error) -> Failure {
    match e {
        Error::Refused { source, .. } => Failure::Bad(source.to_string()),
        Error::Sparql { .. } | Error::Invalid(_) => Failure::Bad(e.to_string()),
        other => Failure::Internal(other.to_string()),
    }
}

/// Writes SELECT or ASK results in `format`.
pub fn write_results(answer: &Answer, format: QueryResultsFormat) -> std::io::Result<Vec<u8>> {
    let serializer = QueryResultsSerializer::from_format(format);
    match answer {
        Answer::Boolean(b) => serializer.serialize_boolean_to_writer(Vec::new(), *b),
        Answer::Solutions {
            variables, rows, ..
        } => {
            let mut w = serializer.serialize_solutions_to_writer(Vec::new(), variables.clone())?;
            for row in rows {
                w.serialize(row)?;
            }
            w.finish()
        }
        Answer::Graph { .. } => Err(std::io::Error::other("a graph is not a SELECT result")),
    }
}

/// Writes triples in `format`, with newsgraph's prefixes where the format has them.
pub fn write_triples<'a>(
    triples: impl IntoIterator<Item = oxigraph::model::TripleRef<'a>>,
    format: RdfFormat,
) -> std::io::Result<Vec<u8>> {
    let mut serializer = RdfSerializer::from_format(format);
    if matches!(format, RdfFormat::Turtle | RdfFormat::TriG) {
        for (prefix, iri) in crate::rdf::prefixes() {
            serializer = serializer
                .with_prefix(*prefix, *iri)
                .map_err(std::io::Error::other)?;
        }
    }
    let mut w = serializer.for_writer(Vec::new());
    for t in triples {
        w.serialize_triple(t)?;
    }
    w.finish()
}

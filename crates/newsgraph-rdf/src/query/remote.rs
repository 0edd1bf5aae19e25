//! Queries on a remote SPARQL 1.1 endpoint, written like the store's.

use super::*;

/// Runs a query on a remote SPARQL 1.1 endpoint and writes its results exactly as [`run_to_writer_with`]
/// writes the store's: parameters are bound the same way, the answer (SPARQL JSON for SELECT/ASK,
/// N-Triples for CONSTRUCT/DESCRIBE) is parsed by Oxigraph's parsers and written by the same writers, so
/// the same rows give the same bytes.
pub fn run_remote(
    endpoint: &str,
    origin: &str,
    sparql: &str,
    params: &[(String, Term)],
    format: ResultFormat,
    out: &mut dyn Write,
    opts: &RunOptions,
) -> Result<RunSummary> {
    let sparql_err = |message: String| Error::Sparql {
        origin: origin.to_string(),
        message,
    };
    let text = bind::bind_text(sparql, origin, params)?;
    let parsed = spargebra::SparqlParser::new()
        .parse_query(&text)
        .map_err(|e| sparql_err(e.to_string()))?;
    let graph_form = matches!(
        parsed,
        spargebra::Query::Construct { .. } | spargebra::Query::Describe { .. }
    );
    let resp = post(endpoint, &text, graph_form, opts, &sparql_err)?;
    let events = answer_events(resp, graph_form, &|e: &dyn std::fmt::Display| {
        sparql_err(format!("{endpoint}: bad answer: {e}"))
    })?;
    // The window is applied here: the query is sent as written.
    let summary = std::cell::Cell::new(RunSummary::default());
    let (skip, keep) = opts.window.map_or((0, None), |w| (w.start, w.length));
    write_events(
        windowed(events, skip, keep, &summary),
        origin,
        format,
        out,
        &opts.sort,
    )?;
    Ok(summary.get())
}

/// POSTs the query `text` to `endpoint`, asking for N-Triples (a graph form) or SPARQL JSON; an answer
/// that is not a success is an error with its status and the first line of its body.
fn post(
    endpoint: &str,
    text: &str,
    graph_form: bool,
    opts: &RunOptions,
    sparql_err: &dyn Fn(String) -> Error,
) -> Result<reqwest::blocking::Response> {
    let mut client = reqwest::blocking::Client::builder()
        .user_agent(concat!("newsgraph/", env!("CARGO_PKG_VERSION")));
    if let Some(t) = opts.timeout {
        client = client.timeout(t);
    }
    let client = client
        .build()
        .map_err(|e| Error::Invalid(format!("cannot build the HTTP client: {e}")))?;
    let accept = if graph_form {
        "application/n-triples"
    } else {
        "application/sparql-results+json"
    };
    let resp = client
        .post(endpoint)
        .header("Accept", accept)
        .form(&[("query", text)])
        .send()
        .map_err(|e| sparql_err(format!("{endpoint}: {e}")))?;
    let status = resp.status();
    if !status.is_success() {
        let body = resp.text().unwrap_or_default();
        return Err(sparql_err(format!(
            "{endpoint}: HTTP {status}: {}",
            body.lines().next().unwrap_or("").trim()
        )));
    }
    Ok(resp)
}

/// The endpoint's answer as result events, parsed by Oxigraph's parsers (N-Triples for a graph form,
/// SPARQL JSON otherwise); `remote` makes a parse error.
fn answer_events(
    resp: reqwest::blocking::Response,
    graph_form: bool,
    remote: &dyn Fn(&dyn std::fmt::Display) -> Error,
) -> Result<Box<dyn Iterator<Item = Result<Event>>>> {
    Ok(if graph_form {
        let triples = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NTriples)
            .for_reader(resp)
            .map(|q| q.map(|q| Event::Triple(q.into())).map_err(|e| remote(&e)))
            .collect::<Vec<_>>();
        Box::new(triples.into_iter())
    } else {
        use oxigraph::sparql::results::{QueryResultsParser, ReaderQueryResultsParserOutput};
        match QueryResultsParser::from_format(QueryResultsFormat::Json)
            .for_reader(resp)
            .map_err(|e| remote(&e))?
        {
            ReaderQueryResultsParserOutput::Boolean(b) => {
                Box::new(std::iter::once(Ok(Event::Boolean(b))))
            }
            ReaderQueryResultsParserOutput::Solutions(sols) => {
                let vars = sols.variables().to_vec();
                let rows: Vec<Result<Event>> = sols
                    .map(|s| s.map(Event::Solution).map_err(|e| remote(&e)))
                    .collect();
                Box::new(std::iter::once(Ok(Event::Variables(vars))).chain(rows))
            }
        }
    })
}

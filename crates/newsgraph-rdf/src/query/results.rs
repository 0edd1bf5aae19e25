//! Query results as owned events that cross threads, and their writers.

use super::*;

/// Query results as a sequence of owned values (which can cross threads).
pub(super) enum Event {
    Boolean(bool),
    Variables(Vec<Variable>),
    Solution(QuerySolution),
    Triple(Triple),
}

pub(super) fn events(
    store: &GraphStore,
    results: QueryResults<'static>,
    origin: &str,
) -> Box<dyn Iterator<Item = Result<Event>>> {
    let (store, origin) = (store.clone(), origin.to_string());
    let eval =
        move |e: oxigraph::sparql::QueryEvaluationError| evaluation_error(&store, &origin, e);
    match results {
        QueryResults::Boolean(b) => Box::new(std::iter::once(Ok(Event::Boolean(b)))),
        QueryResults::Solutions(sols) => {
            let vars = sols.variables().to_vec();
            Box::new(
                std::iter::once(Ok(Event::Variables(vars)))
                    .chain(sols.map(move |s| s.map(Event::Solution).map_err(&eval))),
            )
        }
        QueryResults::Graph(triples) => {
            Box::new(triples.map(move |t| t.map(Event::Triple).map_err(&eval)))
        }
    }
}

/// Writes query results in `format`: a boolean, solutions after their variables, or triples.
pub(super) fn write_events(
    mut events: impl Iterator<Item = Result<Event>>,
    origin: &str,
    format: ResultFormat,
    out: &mut dyn Write,
    sort: &SortConfig,
) -> Result<()> {
    let Some(first) = events.next().transpose()? else {
        // Only a graph result can be empty: nothing to write.
        return Ok(());
    };
    match first {
        Event::Boolean(b) => write_boolean(b, format, out),
        Event::Variables(vars) => write_solutions(vars, events, origin, format, out),
        Event::Solution(_) => Err(Error::Sparql {
            origin: origin.to_string(),
            message: "solutions without their variables".into(),
        }),
        Event::Triple(first) => write_triples(first, events, origin, format, out, sort),
    }
}

/// An output error.
fn io(e: std::io::Error) -> Error {
    Error::io("<output>", e)
}

/// An ASK answer: `true`/`false` on a line for the table and graph formats.
fn write_boolean(b: bool, format: ResultFormat, out: &mut dyn Write) -> Result<()> {
    match format {
        ResultFormat::Table | ResultFormat::Turtle | ResultFormat::NTriples => {
            writeln!(out, "{b}").map_err(io)
        }
        f => {
            let s = QueryResultsSerializer::from_format(results_format(f));
            s.serialize_boolean_to_writer(out, b).map_err(io)?;
            Ok(())
        }
    }
}

/// A SELECT answer: the `events` after the variables must all be solutions.
fn write_solutions(
    vars: Vec<Variable>,
    events: impl Iterator<Item = Result<Event>>,
    origin: &str,
    format: ResultFormat,
    out: &mut dyn Write,
) -> Result<()> {
    let solutions = events.map(|e| match e? {
        Event::Solution(s) => Ok(s),
        _ => Err(Error::Sparql {
            origin: origin.to_string(),
            message: "a result that is not a solution among solutions".into(),
        }),
    });
    if format == ResultFormat::Table {
        let mut rows = Vec::new();
        for sol in solutions {
            let sol = sol?;
            rows.push(vars.iter().map(|v| sol.get(v).cloned()).collect());
        }
        let table = Table {
            variables: vars.iter().map(|v| v.as_str().to_string()).collect(),
            rows,
        };
        write_table(&table, out).map_err(io)
    } else if matches!(format, ResultFormat::Turtle | ResultFormat::NTriples) {
        Err(Error::Invalid(
            "Turtle and N-Triples are for CONSTRUCT/DESCRIBE; use table, csv, tsv, json or xml"
                .into(),
        ))
    } else {
        let s = QueryResultsSerializer::from_format(results_format(format));
        let mut w = s.serialize_solutions_to_writer(out, vars).map_err(io)?;
        for sol in solutions {
            w.serialize(&sol?).map_err(io)?;
        }
        w.finish().map_err(io)?;
        Ok(())
    }
}

/// A CONSTRUCT/DESCRIBE answer, `first` and the triples after it, as Turtle or N-Triples (the table
/// format writes Turtle), sorted as `sort` says.
fn write_triples(
    first: Triple,
    events: impl Iterator<Item = Result<Event>>,
    origin: &str,
    format: ResultFormat,
    out: &mut dyn Write,
    sort: &SortConfig,
) -> Result<()> {
    let export_format = match format {
        ResultFormat::NTriples => ExportFormat::NTriples,
        ResultFormat::Turtle | ResultFormat::Table => ExportFormat::Turtle,
        _ => {
            return Err(Error::Invalid(
                "CONSTRUCT/DESCRIBE results are written as ttl or nt".into(),
            ));
        }
    };
    let triples = std::iter::once(Ok(first)).chain(events.map(|e| match e? {
        Event::Triple(t) => Ok(t),
        _ => Err(Error::Sparql {
            origin: origin.to_string(),
            message: "a result that is not a triple among triples".into(),
        }),
    }));
    let mut w = DatasetWriter::new(export_format, out)?.with_sort_config(sort.clone());
    w.write_graph(GraphNameRef::DefaultGraph, triples)?;
    w.finish()?;
    Ok(())
}

pub(super) fn results_format(f: ResultFormat) -> QueryResultsFormat {
    match f {
        ResultFormat::Csv => QueryResultsFormat::Csv,
        ResultFormat::Tsv => QueryResultsFormat::Tsv,
        ResultFormat::Xml => QueryResultsFormat::Xml,
        _ => QueryResultsFormat::Json,
    }
}

//! Query parameters bound on the parsed query (`crates/newsgraph-rdf/src/query/bind.rs`): every case of
//! `tests/data/query_bind/cases.txt` (format in its header) runs on the small store beside it, and its
//! answer must be the rows written there by hand; each bound query, written back as text
//! (`bind::bind_text`, what a remote endpoint receives) and evaluated by Oxigraph directly, must answer
//! the same.

use newsgraph::query::{self, DatasetSpec, bind};
use newsgraph::store::{GraphStore, OpenMode, StoreLocation};
use oxigraph::model::{Literal, NamedNode, Term, vocab::xsd};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::path::PathBuf;
use std::str::FromStr;

const EX: &str = "http://example.org/";

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/query_bind")
        .join(name)
}

/// One case of `cases.txt`.
#[derive(Debug, Default)]
struct Case {
    title: String,
    line: usize,
    params: Vec<(String, Term)>,
    query: String,
    /// The expected answer, one line per entry (see the file's header).
    expect: Vec<String>,
    /// Instead of an answer: text the error message contains.
    error: Option<String>,
}

/// A parameter value as the file writes it.
fn term(text: &str, at: &str) -> Term {
    if let Some(local) = text.strip_prefix("ex:") {
        return NamedNode::new(format!("{EX}{local}")).unwrap().into();
    }
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return Literal::new_typed_literal(text, xsd::INTEGER).into();
    }
    Term::from_str(text).unwrap_or_else(|e| panic!("{at}: bad term {text:?}: {e}"))
}

/// A term as the file writes it.
fn show(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => match n.as_str().strip_prefix(EX) {
            Some(local) => format!("ex:{local}"),
            None => n.to_string(),
        },
        Term::Literal(l) if l.datatype() == xsd::INTEGER => l.value().to_string(),
        other => other.to_string(),
    }
}

fn cases() -> Vec<Case> {
    let path = data("cases.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut cases: Vec<Case> = Vec::new();
    // Where the current case's lines go: the query, or the expected answer.
    #[derive(PartialEq)]
    enum Part {
        Head,
        Query,
        Expect,
    }
    let mut part = Part::Head;
    for (i, line) in text.lines().enumerate() {
        let at = format!("{}:{}", path.display(), i + 1);
        if let Some(title) = line.strip_prefix("== ") {
            cases.push(Case {
                title: title.to_string(),
                line: i + 1,
                ..Case::default()
            });
            part = Part::Head;
            continue;
        }
        let Some(case) = cases.last_mut() else {
            continue; // The file's header.
        };
        match part {
            Part::Head => {
                if let Some(p) = line.strip_prefix("param: ") {
                    let (name, value) = p
                        .split_once(' ')
                        .unwrap_or_else(|| panic!("{at}: `param: NAME TERM`"));
                    case.params.push((name.to_string(), term(value, &at)));
                } else if line == "query:" {
                    part = Part::Query;
                } else {
                    assert!(line.is_empty(), "{at}: unexpected line {line:?}");
                }
            }
            Part::Query => {
                if line == "expect:" {
                    part = Part::Expect;
                } else if let Some(e) = line.strip_prefix("error: ") {
                    case.error = Some(e.to_string());
                    part = Part::Head;
                } else {
                    case.query.push_str(line);
                    case.query.push('\n');
                }
            }
            Part::Expect => case.expect.push(line.to_string()),
        }
    }
    for case in &mut cases {
        while case.expect.last().is_some_and(|l| l.is_empty()) {
            case.expect.pop();
        }
        assert!(
            !case.query.is_empty() && case.error.is_some() == case.expect.is_empty(),
            "{}: case {:?} needs a query and either expect: or error:",
            case.line,
            case.title
        );
    }
    cases
}

fn store() -> GraphStore {
    let store = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).expect("store");
    let trig = std::fs::read(data("store.trig")).unwrap();
    store
        .inner()
        .load_from_reader(oxigraph::io::RdfFormat::TriG, trig.as_slice())
        .expect("load store.trig");
    store
}

/// The answer as the file writes it.
fn answer(results: QueryResults<'_>) -> Vec<String> {
    match results {
        QueryResults::Solutions(s) => {
            let vars = s.variables().to_vec();
            let mut lines = vec![
                vars.iter()
                    .map(|v| v.to_string())
                    .collect::<Vec<_>>()
                    .join("\t"),
            ];
            for row in s {
                let row = row.expect("row");
                let cells: Vec<String> = vars
                    .iter()
                    .map(|v| row.get(v).map(show).unwrap_or_default())
                    .collect();
                lines.push(cells.join("\t"));
            }
            lines
        }
        QueryResults::Boolean(b) => vec![b.to_string()],
        QueryResults::Graph(triples) => {
            let mut lines: Vec<String> = triples
                .map(|t| {
                    let t = t.expect("triple");
                    format!(
                        "{} {} {}",
                        show(&t.subject.into()),
                        show(&t.predicate.into()),
                        show(&t.object)
                    )
                })
                .collect();
            lines.sort();
            lines
        }
    }
}

#[test]
fn parameters_are_bound_in_the_where_group_of_every_query_form() {
    let store = store();
    let cases = cases();
    assert!(cases.len() >= 20, "only {} cases read", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let label = format!("cases.txt:{} ({})", case.line, case.title);
        let ours = query::evaluate(
            &store,
            "case",
            &case.query,
            &case.params,
            &DatasetSpec::default(),
            None,
        );
        match (&case.error, ours) {
            (Some(want), Err(e)) => {
                if !e.to_string().contains(want.as_str()) {
                    failures.push(format!(
                        "{label}: error {e:?}, expected one saying {want:?}"
                    ));
                }
            }
            (Some(want), Ok(r)) => failures.push(format!(
                "{label}: answered {:?}, expected an error saying {want:?}",
                answer(r)
            )),
            (None, Err(e)) => failures.push(format!("{label}: {e}")),
            (None, Ok(r)) => {
                let got = answer(r);
                if got != case.expect {
                    failures.push(format!(
                        "{label}:\n  got      {got:?}\n  expected {:?}",
                        case.expect
                    ));
                }
                // The same query as text, evaluated by Oxigraph itself.
                let text = bind::bind_text(&case.query, "case", &case.params).expect("bind_text");
                let mut engine = SparqlEvaluator::new()
                    .parse_query(&text)
                    .unwrap_or_else(|e| {
                        panic!("{label}: the bound text does not parse: {e}\n{text}")
                    });
                engine.dataset_mut().set_default_graph_as_union();
                let direct = answer(engine.on_store(store.inner()).execute().expect("evaluate"));
                if direct != case.expect {
                    failures.push(format!(
                        "{label}: the bound text answers {direct:?}\n{text}"
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

//! Every bundled query run on the seed article (and, where a case says so, a second article), its rows
//! compared with expectations written by hand from the article and its gold annotation
//! (`tests/data/queries/NAME.tsv`, format in `tests/data/queries/README.md`); plus header, parameter and
//! binding checks (a hostile string is bound as one literal and matched as such).

use newsgraph::ingest::{IngestOptions, read_all};
use newsgraph::query::{self, Table};
use newsgraph::rdf::RdfOptions;
use newsgraph::store::{GraphStore, OpenMode, StoreLocation};
use oxigraph::model::Term;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const SEED: &str = "examples/lavrov-aleppo-2016-12-06.txt";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// An in-memory store holding the given inputs (paths from the crate root), extracted and loaded as
/// `newsgraph load` would (no Wikidata linking).
fn store_with(inputs: &[String]) -> GraphStore {
    let paths: Vec<PathBuf> = inputs.iter().map(|p| root().join(p)).collect();
    let records = read_all(&paths, &IngestOptions::default())
        .unwrap_or_else(|e| panic!("reading {inputs:?}: {e}"));
    let exs = newsgraph::pipeline::extract_records(records);
    let store = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).expect("store");
    newsgraph::pipeline::load(&store, &exs, &RdfOptions::default()).expect("load");
    store
}

fn cell(t: &Option<Term>) -> String {
    match t {
        None => String::new(),
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(other) => other.to_string(),
    }
}

/// Whether an expected cell matches a result cell (`*`, `prefix…`, `{a, b}` or equality).
fn matches(want: &str, got: &str) -> bool {
    if want == "*" {
        return true;
    }
    if let Some(prefix) = want.strip_suffix('…')
        && !prefix.is_empty()
    {
        return got.starts_with(prefix);
    }
    if let Some(list) = want.strip_prefix('{').and_then(|w| w.strip_suffix('}')) {
        let a: BTreeSet<&str> = list.split(", ").collect();
        let b: BTreeSet<&str> = got.split(", ").collect();
        return a == b;
    }
    want == got
}

/// What a row of expectations means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// A right row that must be there.
    Required,
    /// `?`: a right row the extractor still misses (reported, not failed).
    KnownMissing,
    /// `!`: a wrong row the extractor still produces (tolerated, reported).
    KnownWrong,
}

#[derive(Debug, Clone)]
struct Row {
    marker: Marker,
    cells: Vec<String>,
    line: usize,
}

#[derive(Debug, Clone)]
struct Case {
    query: String,
    label: String,
    file: String,
    inputs: Vec<String>,
    params: Vec<(String, String)>,
    exact: bool,
    columns: Vec<String>,
    rows: Vec<Row>,
}

impl Case {
    fn name(&self) -> String {
        format!("{} ({}: {})", self.query, self.file, self.label)
    }
}

fn parse_cases(query: &str, file: &str, text: &str) -> Vec<Case> {
    let mut out: Vec<Case> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some(label) = line.strip_prefix("== ") {
            out.push(Case {
                query: query.to_string(),
                label: label.trim().to_string(),
                file: file.to_string(),
                inputs: vec![SEED.to_string()],
                params: Vec::new(),
                exact: false,
                columns: Vec::new(),
                rows: Vec::new(),
            });
            continue;
        }
        let c = out
            .last_mut()
            .unwrap_or_else(|| panic!("{file}:{n}: a case starts with `== label`"));
        if let Some(p) = line.strip_prefix("param: ") {
            let (k, v) = p
                .split_once('=')
                .unwrap_or_else(|| panic!("{file}:{n}: `param: name=value`"));
            c.params.push((k.trim().to_string(), v.to_string()));
        } else if let Some(inputs) = line.strip_prefix("inputs: ") {
            c.inputs = inputs.split_whitespace().map(str::to_string).collect();
        } else if let Some(m) = line.strip_prefix("mode: ") {
            c.exact = match m.trim() {
                "exact" => true,
                "contains" => false,
                other => panic!("{file}:{n}: mode `{other}` (exact or contains)"),
            };
        } else if let Some(cols) = line.strip_prefix("columns: ") {
            c.columns = cols.split('\t').map(str::to_string).collect();
        } else {
            let (marker, rest) = if let Some(r) = line.strip_prefix('?') {
                (Marker::KnownMissing, r)
            } else if let Some(r) = line.strip_prefix('!') {
                (Marker::KnownWrong, r)
            } else {
                (Marker::Required, line)
            };
            let cells: Vec<String> = rest.split('\t').map(str::to_string).collect();
            assert!(
                cells.len() <= c.columns.len(),
                "{file}:{n}: {} cells for {} columns",
                cells.len(),
                c.columns.len()
            );
            let mut cells = cells;
            cells.resize(c.columns.len(), String::new());
            c.rows.push(Row {
                marker,
                cells,
                line: n,
            });
        }
    }
    out
}

/// Every case of every `tests/data/queries/*.tsv` file, in file order.
fn cases() -> Vec<Case> {
    let dir = root().join("tests/data/queries");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/data/queries")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let query = path.file_stem().unwrap().to_string_lossy().to_string();
        let file = format!("tests/data/queries/{query}.tsv");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let found = parse_cases(&query, &file, &text);
        assert!(!found.is_empty(), "{file}: no cases");
        out.extend(found);
    }
    out
}

fn project(table: &Table, case: &Case) -> Vec<Vec<String>> {
    let idx: Vec<usize> = case
        .columns
        .iter()
        .map(|c| {
            table
                .variables
                .iter()
                .position(|v| v == c)
                .unwrap_or_else(|| {
                    panic!("{}: no column {c} in {:?}", case.name(), table.variables)
                })
        })
        .collect();
    table
        .rows
        .iter()
        .map(|r| idx.iter().map(|i| cell(&r[*i])).collect())
        .collect()
}

fn row_matches(want: &[String], got: &[String]) -> bool {
    want.iter().zip(got).all(|(w, g)| matches(w, g))
}

// Over 80 lines: the checks of one case, in the order of the case format; split, one would jump between
// helpers to see how a case is judged.
/// Compares rows with a case: (failures, notes about known gaps).
fn compare(case: &Case, got: &[Vec<String>]) -> (Vec<String>, Vec<String>) {
    let mut failures = Vec::new();
    let mut notes = Vec::new();
    let name = case.name();
    let wrong: Vec<&Row> = case
        .rows
        .iter()
        .filter(|r| r.marker == Marker::KnownWrong)
        .collect();
    for w in &wrong {
        if got.iter().any(|g| row_matches(&w.cells, g)) {
            notes.push(format!(
                "{name}: known wrong row (line {}) still produced: {:?}",
                w.line, w.cells
            ));
        } else {
            notes.push(format!(
                "{name}: known wrong row (line {}) is gone — drop its `!` line",
                w.line
            ));
        }
    }
    let wanted: Vec<&Row> = case
        .rows
        .iter()
        .filter(|r| r.marker != Marker::KnownWrong)
        .collect();
    let gap = |notes: &mut Vec<String>, r: &Row| {
        notes.push(format!(
            "{name}: known gap (line {}): no row {:?}",
            r.line, r.cells
        ));
    };
    let fixed = |notes: &mut Vec<String>, r: &Row| {
        notes.push(format!(
            "{name}: known gap (line {}) now answered right — drop its `?`",
            r.line
        ));
    };
    if case.exact {
        // Rows the extractor gets wrong on purpose-documented lines are set aside; the rest must be the wanted
        // rows in order, where a `?` row may be absent.
        let kept: Vec<&Vec<String>> = got
            .iter()
            .filter(|g| !wrong.iter().any(|w| row_matches(&w.cells, g)))
            .collect();
        let mut i = 0;
        for g in &kept {
            loop {
                match wanted.get(i) {
                    Some(w) if row_matches(&w.cells, g) => {
                        if w.marker == Marker::KnownMissing {
                            fixed(&mut notes, w);
                        }
                        i += 1;
                        break;
                    }
                    Some(w) if w.marker == Marker::KnownMissing => {
                        gap(&mut notes, w);
                        i += 1;
                    }
                    _ => {
                        failures.push(format!(
                            "{name}: unexpected row {g:?} (next expected: {:?})",
                            wanted.get(i).map(|w| &w.cells)
                        ));
                        break;
                    }
                }
            }
        }
        for w in &wanted[i.min(wanted.len())..] {
            if w.marker == Marker::KnownMissing {
                gap(&mut notes, w);
            } else {
                failures.push(format!(
                    "{name}: missing row (line {}) {:?}",
                    w.line, w.cells
                ));
            }
        }
        if !failures.is_empty() {
            failures.push(format!("{name}: all rows returned:\n  {got:?}"));
        }
    } else {
        for w in &wanted {
            let present = got.iter().any(|g| row_matches(&w.cells, g));
            match (w.marker, present) {
                (Marker::Required, false) => failures.push(format!(
                    "{name}: no row (line {}) {:?} in\n  {got:?}",
                    w.line, w.cells
                )),
                (Marker::KnownMissing, true) => fixed(&mut notes, w),
                (Marker::KnownMissing, false) => gap(&mut notes, w),
                _ => {}
            }
        }
    }
    (failures, notes)
}

#[test]
fn bundled_queries_answer_on_the_seed() {
    let mut stores: BTreeMap<Vec<String>, GraphStore> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut notes = Vec::new();
    let mut covered = BTreeSet::new();
    let all = cases();
    assert!(all.len() >= 9);
    for case in &all {
        let q = query::find(&case.query)
            .unwrap_or_else(|e| panic!("{}: not a bundled query: {e}", case.file));
        covered.insert(q.name.clone());
        let store = stores
            .entry(case.inputs.clone())
            .or_insert_with(|| store_with(&case.inputs));
        let params = query::resolve_params(&q, &case.params)
            .unwrap_or_else(|e| panic!("{}: {e}", case.name()));
        let table = query::select(store, &q.name, &q.sparql, &params)
            .unwrap_or_else(|e| panic!("{}: {e}", case.name()));
        let got = project(&table, case);
        let (f, n) = compare(case, &got);
        failures.extend(f);
        notes.extend(n);
    }
    for q in query::bundled() {
        if !covered.contains(&q.name) {
            failures.push(format!(
                "bundled query {} has no tests/data/queries/{}.tsv",
                q.name, q.name
            ));
        }
    }
    for n in &notes {
        eprintln!("{n}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The comparison itself: a `?` row may be missing, a `!` row is set aside, anything else must match.
#[test]
fn expectation_markers_behave() {
    let text = "== t\nmode: exact\ncolumns: a\tb\nx\t1\n?y\t2\n!y\t3\nz\t*\n";
    let case = &parse_cases("q", "t.tsv", text)[0];
    let rows = |v: &[(&str, &str)]| -> Vec<Vec<String>> {
        v.iter()
            .map(|(a, b)| vec![a.to_string(), b.to_string()])
            .collect()
    };
    // Today's output: the wrong row instead of the right one.
    let (f, n) = compare(case, &rows(&[("x", "1"), ("y", "3"), ("z", "9")]));
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(n.len(), 2, "{n:?}");
    // Fixed: the right row, no wrong row.
    let (f, n) = compare(case, &rows(&[("x", "1"), ("y", "2"), ("z", "")]));
    assert!(f.is_empty(), "{f:?}");
    assert!(n.iter().any(|s| s.contains("now answered right")), "{n:?}");
    // Anything else fails: an extra row, a missing required row, a wrong order.
    assert!(
        !compare(case, &rows(&[("x", "1"), ("w", "0"), ("z", "")]))
            .0
            .is_empty()
    );
    assert!(!compare(case, &rows(&[("x", "1")])).0.is_empty());
    assert!(!compare(case, &rows(&[("z", ""), ("x", "1")])).0.is_empty());
    assert!(matches("{a, b}", "b, a") && !matches("{a, b}", "a"));
    assert!(matches("ab…", "abc") && !matches("ab…", "a"));
}

#[test]
fn every_bundled_query_has_a_header_and_parses() {
    let store = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).unwrap();
    let all = query::bundled();
    assert!(all.len() >= 9, "only {} bundled queries", all.len());
    for q in all {
        assert!(
            q.title != q.name && !q.title.is_empty(),
            "{}: no title",
            q.name
        );
        assert!(!q.description.is_empty(), "{}: no description", q.name);
        assert!(
            q.sparql.contains("ORDER BY"),
            "{}: rows must come in a fixed order (ORDER BY)",
            q.name
        );
        for p in &q.params {
            assert!(
                !p.description.is_empty(),
                "{}: parameter {} undocumented",
                q.name,
                p.name
            );
            let var = format!("?{}", p.name);
            let body = q
                .sparql
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'));
            assert!(
                body.into_iter().any(|l| l.contains(&var)),
                "{}: parameter {} is never used as {var}",
                q.name,
                p.name
            );
        }
        let params = query::resolve_params(&q, &[]).expect("defaults");
        query::select(&store, &q.name, &q.sparql, &params)
            .unwrap_or_else(|e| panic!("{}: {e}", q.name));
    }
}

#[test]
fn parameters_are_bound_as_terms_not_text() {
    let hostile_fixture = "tests/data/queries/hostile.json".to_string();
    let store = store_with(&[SEED.to_string(), hostile_fixture]);
    let before = store.stats().expect("stats");
    let q = query::find("statements-by-actor").unwrap();
    // A speaker whose name is SPARQL-looking text is found by that text: the value is one literal.
    let params = query::resolve_params(&q, &[("name".into(), "\"} DROP ALL; {".into())]).unwrap();
    let t = query::select(&store, &q.name, &q.sparql, &params).expect("still one query");
    let speaker = t.variables.iter().position(|v| v == "speaker").unwrap();
    let text = t.variables.iter().position(|v| v == "text").unwrap();
    let got: Vec<(String, String)> = t
        .rows
        .iter()
        .map(|r| (cell(&r[speaker]), cell(&r[text])))
        .collect();
    assert_eq!(
        got,
        vec![(
            "Evil \"} DROP ALL; { Corp".to_string(),
            "We deny it,".to_string()
        )]
    );
    for hostile in ["x\" || true || \"", "\\\"", "lavrov\n}", "?name", "') } #"] {
        let params = query::resolve_params(&q, &[("name".into(), hostile.into())]).unwrap();
        let t = query::select(&store, &q.name, &q.sparql, &params).expect("still one query");
        assert!(
            t.rows.is_empty(),
            "{hostile:?} matched {} rows",
            t.rows.len()
        );
    }
    assert_eq!(
        format!("{before:?}"),
        format!("{:?}", store.stats().expect("stats")),
        "the store changed"
    );
    // Values that are not of the declared type are refused before any query runs.
    assert!(
        query::resolve_params(&q, &[("actor".into(), "http://x/> } DROP ALL; {".into())]).is_err()
    );
    let tl = query::find("timeline").unwrap();
    assert!(query::resolve_params(&tl, &[("from".into(), "last week".into())]).is_err());
    let net = query::find("actor-network").unwrap();
    assert!(query::resolve_params(&net, &[("min".into(), "1; DROP".into())]).is_err());
    // Unknown parameters are refused too.
    assert!(query::resolve_params(&q, &[("nmae".into(), "Lavrov".into())]).is_err());
}

#[test]
fn every_expectation_file_names_a_bundled_query() {
    let names: BTreeSet<String> = query::bundled().into_iter().map(|q| q.name).collect();
    for case in cases() {
        assert!(
            names.contains(&case.query),
            "{}: no bundled query {}",
            case.file,
            case.query
        );
        for input in &case.inputs {
            assert!(
                Path::new(&root().join(input)).exists(),
                "{}: input {input} does not exist",
                case.name()
            );
        }
    }
}

/// Entity nodes are shared by the articles that mention them, and the store's default graph is the union of
/// the article graphs, where a triple stated in two graphs matches twice: no bundled query may repeat a row
/// because of that.
#[test]
fn no_query_repeats_a_row_when_articles_share_entities() {
    let store = store_with(&[
        SEED.to_string(),
        "tests/data/rdf/mapping/truce.json".to_string(),
        "tests/data/queries/hostile.json".to_string(),
    ]);
    for q in query::bundled() {
        let params = query::resolve_params(&q, &[]).expect("defaults");
        let table = query::select(&store, &q.name, &q.sparql, &params)
            .unwrap_or_else(|e| panic!("{}: {e}", q.name));
        assert!(!table.rows.is_empty(), "{}: no rows", q.name);
        let mut seen = BTreeSet::new();
        for row in &table.rows {
            let cells: Vec<String> = row.iter().map(cell).collect();
            assert!(
                seen.insert(cells.clone()),
                "{}: row repeated: {cells:?}",
                q.name
            );
        }
    }
}

/// A federated `SERVICE` call is refused, and the refusal is told by its kind (`Error::Refused`, which the
/// server answers with 400), not by its message; the message names the service.
#[test]
fn a_service_call_is_refused_by_kind() {
    let store = store_with(&[SEED.to_string()]);
    let sparql = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";
    for format in [query::ResultFormat::Tsv, query::ResultFormat::Table] {
        let mut out = Vec::new();
        let e =
            query::run_to_writer(&store, "--sparql", sparql, &[], format, &mut out).unwrap_err();
        assert!(
            matches!(e, newsgraph::error::Error::Refused { .. }),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "SPARQL --sparql: federated queries (SERVICE <http://example.org/sparql>) are not allowed here"
        );
    }
}

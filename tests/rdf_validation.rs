//! What we write is checked by tools we did not write: every export format parsed back by `rapper`
//! (raptor2-utils) and Python rdflib with the triple/quad count compared to ours, the Turtle validated
//! against `ontology/shapes.ttl` by pySHACL (and hand-made broken graphs in `tests/data/rdf/shacl/` rejected),
//! and every `ng:` term the data uses declared in `ontology/newsgraph.ttl`.
//!
//! `.ci/run` installs the tools and sets `NEWSGRAPH_REQUIRE_PYTHON_CHECKS=1`, which turns a missing tool
//! into a failure; elsewhere a missing tool skips its check with a notice.

mod rdfcmp;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn required() -> bool {
    std::env::var("NEWSGRAPH_REQUIRE_PYTHON_CHECKS").is_ok_and(|v| v == "1")
}

fn tool_available(program: &str, args: &[&str]) -> bool {
    let ok = Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            !required(),
            "{program} is not available but NEWSGRAPH_REQUIRE_PYTHON_CHECKS=1"
        );
        eprintln!("skipped: {program} {args:?} is not available");
    }
    ok
}

fn newsgraph(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1480982400")
        .current_dir(root())
        .output()
        .expect("run newsgraph");
    assert!(
        out.status.success(),
        "newsgraph {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// A store holding the seed article and the hand-made linked extraction (Wikidata links, coordinates).
fn loaded_store(dir: &Path) -> PathBuf {
    let store = dir.join("store");
    let s = store.to_str().unwrap();
    newsgraph(&[
        "load",
        "examples/lavrov-aleppo-2016-12-06.txt",
        "--store",
        s,
    ]);
    newsgraph(&["load", "tests/data/rdf/mapping/truce.json", "--store", s]);
    store
}

const PYTHON_COUNT: &str = r#"
import sys, rdflib
path, fmt = sys.argv[1], sys.argv[2]
if fmt in ("nquads", "trig", "json-ld"):
    g = rdflib.Dataset()
    g.parse(path, format=fmt)
    print(sum(1 for _ in g.quads((None, None, None, None))))
else:
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    print(len(g))
"#;

#[test]
fn every_export_format_parses_back_with_the_same_size() {
    let tmp = tempfile::tempdir().unwrap();
    let store = loaded_store(tmp.path());
    let s = store.to_str().unwrap();
    let nq = newsgraph(&["export", "--store", s, "--format", "nq"]);
    let quads = nq.lines().filter(|l| !l.trim().is_empty()).count();
    let nt = newsgraph(&["export", "--store", s, "--format", "nt"]);
    let triples = nt.lines().filter(|l| !l.trim().is_empty()).count();
    assert!(quads > 500 && triples > 500 && triples <= quads);
    let have_rapper = tool_available("rapper", &["--version"]);
    let have_rdflib = tool_available("python3", &["-c", "import rdflib"]);
    // (our format, rapper syntax, rdflib format, dataset?)
    let formats = [
        ("ttl", Some("turtle"), "turtle", false),
        ("nt", Some("ntriples"), "nt", false),
        ("nq", Some("nquads"), "nquads", true),
        ("trig", Some("trig"), "trig", true),
        ("rdf", Some("rdfxml"), "xml", false),
        ("jsonld", None, "json-ld", true),
    ];
    for (ext, rapper_syntax, rdflib_format, dataset) in formats {
        let path = tmp.path().join(format!("export.{ext}"));
        newsgraph(&["export", "--store", s, "--out", path.to_str().unwrap()]);
        let want = if dataset { quads } else { triples };
        if have_rapper && let Some(syntax) = rapper_syntax {
            let out = Command::new("rapper")
                .args(["-i", syntax, "-c", path.to_str().unwrap()])
                .output()
                .unwrap();
            let msg = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "rapper -i {syntax} {ext}: {msg}");
            let n: usize = msg
                .split("returned ")
                .nth(1)
                .and_then(|r| r.split_whitespace().next())
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("rapper output: {msg}"));
            assert_eq!(
                n, want,
                "rapper counts {n} statements in the {ext} export, we wrote {want}"
            );
        }
        if have_rdflib {
            let out = Command::new("python3")
                .args(["-c", PYTHON_COUNT, path.to_str().unwrap(), rdflib_format])
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "rdflib cannot parse the {ext} export: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let n: usize = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
            assert_eq!(
                n, want,
                "rdflib counts {n} in the {ext} export, we wrote {want}"
            );
        }
    }
}

/// Runs `tests/data/rdf/py/shacl_results.py`: whether `data` conforms to the shapes, the results as
/// `Component prefix:path` lines, and the full report.
fn pyshacl_with(
    data: &Path,
    ontology: Option<&Path>,
    inference: &str,
) -> (bool, Vec<String>, String) {
    let mut cmd = Command::new("python3");
    cmd.arg(root().join("tests/data/rdf/py/shacl_results.py"))
        .arg(root().join("ontology/shapes.ttl"))
        .arg(data);
    if let Some(o) = ontology {
        cmd.arg(o).arg(inference);
    }
    let out = cmd.output().expect("python3");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let report = String::from_utf8_lossy(&out.stderr).to_string();
    let mut lines = stdout.lines();
    let verdict = lines.next().unwrap_or_default();
    assert!(
        matches!(verdict, "conforms" | "violates"),
        "pySHACL failed on {}: {stdout}{report}",
        data.display()
    );
    (
        verdict == "conforms",
        lines.map(str::to_string).collect(),
        report,
    )
}

fn pyshacl(data: &Path) -> (bool, Vec<String>, String) {
    pyshacl_with(data, None, "none")
}

#[test]
fn turtle_export_conforms_to_the_shapes_and_broken_graphs_do_not() {
    if !tool_available("python3", &["-c", "import pyshacl"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let store = loaded_store(tmp.path());
    let ttl = tmp.path().join("all.ttl");
    newsgraph(&[
        "export",
        "--store",
        store.to_str().unwrap(),
        "--out",
        ttl.to_str().unwrap(),
    ]);
    let (ok, _, report) = pyshacl(&ttl);
    assert!(ok, "the export violates ontology/shapes.ttl:\n{report}");
    // The main job's own output too, and one article exported alone with its entities' shared facts (no
    // run description).
    let run = tmp.path().join("run.ttl");
    newsgraph(&[
        "run",
        "examples/lavrov-aleppo-2016-12-06.txt",
        "--memory",
        "--out",
        run.to_str().unwrap(),
    ]);
    let (ok, _, report) = pyshacl(&run);
    assert!(ok, "`newsgraph run` output violates the shapes:\n{report}");
    let one = tmp.path().join("one.ttl");
    newsgraph(&[
        "export",
        "--store",
        store.to_str().unwrap(),
        "--article",
        "lavrov-aleppo-2016-12-06",
        "--out",
        one.to_str().unwrap(),
    ]);
    let (ok, _, report) = pyshacl(&one);
    assert!(ok, "a one-article export violates the shapes:\n{report}");
    // Hand-made broken graphs, each violating the shapes for the reasons its `# expect:` lines give.
    let dir = root().join("tests/data/rdf/shacl");
    let mut n = 0;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ttl"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let expected: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("# expect: "))
            .map(str::trim)
            .collect();
        assert!(
            !expected.is_empty(),
            "{}: no `# expect:` line",
            path.display()
        );
        let (ok, results, report) = pyshacl(&path);
        assert!(!ok, "{} should violate the shapes", path.display());
        for e in expected {
            assert!(
                results.iter().any(|r| r == e),
                "{}: no result `{e}` among {results:?}\n{report}",
                path.display()
            );
        }
        n += 1;
    }
    assert!(n >= 6);
}

/// With the ontology's class and property hierarchy applied (RDFS inference), the data still conforms:
/// the ontology and the shapes do not contradict each other.
#[test]
fn export_conforms_under_rdfs_inference_with_the_ontology() {
    if !tool_available("python3", &["-c", "import pyshacl"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let store = loaded_store(tmp.path());
    let ttl = tmp.path().join("all.ttl");
    newsgraph(&[
        "export",
        "--store",
        store.to_str().unwrap(),
        "--out",
        ttl.to_str().unwrap(),
    ]);
    let ontology = root().join("ontology/newsgraph.ttl");
    let (ok, _, report) = pyshacl_with(&ttl, Some(&ontology), "rdfs");
    assert!(
        ok,
        "with RDFS inference the export violates the shapes:\n{report}"
    );
}

fn owl_rl(data: &Path) -> (bool, String) {
    let out = Command::new("python3")
        .arg(root().join("tests/data/rdf/py/owl_consistency.py"))
        .arg(root().join("ontology/newsgraph.ttl"))
        .arg(data)
        .output()
        .expect("python3");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "owl_consistency.py: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (stdout.starts_with("consistent"), stdout)
}

/// The OWL 2 RL closure (owlrl) of the ontology plus the data has no contradiction, and the check does
/// find one in a graph that breaks the ontology's axioms (disjoint statement classes, functional ng:kind).
#[test]
fn ontology_and_data_are_consistent_under_owl_rl() {
    if !tool_available("python3", &["-c", "import owlrl"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let store = loaded_store(tmp.path());
    let ttl = tmp.path().join("all.ttl");
    newsgraph(&[
        "export",
        "--store",
        store.to_str().unwrap(),
        "--out",
        ttl.to_str().unwrap(),
    ]);
    let (ok, report) = owl_rl(&ttl);
    assert!(
        ok,
        "ontology + export is inconsistent under OWL 2 RL:\n{report}"
    );
    let (ok, report) = owl_rl(&root().join("tests/data/rdf/owl/statement-two-kinds.ttl"));
    assert!(
        !ok,
        "a statement of two disjoint kinds went unnoticed:\n{report}"
    );
    assert!(report.contains("Disjoint classes"), "{report}");
}

/// Every `ng:` term the shapes and the bundled queries name is declared in the ontology (a typo there
/// would silently match nothing).
#[test]
fn shapes_and_queries_use_only_declared_terms() {
    let ng = newsgraph::rdf::vocab::NG;
    let onto = std::fs::read_to_string(root().join("ontology/newsgraph.ttl")).unwrap();
    let declared: BTreeSet<String> = rdfcmp::parse_turtle(&onto, "ontology/newsgraph.ttl")
        .iter()
        .filter_map(|t| match &t[0] {
            sophia_api::term::SimpleTerm::Iri(i) => Some(i.as_str().to_string()),
            _ => None,
        })
        .filter(|s| s.starts_with(ng))
        .collect();
    let term = regex::Regex::new(r"\bng:([A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9])").unwrap();
    let mut files = vec![root().join("ontology/shapes.ttl")];
    for e in std::fs::read_dir(root().join("queries")).unwrap() {
        files.push(e.unwrap().path());
    }
    let mut missing = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            for c in term.captures_iter(line) {
                let iri = format!("{ng}{}", &c[1]);
                if !declared.contains(&iri) {
                    missing.push(format!("{}: ng:{}", f.display(), &c[1]));
                }
            }
        }
        // Concepts named by their local-name prefix in queries (STRAFTER(…, "#kind-")) exist too.
        for prefix in ["#kind-", "#status-"] {
            if text.contains(prefix) {
                assert!(
                    declared.iter().any(|d| d.contains(prefix)),
                    "{}: no {prefix}… concept declared",
                    f.display()
                );
            }
        }
    }
    assert!(missing.is_empty(), "undeclared terms: {missing:?}");
}

#[test]
fn ontology_parses_and_declares_every_term_the_data_uses() {
    let ng = newsgraph::rdf::vocab::NG;
    let text = std::fs::read_to_string(root().join("ontology/newsgraph.ttl")).unwrap();
    let onto = rdfcmp::parse_turtle(&text, "ontology/newsgraph.ttl");
    let iri = |t: &sophia_api::term::SimpleTerm<'static>| -> Option<String> {
        match t {
            sophia_api::term::SimpleTerm::Iri(i) => Some(i.as_str().to_string()),
            _ => None,
        }
    };
    let label = "http://www.w3.org/2000/01/rdf-schema#label";
    let comment = "http://www.w3.org/2000/01/rdf-schema#comment";
    let labelled: BTreeSet<String> = onto
        .iter()
        .filter(|t| iri(&t[1]).as_deref() == Some(label))
        .filter_map(|t| iri(&t[0]))
        .collect();
    let commented: BTreeSet<String> = onto
        .iter()
        .filter(|t| iri(&t[1]).as_deref() == Some(comment))
        .filter_map(|t| iri(&t[0]))
        .collect();
    let declared: BTreeSet<String> = onto
        .iter()
        .filter_map(|t| iri(&t[0]))
        .filter(|s| s.starts_with(ng))
        .collect();
    for term in &declared {
        assert!(labelled.contains(term), "{term} has no rdfs:label");
        assert!(commented.contains(term), "{term} has no rdfs:comment");
    }
    let tmp = tempfile::tempdir().unwrap();
    let store = loaded_store(tmp.path());
    let nt = newsgraph(&[
        "export",
        "--store",
        store.to_str().unwrap(),
        "--format",
        "nt",
    ]);
    let data = rdfcmp::parse_ntriples(&nt, "export");
    let used: BTreeSet<String> = data
        .iter()
        .flat_map(|t| t.iter().filter_map(&iri).collect::<Vec<_>>())
        .filter(|i| i.starts_with(ng))
        .collect();
    let missing: Vec<_> = used.difference(&declared).collect();
    assert!(
        missing.is_empty(),
        "used but not declared in the ontology: {missing:?}"
    );
    if tool_available("rapper", &["--version"]) {
        let out = Command::new("rapper")
            .args(["-i", "turtle", "-c"])
            .arg(root().join("ontology/newsgraph.ttl"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

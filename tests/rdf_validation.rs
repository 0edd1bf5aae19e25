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

fn pyshacl(data: &Path) -> (bool, String) {
    let out = Command::new("python3")
        .args(["-m", "pyshacl", "-s"])
        .arg(root().join("ontology/shapes.ttl"))
        .args(["-df", "turtle"])
        .arg(data)
        .output()
        .expect("pyshacl");
    let report = String::from_utf8_lossy(&out.stdout).to_string();
    (report.contains("Conforms: True"), report)
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
    let (ok, report) = pyshacl(&ttl);
    assert!(ok, "the export violates ontology/shapes.ttl:\n{report}");
    // The main job's own output too.
    let run = tmp.path().join("run.ttl");
    newsgraph(&[
        "run",
        "examples/lavrov-aleppo-2016-12-06.txt",
        "--memory",
        "--out",
        run.to_str().unwrap(),
    ]);
    let (ok, report) = pyshacl(&run);
    assert!(ok, "`newsgraph run` output violates the shapes:\n{report}");
    let dir = root().join("tests/data/rdf/shacl");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ttl") {
            let (ok, _) = pyshacl(&path);
            assert!(!ok, "{} should violate the shapes", path.display());
            n += 1;
        }
    }
    assert!(n >= 4);
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

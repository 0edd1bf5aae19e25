//! `newsgraph link --store … --base-iri IRI` links a store loaded under that base IRI, writing the links
//! into its graphs; a store loaded under another base IRI is an error that says so (it used to read the
//! other base's shared graph as an article and link nothing, silently).

use std::path::Path;
use std::process::{Command, Output};

const BASE: &str = "https://example.org/kg/";

fn newsgraph(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1480982400")
        .output()
        .expect("newsgraph runs")
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = newsgraph(dir, args);
    assert!(
        out.status.success(),
        "newsgraph {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

// Over 80 lines: one scenario read top to bottom, each step checking what the steps before it left;
// split, the steps would hand its state around and the story would be harder to follow.
#[test]
fn link_uses_the_base_iri_the_store_was_loaded_with() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let article =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/lavrov-aleppo-2016-12-06.txt");
    let article = article.to_str().unwrap();
    ok(
        dir,
        &[
            "run",
            article,
            "--store",
            "st",
            "--base-iri",
            BASE,
            "--out",
            "run.nq",
        ],
    );

    // Another base IRI: an error naming the flag, and the store is left as it was.
    let out = newsgraph(dir, &["link", "--store", "st", "--offline", "starter"]);
    assert!(
        !out.status.success(),
        "linking under the default base IRI succeeded"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--base-iri") && err.contains(BASE), "{err}");

    // The base IRI it was loaded with: links land in its article view and its shared entities graph.
    ok(
        dir,
        &[
            "link",
            "--store",
            "st",
            "--offline",
            "starter",
            "--base-iri",
            BASE,
        ],
    );
    ok(
        dir,
        &[
            "export",
            "--store",
            "st",
            "--format",
            "nq",
            "--out",
            "linked.nq",
        ],
    );
    let nq = std::fs::read_to_string(dir.join("linked.nq")).unwrap();
    let links: Vec<&str> = nq
        .lines()
        .filter(|l| l.contains("<http://www.wikidata.org/entity/Q"))
        .collect();
    assert!(!links.is_empty(), "no Wikidata links written");
    let shared = format!("<{BASE}graph/shared/entities> .");
    let view = format!("<{BASE}graph/lavrov-aleppo-2016-12-06> .");
    assert!(
        links.iter().any(|l| l.ends_with(&shared)),
        "no link in the shared graph"
    );
    assert!(
        links.iter().any(|l| l.ends_with(&view)),
        "no link in the article's graph"
    );
    assert!(
        links
            .iter()
            .all(|l| l.ends_with(&shared) || l.ends_with(&view)),
        "a link outside the base IRI's graphs"
    );
    assert!(
        !nq.contains("https://w3id.org/newsgraph/data/"),
        "default base IRI in the store"
    );
}

//! Framed, compacted JSON-LD (`export --frame article`): read back by a real JSON-LD processor (rdflib) as
//! the same dataset as the N-Quads export of the same store, one object per article with short keys, its
//! entities, statements, agreements and mentions nested; deterministic.
//!
//! rdflib is installed by scripts/setup.sh (requirements-dev.txt); without it the round trip is skipped
//! with a message, unless NEWSGRAPH_REQUIRE_PYTHON_CHECKS is set (as .ci/run does): then it fails.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn ok(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .current_dir(root())
        .env("SOURCE_DATE_EPOCH", "1480982400")
        .output()
        .expect("run newsgraph");
    assert!(
        out.status.success(),
        "newsgraph {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The seed, the two articles with hard names, and, when the corpus is there, the dev corpus; linked
/// offline, so that owl:sameAs and the link provenance are in the graph too.
fn store(dir: &Path) -> PathBuf {
    let store = dir.join("store");
    let mut args = vec![
        "load",
        "examples/lavrov-aleppo-2016-12-06.txt",
        "tests/data/cli/network/tricky.jsonl",
        "--link",
        "offline",
        "--store",
        store.to_str().unwrap(),
    ];
    let dev = root().join("../shared/corpus/dev/articles.jsonl");
    let dev = dev.to_str().unwrap().to_string();
    if Path::new(&dev).exists() {
        args.push(&dev);
    }
    ok(&args);
    store
}

fn rdflib() -> bool {
    let there = Command::new("python3")
        .args(["-c", "import rdflib"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !there {
        assert!(
            std::env::var_os("NEWSGRAPH_REQUIRE_PYTHON_CHECKS").is_none(),
            "rdflib is not available but NEWSGRAPH_REQUIRE_PYTHON_CHECKS is set"
        );
        eprintln!("skipped: rdflib is not available (scripts/setup.sh installs it)");
    }
    there
}

#[test]
fn framed_jsonld_is_the_same_dataset_as_nquads() {
    if !rdflib() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let store = store(tmp.path());
    let s = store.to_str().unwrap();
    let jsonld = tmp.path().join("out.jsonld");
    let nq = tmp.path().join("out.nq");
    ok(&[
        "export",
        "--store",
        s,
        "--frame",
        "article",
        "--out",
        jsonld.to_str().unwrap(),
    ]);
    ok(&[
        "export",
        "--store",
        s,
        "--format",
        "nq",
        "--out",
        nq.to_str().unwrap(),
    ]);
    let out = Command::new("python3")
        .arg(root().join("tests/data/cli/jsonld/roundtrip.py"))
        .arg(&jsonld)
        .arg(&nq)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["differences"], serde_json::json!([]), "{report}");
    assert!(report["graphs"].as_u64().unwrap() >= 5, "{report}");
    assert!(report["quads"].as_u64().unwrap() > 500, "{report}");
}

// Over 80 lines: one scenario read top to bottom, each step checking what the steps before it left;
// split, the steps would hand its state around and the story would be harder to follow.
#[test]
fn one_readable_object_per_article() {
    let tmp = tempfile::tempdir().unwrap();
    let store = store(tmp.path());
    let s = store.to_str().unwrap();
    let text = ok(&["export", "--store", s, "--frame", "article"]).stdout;
    // deterministic
    assert!(
        text == ok(&["export", "--store", s, "--frame", "article"]).stdout,
        "two runs differ"
    );
    let doc: serde_json::Value = serde_json::from_slice(&text).unwrap();
    // the published context, inline
    let published: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("ontology/context.jsonld")).unwrap(),
    )
    .unwrap();
    assert_eq!(doc["@context"], published["@context"]);
    let mut articles = 0;
    for g in doc["@graph"].as_array().unwrap() {
        let id = g["id"].as_str().unwrap();
        if !id.starts_with("data:graph/")
            || id == "data:graph/runs"
            || id == "data:graph/shared/entities"
            || id == "data:graph/shared/counts"
        {
            continue;
        }
        let nodes = g["@graph"].as_array().unwrap();
        let roots: Vec<_> = nodes
            .iter()
            .filter(|n| {
                n["type"]
                    .as_array()
                    .is_some_and(|t| t.iter().any(|t| t == "Article"))
            })
            .collect();
        assert_eq!(roots.len(), 1, "{id}: one article object");
        let article = roots[0];
        articles += 1;
        // everything else of the article's graph is nested in it, but for the graph's own provenance
        assert!(nodes.len() <= 2, "{id}: {} top-level nodes", nodes.len());
        for key in ["entities", "mentions"] {
            assert!(
                article[key].as_array().is_some_and(|a| !a.is_empty()),
                "{id}: no {key}"
            );
        }
        // short keys only: no compact or full IRI as a key anywhere in the article
        let mut long = Vec::new();
        keys(article, &mut long);
        assert!(long.is_empty(), "{id}: keys {long:?}");
        for e in article["entities"].as_array().unwrap() {
            assert_eq!(e["type"], "EntityInArticle", "{id}");
            // the shared entity: nested the first time the article's graph meets it, referenced after
            let shared = &e["specializationOf"];
            assert!(
                e["name"].is_string()
                    && (shared.is_object()
                        || shared
                            .as_str()
                            .is_some_and(|s| s.starts_with("data:entity/"))),
                "{id}: {e}"
            );
        }
    }
    assert!(articles >= 3, "{articles} articles");
    // the seed: a statement with its speaker, an agreement with its parties and mentions nested
    let seed = doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"] == "data:graph/lavrov-aleppo-2016-12-06")
        .unwrap();
    let article = &seed["@graph"][0];
    let statement = &article["statements"][0];
    assert_eq!(statement["speaker"], "data:entity/person/sergei-lavrov");
    assert!(
        statement["text"]
            .as_str()
            .unwrap()
            .starts_with("Any way, if somebody refuses")
    );
    let agreement = article["agreements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "The Russia-US agreement")
        .unwrap();
    assert_eq!(agreement["status"], "ng:status-not-formalized");
    assert_eq!(
        agreement["mention"][0]["anchorOf"],
        "The Russia-US agreement"
    );
    assert_eq!(agreement["mention"][0]["beginIndex"], "247");
}

fn keys(v: &serde_json::Value, long: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(o) => {
            for (k, v) in o {
                if k.contains(':') {
                    long.push(k.clone());
                }
                keys(v, long);
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| keys(v, long)),
        _ => {}
    }
}

#[test]
fn frame_is_for_jsonld_only() {
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args([
            "export", "--frame", "article", "--format", "ttl", "--store", "nowhere",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--frame is for JSON-LD"));
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["export", "--frame", "article", "--from", "x.jsonl"])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "--frame reads a store, not extraction JSON"
    );
}

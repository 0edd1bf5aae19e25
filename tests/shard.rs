//! `--shard I/N`: N jobs split a corpus with no coordination; the union of their outputs, sorted, is
//! byte-identical to one unsharded run (N-Quads from `run`, JSON Lines from `extract`).

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The dev corpus (23 articles, read from ../shared, never copied) when present, else the bundled example
/// and the test articles.
fn corpus() -> Vec<String> {
    let dev = root().join("../shared/corpus/dev/articles.jsonl");
    if dev.exists() {
        return vec![dev.display().to_string()];
    }
    vec![
        root().join("examples").display().to_string(),
        root()
            .join("tests/data/graph/articles")
            .display()
            .to_string(),
    ]
}

fn newsgraph(args: &[String]) -> Vec<u8> {
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
    out.stdout
}

fn sorted_lines(bytes: &[u8]) -> Vec<String> {
    let mut lines: Vec<String> = String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    lines.sort();
    lines.dedup();
    lines
}

#[test]
fn union_of_shards_equals_one_run() {
    let tmp = tempfile::tempdir().unwrap();
    let n = 3;
    let run = |store: &str, out: &str, shard: Option<String>| {
        let mut args: Vec<String> = vec!["run".into()];
        args.extend(corpus());
        args.extend([
            "--link".into(),
            "offline".into(),
            "--store".into(),
            tmp.path().join(store).display().to_string(),
            "--out".into(),
            tmp.path().join(out).display().to_string(),
        ]);
        if let Some(s) = shard {
            args.extend(["--shard".into(), s]);
        }
        newsgraph(&args);
        std::fs::read(tmp.path().join(out)).unwrap()
    };
    let whole = run("all", "all.nq", None);
    let mut union = Vec::new();
    let mut articles_per_shard = Vec::new();
    for i in 1..=n {
        let part = run(
            &format!("s{i}"),
            &format!("s{i}.nq"),
            Some(format!("{i}/{n}")),
        );
        articles_per_shard.push(
            String::from_utf8_lossy(&part)
                .lines()
                .filter(|l| l.contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newsgraph/ontology#Article>"))
                .count(),
        );
        union.extend_from_slice(&part);
        union.push(b'\n');
    }
    let total: usize = articles_per_shard.iter().sum();
    assert!(total > 0);
    assert!(
        articles_per_shard.iter().filter(|c| **c > 0).count() >= 2,
        "the hash should spread articles: {articles_per_shard:?}"
    );
    let (a, b) = (sorted_lines(&whole), sorted_lines(&union));
    assert_eq!(
        a.len(),
        b.len(),
        "quads: one run {} vs union of shards {}",
        a.len(),
        b.len()
    );
    assert!(a == b, "the union of the shards differs from one run");

    // extract: the same split of the JSON Lines.
    let extract = |shard: Option<String>| {
        let mut args: Vec<String> = vec!["extract".into()];
        args.extend(corpus());
        args.extend(["--link".into(), "off".into()]);
        if let Some(s) = shard {
            args.extend(["--shard".into(), s]);
        }
        newsgraph(&args)
    };
    let whole = sorted_lines(&extract(None));
    let mut union = Vec::new();
    for i in 1..=n {
        union.extend(sorted_lines(&extract(Some(format!("{i}/{n}")))));
    }
    union.sort();
    assert_eq!(whole, union);
}

#[test]
fn bad_shard_is_a_usage_error() {
    for bad in ["0/3", "4/3", "a/b", "3"] {
        let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(["extract", "examples", "--shard", bad])
            .current_dir(root())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "--shard {bad}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--shard"));
    }
}

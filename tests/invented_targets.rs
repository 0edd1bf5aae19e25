//! The extractor on the invented evaluation sets (`tests/data/eval/invented/` and `invented-2/`, five
//! articles each written for issue 9, session 12, in styles unlike the dev set), scored like
//! `../shared/eval/score.py`: every metric must stay at or above its floor in
//! `tests/data/eval/invented_targets.tsv` (set 1) and `invented2_targets.tsv` (set 2), so that a later
//! rule cannot silently lower what a set measures. Unlike the dev set, they ship with the repository.

use newsgraph::eval::EvalReport;
use std::path::Path;

fn metric(r: &EvalReport, name: &str) -> f64 {
    match name {
        "entities.f1" => r.entities.f1,
        "entity_type_accuracy" => r.entity_type_accuracy,
        "statements.f1" => r.statements.f1,
        "statements_attributed.f1" => r.statements_attributed.f1,
        "agreements.f1" => r.agreements.f1,
        "agreement_party_accuracy" => r.agreement_party_accuracy,
        "agreement_status_accuracy" => r.agreement_status_accuracy,
        other => panic!("unknown metric {other}"),
    }
}

#[test]
fn invented_set_meets_its_floors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/data/eval/invented");
    let records =
        newsgraph::ingest::read_all(&[dir.join("articles.jsonl")], &Default::default()).unwrap();
    assert_eq!(records.len(), 5, "the invented set has five articles");
    let exs = newsgraph::pipeline::extract_records(records);
    let report = newsgraph::eval::score(&dir.join("gold"), &exs).unwrap();
    let floors =
        std::fs::read_to_string(root.join("tests/data/eval/invented_targets.tsv")).unwrap();
    let mut failures = Vec::new();
    for line in floors
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let c: Vec<&str> = line.split('\t').collect();
        let floor: f64 = c[1].parse().unwrap();
        let value = metric(&report, c[0]);
        if value < floor {
            failures.push(format!("{}: {value:.3} < {floor}", c[0]));
        }
    }
    assert!(failures.is_empty(), "{}\n\n{report}", failures.join("\n"));
}

#[test]
fn invented_set_2_meets_its_floors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/data/eval/invented-2");
    let records =
        newsgraph::ingest::read_all(&[dir.join("articles.jsonl")], &Default::default()).unwrap();
    assert_eq!(
        records.len(),
        5,
        "the second invented set has five articles"
    );
    let exs = newsgraph::pipeline::extract_records(records);
    let report = newsgraph::eval::score(&dir.join("gold"), &exs).unwrap();
    let floors =
        std::fs::read_to_string(root.join("tests/data/eval/invented2_targets.tsv")).unwrap();
    let failures: Vec<String> = floors
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|line| {
            let c: Vec<&str> = line.split('\t').collect();
            let floor: f64 = c[1].parse().unwrap();
            let value = metric(&report, c[0]);
            (value < floor).then(|| format!("{}: {value:.3} < {floor}", c[0]))
        })
        .collect();
    assert!(failures.is_empty(), "{}\n\n{report}", failures.join("\n"));
}

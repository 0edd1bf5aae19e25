//! The evaluation port: hand-computed scores on the fixtures in `tests/data/eval/`, and, when python3 and
//! `../shared/eval/score.py` are available, identical output to the reference scorer.

use newsgraph::eval::{
    EvalError, EvalOptions, EvalReport, read_predictions, score, score_files, score_files_with,
};
use std::path::{Path, PathBuf};
use std::process::Command;

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/eval")
}

fn gold_dir() -> PathBuf {
    data().join("gold")
}

fn preds() -> PathBuf {
    data().join("preds.jsonl")
}

/// Runs the reference scorer; `None` (with a message) when python3 or the script is missing.
fn python_scorer(args: &[&str]) -> Option<String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/score.py");
    if !script.exists() {
        eprintln!("SKIPPED python comparison: {} not found", script.display());
        return None;
    }
    let out = match Command::new("python3")
        .arg(&script)
        .arg(gold_dir())
        .arg(preds())
        .args(args)
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            eprintln!("SKIPPED python comparison: cannot run python3: {e}");
            return None;
        }
    };
    assert!(
        out.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).expect("score.py prints UTF-8"))
}

#[test]
fn scores_match_hand_computed_expectations() {
    let mut got = score_files(&gold_dir(), &preds()).expect("scores");
    let text = std::fs::read_to_string(data().join("expected.json")).expect("expected.json");
    let want: EvalReport = serde_json::from_str(&text).expect("expected.json parses");
    // The link disagreements are not in score.py's JSON: compared with their own file.
    let mut disagreements: Vec<[String; 4]> = std::mem::take(&mut got.link_disagreements)
        .into_iter()
        .map(|d| {
            let or_dash = |q: Option<String>| q.unwrap_or_else(|| "-".into());
            [d.article, d.name, or_dash(d.predicted), or_dash(d.gold)]
        })
        .collect();
    disagreements.sort();
    let expected = std::fs::read_to_string(data().join("link_disagreements.tsv")).unwrap();
    let expected: Vec<[String; 4]> = expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let c: Vec<String> = l.split('\t').map(str::to_string).collect();
            [c[0].clone(), c[1].clone(), c[2].clone(), c[3].clone()]
        })
        .collect();
    assert_eq!(disagreements, expected);
    assert_eq!(got, want);
    assert!(got.diagnostics.is_empty(), "no diagnostics unless verbose");
}

#[test]
fn in_memory_predictions_score_like_the_file() {
    let list = read_predictions(&preds()).expect("predictions");
    assert_eq!(list.len(), 3, "blank line skipped");
    let a = score(&gold_dir(), &list).expect("scores");
    let b = score_files(&gold_dir(), &preds()).expect("scores");
    assert_eq!(a, b);
    // an article missing from the predictions counts as extracting nothing
    let only_first: Vec<_> = list
        .into_iter()
        .filter(|p| p.id != "river-talks-2024-06-10")
        .collect();
    let c = score(&gold_dir(), &only_first).expect("scores");
    assert_eq!(c.entities.gold, a.entities.gold);
    assert!(c.entities.predicted < a.entities.predicted);
    assert!(c.entities.recall < a.entities.recall);
}

#[test]
fn verbose_diagnostics_name_missed_and_spurious_items() {
    let r = score_files_with(&gold_dir(), &preds(), EvalOptions { verbose: true }).expect("scores");
    let has = |s: &str| r.diagnostics.iter().any(|d| d.contains(s));
    assert!(
        has("spurious entity: Washington (State)"),
        "{:#?}",
        r.diagnostics
    );
    assert!(has("wrong speaker 'Jana Novak' (gold 'Paul Reyes')"));
    assert!(has("wrong speaker 'Paul Reyes' (gold None)"));
    assert!(has("missed agreement: the prisoner exchange deal"));
    assert!(has("missed entity: Grand River (Location)"));
}

/// The lines `score.py` does not print, in the order of `extra_diagnostics.txt`: wrong types of matched
/// entities, wrong party sets and statuses of matched agreements, then the spurious agreements, article
/// by article.
#[test]
fn verbose_extra_diagnostics_name_wrong_types_parties_status_and_spurious_agreements() {
    let r = score_files_with(&gold_dir(), &preds(), EvalOptions { verbose: true }).expect("scores");
    let want = std::fs::read_to_string(data().join("extra_diagnostics.txt")).unwrap();
    let want: Vec<&str> = want.lines().collect();
    assert_eq!(r.extra_diagnostics, want);
    let quiet = score_files(&gold_dir(), &preds()).expect("scores");
    assert!(quiet.extra_diagnostics.is_empty(), "none unless verbose");
}

#[test]
fn json_report_equals_python_scorer() {
    let Some(out) = python_scorer(&["--json"]) else {
        return;
    };
    let want: serde_json::Value = serde_json::from_str(&out).expect("python JSON");
    let got = serde_json::to_value(score_files(&gold_dir(), &preds()).expect("scores"))
        .expect("serialize");
    assert_eq!(got, want);
}

#[test]
fn verbose_lines_and_text_layout_equal_python_scorer() {
    let Some(out) = python_scorer(&["--verbose"]) else {
        return;
    };
    let r = score_files_with(&gold_dir(), &preds(), EvalOptions { verbose: true }).expect("scores");
    let mut mine = r.diagnostics.join("\n");
    mine.push('\n');
    mine.push_str(&r.to_string());
    assert_eq!(mine, out);
}

#[test]
fn bad_prediction_line_names_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("p.jsonl");
    std::fs::write(&p, "\n{\"id\": \"x\", \"text\": \"t\"}\n{not json\n").expect("write");
    match score_files(&gold_dir(), &p) {
        Err(e @ EvalError::BadPrediction { line: 3, .. }) => {
            assert!(e.to_string().contains("p.jsonl:3:"), "{e}")
        }
        other => panic!("expected a bad prediction on line 3, got {other:?}"),
    }
    // a type outside the contract is an error too
    std::fs::write(
        &p,
        "{\"id\": \"x\", \"text\": \"t\", \"entities\": [{\"id\": \"e1\", \"type\": \"Ship\", \"name\": \"A\"}]}\n",
    )
    .expect("write");
    assert!(matches!(
        score_files(&gold_dir(), &p),
        Err(EvalError::BadPrediction { line: 1, .. })
    ));
}

#[test]
fn bad_gold_names_file_and_line_and_empty_dir_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert!(matches!(score(dir.path(), &[]), Err(EvalError::NoGold(_))));
    std::fs::write(
        dir.path().join("a.gold.json"),
        "{\n  \"id\": \"a\",\n  \"entities\": [1]\n}\n",
    )
    .expect("write");
    match score(dir.path(), &[]) {
        Err(e @ EvalError::BadGold { line: 3, .. }) => {
            assert!(e.to_string().contains("a.gold.json:3:"), "{e}")
        }
        other => panic!("expected a bad gold file at line 3, got {other:?}"),
    }
    assert!(matches!(
        score(&dir.path().join("missing"), &[]),
        Err(EvalError::Io { .. })
    ));
}

//! Floors on evaluation metrics, shared by the tests that score a set of articles against gold
//! (`tests/dev_targets.rs`, `tests/invented_targets.rs`): a TSV file of `metric<TAB>floor<TAB>note` lines.

#![allow(dead_code)]

use newsgraph::eval::EvalReport;
use std::path::Path;

/// The value of the metric `name` (as the floor files write it) in `r`.
pub fn metric(r: &EvalReport, name: &str) -> f64 {
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

/// The metrics of the floor file `floors` below their floor, as `metric: value < floor` lines. `report`
/// gives, for a metric name of the file, the report to read and the metric's name in it (a file may
/// prefix names to pick another report, as `seed:` does in the dev floors).
pub fn below_floors<'r>(
    floors: &Path,
    report: impl Fn(&str) -> (&'r EvalReport, String),
) -> Vec<String> {
    let text =
        std::fs::read_to_string(floors).unwrap_or_else(|e| panic!("{}: {e}", floors.display()));
    let mut failures = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let c: Vec<&str> = line.split('\t').collect();
        let floor: f64 = c[1].parse().unwrap();
        let (r, m) = report(c[0]);
        let value = metric(r, &m);
        if value < floor {
            failures.push(format!("{}: {value:.3} < {floor}", c[0]));
        }
    }
    failures
}

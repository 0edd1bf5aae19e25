//! The report: detection rows, accuracies, link disagreements, and the tallies they are counted in.

use crate::text::round3;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One detection row of the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrfRow {
    /// Metric name (`entities`, `statements`, `statements_attributed`, `agreements`).
    pub metric: String,
    /// Precision, rounded to three decimals.
    pub precision: f64,
    /// Recall, rounded to three decimals.
    pub recall: f64,
    /// F1, rounded to three decimals.
    pub f1: f64,
    /// Number of gold items.
    pub gold: usize,
    /// Number of predicted items.
    pub predicted: usize,
}

/// The scores, with the same keys (and key order) as `score.py --json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvalReport {
    /// Number of gold articles scored.
    pub articles: usize,
    /// Entity detection.
    pub entities: PrfRow,
    /// Type accuracy over matched entities.
    pub entity_type_accuracy: f64,
    /// Statement detection.
    pub statements: PrfRow,
    /// Speaker accuracy over matched statements.
    pub attribution_accuracy: f64,
    /// Statements matched with the right speaker.
    pub statements_attributed: PrfRow,
    /// Kind accuracy over matched statements.
    pub statement_kind_accuracy: f64,
    /// Agreement detection.
    pub agreements: PrfRow,
    /// Party-set accuracy over matched agreements.
    pub agreement_party_accuracy: f64,
    /// Status accuracy over matched agreements.
    pub agreement_status_accuracy: f64,
    /// Link accuracy over matched gold entities with a QID.
    pub wikidata_link_accuracy: f64,
    /// Link precision over links predicted on matched entities.
    pub wikidata_link_precision: f64,
    /// Number of matched gold entities with a QID (the denominator of the link accuracy).
    pub wikidata_gold_links: usize,
    /// Every predicted link on a matched entity that differs from the gold QID (a wrong QID, or a link where
    /// the gold has none), and every gold QID the prediction missed: what link precision and accuracy count
    /// against, for review. Not part of `score.py`'s output.
    #[serde(skip)]
    pub link_disagreements: Vec<LinkDisagreement>,
    /// The `--verbose` diagnostics (missed/spurious items, wrong speakers), one line each, exactly as
    /// `score.py --verbose` prints them (with the two leading spaces); empty unless asked for.
    #[serde(skip)]
    pub diagnostics: Vec<String>,
    /// With `--verbose`, what the accuracies count against, one line each in the style of the diagnostics:
    /// matched entities whose type differs from the gold, matched agreements whose party set or status
    /// differs from the gold, and predicted agreements no gold agreement matched. Not part of `score.py`'s
    /// output; empty unless asked for.
    #[serde(skip)]
    pub extra_diagnostics: Vec<String>,
}

/// A matched entity whose predicted Wikidata link differs from the gold one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct LinkDisagreement {
    /// The article id.
    pub article: String,
    /// The gold entity's name.
    pub name: String,
    /// The predicted QID, if any.
    pub predicted: Option<String>,
    /// The gold QID, if any.
    pub gold: Option<String>,
}

/// Options of a scoring run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EvalOptions {
    /// Collect the `--verbose` diagnostics into [`EvalReport::diagnostics`].
    pub verbose: bool,
}

impl fmt::Display for EvalReport {
    /// The text layout of `score.py` without `--json` (diagnostics not included).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "articles scored: {}", self.articles)?;
        for r in [
            &self.entities,
            &self.statements,
            &self.statements_attributed,
            &self.agreements,
        ] {
            writeln!(
                f,
                "{:<24} P {:.3}  R {:.3}  F1 {:.3}  (gold {}, predicted {})",
                r.metric, r.precision, r.recall, r.f1, r.gold, r.predicted
            )?;
        }
        for (k, v) in [
            ("entity_type_accuracy", self.entity_type_accuracy),
            ("attribution_accuracy", self.attribution_accuracy),
            ("statement_kind_accuracy", self.statement_kind_accuracy),
            ("agreement_party_accuracy", self.agreement_party_accuracy),
            ("agreement_status_accuracy", self.agreement_status_accuracy),
            ("wikidata_link_accuracy", self.wikidata_link_accuracy),
            ("wikidata_link_precision", self.wikidata_link_precision),
        ] {
            writeln!(f, "{k:<26} {v:.3}")?;
        }
        Ok(())
    }
}

/// A detection tally.
#[derive(Default)]
pub(crate) struct Tally {
    pub(crate) tp_p: usize,
    pub(crate) n_pred: usize,
    pub(crate) tp_g: usize,
    pub(crate) n_gold: usize,
}

impl Tally {
    /// The report row `name` of this tally.
    pub(crate) fn row(&self, name: &str) -> PrfRow {
        let p = if self.n_pred > 0 {
            self.tp_p as f64 / self.n_pred as f64
        } else {
            0.0
        };
        let r = if self.n_gold > 0 {
            self.tp_g as f64 / self.n_gold as f64
        } else {
            0.0
        };
        let f = if p + r != 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        PrfRow {
            metric: name.to_string(),
            precision: round3(p),
            recall: round3(r),
            f1: round3(f),
            gold: self.n_gold,
            predicted: self.n_pred,
        }
    }
}

/// An accuracy ratio.
#[derive(Default)]
pub(crate) struct Ratio {
    pub(crate) ok: usize,
    pub(crate) n: usize,
}

impl Ratio {
    /// Counts one item, right or not.
    pub(crate) fn add(&mut self, good: bool) {
        self.n += 1;
        if good {
            self.ok += 1;
        }
    }
    /// The ratio rounded to three decimals (0 when nothing was counted).
    pub(crate) fn value(&self) -> f64 {
        if self.n > 0 {
            round3(self.ok as f64 / self.n as f64)
        } else {
            0.0
        }
    }
}

//! Evaluation against gold annotations: a faithful port of `shared/eval/score.py`.
//!
//! The gold directory holds one `ID.gold.json` per article (see `shared/corpus/GUIDELINES.md`); predictions
//! are extractions ([`Extraction`], the contract), matched to gold files by `id`. Only articles present in the
//! gold directory are scored; an article without a prediction counts as extracting nothing. Metrics are
//! micro-averaged over all articles and rounded to three decimals exactly as the Python scorer does:
//!
//! - **entities**: detection P/R/F1 over named entities (every type but `Group`); a predicted entity matches
//!   a gold one when any of its name/aliases equals any gold name/alias after [`norm`], one to one, so an
//!   alias left as a separate entity counts as a false positive; type accuracy over matched entities.
//! - **statements**: detection P/R/F1, pairing on [`token_f1`] ≥ 0.5 of the texts; attribution accuracy;
//!   attributed P/R/F1 (matched and the speaker right); kind accuracy.
//! - **agreements**: detection P/R/F1, pairing on party-set Jaccard > 0 or name/text token F1 ≥ 0.3;
//!   party-set accuracy; status accuracy.
//! - **wikidata**: link accuracy over matched gold entities that carry a QID; link precision over links
//!   predicted on matched entities.
//!
//! Python's `\w` is exactly `[\p{L}\p{N}_]` and its `\s` is Unicode `White_Space` plus U+001C..U+001F; both
//! are reproduced here so that normalisation and tokens agree character for character. One difference by
//! construction: predictions are read as the contract, so an agreement's non-contract `text` key (which the
//! Python would also compare) is ignored.
//!
//! The modules: [`gold`] reads the inputs, [`text`] normalises as Python does, [`entities`], [`statements`]
//! and [`agreements`] score one article each, into the tallies of [`report`].

mod agreements;
mod entities;
mod error;
mod gold;
mod report;
mod statements;
mod text;

pub use error::EvalError;
pub use gold::read_predictions;
pub use report::{EvalOptions, EvalReport, LinkDisagreement, PrfRow};
pub use text::{norm, token_f1, tokens};

use entities::pred_names;
use gold::{GoldDoc, read_gold};
use newsgraph_model::{Entity, Extraction};
use report::{Ratio, Tally};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Scores predictions against the gold directory.
pub fn score(gold_dir: &Path, preds: &[Extraction]) -> Result<EvalReport, EvalError> {
    score_with(gold_dir, preds, EvalOptions::default())
}

/// Scores a predictions JSON Lines file (one extraction per line) against the gold directory.
pub fn score_files(gold_dir: &Path, pred_jsonl: &Path) -> Result<EvalReport, EvalError> {
    score_files_with(gold_dir, pred_jsonl, EvalOptions::default())
}

/// [`score_files`] with options.
pub fn score_files_with(
    gold_dir: &Path,
    pred_jsonl: &Path,
    opts: EvalOptions,
) -> Result<EvalReport, EvalError> {
    let preds = read_predictions(pred_jsonl)?;
    score_with(gold_dir, &preds, opts)
}

/// [`score`] with options (e.g. collecting the verbose diagnostics).
pub fn score_with(
    gold_dir: &Path,
    preds: &[Extraction],
    opts: EvalOptions,
) -> Result<EvalReport, EvalError> {
    let golds = read_gold(gold_dir)?;
    let by_doc: HashMap<&str, &Extraction> = preds.iter().map(|p| (p.id.as_str(), p)).collect();
    let mut s = Scores {
        verbose: opts.verbose,
        ..Scores::default()
    };
    for gold in &golds {
        let article = Article::new(gold, by_doc.get(gold.id.as_str()).copied());
        entities::score(&mut s, gold, article.entities);
        statements::score(&mut s, &article);
        agreements::score(&mut s, &article);
    }
    Ok(s.report(golds.len()))
}

/// The tallies of a scoring run, summed over the articles.
#[derive(Default)]
struct Scores {
    /// Whether to collect the diagnostics.
    verbose: bool,
    /// The `--verbose` diagnostics.
    diag: Vec<String>,
    /// The `--verbose` diagnostics that `score.py` does not print (wrong types, parties and statuses,
    /// spurious agreements).
    extra_diag: Vec<String>,
    /// Entity, statement, agreement and attributed-statement detection.
    ent: Tally,
    stmt: Tally,
    agr: Tally,
    attributed: Tally,
    /// Entity type, speaker, statement kind, agreement parties and status accuracies.
    ent_type: Ratio,
    attr: Ratio,
    kind: Ratio,
    parties_ok: Ratio,
    status_ok: Ratio,
    /// Link accuracy and precision.
    link_acc: Ratio,
    link_prec: Ratio,
    link_disagreements: Vec<LinkDisagreement>,
}

impl Scores {
    /// The report of `articles` scored articles.
    fn report(self, articles: usize) -> EvalReport {
        EvalReport {
            articles,
            entities: self.ent.row("entities"),
            entity_type_accuracy: self.ent_type.value(),
            statements: self.stmt.row("statements"),
            attribution_accuracy: self.attr.value(),
            statements_attributed: self.attributed.row("statements_attributed"),
            statement_kind_accuracy: self.kind.value(),
            agreements: self.agr.row("agreements"),
            agreement_party_accuracy: self.parties_ok.value(),
            agreement_status_accuracy: self.status_ok.value(),
            wikidata_link_accuracy: self.link_acc.value(),
            wikidata_link_precision: self.link_prec.value(),
            wikidata_gold_links: self.link_acc.n,
            link_disagreements: self.link_disagreements,
            diagnostics: self.diag,
            extra_diagnostics: self.extra_diag,
        }
    }
}

/// One gold article with its prediction (empty when there is none), and the look-ups from predicted
/// entities to gold ones that statements and agreements share.
struct Article<'a> {
    /// The gold article.
    gold: &'a GoldDoc,
    /// The predicted entities, statements and agreements.
    entities: &'a [Entity],
    statements: &'a [newsgraph_model::Statement],
    agreements: &'a [newsgraph_model::Agreement],
    /// The normalised names of every gold entity.
    all_gnames: Vec<HashSet<String>>,
    /// The predicted entities by id.
    by_id: HashMap<&'a str, &'a Entity>,
}

impl<'a> Article<'a> {
    /// The article of `gold` and its prediction.
    fn new(gold: &'a GoldDoc, pred: Option<&'a Extraction>) -> Self {
        let entities: &[Entity] = pred.map(|p| p.entities.as_slice()).unwrap_or(&[]);
        let mut by_id: HashMap<&str, &Entity> = HashMap::new();
        for e in entities {
            by_id.insert(e.id.as_str(), e);
        }
        Article {
            gold,
            entities,
            statements: pred.map(|p| p.statements.as_slice()).unwrap_or(&[]),
            agreements: pred.map(|p| p.agreements.as_slice()).unwrap_or(&[]),
            all_gnames: gold.entities.iter().map(entities::gold_names).collect(),
            by_id,
        }
    }

    /// The gold entity a predicted entity id names (the first sharing a name with it).
    fn pred_entity_gold(&self, pid: Option<&str>) -> Option<usize> {
        let pe = self.by_id.get(pid?)?;
        gold_entity_for_names(&self.all_gnames, &pred_names(pe))
    }

    /// The name of a predicted entity id (`None` for an id the prediction does not define).
    fn pred_entity_name(&self, pid: &str) -> Option<&'a str> {
        self.by_id.get(pid).map(|e| e.name.as_str())
    }

    /// The gold entity a gold name refers to.
    fn gold_name_index(&self, name: Option<&str>) -> Option<usize> {
        let mut set = HashSet::new();
        set.insert(norm(name.unwrap_or("")));
        gold_entity_for_names(&self.all_gnames, &set)
    }
}

/// Index of the first gold entity sharing a name with `names`.
pub(crate) fn gold_entity_for_names(
    all_names: &[HashSet<String>],
    names: &HashSet<String>,
) -> Option<usize> {
    all_names.iter().position(|g| !g.is_disjoint(names))
}

/// Sorts `(score, gi, pi)` descending like Python's `sorted(..., reverse=True)`.
pub(crate) fn sort_desc(pairs: &mut [(f64, usize, usize)]) {
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
}

/// Pairs gold and predicted items greedily from `(score, gi, pi)` candidates (best first, see
/// [`sort_desc`]), one to one, stopping at a score under `min`: gold index → predicted index, and the
/// predicted indices used.
fn pair_greedily(
    mut pairs: Vec<(f64, usize, usize)>,
    min: f64,
) -> (HashMap<usize, usize>, HashSet<usize>) {
    sort_desc(&mut pairs);
    let mut used = HashSet::new();
    let mut done: HashMap<usize, usize> = HashMap::new();
    for (score, gi, pi) in pairs {
        if score < min {
            break;
        }
        if done.contains_key(&gi) || used.contains(&pi) {
            continue;
        }
        done.insert(gi, pi);
        used.insert(pi);
    }
    (done, used)
}

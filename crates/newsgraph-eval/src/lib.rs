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

use newsgraph_model::{Entity, EntityType, Extraction};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// Errors of the evaluation; each names the file (and line where there is one).
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file or directory could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The gold directory holds no `*.gold.json` file.
    #[error("{0}: no *.gold.json files")]
    NoGold(PathBuf),
    /// A gold file is not valid gold JSON.
    #[error("{path}:{line}:{column}: bad gold file: {message}")]
    BadGold {
        /// The gold file.
        path: PathBuf,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A prediction line is not an extraction JSON object.
    #[error("{path}:{line}: bad prediction: {message}")]
    BadPrediction {
        /// The predictions file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Entity types scored for detection (all but `Group`).
const NAMED: [EntityType; 5] = [
    EntityType::Person,
    EntityType::Organization,
    EntityType::State,
    EntityType::ArmedGroup,
    EntityType::Location,
];

/// A gold article (`ID.gold.json`).
#[derive(Debug, Clone, Deserialize)]
struct GoldDoc {
    id: String,
    #[serde(default)]
    entities: Vec<GoldEntity>,
    #[serde(default)]
    statements: Vec<GoldStatement>,
    #[serde(default)]
    agreements: Vec<GoldAgreement>,
}

/// A gold entity: `name`, `type`, `aliases`, `wikidata`.
#[derive(Debug, Clone, Deserialize)]
struct GoldEntity {
    #[serde(default)]
    name: Option<String>,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    aliases: Option<Vec<Option<String>>>,
    #[serde(default)]
    wikidata: Option<String>,
}

/// A gold statement: `kind`, `speaker` (a gold entity name), `text`, `cue`.
#[derive(Debug, Clone, Deserialize)]
struct GoldStatement {
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

/// A gold agreement: `kind`, `text`, `parties` (gold entity names), `status`, `date`, `place`.
#[derive(Debug, Clone, Deserialize)]
struct GoldAgreement {
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    parties: Vec<Option<String>>,
    #[serde(default)]
    status: Option<String>,
}

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

/// Reads a predictions JSON Lines file; blank lines are skipped.
pub fn read_predictions(pred_jsonl: &Path) -> Result<Vec<Extraction>, EvalError> {
    let text = std::fs::read_to_string(pred_jsonl).map_err(|source| EvalError::Io {
        path: pred_jsonl.to_path_buf(),
        source,
    })?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let ex: Extraction = serde_json::from_str(line).map_err(|e| EvalError::BadPrediction {
            path: pred_jsonl.to_path_buf(),
            line: n + 1,
            message: e.to_string(),
        })?;
        out.push(ex);
    }
    Ok(out)
}

/// Reads the sorted `*.gold.json` files of a directory.
fn read_gold(gold_dir: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let io = |source| EvalError::Io {
        path: gold_dir.to_path_buf(),
        source,
    };
    let mut names: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(gold_dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        if let Some(name) = entry.file_name().to_str()
            && name.ends_with(".gold.json")
        {
            names.push(name.to_string());
        }
    }
    if names.is_empty() {
        return Err(EvalError::NoGold(gold_dir.to_path_buf()));
    }
    names.sort();
    let mut docs = Vec::with_capacity(names.len());
    for name in names {
        let path = gold_dir.join(&name);
        let text = std::fs::read_to_string(&path).map_err(|source| EvalError::Io {
            path: path.clone(),
            source,
        })?;
        let doc: GoldDoc = serde_json::from_str(&text).map_err(|e| EvalError::BadGold {
            path: path.clone(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        docs.push(doc);
    }
    Ok(docs)
}

fn word_class() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^[\p{L}\p{N}_]$").expect("static regex"))
}

/// Python's `\w` for one character: `[\p{L}\p{N}_]`.
fn is_word(c: char) -> bool {
    let mut buf = [0u8; 4];
    word_class().is_match(c.encode_utf8(&mut buf))
}

/// Python's `str.isspace`: `White_Space` plus U+001C..U+001F.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// NFKC then full Unicode lowercase, like Python's `unicodedata.normalize("NFKC", s).lower()`.
fn nfkc_lower(s: &str) -> String {
    s.nfkc().collect::<String>().to_lowercase()
}

/// Normalises a name for matching (the `norm` of `score.py`): NFKC, lowercase, curly apostrophes made
/// straight, double quotes and guillemets removed, possessive `'s` removed, other punctuation but `-` made
/// a space, spaces squeezed and trimmed, a leading `the ` removed.
pub fn norm(s: &str) -> String {
    static PUNCT: OnceLock<Regex> = OnceLock::new();
    static SPACES: OnceLock<Regex> = OnceLock::new();
    let s = nfkc_lower(s).replace(['\u{2019}', '\u{2018}'], "'");
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, '"' | '“' | '”' | '«' | '»'))
        .collect();
    // 's\b
    let chars: Vec<char> = s.chars().collect();
    let mut kept = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '\''
            && chars.get(i + 1) == Some(&'s')
            && chars.get(i + 2).is_none_or(|c| !is_word(*c))
        {
            i += 2;
            continue;
        }
        kept.push(chars[i]);
        i += 1;
    }
    let punct =
        PUNCT.get_or_init(|| Regex::new(r"[^\p{L}\p{N}_\s\x1c-\x1f-]").expect("static regex"));
    let s = punct.replace_all(&kept, " ");
    let spaces = SPACES.get_or_init(|| Regex::new(r"[\s\x1c-\x1f]+").expect("static regex"));
    let s = spaces.replace_all(&s, " ");
    let s = s.trim_matches(is_space);
    s.strip_prefix("the ").unwrap_or(s).to_string()
}

/// The `\w+` tokens of the NFKC-lowercased text.
pub fn tokens(s: &str) -> Vec<String> {
    static TOK: OnceLock<Regex> = OnceLock::new();
    let tok = TOK.get_or_init(|| Regex::new(r"[\p{L}\p{N}_]+").expect("static regex"));
    let s = nfkc_lower(s);
    tok.find_iter(&s).map(|m| m.as_str().to_string()).collect()
}

/// Token F1 between two texts (bag of [`tokens`]); 0 when either is empty.
pub fn token_f1(a: &str, b: &str) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for t in &ta {
        *counts.entry(t.as_str()).or_default() += 1;
    }
    let mut common = 0usize;
    for t in &tb {
        if let Some(c) = counts.get_mut(t.as_str())
            && *c > 0
        {
            *c -= 1;
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / ta.len() as f64;
    let r = common as f64 / tb.len() as f64;
    2.0 * p * r / (p + r)
}

/// Python's `round(x, 3)`: correctly rounded from the exact binary value, ties to even.
fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

/// The first `n` characters of a string (Python `s[:n]`).
fn head(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Python's `str(x)` for an optional string (`None` when absent).
fn py_str(s: Option<&str>) -> String {
    s.unwrap_or("None").to_string()
}

/// Python's `repr(x)` for an optional string.
fn py_repr(s: Option<&str>) -> String {
    let Some(s) = s else {
        return "None".to_string();
    };
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !py_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable` for the characters news text carries: controls, separators other than the
/// space, and the common format characters are not printable.
fn py_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || is_space(c)
        || matches!(c as u32, 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e
            | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f | 0xfeff
            | 0xfff9..=0xfffb | 0xd800..=0xdfff | 0xe000..=0xf8ff))
}

/// A detection tally.
#[derive(Default)]
struct Tally {
    tp_p: usize,
    n_pred: usize,
    tp_g: usize,
    n_gold: usize,
}

impl Tally {
    fn row(&self, name: &str) -> PrfRow {
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
struct Ratio {
    ok: usize,
    n: usize,
}

impl Ratio {
    fn add(&mut self, good: bool) {
        self.n += 1;
        if good {
            self.ok += 1;
        }
    }
    fn value(&self) -> f64 {
        if self.n > 0 {
            round3(self.ok as f64 / self.n as f64)
        } else {
            0.0
        }
    }
}

fn gold_names(e: &GoldEntity) -> HashSet<String> {
    let mut out = HashSet::new();
    out.insert(norm(e.name.as_deref().unwrap_or("")));
    for a in e.aliases.iter().flatten() {
        out.insert(norm(a.as_deref().unwrap_or("")));
    }
    out.remove("");
    out
}

fn pred_names(e: &Entity) -> HashSet<String> {
    let mut out = HashSet::new();
    out.insert(norm(&e.name));
    for a in &e.aliases {
        out.insert(norm(a));
    }
    out.remove("");
    out
}

/// One-to-one entity matching, as `match_entities` of `score.py`: candidate pairs sorted (descending) by
/// same type, exact name, number of shared names, earlier prediction, then taken greedily.
fn match_entities(
    gold: &[&GoldEntity],
    gnames: &[HashSet<String>],
    pred: &[&Entity],
) -> (BTreeMap<usize, usize>, HashSet<usize>) {
    // (same_type, exact, shared, -pi, gi, pi)
    let mut pairs: Vec<(bool, bool, usize, i64, usize, usize)> = Vec::new();
    for (pi, p) in pred.iter().enumerate() {
        let pn = pred_names(p);
        let pname = norm(&p.name);
        for (gi, gn) in gnames.iter().enumerate() {
            let shared = pn.intersection(gn).count();
            if shared > 0 {
                let same_type = gold[gi].kind.as_deref() == Some(p.kind.as_str());
                let exact = pname == norm(gold[gi].name.as_deref().unwrap_or(""));
                pairs.push((same_type, exact, shared, -(pi as i64), gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.cmp(a));
    let mut mapping = BTreeMap::new();
    let mut taken = HashSet::new();
    for (.., gi, pi) in pairs {
        if mapping.contains_key(&gi) || taken.contains(&pi) {
            continue;
        }
        mapping.insert(gi, pi);
        taken.insert(pi);
    }
    (mapping, taken)
}

/// Index of the first gold entity sharing a name with `names`.
fn gold_entity_for_names(all_names: &[HashSet<String>], names: &HashSet<String>) -> Option<usize> {
    all_names.iter().position(|g| !g.is_disjoint(names))
}

/// Sorts `(score, gi, pi)` descending like Python's `sorted(..., reverse=True)`.
fn sort_desc(pairs: &mut [(f64, usize, usize)]) {
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
}

/// [`score`] with options (e.g. collecting the verbose diagnostics).
pub fn score_with(
    gold_dir: &Path,
    preds: &[Extraction],
    opts: EvalOptions,
) -> Result<EvalReport, EvalError> {
    let golds = read_gold(gold_dir)?;
    let by_doc: HashMap<&str, &Extraction> = preds.iter().map(|p| (p.id.as_str(), p)).collect();
    let verbose = opts.verbose;
    let mut diag: Vec<String> = Vec::new();

    let (mut ent, mut stmt, mut agr, mut attributed) = (
        Tally::default(),
        Tally::default(),
        Tally::default(),
        Tally::default(),
    );
    let (mut ent_type, mut attr, mut kind, mut parties_ok, mut status_ok) = (
        Ratio::default(),
        Ratio::default(),
        Ratio::default(),
        Ratio::default(),
        Ratio::default(),
    );
    let (mut link_acc, mut link_prec) = (Ratio::default(), Ratio::default());
    let mut link_disagreements = Vec::new();

    for gold in &golds {
        let id = gold.id.as_str();
        let pred = by_doc.get(id).copied();
        let pents_all: &[Entity] = pred.map(|p| p.entities.as_slice()).unwrap_or(&[]);
        let pst = pred.map(|p| p.statements.as_slice()).unwrap_or(&[]);
        let pag = pred.map(|p| p.agreements.as_slice()).unwrap_or(&[]);

        // entities
        let gents: Vec<&GoldEntity> = gold
            .entities
            .iter()
            .filter(|e| {
                e.kind
                    .as_deref()
                    .is_some_and(|k| NAMED.iter().any(|t| t.as_str() == k))
            })
            .collect();
        let gents_names: Vec<HashSet<String>> = gents.iter().map(|g| gold_names(g)).collect();
        let pents: Vec<&Entity> = pents_all
            .iter()
            .filter(|e| NAMED.contains(&e.kind))
            .collect();
        let (mapping, hits) = match_entities(&gents, &gents_names, &pents);
        ent.n_gold += gents.len();
        ent.tp_g += mapping.len();
        ent.n_pred += pents.len();
        ent.tp_p += hits.len();
        for (&gi, &pi) in &mapping {
            let (g, p) = (gents[gi], pents[pi]);
            ent_type.add(g.kind.as_deref() == Some(p.kind.as_str()));
            let pq = p.wikidata.as_deref();
            let gq = g.wikidata.as_deref();
            if gq.is_some_and(|q| !q.is_empty()) {
                link_acc.add(pq == gq);
            }
            if pq.is_some_and(|q| !q.is_empty()) {
                link_prec.add(pq == gq);
            }
            let pq = pq.filter(|q| !q.is_empty());
            let gq = gq.filter(|q| !q.is_empty());
            if pq != gq {
                link_disagreements.push(LinkDisagreement {
                    article: gold.id.clone(),
                    name: g.name.clone().unwrap_or_default(),
                    predicted: pq.map(str::to_string),
                    gold: gq.map(str::to_string),
                });
            }
        }
        if verbose {
            for (gi, g) in gents.iter().enumerate() {
                if !mapping.contains_key(&gi) {
                    diag.push(format!(
                        "  [{id}] missed entity: {} ({})",
                        py_str(g.name.as_deref()),
                        py_str(g.kind.as_deref())
                    ));
                }
            }
            for (pi, p) in pents.iter().enumerate() {
                if !hits.contains(&pi) {
                    diag.push(format!(
                        "  [{id}] spurious entity: {} ({})",
                        p.name,
                        p.kind.as_str()
                    ));
                }
            }
        }

        let all_gnames: Vec<HashSet<String>> = gold.entities.iter().map(gold_names).collect();
        let mut by_id: HashMap<&str, &Entity> = HashMap::new();
        for e in pents_all {
            by_id.insert(e.id.as_str(), e);
        }
        let pred_entity_gold = |pid: Option<&str>| -> Option<usize> {
            let pe = by_id.get(pid?)?;
            gold_entity_for_names(&all_gnames, &pred_names(pe))
        };
        let gold_name_index = |name: Option<&str>| -> Option<usize> {
            let mut set = HashSet::new();
            set.insert(norm(name.unwrap_or("")));
            gold_entity_for_names(&all_gnames, &set)
        };

        // statements
        let gst = &gold.statements;
        stmt.n_gold += gst.len();
        stmt.n_pred += pst.len();
        attributed.n_gold += gst.len();
        attributed.n_pred += pst.len();
        let mut pairs: Vec<(f64, usize, usize)> = Vec::with_capacity(gst.len() * pst.len());
        for (gi, gs) in gst.iter().enumerate() {
            for (pi, ps) in pst.iter().enumerate() {
                pairs.push((token_f1(gs.text.as_deref().unwrap_or(""), &ps.text), gi, pi));
            }
        }
        sort_desc(&mut pairs);
        let mut used = HashSet::new();
        let mut done: HashMap<usize, usize> = HashMap::new();
        for (f1, gi, pi) in pairs {
            if f1 < 0.5 {
                break;
            }
            if done.contains_key(&gi) || used.contains(&pi) {
                continue;
            }
            done.insert(gi, pi);
            used.insert(pi);
        }
        for (gi, gs) in gst.iter().enumerate() {
            let gtext = gs.text.as_deref().unwrap_or("");
            let Some(&pi) = done.get(&gi) else {
                if verbose {
                    diag.push(format!(
                        "  [{id}] missed statement ({}): {}",
                        py_str(gs.speaker.as_deref()),
                        head(gtext, 70)
                    ));
                }
                continue;
            };
            stmt.tp_g += 1;
            stmt.tp_p += 1;
            let ps = &pst[pi];
            let gold_speaker = gold_name_index(gs.speaker.as_deref());
            let right =
                pred_entity_gold(ps.speaker.as_deref()) == gold_speaker && gold_speaker.is_some();
            attr.add(right);
            kind.add(gs.kind.as_deref() == Some(ps.kind.as_str()));
            if right {
                attributed.tp_g += 1;
                attributed.tp_p += 1;
            } else if verbose {
                let sp = ps
                    .speaker
                    .as_deref()
                    .and_then(|s| by_id.get(s))
                    .map(|e| e.name.as_str());
                diag.push(format!(
                    "  [{id}] wrong speaker {} (gold {}): {}",
                    py_repr(sp),
                    py_repr(gs.speaker.as_deref()),
                    head(gtext, 60)
                ));
            }
        }
        if verbose {
            for (pi, ps) in pst.iter().enumerate() {
                if !used.contains(&pi) {
                    diag.push(format!(
                        "  [{id}] spurious statement: {}",
                        head(&ps.text, 70)
                    ));
                }
            }
        }

        // agreements
        let gag = &gold.agreements;
        agr.n_gold += gag.len();
        agr.n_pred += pag.len();
        let parties_of = |parties: &[String]| -> HashSet<usize> {
            parties
                .iter()
                .filter_map(|p| pred_entity_gold(Some(p.as_str())))
                .collect()
        };
        let gparties: Vec<HashSet<usize>> = gag
            .iter()
            .map(|ga| {
                ga.parties
                    .iter()
                    .filter_map(|p| gold_name_index(p.as_deref()))
                    .collect()
            })
            .collect();
        let pparties: Vec<HashSet<usize>> = pag.iter().map(|pa| parties_of(&pa.parties)).collect();
        let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
        for (gi, ga) in gag.iter().enumerate() {
            let gtext = ga.text.as_deref().unwrap_or("");
            for (pi, pa) in pag.iter().enumerate() {
                let pp = &pparties[pi];
                let union = gparties[gi].union(pp).count();
                let jac = if union > 0 {
                    gparties[gi].intersection(pp).count() as f64 / union as f64
                } else {
                    0.0
                };
                // the Python also compares a non-contract `text` key, absent here (token F1 0)
                let txt = token_f1(gtext, &pa.name).max(0.0);
                if jac > 0.0 || txt >= 0.3 {
                    pairs.push((jac + txt, gi, pi));
                }
            }
        }
        sort_desc(&mut pairs);
        let mut used = HashSet::new();
        let mut done: HashMap<usize, usize> = HashMap::new();
        for (_, gi, pi) in pairs {
            if done.contains_key(&gi) || used.contains(&pi) {
                continue;
            }
            done.insert(gi, pi);
            used.insert(pi);
        }
        for (gi, ga) in gag.iter().enumerate() {
            let Some(&pi) = done.get(&gi) else {
                if verbose {
                    diag.push(format!(
                        "  [{id}] missed agreement: {}",
                        head(ga.text.as_deref().unwrap_or(""), 70)
                    ));
                }
                continue;
            };
            agr.tp_g += 1;
            agr.tp_p += 1;
            parties_ok.add(pparties[pi] == gparties[gi]);
            status_ok.add(ga.status.as_deref() == Some(pag[pi].status.as_str()));
        }
    }

    Ok(EvalReport {
        articles: golds.len(),
        entities: ent.row("entities"),
        entity_type_accuracy: ent_type.value(),
        statements: stmt.row("statements"),
        attribution_accuracy: attr.value(),
        statements_attributed: attributed.row("statements_attributed"),
        statement_kind_accuracy: kind.value(),
        agreements: agr.row("agreements"),
        agreement_party_accuracy: parties_ok.value(),
        agreement_status_accuracy: status_ok.value(),
        wikidata_link_accuracy: link_acc.value(),
        wikidata_link_precision: link_prec.value(),
        wikidata_gold_links: link_acc.n,
        link_disagreements,
        diagnostics: diag,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_matches_python_rules() {
        assert_eq!(norm("The United States"), "united states");
        assert_eq!(norm("Russia’s"), "russia");
        assert_eq!(norm("«Kerry's»  plan!"), "kerry plan");
        assert_eq!(norm("Al-Nusra"), "al-nusra");
        assert_eq!(norm("'s's"), "");
    }

    #[test]
    fn token_f1_counts_bags() {
        assert_eq!(token_f1("a b c", "a b c"), 1.0);
        assert_eq!(token_f1("", "a"), 0.0);
        assert!((token_f1("a a b", "a b b") - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn round3_ties_to_even() {
        assert_eq!(round3(0.0625), 0.062);
        assert_eq!(round3(2.0 / 3.0), 0.667);
    }
}

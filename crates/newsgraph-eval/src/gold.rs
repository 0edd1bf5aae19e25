//! The inputs: gold articles (`ID.gold.json`) and predictions (extraction JSON Lines).

use crate::EvalError;
use newsgraph_model::Extraction;
use serde::Deserialize;
use std::path::Path;

/// A gold article (`ID.gold.json`).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct GoldDoc {
    pub(crate) id: String,
    #[serde(default)]
    pub(crate) entities: Vec<GoldEntity>,
    #[serde(default)]
    pub(crate) statements: Vec<GoldStatement>,
    #[serde(default)]
    pub(crate) agreements: Vec<GoldAgreement>,
}

/// A gold entity: `name`, `type`, `aliases`, `wikidata`.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct GoldEntity {
    #[serde(default)]
    pub(crate) name: Option<String>,
    #[serde(default, rename = "type")]
    pub(crate) kind: Option<String>,
    #[serde(default)]
    pub(crate) aliases: Option<Vec<Option<String>>>,
    #[serde(default)]
    pub(crate) wikidata: Option<String>,
}

/// A gold statement: `kind`, `speaker` (a gold entity name), `text`, `cue`.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct GoldStatement {
    #[serde(default)]
    pub(crate) kind: Option<String>,
    #[serde(default)]
    pub(crate) speaker: Option<String>,
    #[serde(default)]
    pub(crate) text: Option<String>,
}

/// A gold agreement: `kind`, `text`, `parties` (gold entity names), `status`, `date`, `place`.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct GoldAgreement {
    #[serde(default)]
    pub(crate) text: Option<String>,
    #[serde(default)]
    pub(crate) parties: Vec<Option<String>>,
    #[serde(default)]
    pub(crate) status: Option<String>,
}

/// Reads the sorted `*.gold.json` files of a directory.
pub(crate) fn read_gold(gold_dir: &Path) -> Result<Vec<GoldDoc>, EvalError> {
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

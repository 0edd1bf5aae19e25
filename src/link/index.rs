//! The offline index: a compact file of candidates, looked up by normalised label and alias.
//!
//! Format: JSON Lines (optionally gzip-compressed, `.gz`), one [`Candidate`] per line, sorted by QID; lines
//! starting with `#` are comments. `newsgraph wikidata index` writes it from a Wikidata JSON dump; the
//! starter index (`data/wikidata/starter-index.jsonl`, every country of Natural Earth's admin-0 table with
//! its QID) is compiled into the binary.

use super::normalize::key;
use super::{Candidate, CandidateSource, LinkError, LinkMethod};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// An offline index in memory.
#[derive(Debug, Clone, Default)]
pub struct OfflineIndex {
    candidates: Vec<Candidate>,
    by_key: HashMap<String, Vec<usize>>,
}

static STARTER: &str = include_str!("../../data/wikidata/starter-index.jsonl");

impl OfflineIndex {
    /// Reads an index file (`.jsonl` or `.jsonl.gz`).
    pub fn open(path: &Path) -> Result<Self, LinkError> {
        let io = |source| LinkError::Io {
            path: path.to_path_buf(),
            source,
        };
        let file = std::fs::File::open(path).map_err(io)?;
        let reader: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
            Box::new(flate2::read::MultiGzDecoder::new(file))
        } else {
            Box::new(file)
        };
        Self::from_reader(BufReader::new(reader), path)
    }

    /// The starter index compiled into the binary.
    pub fn starter() -> Self {
        Self::from_reader(
            STARTER.as_bytes(),
            Path::new("data/wikidata/starter-index.jsonl"),
        )
        .expect("the bundled starter index is valid (tests/link_offline.rs checks it)")
    }

    /// Reads an index from any reader; `origin` names it in errors.
    pub fn from_reader(reader: impl BufRead, origin: &Path) -> Result<Self, LinkError> {
        let mut index = OfflineIndex::default();
        for (n, line) in reader.lines().enumerate() {
            let line = line.map_err(|source| LinkError::Io {
                path: origin.to_path_buf(),
                source,
            })?;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let c: Candidate = serde_json::from_str(line).map_err(|e| LinkError::BadIndex {
                path: PathBuf::from(origin),
                line: n + 1,
                message: e.to_string(),
            })?;
            index.push(c);
        }
        Ok(index)
    }

    /// Adds a candidate.
    pub fn push(&mut self, c: Candidate) {
        let i = self.candidates.len();
        let mut keys: Vec<String> = std::iter::once(&c.label)
            .chain(&c.aliases)
            .map(|s| key(s))
            .collect();
        keys.sort();
        keys.dedup();
        for k in keys.into_iter().filter(|k| !k.is_empty()) {
            self.by_key.entry(k).or_default().push(i);
        }
        self.candidates.push(c);
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.candidates.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty()
    }

    /// Candidates whose label or alias has the same key as `name`.
    pub fn lookup(&self, name: &str) -> Vec<Candidate> {
        self.by_key
            .get(&key(name))
            .map(|ids| ids.iter().map(|&i| self.candidates[i].clone()).collect())
            .unwrap_or_default()
    }
}

impl CandidateSource for OfflineIndex {
    fn candidates(&self, names: &[String]) -> Vec<Result<Vec<Candidate>, LinkError>> {
        names.iter().map(|n| Ok(self.lookup(n))).collect()
    }

    fn method(&self) -> LinkMethod {
        LinkMethod::Offline
    }
}

/// Writes candidates as an index file (sorted by QID; gzip when `path` ends in `.gz`).
pub fn write_index(path: &Path, mut candidates: Vec<Candidate>) -> Result<(), LinkError> {
    candidates.sort_by_key(|c| {
        c.qid
            .trim_start_matches('Q')
            .parse::<u64>()
            .unwrap_or(u64::MAX)
    });
    let io = |source| LinkError::Io {
        path: path.to_path_buf(),
        source,
    };
    let tmp = path.with_extension("tmp");
    {
        let file = std::fs::File::create(&tmp).map_err(io)?;
        let mut w: Box<dyn std::io::Write> = if path.extension().is_some_and(|e| e == "gz") {
            Box::new(flate2::write::GzEncoder::new(
                file,
                flate2::Compression::default(),
            ))
        } else {
            Box::new(std::io::BufWriter::new(file))
        };
        for c in &candidates {
            let line = serde_json::to_string(c).map_err(|e| io(std::io::Error::other(e)))?;
            writeln!(w, "{line}").map_err(io)?;
        }
        w.flush().map_err(io)?;
    }
    std::fs::rename(&tmp, path).map_err(io)
}

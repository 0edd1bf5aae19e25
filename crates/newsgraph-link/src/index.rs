//! The offline index: a compact file of candidates, looked up in memory by normalised label and alias.
//!
//! # Format
//! JSON Lines, UTF-8, optionally gzip-compressed (a path ending in `.gz`), one [`Candidate`] per line, sorted
//! by QID number; blank lines and lines starting with `#` are ignored. Fields (empty ones may be left out):
//!
//! ```text
//! {"qid":"Q71","label":"Geneva","aliases":["Genève"],"description":"city in Switzerland",
//!  "instance_of":["Q515","Q70208"],"country":["Q39"],"coordinates":[46.201667,6.146111],"sitelinks":1}
//! ```
//!
//! `qid`, `label` (English), `aliases` (English), `description` (English), `instance_of` (P31, plus the
//! known classes above unknown ones through P279, see [`super::dump`]),
//! `country` (P17), `citizenship` (P27), `positions` (P39), `coordinates` (P625 `[lat, lon]`), `iso2`
//! (P297), `sitelinks` (count). `newsgraph wikidata index` writes it from a Wikidata JSON dump
//! ([`super::dump::build_index`]); the starter index (`data/wikidata/starter-index.jsonl`: the countries of
//! Natural Earth's admin-0 table, their capitals and two public lists of international organisations, with
//! their QIDs, see `data/wikidata/README.md`) is compiled into the binary.
//!
//! # Lookup
//! [`OfflineIndex`] holds the index in memory; [`super::keys::DiskIndex`] looks the same keys up on disk
//! through the key table `INDEX.keys`, for indexes too large to load. Every label and alias is indexed under its key ([`super::normalize::key`]: case- and accent-folded,
//! punctuation and "the" dropped), so "the United States", "U.S." and "Côte d’Ivoire" find their items.

use super::normalize::key;
use super::{Candidate, CandidateSource, LinkError, LinkMethod};
use newsgraph_model::atomic::AtomicFile;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

/// One line of an index file: `None` for a blank or `#` comment line, else its candidate; `line` (1-based)
/// and `origin` name it in the error.
pub fn parse_line(text: &str, origin: &Path, line: usize) -> Result<Option<Candidate>, LinkError> {
    let text = text.trim();
    if text.is_empty() || text.starts_with('#') {
        return Ok(None);
    }
    serde_json::from_str(text)
        .map(Some)
        .map_err(|e| LinkError::BadIndex {
            path: PathBuf::from(origin),
            line,
            message: e.to_string(),
        })
}

/// An offline index in memory.
#[derive(Debug, Clone, Default)]
pub struct OfflineIndex {
    candidates: Vec<Candidate>,
    by_key: HashMap<String, Vec<usize>>,
}

static STARTER: &str = include_str!("../../../data/wikidata/starter-index.jsonl");

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
            let line = line.map_err(|e| LinkError::BadIndex {
                path: PathBuf::from(origin),
                line: n + 1,
                message: e.to_string(),
            })?;
            if let Some(c) = parse_line(&line, origin, n + 1)? {
                index.push(c);
            }
        }
        Ok(index)
    }

    /// Adds a candidate.
    pub fn push(&mut self, c: Candidate) {
        let i = self.candidates.len();
        for k in super::normalize::candidate_keys(&c) {
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

/// Writes an index file: candidates pushed in QID order, written to a temporary file beside `path` and
/// renamed into place by [`IndexWriter::finish`], so a failed build leaves no partial index.
pub struct IndexWriter {
    path: PathBuf,
    out: Option<IndexOut>,
}

/// Where index lines go: finished explicitly, so that a gzip trailer or a last buffer that cannot be
/// written is an error instead of being lost when the writer is dropped.
enum IndexOut {
    Plain(AtomicFile),
    Gzip(flate2::write::GzEncoder<AtomicFile>),
}

impl IndexOut {
    fn writer(&mut self) -> &mut dyn Write {
        match self {
            IndexOut::Plain(w) => w,
            IndexOut::Gzip(w) => w,
        }
    }

    /// Writes the gzip trailer (if any) and the last buffer, syncs the file to disk and moves it into
    /// place.
    fn finish(self) -> std::io::Result<()> {
        match self {
            IndexOut::Plain(w) => w,
            IndexOut::Gzip(w) => w.finish()?,
        }
        .commit()
    }
}

impl IndexWriter {
    /// Starts an index at `path` (gzip'd when it ends in `.gz`).
    pub fn create(path: &Path) -> Result<Self, LinkError> {
        let file = AtomicFile::create(path).map_err(|source| LinkError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let out = if path.extension().is_some_and(|e| e == "gz") {
            IndexOut::Gzip(flate2::write::GzEncoder::new(
                file,
                flate2::Compression::default(),
            ))
        } else {
            IndexOut::Plain(file)
        };
        Ok(IndexWriter {
            path: path.to_path_buf(),
            out: Some(out),
        })
    }

    fn io(&self, source: std::io::Error) -> LinkError {
        LinkError::Io {
            path: self.path.clone(),
            source,
        }
    }

    /// Appends a candidate.
    pub fn push(&mut self, c: &Candidate) -> Result<(), LinkError> {
        let line = serde_json::to_string(c).map_err(|e| self.io(std::io::Error::other(e)))?;
        let Some(out) = self.out.as_mut() else {
            return Err(self.io(std::io::Error::other("index writer already finished")));
        };
        let r = writeln!(out.writer(), "{line}");
        r.map_err(|e| self.io(e))
    }

    /// Finishes the file (gzip trailer, last buffer, sync to disk) and moves it into place; any failure
    /// is an error and leaves no index behind (an unfinished writer removes its temporary file when
    /// dropped).
    pub fn finish(mut self) -> Result<(), LinkError> {
        match self.out.take() {
            Some(out) => out.finish().map_err(|e| self.io(e)),
            None => Err(self.io(std::io::Error::other("index writer already finished"))),
        }
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
    let mut w = IndexWriter::create(path)?;
    for c in &candidates {
        w.push(c)?;
    }
    w.finish()
}

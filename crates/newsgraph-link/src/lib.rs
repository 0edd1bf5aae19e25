//! Entity linking to Wikidata, online (API) or offline (local index).
//!
//! Linking is split into *candidate generation* (a [`CandidateSource`]: the Wikidata API, a local index, a
//! cache in front of either) and *ranking* (type agreement, label/alias/fuzzy match, context from the
//! article, sitelinks), so that every source is ranked by the same rules.

pub mod cache;
pub mod dump;
pub mod entity;
pub mod index;
pub mod keys;
pub mod linker;
pub mod normalize;
pub mod online;
pub mod rank;
pub mod types;

// What linking uses from the stages before it, under the paths its modules use (`crate::model`, ...).
use newsgraph_extract::lexicon;
use newsgraph_ingest as ingest;
use newsgraph_model as model;

pub use dump::{BuildOptions, IndexStats, build_index, build_index_with};
pub use index::OfflineIndex;
pub use keys::{DiskIndex, write_keys};
pub use linker::{LinkOptions, LinkReport, link_extraction};
pub use online::{OnlineConfig, OnlineSource};

use serde::{Deserialize, Serialize};

/// Parses every bundled data file of the linker (`data/wikidata/types.tsv`, `roles.tsv`,
/// `geographic_leads.txt`) with the strict loader: the first bad row is the error. At run time a bad
/// bundled file is reported on stderr and its table left empty; the tests call this to fail instead.
pub fn check_bundled_data() -> Result<(), model::data::DataError> {
    types::parse_types("types.tsv", types::TYPES_TSV)?;
    rank::check_roles()?;
    linker::parse_geographic_leads("geographic_leads.txt", linker::GEOGRAPHIC_LEADS_TXT)?;
    Ok(())
}

/// How a surface form matched a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    /// The name equals the candidate's label (case- and accent-insensitively).
    Label,
    /// The name equals one of the candidate's aliases.
    Alias,
    /// Neither: a prefix, a token overlap or a search engine's own match.
    Fuzzy,
}

/// A Wikidata item that a name might refer to, with the claims that decide between candidates.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Candidate {
    /// The item id, `Q…`.
    pub qid: String,
    /// English label.
    pub label: String,
    /// English aliases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// English description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// P31 instance-of values (QIDs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub instance_of: Vec<String>,
    /// P17 country values (QIDs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub country: Vec<String>,
    /// P27 country of citizenship values (QIDs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citizenship: Vec<String>,
    /// P39 position held values (QIDs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub positions: Vec<String>,
    /// P625 coordinates (latitude, longitude).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<(f64, f64)>,
    /// P297 ISO 3166-1 alpha-2 code, for countries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iso2: Option<String>,
    /// Number of sitelinks (popularity).
    #[serde(default)]
    pub sitelinks: u32,
}

/// Which link method produced a link; written as `ng:linkMethod` and `wikidata_method` (its name is the
/// lowercase variant name).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::VariantNames,
)]
#[strum(serialize_all = "lowercase")]
pub enum LinkMethod {
    /// Through the Wikidata API.
    Online,
    /// From a local index.
    Offline,
}

newsgraph_model::contract_names!(LinkMethod);

/// Errors of linking; each names the file and line, or the URL, it concerns.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    /// The caller asked the work to stop (Ctrl-C); nothing was written into place.
    #[error("stopped on request; nothing was written")]
    Stopped,
    /// A file (index, dump, cache) could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A local index file is malformed.
    #[error("{path}:{line}: bad index: {message}")]
    BadIndex {
        /// The index file.
        path: std::path::PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// An index's on-disk key table (`INDEX.keys`) is malformed or stale.
    #[error("{path}: byte {offset}: bad key table: {message}")]
    BadKeys {
        /// The key table.
        path: std::path::PathBuf,
        /// Byte offset of the bad line (0 for the header).
        offset: u64,
        /// What is wrong.
        message: String,
    },
    /// A Wikidata JSON dump line is malformed.
    #[error("{path}:{line}: bad dump entity: {message}")]
    BadDump {
        /// The dump file.
        path: std::path::PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A request failed before an HTTP status arrived (connection refused, timeout).
    #[error("{url}: {message}")]
    Transport {
        /// The request URL.
        url: String,
        /// What happened.
        message: String,
    },
    /// The server answered with an error status (after retries).
    #[error("{url}: HTTP {status}")]
    Status {
        /// The request URL.
        url: String,
        /// The HTTP status code.
        status: u16,
    },
    /// The server kept answering 429/503 (or maxlag) after every retry.
    #[error("{url}: rate limited (HTTP {status}), gave up after {attempts} attempts")]
    RateLimited {
        /// The request URL.
        url: String,
        /// The last status code.
        status: u16,
        /// Attempts made.
        attempts: u32,
    },
    /// The reply is not the JSON that the Wikidata API documents.
    #[error("{url}: malformed reply: {message}")]
    Malformed {
        /// The request URL.
        url: String,
        /// What is wrong.
        message: String,
    },
}

impl From<model::extsort::SortError> for LinkError {
    fn from(e: model::extsort::SortError) -> Self {
        LinkError::Io {
            path: e.path,
            source: e.source,
        }
    }
}

/// Where candidates come from: the Wikidata API, a local index, or a cache in front of either.
pub trait CandidateSource: Send + Sync {
    /// Candidates for each name (English labels and aliases), one result per name and in the same order.
    /// An `Err` marks a name whose lookup failed: its entity stays unlinked (with a warning) and a later
    /// run retries it. Candidates carry the claims ranking needs (types, country, citizenship, positions).
    fn candidates(&self, names: &[String]) -> Vec<Result<Vec<Candidate>, LinkError>>;

    /// The method recorded on links made from this source.
    fn method(&self) -> LinkMethod;

    /// Warnings about the source itself rather than one lookup (the reply cache cannot be written), each
    /// given once: those raised since the last call.
    fn take_warnings(&self) -> Vec<String> {
        Vec::new()
    }
}

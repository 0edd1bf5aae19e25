//! The library's error type, shared by the crates of the workspace (ingest, RDF, store, queries, export).

use std::path::PathBuf;

/// Result alias for the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the library; each variant names where.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An I/O error on a file.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Input that is not valid UTF-8.
    #[error("{path}: not valid UTF-8 at byte offset {offset}")]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// Malformed input (bad JSON line, missing field, ...).
    #[error("{path}:{line}: {message}")]
    BadInput {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A record (an article, or a line of JSON Lines) over the size limit; it was not read.
    #[error(
        "{path}:{line}: record over the limit of {limit} bytes (see --max-article-bytes); skipped"
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// 1-based line number (1 for a whole-file article).
        line: usize,
        /// The limit, in bytes.
        limit: u64,
    },
    /// An invalid argument or configuration.
    #[error("{0}")]
    Invalid(String),
    /// A store error.
    #[error("store {path}: {message}")]
    Store {
        /// Store directory (or `<memory>`).
        path: String,
        /// What failed.
        message: String,
    },
    /// The store is locked: another process (another newsgraph command) has it open.
    #[error(
        "store {path}: the store is locked by another process (another newsgraph command is using it); \
         wait for it to finish or use another --store ({source})"
    )]
    Locked {
        /// Store directory.
        path: String,
        /// The store's own error.
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// The store's files are damaged (a garbled or truncated file, a checksum mismatch).
    #[error(
        "store {path}: the store is corrupt: a file of it is damaged ({source}); restore it from a backup, \
         or load the articles again into a new --store"
    )]
    Corrupt {
        /// Store directory.
        path: String,
        /// The store's own error.
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// The disk holding the store is full: a write of the store failed for want of space. What the command
    /// had committed stays, each article whole; what it had not committed is not in the store.
    #[error(
        "store {path}: the disk is full (no space left on device); what this command had committed is kept, \
         the rest is not in the store: free some space and run the command again ({source})"
    )]
    DiskFull {
        /// Store directory.
        path: String,
        /// The store's own error.
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A SPARQL syntax or evaluation error.
    #[error("SPARQL {origin}: {message}")]
    Sparql {
        /// Query name or file.
        origin: String,
        /// Parser or evaluator message.
        message: String,
    },
    /// Writing RDF to its output (standard output or a file) failed; the I/O error is kept as the source, so
    /// that a caller can tell a closed pipe (`ErrorKind::BrokenPipe`) from a full disk.
    #[error("RDF: writing output: {source}")]
    Output {
        /// The underlying error.
        source: std::io::Error,
    },
    /// A query asked for something refused here (a federated `SERVICE` call): the client's request, not a
    /// failure of the store. The refusal is kept as the source.
    #[error("SPARQL {origin}: {source}")]
    Refused {
        /// Query name or file.
        origin: String,
        /// The evaluator's error, holding the refusal.
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// RDF serialization or parsing error.
    #[error("RDF: {0}")]
    Rdf(String),
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

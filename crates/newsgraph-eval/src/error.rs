//! The evaluation's error type.

use std::path::PathBuf;

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

//! Where command output goes: a file (written whole, then renamed into place) or stdout.

use anyhow::{Context, Result};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// An output sink. For a file, writing goes to a temporary sibling that replaces the file on [`Output::finish`],
/// so a failed run never leaves a truncated file behind.
pub enum Output {
    /// Standard output.
    Stdout(BufWriter<std::io::Stdout>),
    /// A file being written.
    File {
        /// The final path.
        path: PathBuf,
        /// The temporary path.
        tmp: PathBuf,
        /// The writer.
        writer: BufWriter<std::fs::File>,
    },
}

impl Output {
    /// Opens `path`, or stdout when `None` or `-`.
    pub fn open(path: Option<&Path>) -> Result<Self> {
        match path {
            None => Ok(Output::Stdout(BufWriter::new(std::io::stdout()))),
            Some(p) if p.as_os_str() == "-" => {
                Ok(Output::Stdout(BufWriter::new(std::io::stdout())))
            }
            Some(p) => {
                let name = p
                    .file_name()
                    .with_context(|| format!("{}: not a file name", p.display()))?;
                let mut tmp_name = std::ffi::OsString::from(".");
                tmp_name.push(name);
                tmp_name.push(".tmp");
                let tmp = p.with_file_name(tmp_name);
                let file = std::fs::File::create(&tmp)
                    .with_context(|| format!("{}: cannot create", tmp.display()))?;
                Ok(Output::File {
                    path: p.to_path_buf(),
                    tmp,
                    writer: BufWriter::new(file),
                })
            }
        }
    }

    /// The writer.
    pub fn writer(&mut self) -> &mut dyn Write {
        match self {
            Output::Stdout(w) => w,
            Output::File { writer, .. } => writer,
        }
    }

    /// Flushes and, for a file, moves it into place.
    pub fn finish(self) -> Result<()> {
        match self {
            Output::Stdout(mut w) => w.flush().context("writing to stdout"),
            Output::File { path, tmp, writer } => {
                let file = writer
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .with_context(|| format!("{}: write failed", tmp.display()))?;
                file.sync_all()
                    .with_context(|| format!("{}: write failed", tmp.display()))?;
                std::fs::rename(&tmp, &path)
                    .with_context(|| format!("{}: cannot move into place", path.display()))
            }
        }
    }
}

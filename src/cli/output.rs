//! Where command output goes: a file (written to a temporary sibling, then renamed into place) or stdout.

use anyhow::{Context, Result};
use newsgraph::model::atomic::AtomicFile;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// An output sink. For a file, writing goes to a temporary sibling (`.NAME.XXXXXX.tmp`) that replaces the
/// file on [`Output::finish`]. A run that fails drops the sink unfinished, which deletes the temporary file:
/// a failed command leaves neither a truncated file nor a `.tmp` behind (only a killed process can leave a
/// `.tmp`, never a half-written file under the final name).
pub enum Output {
    /// Standard output.
    Stdout(BufWriter<std::io::Stdout>),
    /// A file being written.
    File {
        /// The final path.
        path: PathBuf,
        /// The writer, on a temporary file deleted when dropped unfinished.
        writer: Named,
    },
}

/// A file being written whose write errors name it (the final path, not the temporary file): an error of
/// kind `StorageFull` reads `out.ttl: No space left on device (os error 28)`. The kind is kept, so a closed
/// pipe or a full disk is still told by kind.
pub struct Named {
    path: PathBuf,
    file: AtomicFile,
}

/// A write error of a named output file.
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
struct WriteError {
    path: PathBuf,
    source: std::io::Error,
}

impl Named {
    fn name(&self, source: std::io::Error) -> std::io::Error {
        std::io::Error::new(
            source.kind(),
            WriteError {
                path: self.path.clone(),
                source,
            },
        )
    }
}

impl Write for Named {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.write(buf).map_err(|e| self.name(e))
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.file.write_all(buf).map_err(|e| self.name(e))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush().map_err(|e| self.name(e))
    }
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
                p.file_name()
                    .with_context(|| format!("{}: not a file name", p.display()))?;
                let tmp = AtomicFile::create(p)
                    .with_context(|| format!("{}: cannot create", p.display()))?;
                Ok(Output::File {
                    path: p.to_path_buf(),
                    writer: Named {
                        path: p.to_path_buf(),
                        file: tmp,
                    },
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

    /// Flushes and, for a file, syncs it and moves it into place.
    pub fn finish(self) -> Result<()> {
        match self {
            Output::Stdout(mut w) => w.flush().context("writing to stdout"),
            Output::File { path, writer } => writer
                .file
                .commit()
                .with_context(|| format!("{}: write failed", path.display())),
        }
    }
}

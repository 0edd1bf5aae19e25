//! Where command output goes: a file (written to a temporary sibling, then renamed into place) or stdout.

use anyhow::{Context, Result};
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
        writer: BufWriter<tempfile::NamedTempFile>,
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
                let dir = match p.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d,
                    _ => Path::new("."),
                };
                let mut prefix = std::ffi::OsString::from(".");
                prefix.push(name);
                prefix.push(".");
                let mut builder = tempfile::Builder::new();
                builder.prefix(&prefix).suffix(".tmp");
                // the permissions a new file gets (0666 less the umask), not the temporary file's 0600
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    builder.permissions(std::fs::Permissions::from_mode(0o666));
                }
                let tmp = builder
                    .tempfile_in(dir)
                    .with_context(|| format!("{}: cannot create", p.display()))?;
                Ok(Output::File {
                    path: p.to_path_buf(),
                    writer: BufWriter::new(tmp),
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
            Output::File { path, writer } => {
                let file = writer
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .with_context(|| format!("{}: write failed", path.display()))?;
                file.as_file()
                    .sync_all()
                    .with_context(|| format!("{}: write failed", path.display()))?;
                file.persist(&path)
                    .map_err(|e| e.error)
                    .with_context(|| format!("{}: cannot move into place", path.display()))?;
                Ok(())
            }
        }
    }
}

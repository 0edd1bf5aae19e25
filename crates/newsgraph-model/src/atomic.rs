//! Files that appear whole or not at all — the one way newsgraph writes a file into place.
//!
//! An [`AtomicFile`] writes to a temporary sibling of the target (`.NAME.XXXXXX.tmp`, a unique name from
//! `tempfile`, so two threads or processes writing the same target never share a temporary file), and
//! [`AtomicFile::commit`] flushes it, syncs it to disk and renames it over the target. Dropped without a
//! commit (an error, a panic), the temporary file is removed; only a killed process can leave a `.tmp`
//! behind, never a half-written file under the final name.
//!
//! A target that exists and is no regular file or directory (a device such as `/dev/null`, a named pipe,
//! a socket) is written in place instead: renaming over it would replace the device or pipe with a regular
//! file, and a reader waiting on the pipe would get nothing.
//!
//! Errors of writing and committing are the operating system's, as they are (`No space left on device (os
//! error 28)`, of kind `StorageFull`): they do not name the temporary file, which is gone by the time the
//! error is reported. The caller names the target.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// A file being written that replaces its target only when committed.
pub struct AtomicFile {
    target: PathBuf,
    file: BufWriter<Temp>,
}

/// Where the bytes go: the temporary file, written through its [`std::fs::File`] (`NamedTempFile`'s own
/// `Write` adds the temporary path to every error), or a special file written in place.
enum Temp {
    File(NamedTempFile),
    InPlace(std::fs::File),
}

impl Write for Temp {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Temp::File(f) => f.as_file_mut().write(buf),
            Temp::InPlace(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Temp::File(f) => f.as_file_mut().flush(),
            Temp::InPlace(f) => f.flush(),
        }
    }
}

/// Whether `target` exists and is a device, a named pipe or a socket (symbolic links followed).
fn is_special(target: &Path) -> bool {
    std::fs::metadata(target).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

impl AtomicFile {
    /// Starts writing `target` (its directory must exist).
    pub fn create(target: &Path) -> std::io::Result<Self> {
        if is_special(target) {
            let file = std::fs::OpenOptions::new().write(true).open(target)?;
            return Ok(AtomicFile {
                target: target.to_path_buf(),
                file: BufWriter::new(Temp::InPlace(file)),
            });
        }
        let dir = parent_dir(target);
        let mut prefix = std::ffi::OsString::from(".");
        prefix.push(target.file_name().unwrap_or_default());
        prefix.push(".");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        // The permissions a new file gets (0666 less the umask), not a temporary file's 0600: the file
        // may be read by other users (a triple store's loader, a web server).
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let file = builder.tempfile_in(dir)?;
        Ok(AtomicFile {
            target: target.to_path_buf(),
            file: BufWriter::new(Temp::File(file)),
        })
    }

    /// The file this one will replace.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Flushes, syncs to disk and moves the file into place (a special file written in place is only
    /// flushed).
    pub fn commit(self) -> std::io::Result<()> {
        match self.file.into_inner().map_err(|e| e.into_error())? {
            Temp::File(file) => {
                file.as_file().sync_all()?;
                file.persist(&self.target).map_err(|e| e.error)?;
            }
            Temp::InPlace(mut file) => file.flush()?,
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.file.write_all(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// The directory a file is in (`.` for a bare file name): where its temporary siblings go.
pub fn parent_dir(target: &Path) -> &Path {
    match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Writes `contents` to `target` through an [`AtomicFile`].
pub fn write(target: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut f = AtomicFile::create(target)?;
    f.write_all(contents)?;
    f.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_replaces_dropped_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.txt");
        write(&target, b"one").unwrap();
        let mut f = AtomicFile::create(&target).unwrap();
        f.write_all(b"two, unfinished").unwrap();
        drop(f);
        assert_eq!(std::fs::read(&target).unwrap(), b"one");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file left");
        write(&target, b"three").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"three");
    }

    #[test]
    fn two_writers_of_one_target_do_not_share_a_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("same.json");
        let mut a = AtomicFile::create(&target).unwrap();
        let mut b = AtomicFile::create(&target).unwrap();
        a.write_all(b"aaaa").unwrap();
        b.write_all(b"bb").unwrap();
        a.commit().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"aaaa");
        b.commit().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"bb");
    }

    /// A named pipe is written in place, not replaced by a regular file (as `/dev/null` would be).
    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_written_in_place() {
        use std::io::Read;
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("skipped: no mkfifo");
            return;
        }
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || {
                let mut got = Vec::new();
                std::fs::File::open(&fifo)
                    .unwrap()
                    .read_to_end(&mut got)
                    .unwrap();
                got
            })
        };
        write(&fifo, b"through the pipe").unwrap();
        assert_eq!(reader.join().unwrap(), b"through the pipe");
        let kind = std::fs::metadata(&fifo).unwrap().file_type();
        assert!(kind.is_fifo(), "the pipe was replaced by a regular file");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file left");
    }
}

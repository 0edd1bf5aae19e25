//! The on-disk key table of an offline index, for lookups without loading the index into memory.
//!
//! An index built from a whole Wikidata dump holds millions of items: more than an in-memory
//! [`super::OfflineIndex`] should hold. Beside an uncompressed index file `INDEX`, `INDEX.keys` lists every
//! lookup key ([`super::normalize::key`] of each label and alias) with the byte offset of its candidate's
//! line in `INDEX`, one pair a line, sorted:
//!
//! ```text
//! #newsgraph-index-keys 2 <size of INDEX in bytes> <fingerprint of INDEX>
//! geneva\t00000000000000004711
//! ```
//!
//! Offsets are zero-padded to 20 digits, so sorting the lines as bytes sorts them by key, then by offset
//! (the index is in QID order, so a key's candidates come back in the order the in-memory index gives).
//! A lookup is a binary search over the key file by byte position: O(log n) reads, constant memory.
//! [`write_keys`] builds the table with bounded memory (sorted runs spilled to temporary files, then merged);
//! [`DiskIndex`] answers lookups. A key table whose recorded size or fingerprint (the SHA-256 of the index's
//! first and last 64 KiB, see [`fingerprint`]) differs from its index's is refused as stale: an index rebuilt
//! or edited after its table was written, even to the same size, is caught without reading it whole.

use super::normalize::{candidate_keys, key};
use super::{Candidate, CandidateSource, LinkError, LinkMethod};
use newsgraph_model::atomic::{AtomicFile, parent_dir};
use newsgraph_model::extsort::{ExternalSorter, SortOptions};
use std::io::{BufRead, BufReader, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// First word of a key table's header line.
const MAGIC: &str = "#newsgraph-index-keys";
/// Format version written in the header (1: size only; 2: size and fingerprint).
const VERSION: u32 = 2;
/// Bytes at each end of the index that its fingerprint covers.
const FINGERPRINT_BLOCK: u64 = 64 << 10;
/// Key lines held in memory before a sorted run is spilled to disk.
pub const KEY_CHUNK: usize = 1_000_000;
/// Below this many bytes between the bounds, binary search gives way to a linear scan.
const SCAN: u64 = 4096;

/// The key table's path beside `index`: `INDEX.keys`.
pub fn keys_path(index: &Path) -> PathBuf {
    let mut p = index.as_os_str().to_owned();
    p.push(".keys");
    PathBuf::from(p)
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> LinkError + '_ {
    move |source| LinkError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The size of an index file and its fingerprint: the hex SHA-256 of its first and last
/// [`FINGERPRINT_BLOCK`] bytes (the whole file when it is smaller than two blocks). Two reads, whatever the
/// index's size.
pub fn fingerprint(index: &Path) -> Result<(u64, String), LinkError> {
    use sha2::{Digest, Sha256};
    use std::io::Read;
    let mut f = std::fs::File::open(index).map_err(io(index))?;
    let size = f.metadata().map_err(io(index))?.len();
    let mut hash = Sha256::new();
    let mut block = Vec::new();
    (&mut f)
        .take(FINGERPRINT_BLOCK)
        .read_to_end(&mut block)
        .map_err(io(index))?;
    hash.update(&block);
    let tail = size
        .saturating_sub(FINGERPRINT_BLOCK)
        .max(FINGERPRINT_BLOCK);
    if tail < size {
        block.clear();
        f.seek(SeekFrom::Start(tail)).map_err(io(index))?;
        f.take(FINGERPRINT_BLOCK)
            .read_to_end(&mut block)
            .map_err(io(index))?;
        hash.update(&block);
    }
    let hex = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Ok((size, hex))
}

/// Writes `INDEX.keys` for an uncompressed index file, holding at most `chunk` key lines in memory.
/// Returns the number of keys written. The table is written to a temporary file and renamed into place.
pub fn write_keys(index: &Path, chunk: usize) -> Result<usize, LinkError> {
    let (size, print) = fingerprint(index)?;
    let out = keys_path(index);
    let mut reader =
        BufReader::with_capacity(1 << 20, std::fs::File::open(index).map_err(io(index))?);
    // Key lines sorted by bytes (key, then offset), duplicates kept; runs beside the table.
    let mut sorter = ExternalSorter::new(SortOptions {
        max_items: chunk,
        temp_dir: Some(parent_dir(&out).to_path_buf()),
        ..SortOptions::default()
    });
    let (mut offset, mut n, mut line) = (0u64, 0usize, Vec::new());
    loop {
        line.clear();
        let read = reader.read_until(b'\n', &mut line).map_err(io(index))?;
        if read == 0 {
            break;
        }
        n += 1;
        let at = offset;
        offset += read as u64;
        let text = std::str::from_utf8(&line).map_err(|e| LinkError::BadIndex {
            path: index.to_path_buf(),
            line: n,
            message: e.to_string(),
        })?;
        let Some(c) = super::index::parse_line(text, index, n)? else {
            continue;
        };
        for k in candidate_keys(&c) {
            sorter.push(format!("{k}\t{at:020}"))?;
        }
    }
    // Written to a temporary sibling and moved into place whole (dropped on an error, it is removed).
    let mut w = AtomicFile::create(&out).map_err(io(&out))?;
    writeln!(w, "{MAGIC} {VERSION} {size} {print}").map_err(io(&out))?;
    let mut written = 0;
    for l in sorter.finish()? {
        writeln!(w, "{}", l?).map_err(io(&out))?;
        written += 1;
    }
    w.commit().map_err(io(&out))?;
    Ok(written)
}

/// An offline index looked up on disk through its key table.
pub struct DiskIndex {
    index_path: PathBuf,
    keys_path: PathBuf,
    /// Byte offset of the first key line (after the header).
    data_start: u64,
    keys_len: u64,
    files: Mutex<Files>,
}

/// Open handles: the key table for probes (small positioned reads) and for scans (buffered), the index.
struct Files {
    probe: std::fs::File,
    scan: BufReader<std::fs::File>,
    index: BufReader<std::fs::File>,
}

impl std::fmt::Debug for DiskIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiskIndex")
            .field("index", &self.index_path)
            .field("keys", &self.keys_path)
            .finish()
    }
}

impl DiskIndex {
    /// Opens `index` with its key table `INDEX.keys`; refuses a missing, malformed or stale table (written
    /// for an index of another size or [`fingerprint`]).
    pub fn open(index: &Path) -> Result<DiskIndex, LinkError> {
        let keys = keys_path(index);
        let (size, print) = fingerprint(index)?;
        let keys_file = std::fs::File::open(&keys).map_err(io(&keys))?;
        let keys_len = keys_file.metadata().map_err(io(&keys))?.len();
        let mut keys_reader = BufReader::new(keys_file);
        let mut header = String::new();
        keys_reader.read_line(&mut header).map_err(io(&keys))?;
        let bad = |message: String| LinkError::BadKeys {
            path: keys.clone(),
            offset: 0,
            message,
        };
        let f: Vec<&str> = header.split_whitespace().collect();
        if f.len() < 2 || f[0] != MAGIC {
            return Err(bad(format!("not a key table (header {:?})", header.trim())));
        }
        if f[1] != VERSION.to_string() {
            return Err(bad(format!(
                "format version {} (this build reads {VERSION}); rebuild it with `newsgraph wikidata keys`",
                f[1]
            )));
        }
        if f.len() != 4 {
            return Err(bad(format!("not a key table (header {:?})", header.trim())));
        }
        if f[2] != size.to_string() {
            return Err(bad(format!(
                "stale: written for an index of {} bytes, {} has {size}; rebuild it with `newsgraph wikidata keys`",
                f[2],
                index.display()
            )));
        }
        if f[3] != print {
            return Err(bad(format!(
                "stale: written for another version of {} (same size, other content); rebuild it with \
                 `newsgraph wikidata keys`",
                index.display()
            )));
        }
        let index_file = std::fs::File::open(index).map_err(io(index))?;
        let probe = std::fs::File::open(&keys).map_err(io(&keys))?;
        Ok(DiskIndex {
            index_path: index.to_path_buf(),
            keys_path: keys.clone(),
            data_start: header.len() as u64,
            keys_len,
            files: Mutex::new(Files {
                probe,
                scan: keys_reader,
                index: BufReader::new(index_file),
            }),
        })
    }

    /// Candidates whose label or alias has the same key as `name`, in index order.
    pub fn lookup(&self, name: &str) -> Result<Vec<Candidate>, LinkError> {
        let k = key(name);
        if k.is_empty() {
            return Ok(Vec::new());
        }
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        let Files { probe, scan, index } = &mut *files;
        let offsets = self.offsets(probe, scan, &k)?;
        let mut out = Vec::with_capacity(offsets.len());
        let mut line = String::new();
        for at in offsets {
            index
                .seek(SeekFrom::Start(at))
                .map_err(io(&self.index_path))?;
            line.clear();
            index.read_line(&mut line).map_err(io(&self.index_path))?;
            let c: Candidate =
                serde_json::from_str(line.trim()).map_err(|e| LinkError::BadKeys {
                    path: self.keys_path.clone(),
                    offset: at,
                    message: format!(
                        "points into {} at byte {at}, where no candidate starts: {e}",
                        self.index_path.display()
                    ),
                })?;
            out.push(c);
        }
        Ok(out)
    }

    /// Reads the key line at the reader's position `at`: (key, offset into the index, position after it).
    fn next_line(
        &self,
        keys: &mut BufReader<std::fs::File>,
        at: u64,
    ) -> Result<Option<(String, u64, u64)>, LinkError> {
        let mut line = String::new();
        let n = keys.read_line(&mut line).map_err(io(&self.keys_path))?;
        if n == 0 {
            return Ok(None);
        }
        let bad = |message: &str| LinkError::BadKeys {
            path: self.keys_path.clone(),
            offset: at,
            message: message.to_string(),
        };
        let t = line
            .strip_suffix('\n')
            .ok_or_else(|| bad("line not terminated"))?;
        let (k, off) = t
            .split_once('\t')
            .ok_or_else(|| bad("no tab in key line"))?;
        let off: u64 = off.parse().map_err(|_| bad("offset is not a number"))?;
        Ok(Some((k.to_string(), off, at + n as u64)))
    }

    /// Reads up to `len` bytes of the key table at `at`.
    fn read_at(&self, f: &mut std::fs::File, at: u64, len: usize) -> Result<Vec<u8>, LinkError> {
        use std::io::Read;
        f.seek(SeekFrom::Start(at)).map_err(io(&self.keys_path))?;
        let mut buf = Vec::with_capacity(len);
        f.take(len as u64)
            .read_to_end(&mut buf)
            .map_err(io(&self.keys_path))?;
        Ok(buf)
    }

    /// The first key line starting at or after `pos` (`pos` > the header): its start and, when it lies before
    /// `hi`, its key and the position after it. One small read in the common case.
    fn probe(
        &self,
        f: &mut std::fs::File,
        pos: u64,
        hi: u64,
    ) -> Result<(u64, Option<(String, u64)>), LinkError> {
        let mut len = 512;
        loop {
            let buf = self.read_at(f, pos - 1, len)?;
            let complete = (buf.len() as u64) < len as u64;
            let Some(nl) = buf.iter().position(|&b| b == b'\n') else {
                if complete {
                    return Ok((self.keys_len, None));
                }
                len *= 4;
                continue;
            };
            let s = pos + nl as u64;
            if s >= hi {
                return Ok((s, None));
            }
            let rest = &buf[nl + 1..];
            let Some(end) = rest.iter().position(|&b| b == b'\n') else {
                if complete {
                    return Err(LinkError::BadKeys {
                        path: self.keys_path.clone(),
                        offset: s,
                        message: "line not terminated".into(),
                    });
                }
                len *= 4;
                continue;
            };
            let line = std::str::from_utf8(&rest[..end]).map_err(|e| LinkError::BadKeys {
                path: self.keys_path.clone(),
                offset: s,
                message: e.to_string(),
            })?;
            let k = line.split_once('\t').map_or(line, |(k, _)| k);
            return Ok((s, Some((k.to_string(), s + end as u64 + 1))));
        }
    }

    /// Index offsets of every candidate with key `k`.
    fn offsets(
        &self,
        probe: &mut std::fs::File,
        scan: &mut BufReader<std::fs::File>,
        k: &str,
    ) -> Result<Vec<u64>, LinkError> {
        // Invariants: `lo` is a line start and every line before it has a key < k; `hi` is a line start
        // (or the end) and every line from it on has a key >= k.
        let (mut lo, mut hi) = (self.data_start, self.keys_len);
        while hi - lo > SCAN {
            let mid = lo + (hi - lo) / 2;
            let (s, line) = self.probe(probe, mid, hi)?;
            let Some((key, next)) = line else {
                // No line starts in [mid, hi): the answer lies in [lo, mid), a short range.
                break;
            };
            if key.as_str() < k {
                lo = next;
            } else {
                hi = s;
            }
        }
        // A sequential scan from `lo`: one seek, buffered reads.
        scan.seek(SeekFrom::Start(lo))
            .map_err(io(&self.keys_path))?;
        let mut out = Vec::new();
        let mut at = lo;
        while let Some((key, off, next)) = self.next_line(scan, at)? {
            match key.as_str().cmp(k) {
                std::cmp::Ordering::Less => {}
                std::cmp::Ordering::Equal => out.push(off),
                std::cmp::Ordering::Greater => break,
            }
            at = next;
        }
        Ok(out)
    }
}

impl CandidateSource for DiskIndex {
    fn candidates(&self, names: &[String]) -> Vec<Result<Vec<Candidate>, LinkError>> {
        names.iter().map(|n| self.lookup(n)).collect()
    }

    fn method(&self) -> LinkMethod {
        LinkMethod::Offline
    }
}

#[cfg(test)]
mod tests {
    use super::{FINGERPRINT_BLOCK, fingerprint};

    /// The fingerprint covers the first and the last block, whatever the size; a change in the middle of a
    /// large index (same size) is the one it cannot see.
    #[test]
    fn fingerprint_covers_both_ends() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.jsonl");
        let block = FINGERPRINT_BLOCK as usize;
        for len in [
            0,
            10,
            block - 1,
            block + 1,
            block + block / 2,
            2 * block,
            5 * block,
        ] {
            let bytes: Vec<u8> = (0..len).map(|i| b'a' + (i % 23) as u8).collect();
            std::fs::write(&path, &bytes).unwrap();
            let (size, want) = fingerprint(&path).unwrap();
            assert_eq!(size, len as u64);
            assert_eq!(fingerprint(&path).unwrap().1, want, "deterministic");
            let mut at = vec![0, len.saturating_sub(1), len / 2];
            at.retain(|&i| i < len);
            for i in at {
                let mut changed = bytes.clone();
                changed[i] = b'#';
                std::fs::write(&path, &changed).unwrap();
                let seen = fingerprint(&path).unwrap().1 != want;
                let covered = i < block || i >= len.saturating_sub(block);
                assert_eq!(seen, covered, "length {len}, byte {i}");
            }
        }
    }
}

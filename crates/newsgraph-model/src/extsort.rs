//! External sorting with bounded memory — the one external sort of the workspace (export's N-Triples lines,
//! the offline index's candidates, its key table).
//!
//! An [`ExternalSorter`] collects items up to a budget ([`SortOptions::max_items`] items or
//! [`SortOptions::max_bytes`] bytes, whichever is reached first). Below the budget nothing touches the disk:
//! [`ExternalSorter::finish`] sorts in memory. Each time the budget is reached, the items held are sorted and
//! written as a *run* to a temporary directory made (on the first spill) inside the caller's
//! [`SortOptions::temp_dir`]; `finish` then merges the runs with a heap (k-way), at most
//! [`SortOptions::max_fan_in`] at a time (more runs are first merged in groups into longer runs).
//!
//! Order and determinism: items come back in their [`Ord`] order; items that compare equal come back in the
//! order they were pushed when [`SortOptions::stable`] is set (the merge breaks ties by run, and runs are
//! written in push order). With [`SortOptions::dedup`], of the items that compare equal only the first is
//! kept (the first pushed, when the sort is stable). The same items pushed in the same order give the same
//! sequence whatever the budget; for a total order (equal means identical) the input order does not matter
//! either.
//!
//! Temporary files: the directory of runs (`.newsgraph-sort-XXXXXX`) is removed when the [`Sorted`]
//! iterator (or the sorter, on an error) is dropped; only a killed process can leave it behind.
//!
//! How an item is written to a run and read back is its [`Spill`] implementation: [`String`] is one line
//! (it must not contain `\n`).

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Size of the buffers of run files, written and read.
const RUN_BUFFER: usize = 1 << 16;

/// Bookkeeping bytes counted per [`String`] on top of its text (the `String` header and allocator slack).
pub const STRING_OVERHEAD: usize = 40;

/// An item an external sort can hold and spill: ordered, written to a run file as one record and read back.
pub trait Spill: Ord + Sized {
    /// Writes the item as one record of a run file.
    fn write_to(&self, w: &mut dyn Write) -> std::io::Result<()>;
    /// Reads the next record of a run file written by [`Spill::write_to`]; `None` at the end of the file.
    fn read_from(r: &mut dyn BufRead) -> std::io::Result<Option<Self>>;
    /// The bytes the item costs in memory, counted against [`SortOptions::max_bytes`].
    fn memory(&self) -> usize {
        std::mem::size_of::<Self>()
    }
}

/// A line of text (without its `\n`, which it must not contain); costs its length plus [`STRING_OVERHEAD`].
impl Spill for String {
    fn write_to(&self, w: &mut dyn Write) -> std::io::Result<()> {
        w.write_all(self.as_bytes())?;
        w.write_all(b"\n")
    }

    fn read_from(r: &mut dyn BufRead) -> std::io::Result<Option<Self>> {
        let mut line = String::new();
        if r.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        if line.ends_with('\n') {
            line.pop();
        }
        Ok(Some(line))
    }

    fn memory(&self) -> usize {
        self.len() + STRING_OVERHEAD
    }
}

/// An I/O error on a run file (or on the directory of runs).
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct SortError {
    /// The run file or directory.
    pub path: PathBuf,
    /// The underlying error.
    #[source]
    pub source: std::io::Error,
}

impl SortError {
    fn at(path: &Path) -> impl Fn(std::io::Error) -> SortError + '_ {
        move |source| SortError {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// How an [`ExternalSorter`] may use memory and disk, and what it gives back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortOptions {
    /// Items held in memory before a sorted run is written to disk (at least 1; default: no limit).
    pub max_items: usize,
    /// Bytes of items ([`Spill::memory`]) held in memory before a sorted run is written to disk (at least
    /// 1; default: no limit).
    pub max_bytes: usize,
    /// The directory in which the temporary directory of runs is made (default: the system's, `TMPDIR`).
    pub temp_dir: Option<PathBuf>,
    /// The most runs merged at once (at least 2; default 64); more runs are first merged in groups.
    pub max_fan_in: usize,
    /// Keep only the first of items that compare equal.
    pub dedup: bool,
    /// Keep items that compare equal in the order they were pushed. Needed when equal items differ (ordered
    /// by a key); without it the in-memory sort works in place (no extra memory).
    pub stable: bool,
}

impl Default for SortOptions {
    fn default() -> Self {
        SortOptions {
            max_items: usize::MAX,
            max_bytes: usize::MAX,
            temp_dir: None,
            max_fan_in: 64,
            dedup: false,
            stable: false,
        }
    }
}

/// Collects items and gives them back sorted (see the module documentation).
pub struct ExternalSorter<T: Spill> {
    options: SortOptions,
    buffer: Vec<T>,
    buffer_bytes: usize,
    dir: Option<tempfile::TempDir>,
    runs: Vec<PathBuf>,
    runs_made: usize,
    pushed: u64,
}

impl<T: Spill> ExternalSorter<T> {
    /// A sorter with these options; nothing touches the disk until the budget is reached.
    pub fn new(options: SortOptions) -> Self {
        ExternalSorter {
            options,
            buffer: Vec::new(),
            buffer_bytes: 0,
            dir: None,
            runs: Vec::new(),
            runs_made: 0,
            pushed: 0,
        }
    }

    /// Adds an item; when the budget is reached, the items held are written as a sorted run.
    pub fn push(&mut self, item: T) -> Result<(), SortError> {
        self.pushed += 1;
        self.buffer_bytes = self.buffer_bytes.saturating_add(item.memory());
        self.buffer.push(item);
        if self.buffer.len() >= self.options.max_items.max(1)
            || self.buffer_bytes >= self.options.max_bytes.max(1)
        {
            self.spill()?;
        }
        Ok(())
    }

    /// How many items were pushed (duplicates included).
    pub fn pushed(&self) -> u64 {
        self.pushed
    }

    /// Whether sorted runs were written to disk.
    pub fn spilled(&self) -> bool {
        !self.runs.is_empty()
    }

    /// Sorts (and, with `dedup`, deduplicates) items in memory as the options say.
    fn sort(&self, items: &mut Vec<T>) {
        if self.options.stable {
            items.sort();
        } else {
            items.sort_unstable();
        }
        if self.options.dedup {
            items.dedup();
        }
    }

    /// The path of a new run file in the directory of runs (made on the first call).
    fn next_run_path(&mut self) -> Result<PathBuf, SortError> {
        if self.dir.is_none() {
            let parent = self
                .options
                .temp_dir
                .clone()
                .unwrap_or_else(std::env::temp_dir);
            let dir = tempfile::Builder::new()
                .prefix(".newsgraph-sort-")
                .tempdir_in(&parent)
                .map_err(SortError::at(&parent))?;
            self.dir = Some(dir);
        }
        self.runs_made += 1;
        let dir = self
            .dir
            .as_ref()
            .map(|d| d.path())
            .unwrap_or(Path::new("."));
        Ok(dir.join(format!("run-{:06}", self.runs_made)))
    }

    /// Sorts the items held and writes them as a run.
    fn spill(&mut self) -> Result<(), SortError> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let mut items = std::mem::take(&mut self.buffer);
        self.buffer_bytes = 0;
        self.sort(&mut items);
        let path = self.next_run_path()?;
        write_run(&path, items.into_iter().map(Ok))?;
        self.runs.push(path);
        Ok(())
    }

    /// Every item pushed, in order (see the module documentation).
    pub fn finish(mut self) -> Result<Sorted<T>, SortError> {
        if self.runs.is_empty() {
            let mut items = std::mem::take(&mut self.buffer);
            self.sort(&mut items);
            return Ok(Sorted {
                source: Source::Memory(items.into_iter()),
                _dir: None,
            });
        }
        self.spill()?;
        let fan_in = self.options.max_fan_in.max(2);
        // Merge groups of consecutive runs (so ties keep their order) until one merge can take them all.
        while self.runs.len() > fan_in {
            let runs = std::mem::take(&mut self.runs);
            for group in runs.chunks(fan_in) {
                if let [one] = group {
                    self.runs.push(one.clone());
                    continue;
                }
                let path = self.next_run_path()?;
                write_run(&path, self.merge(group)?)?;
                for p in group {
                    // Merged, the run is not read again; should removing it fail, it goes with the
                    // sort's temporary directory, which is removed when the sort ends.
                    let _ = std::fs::remove_file(p);
                }
                self.runs.push(path);
            }
        }
        Ok(Sorted {
            source: Source::Merge(self.merge(&self.runs)?),
            _dir: self.dir.take(),
        })
    }

    /// The merge of these runs, deduplicated if the options say so.
    fn merge(&self, runs: &[PathBuf]) -> Result<Unique<T>, SortError> {
        Ok(Unique {
            inner: Merge::open(runs)?,
            pending: None,
            dedup: self.options.dedup,
        })
    }
}

/// Writes items as a run file.
fn write_run<T: Spill>(
    path: &Path,
    items: impl Iterator<Item = Result<T, SortError>>,
) -> Result<(), SortError> {
    let file = File::create(path).map_err(SortError::at(path))?;
    let mut w = BufWriter::with_capacity(RUN_BUFFER, file);
    for item in items {
        item?.write_to(&mut w).map_err(SortError::at(path))?;
    }
    w.flush().map_err(SortError::at(path))
}

/// One run being read.
struct Run {
    path: PathBuf,
    reader: BufReader<File>,
}

/// A k-way merge of sorted runs (every item kept); ties come from the earlier run first.
struct Merge<T> {
    runs: Vec<Run>,
    heap: BinaryHeap<Reverse<(T, usize)>>,
}

impl<T: Spill> Merge<T> {
    fn open(paths: &[PathBuf]) -> Result<Self, SortError> {
        let mut merge = Merge {
            runs: Vec::with_capacity(paths.len()),
            heap: BinaryHeap::with_capacity(paths.len()),
        };
        for (i, path) in paths.iter().enumerate() {
            let file = File::open(path).map_err(SortError::at(path))?;
            merge.runs.push(Run {
                path: path.clone(),
                reader: BufReader::with_capacity(RUN_BUFFER, file),
            });
            if let Some(item) = merge.read(i)? {
                merge.heap.push(Reverse((item, i)));
            }
        }
        Ok(merge)
    }

    fn read(&mut self, i: usize) -> Result<Option<T>, SortError> {
        let run = &mut self.runs[i];
        T::read_from(&mut run.reader).map_err(SortError::at(&run.path))
    }
}

impl<T: Spill> Iterator for Merge<T> {
    type Item = Result<T, SortError>;

    fn next(&mut self) -> Option<Self::Item> {
        let Reverse((item, i)) = self.heap.pop()?;
        match self.read(i) {
            Ok(Some(next)) => self.heap.push(Reverse((next, i))),
            Ok(None) => {}
            Err(e) => return Some(Err(e)),
        }
        Some(Ok(item))
    }
}

/// A sorted sequence with, when `dedup` is set, only the first of each group of equal items.
struct Unique<T> {
    inner: Merge<T>,
    /// The item read ahead (the first one that differed from the last given).
    pending: Option<Result<T, SortError>>,
    dedup: bool,
}

impl<T: Spill> Iterator for Unique<T> {
    type Item = Result<T, SortError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = match self.pending.take().or_else(|| self.inner.next())? {
            Ok(item) => item,
            Err(e) => return Some(Err(e)),
        };
        if self.dedup {
            loop {
                match self.inner.next() {
                    Some(Ok(next)) if next == item => continue,
                    other => {
                        self.pending = other;
                        break;
                    }
                }
            }
        }
        Some(Ok(item))
    }
}

enum Source<T> {
    /// Sorted in memory.
    Memory(std::vec::IntoIter<T>),
    /// Merged from runs on disk.
    Merge(Unique<T>),
}

/// The items of an [`ExternalSorter`], in order; the runs on disk (if any) are deleted when this is dropped.
pub struct Sorted<T> {
    source: Source<T>,
    _dir: Option<tempfile::TempDir>,
}

impl<T: Spill> Iterator for Sorted<T> {
    type Item = Result<T, SortError>;

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.source {
            Source::Memory(it) => it.next().map(Ok),
            Source::Merge(m) => m.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(max_items: usize, max_fan_in: usize, dedup: bool) -> SortOptions {
        SortOptions {
            max_items,
            max_fan_in,
            dedup,
            ..Default::default()
        }
    }

    /// A deterministic pseudo-random sequence with many duplicates.
    fn lines(n: usize) -> Vec<String> {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                format!("<http://example.org/{}> \"v{}\"", x % 97, x % 13)
            })
            .collect()
    }

    fn sorted<T: Spill + Clone>(input: &[T], options: SortOptions) -> (Vec<T>, bool) {
        let mut s = ExternalSorter::new(options);
        for item in input {
            s.push(item.clone()).unwrap();
        }
        assert_eq!(s.pushed(), input.len() as u64);
        let spilled = s.spilled();
        let out = s.finish().unwrap().map(|item| item.unwrap()).collect();
        (out, spilled)
    }

    #[test]
    fn empty() {
        for max_items in [1, 10, usize::MAX] {
            let (out, spilled) = sorted::<String>(&[], options(max_items, 2, true));
            assert!(out.is_empty() && !spilled);
        }
    }

    #[test]
    fn one_run_in_memory_equals_many_runs_on_disk() {
        let input = lines(5000);
        for dedup in [false, true] {
            let mut want = input.clone();
            want.sort();
            if dedup {
                want.dedup();
            }
            let (memory, spilled) = sorted(&input, options(usize::MAX, 64, dedup));
            assert!(!spilled);
            assert_eq!(memory, want);
            // One run on disk, a few, many merged in one go, many merged in groups of 2 and 3.
            for (max_items, fan_in) in
                [(4999, 64), (1000, 64), (37, 200), (7, 2), (100, 2), (70, 3)]
            {
                let (disk, spilled) = sorted(&input, options(max_items, fan_in, dedup));
                assert!(spilled, "{max_items} items a run");
                assert_eq!(
                    disk, want,
                    "{max_items} items a run, fan-in {fan_in}, {dedup}"
                );
            }
        }
    }

    #[test]
    fn a_byte_budget_spills_too() {
        let input = lines(500);
        let opts = SortOptions {
            max_bytes: 1000,
            dedup: true,
            ..Default::default()
        };
        let (out, spilled) = sorted(&input, opts);
        assert!(spilled);
        let mut want = input.clone();
        want.sort();
        want.dedup();
        assert_eq!(out, want);
    }

    /// Ordered by `key` only; `seq` tells equal items apart.
    #[derive(Debug, Clone)]
    struct Keyed {
        key: u8,
        seq: u32,
    }

    impl PartialEq for Keyed {
        fn eq(&self, other: &Self) -> bool {
            self.key == other.key
        }
    }
    impl Eq for Keyed {}
    impl PartialOrd for Keyed {
        fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
            Some(self.cmp(other))
        }
    }
    impl Ord for Keyed {
        fn cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.key.cmp(&other.key)
        }
    }
    impl Spill for Keyed {
        fn write_to(&self, w: &mut dyn Write) -> std::io::Result<()> {
            writeln!(w, "{} {}", self.key, self.seq)
        }
        fn read_from(r: &mut dyn BufRead) -> std::io::Result<Option<Self>> {
            let Some(line) = String::read_from(r)? else {
                return Ok(None);
            };
            let (k, s) = line
                .split_once(' ')
                .ok_or(std::io::ErrorKind::InvalidData)?;
            let bad = |_| std::io::Error::from(std::io::ErrorKind::InvalidData);
            Ok(Some(Keyed {
                key: k.parse().map_err(bad)?,
                seq: s.parse().map_err(bad)?,
            }))
        }
    }

    #[test]
    fn stable_keeps_push_order_and_dedup_keeps_the_first() {
        let input: Vec<Keyed> = lines(3000)
            .iter()
            .enumerate()
            .map(|(i, l)| Keyed {
                key: (l.len() % 7) as u8 + (l.as_bytes()[20] % 5) * 7,
                seq: i as u32,
            })
            .collect();
        let pairs = |v: Vec<Keyed>| v.into_iter().map(|k| (k.key, k.seq)).collect::<Vec<_>>();
        let mut want = input.clone();
        want.sort(); // stable
        let want_all = pairs(want.clone());
        want.dedup();
        let want_first = pairs(want);
        for (max_items, fan_in) in [(usize::MAX, 64), (1, 2), (50, 3), (999, 64)] {
            for dedup in [false, true] {
                let opts = SortOptions {
                    stable: true,
                    ..options(max_items, fan_in, dedup)
                };
                let got = pairs(sorted(&input, opts).0);
                let want = if dedup { &want_first } else { &want_all };
                assert_eq!(&got, want, "{max_items} items a run, fan-in {fan_in}");
            }
        }
    }

    #[test]
    fn deterministic_whatever_the_input_order_or_budget() {
        let input = lines(2000);
        let mut reversed = input.clone();
        reversed.reverse();
        let first = sorted(&input, options(300, 4, false)).0;
        assert_eq!(first, sorted(&reversed, options(700, 3, false)).0);
        assert_eq!(first, sorted(&input, options(300, 4, false)).0);
    }

    #[test]
    fn runs_are_removed_when_done_and_on_an_early_drop() {
        let parent = tempfile::tempdir().unwrap();
        let opts = SortOptions {
            temp_dir: Some(parent.path().to_path_buf()),
            ..options(10, 2, false)
        };
        let entries = || std::fs::read_dir(parent.path()).unwrap().count();
        let mut s = ExternalSorter::new(opts.clone());
        for l in lines(100) {
            s.push(l).unwrap();
        }
        let mut out = s.finish().unwrap();
        assert_eq!(entries(), 1, "one directory of runs");
        assert!(out.next().is_some());
        drop(out);
        assert_eq!(entries(), 0);
        // A sorter dropped before `finish` (its caller failed) removes its runs too.
        let mut s = ExternalSorter::new(opts);
        for l in lines(100) {
            s.push(l).unwrap();
        }
        assert_eq!(entries(), 1);
        drop(s);
        assert_eq!(entries(), 0);
    }

    #[test]
    fn an_unwritable_temp_dir_is_an_error_naming_it() {
        let parent = tempfile::tempdir().unwrap();
        let missing = parent.path().join("missing");
        let mut s = ExternalSorter::new(SortOptions {
            temp_dir: Some(missing.clone()),
            ..options(1, 2, false)
        });
        let e = s.push("a".to_string()).unwrap_err();
        assert_eq!(e.path, missing);
        assert_eq!(e.source.kind(), std::io::ErrorKind::NotFound);
    }
}

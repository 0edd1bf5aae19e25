//! External sorting of text lines with bounded memory: lines are collected up to a byte budget, sorted and,
//! when the budget is exceeded, spilled to disk as sorted runs in a temporary directory; [`LineSorter::finish`]
//! then yields every line once, in byte order, from memory or from a k-way merge of the runs. The same set of
//! lines gives the same sequence whatever the budget and whatever the order they were pushed in.
//!
//! Lines must not contain `\n` (N-Triples and N-Quads lines never do: the serializers escape it).

use crate::error::{Error, Result};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Bookkeeping bytes counted per line on top of its text (the `String` header and allocator slack).
const LINE_OVERHEAD: usize = 40;

/// How a [`LineSorter`] may use memory and disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortConfig {
    /// Bytes of lines held in memory before a sorted run is written to disk (default 64 MiB).
    pub chunk_bytes: usize,
    /// Where the temporary directory of runs is made (default: the system's, `TMPDIR`).
    pub temp_dir: Option<PathBuf>,
    /// The most runs merged at once; more runs are first merged in groups (default 64).
    pub max_fan_in: usize,
}

impl Default for SortConfig {
    fn default() -> Self {
        SortConfig {
            chunk_bytes: 64 << 20,
            temp_dir: None,
            max_fan_in: 64,
        }
    }
}

/// Collects lines and gives them back sorted and deduplicated (see the module documentation).
pub struct LineSorter {
    config: SortConfig,
    buffer: Vec<String>,
    buffer_bytes: usize,
    dir: Option<tempfile::TempDir>,
    runs: Vec<PathBuf>,
    runs_made: usize,
    pushed: u64,
}

impl LineSorter {
    /// A sorter with this budget; nothing touches the disk until the budget is exceeded.
    pub fn new(config: SortConfig) -> Self {
        LineSorter {
            config,
            buffer: Vec::new(),
            buffer_bytes: 0,
            dir: None,
            runs: Vec::new(),
            runs_made: 0,
            pushed: 0,
        }
    }

    /// Adds a line (without its `\n`); fails on a line holding a `\n` or when a run cannot be written.
    pub fn push(&mut self, line: String) -> Result<()> {
        if line.contains('\n') {
            return Err(Error::Invalid(format!(
                "external sort: line {} holds a line break",
                self.pushed + 1
            )));
        }
        self.pushed += 1;
        self.buffer_bytes += line.len() + LINE_OVERHEAD;
        self.buffer.push(line);
        if self.buffer_bytes >= self.config.chunk_bytes.max(1) {
            self.spill()?;
        }
        Ok(())
    }

    /// How many lines were pushed (duplicates included).
    pub fn pushed(&self) -> u64 {
        self.pushed
    }

    /// Whether sorted runs were written to disk.
    pub fn spilled(&self) -> bool {
        !self.runs.is_empty()
    }

    fn temp_dir(&mut self) -> Result<PathBuf> {
        if self.dir.is_none() {
            let parent = self
                .config
                .temp_dir
                .clone()
                .unwrap_or_else(std::env::temp_dir);
            let dir = tempfile::Builder::new()
                .prefix("newsgraph-sort-")
                .tempdir_in(&parent)
                .map_err(|e| Error::io(&parent, e))?;
            self.dir = Some(dir);
        }
        Ok(self
            .dir
            .as_ref()
            .map(|d| d.path().to_path_buf())
            .unwrap_or_default())
    }

    fn next_run_path(&mut self) -> Result<PathBuf> {
        let dir = self.temp_dir()?;
        self.runs_made += 1;
        Ok(dir.join(format!("run-{:06}", self.runs_made)))
    }

    /// Sorts the buffer and writes it as a run.
    fn spill(&mut self) -> Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let mut lines = std::mem::take(&mut self.buffer);
        self.buffer_bytes = 0;
        lines.sort_unstable();
        lines.dedup();
        let path = self.next_run_path()?;
        write_run(&path, lines.iter().map(Ok))?;
        self.runs.push(path);
        Ok(())
    }

    /// Every line pushed, sorted by bytes, each once.
    pub fn finish(mut self) -> Result<SortedLines> {
        if self.runs.is_empty() {
            let mut lines = std::mem::take(&mut self.buffer);
            lines.sort_unstable();
            lines.dedup();
            return Ok(SortedLines {
                source: Source::Memory(lines.into_iter()),
                _dir: None,
            });
        }
        self.spill()?;
        // Merge groups of runs until one merge can take them all.
        while self.runs.len() > self.config.max_fan_in.max(2) {
            let fan_in = self.config.max_fan_in.max(2);
            let runs = std::mem::take(&mut self.runs);
            for group in runs.chunks(fan_in) {
                if group.len() == 1 {
                    self.runs.push(group[0].clone());
                    continue;
                }
                let path = self.next_run_path()?;
                let unique = Unique::new(Merge::open(group)?);
                write_run(&path, unique)?;
                for p in group {
                    let _ = std::fs::remove_file(p);
                }
                self.runs.push(path);
            }
        }
        Ok(SortedLines {
            source: Source::Merge(Unique::new(Merge::open(&self.runs)?)),
            _dir: self.dir.take(),
        })
    }
}

fn write_run<S: AsRef<str>>(path: &Path, lines: impl Iterator<Item = Result<S>>) -> Result<()> {
    let file = File::create(path).map_err(|e| Error::io(path, e))?;
    let mut w = BufWriter::with_capacity(1 << 16, file);
    for line in lines {
        let line = line?;
        w.write_all(line.as_ref().as_bytes())
            .and_then(|_| w.write_all(b"\n"))
            .map_err(|e| Error::io(path, e))?;
    }
    w.flush().map_err(|e| Error::io(path, e))
}

/// One sorted run being read.
struct Run {
    path: PathBuf,
    reader: BufReader<File>,
}

impl Run {
    fn next_line(&mut self) -> Result<Option<String>> {
        let mut line = String::new();
        let n = self
            .reader
            .read_line(&mut line)
            .map_err(|e| Error::io(&self.path, e))?;
        if n == 0 {
            return Ok(None);
        }
        if line.ends_with('\n') {
            line.pop();
        }
        Ok(Some(line))
    }
}

/// A k-way merge of sorted runs (duplicates kept).
struct Merge {
    runs: Vec<Run>,
    heap: BinaryHeap<Reverse<(String, usize)>>,
}

impl Merge {
    fn open(paths: &[PathBuf]) -> Result<Self> {
        let mut merge = Merge {
            runs: Vec::with_capacity(paths.len()),
            heap: BinaryHeap::with_capacity(paths.len()),
        };
        for (i, path) in paths.iter().enumerate() {
            let file = File::open(path).map_err(|e| Error::io(path, e))?;
            let mut run = Run {
                path: path.clone(),
                reader: BufReader::with_capacity(1 << 16, file),
            };
            if let Some(line) = run.next_line()? {
                merge.heap.push(Reverse((line, i)));
            }
            merge.runs.push(run);
        }
        Ok(merge)
    }
}

impl Iterator for Merge {
    type Item = Result<String>;

    fn next(&mut self) -> Option<Self::Item> {
        let Reverse((line, i)) = self.heap.pop()?;
        match self.runs[i].next_line() {
            Ok(Some(next)) => self.heap.push(Reverse((next, i))),
            Ok(None) => {}
            Err(e) => return Some(Err(e)),
        }
        Some(Ok(line))
    }
}

/// Drops the repeats of a sorted sequence.
struct Unique<I> {
    inner: I,
    last: Option<String>,
}

impl<I> Unique<I> {
    fn new(inner: I) -> Self {
        Unique { inner, last: None }
    }
}

impl<I: Iterator<Item = Result<String>>> Iterator for Unique<I> {
    type Item = Result<String>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match self.inner.next()? {
                Ok(line) if self.last.as_deref() == Some(line.as_str()) => continue,
                Ok(line) => {
                    self.last = Some(line.clone());
                    return Some(Ok(line));
                }
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

enum Source {
    /// Sorted and deduplicated in memory.
    Memory(std::vec::IntoIter<String>),
    Merge(Unique<Merge>),
}

/// The lines of a [`LineSorter`], sorted by bytes and deduplicated; the runs on disk (if any) are deleted when
/// this is dropped.
pub struct SortedLines {
    source: Source,
    _dir: Option<tempfile::TempDir>,
}

impl Iterator for SortedLines {
    type Item = Result<String>;

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

    fn config(chunk_bytes: usize, max_fan_in: usize) -> SortConfig {
        SortConfig {
            chunk_bytes,
            temp_dir: None,
            max_fan_in,
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

    fn sorted(input: &[String], config: SortConfig) -> (Vec<String>, bool) {
        let mut s = LineSorter::new(config);
        for l in input {
            s.push(l.clone()).unwrap();
        }
        let spilled = s.spilled();
        let out: Vec<String> = s.finish().unwrap().map(|l| l.unwrap()).collect();
        (out, spilled)
    }

    #[test]
    fn spilled_sort_equals_in_memory_sort() {
        let input = lines(5000);
        let mut want = input.clone();
        want.sort();
        want.dedup();
        let (memory, spilled) = sorted(&input, SortConfig::default());
        assert!(!spilled);
        assert_eq!(memory, want);
        for (chunk, fan_in) in [(1, 2), (100, 2), (1000, 3), (4096, 64)] {
            let (disk, spilled) = sorted(&input, config(chunk, fan_in));
            assert!(spilled, "chunk {chunk}");
            assert_eq!(disk, want, "chunk {chunk}, fan-in {fan_in}");
        }
    }

    #[test]
    fn order_of_input_does_not_matter() {
        let input = lines(2000);
        let mut reversed = input.clone();
        reversed.reverse();
        assert_eq!(
            sorted(&input, config(300, 4)).0,
            sorted(&reversed, config(700, 3)).0
        );
    }

    #[test]
    fn empty_and_single() {
        assert!(sorted(&[], config(1, 2)).0.is_empty());
        let one = vec!["a".to_string(), "a".to_string()];
        assert_eq!(sorted(&one, config(1, 2)).0, vec!["a".to_string()]);
    }

    #[test]
    fn runs_are_removed_when_done() {
        let parent = tempfile::tempdir().unwrap();
        let mut cfg = config(10, 2);
        cfg.temp_dir = Some(parent.path().to_path_buf());
        let mut s = LineSorter::new(cfg);
        for l in lines(100) {
            s.push(l).unwrap();
        }
        let out = s.finish().unwrap();
        assert_eq!(std::fs::read_dir(parent.path()).unwrap().count(), 1);
        drop(out);
        assert_eq!(std::fs::read_dir(parent.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_line_break_is_refused() {
        let mut s = LineSorter::new(SortConfig::default());
        assert!(s.push("a\nb".into()).is_err());
    }
}

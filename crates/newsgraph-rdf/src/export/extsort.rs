//! External sorting of text lines with bounded memory, for export: lines are collected up to a byte budget
//! and, when the budget is exceeded, spilled to disk as sorted runs in a temporary directory;
//! [`LineSorter::finish`] then yields every line once, in byte order, from memory or from a k-way merge of the
//! runs. The same set of lines gives the same sequence whatever the budget and whatever the order they were
//! pushed in. The sort itself is the workspace's one external sort, [`newsgraph_model::extsort`]; this module
//! sets it up for lines (byte order, deduplicated) and speaks the library's error type.
//!
//! Lines must not contain `\n` (N-Triples and N-Quads lines never do: the serializers escape it).

use crate::error::{Error, Result};
use newsgraph_model::extsort::{ExternalSorter, SortError, SortOptions, Sorted};
use std::path::PathBuf;

/// How a [`LineSorter`] may use memory and disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortConfig {
    /// Bytes of lines held in memory before a sorted run is written to disk (default 64 MiB); each line
    /// counts its length plus [`newsgraph_model::extsort::STRING_OVERHEAD`].
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

fn sort_error(e: SortError) -> Error {
    Error::io(e.path, e.source)
}

/// Collects lines and gives them back sorted and deduplicated (see the module documentation).
pub struct LineSorter {
    sorter: ExternalSorter<String>,
}

impl LineSorter {
    /// A sorter with this budget; nothing touches the disk until the budget is exceeded.
    pub fn new(config: SortConfig) -> Self {
        LineSorter {
            sorter: ExternalSorter::new(SortOptions {
                max_bytes: config.chunk_bytes,
                temp_dir: config.temp_dir,
                max_fan_in: config.max_fan_in,
                dedup: true,
                ..SortOptions::default()
            }),
        }
    }

    /// Adds a line (without its `\n`); fails on a line holding a `\n` or when a run cannot be written.
    pub fn push(&mut self, line: String) -> Result<()> {
        if line.contains('\n') {
            return Err(Error::Invalid(format!(
                "external sort: line {} holds a line break",
                self.sorter.pushed() + 1
            )));
        }
        self.sorter.push(line).map_err(sort_error)
    }

    /// How many lines were pushed (duplicates included).
    pub fn pushed(&self) -> u64 {
        self.sorter.pushed()
    }

    /// Whether sorted runs were written to disk.
    pub fn spilled(&self) -> bool {
        self.sorter.spilled()
    }

    /// Every line pushed, sorted by bytes, each once.
    pub fn finish(self) -> Result<SortedLines> {
        Ok(SortedLines {
            lines: self.sorter.finish().map_err(sort_error)?,
        })
    }
}

/// The lines of a [`LineSorter`], sorted by bytes and deduplicated; the runs on disk (if any) are deleted when
/// this is dropped.
pub struct SortedLines {
    lines: Sorted<String>,
}

impl Iterator for SortedLines {
    type Item = Result<String>;

    fn next(&mut self) -> Option<Self::Item> {
        self.lines.next().map(|line| line.map_err(sort_error))
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

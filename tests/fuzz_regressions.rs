//! The fuzz targets' inputs, replayed on stable in the normal `cargo test`: every file of
//! `fuzz/regressions/TARGET/` (an input that once crashed or hung a target, minimised, kept after the fix)
//! and of `fuzz/seeds/TARGET/` (the self-written seeds) goes through the same entry point as the fuzz
//! target `TARGET` (`fuzz/src/harness.rs`, `fuzz/src/harness_rdf.rs`), with the same property checks.
//! `scripts/fuzz.sh` runs the fuzzers.

#[path = "../fuzz/src/harness.rs"]
mod harness;
#[path = "../fuzz/src/harness_rdf.rs"]
mod harness_rdf;

/// Every target, in both harness files.
fn targets() -> Vec<&'static str> {
    harness::TARGETS
        .iter()
        .chain(harness_rdf::TARGETS)
        .copied()
        .collect()
}

/// Runs target `name` on `data`, as its fuzz target does.
fn run(name: &str, data: &[u8]) {
    assert!(
        harness_rdf::run(name, data) || harness::run(name, data),
        "no fuzz target `{name}`"
    );
}

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

/// The files of `fuzz/KIND/TARGET/`, sorted (none when the directory does not exist).
fn inputs(kind: &str, target: &str) -> Vec<PathBuf> {
    let dir = fuzz_dir().join(kind).join(target);
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .map(|e| e.expect("directory entry").path())
            // `.gitkeep` and other hidden files are no inputs.
            .filter(|p| {
                p.is_file()
                    && p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| !n.starts_with('.'))
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

/// Runs every input of `kind` through its target; each must return, within the fuzzers' 1-second
/// timeout (with a margin for a loaded machine), without a panic.
fn replay(kind: &str) -> usize {
    let mut n = 0;
    for target in targets() {
        for path in inputs(kind, target) {
            let data = std::fs::read(&path).expect("read input");
            let start = Instant::now();
            let result = std::panic::catch_unwind(|| run(target, &data));
            assert!(
                result.is_ok(),
                "{}: target `{target}` panicked",
                path.display()
            );
            let took = start.elapsed();
            assert!(
                took < Duration::from_secs(5),
                "{}: target `{target}` took {took:?}",
                path.display()
            );
            n += 1;
        }
    }
    n
}

#[test]
fn regressions_replay_clean() {
    // May be empty while no fuzzer has found anything; the directories exist either way.
    replay("regressions");
    for target in targets() {
        assert!(
            fuzz_dir().join("regressions").join(target).is_dir(),
            "fuzz/regressions/{target}/ is missing"
        );
    }
}

#[test]
fn seeds_replay_clean() {
    let n = replay("seeds");
    for target in targets() {
        assert!(
            !inputs("seeds", target).is_empty(),
            "fuzz/seeds/{target}/ has no seed"
        );
    }
    assert!(n >= targets().len());
}

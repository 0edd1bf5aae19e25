//! The entry points of newsgraph's fuzz targets, one function per target, each taking the fuzzer's bytes.
//!
//! The harness files are compiled twice: into this cargo-fuzz project (nightly, libFuzzer; each
//! `fuzz_targets/NAME.rs` calls [`run`]) and, through `#[path]`, into `tests/fuzz_regressions.rs`, which
//! runs every saved input of `fuzz/regressions/NAME/` and `fuzz/seeds/NAME/` through them on stable in the
//! normal `cargo test`. A function returns normally for any input; a panic (an `assert!` on a property
//! included) is a finding. `harness_rdf.rs` needs newsgraph-rdf and Oxigraph (without RocksDB): without the
//! `rdf` feature the other targets build without them.

pub mod harness;
#[cfg(feature = "rdf")]
pub mod harness_rdf;

/// Runs fuzz target `name` on `data`; panics on an unknown name.
pub fn run(name: &str, data: &[u8]) {
    #[cfg(feature = "rdf")]
    if harness_rdf::run(name, data) {
        return;
    }
    assert!(harness::run(name, data), "no fuzz target `{name}`");
}

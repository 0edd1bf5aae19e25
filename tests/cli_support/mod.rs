//! Running the `newsgraph` binary in the command-line tests (`tests/cli.rs`, `tests/cli_errors.rs`,
//! `tests/cli_link.rs`, `tests/virtuoso.rs`): the repository root, the seed article, a run, a run that must succeed, and a store's
//! stats.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn seed() -> PathBuf {
    root().join("examples/lavrov-aleppo-2016-12-06.txt")
}

pub fn newsgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1480982400")
        .current_dir(root())
        .output()
        .expect("run newsgraph")
}

pub fn ok(args: &[&str]) -> Output {
    let out = newsgraph(args);
    assert!(
        out.status.success(),
        "newsgraph {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

pub fn stats(store: &Path) -> serde_json::Value {
    let out = ok(&["stats", "--store", store.to_str().unwrap(), "--json"]);
    serde_json::from_slice(&out.stdout).expect("stats JSON")
}

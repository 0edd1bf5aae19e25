//! Shared by the fault tests (`tests/faults.rs`, `tests/disk_full.rs`): what a store holds, graph by graph,
//! and what a Wikidata cache directory holds, entry by entry.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The graph of the runs' provenance records: each load adds its run, so comparisons leave it out.
const RUNS_GRAPH: &str = "<https://w3id.org/newsgraph/data/graph/runs>";

/// Quads per named graph (the runs graph left out). `after` says what the store went through, for the
/// panic message when it does not open ("the kill", "the full disk").
pub fn graph_sizes(store: &Path, after: &str) -> BTreeMap<String, usize> {
    let s = newsgraph::store::GraphStore::open(
        &newsgraph::store::StoreLocation::Disk(store.to_path_buf()),
        newsgraph::store::OpenMode::ReadWrite,
    )
    .unwrap_or_else(|e| panic!("the store does not open after {after}: {e}"));
    let mut sizes = BTreeMap::new();
    for q in s.inner().iter() {
        let q = q.expect("a readable quad");
        *sizes.entry(q.graph_name.to_string()).or_insert(0) += 1;
    }
    sizes.remove(RUNS_GRAPH);
    sizes
}

/// Writes to `path` a Wikidata JSON dump of `n` entities: those of `tests/data/link/entities.json` in
/// turn, renumbered from Q10000000.
pub fn dump(path: &Path, n: usize) -> PathBuf {
    let excerpt = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/link/entities.json"),
    )
    .unwrap();
    let entities: Vec<serde_json::Value> = excerpt
        .lines()
        .map(|l| l.trim().trim_end_matches(','))
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut text = String::from("[\n");
    for i in 0..n {
        let mut e = entities[i % entities.len()].clone();
        e["id"] = serde_json::Value::String(format!("Q{}", 10_000_000 + i));
        text += &e.to_string();
        text += if i + 1 < n { ",\n" } else { "\n" };
    }
    text += "]\n";
    std::fs::write(path, text).unwrap();
    path.to_path_buf()
}

/// The entries of a Wikidata cache directory (its `*.json` files, by name, with their bytes): a temporary
/// file or the directory tag is no entry. A missing directory has none.
pub fn cache_entries(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut entries = BTreeMap::new();
    for e in std::fs::read_dir(dir).into_iter().flatten() {
        let path = e.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".json") {
            entries.insert(name, std::fs::read(&path).unwrap());
        }
    }
    entries
}

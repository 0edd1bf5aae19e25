//! Shared by the fault tests (`tests/faults.rs`, `tests/disk_full.rs`): what a store holds, graph by graph.

use std::collections::BTreeMap;
use std::path::Path;

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

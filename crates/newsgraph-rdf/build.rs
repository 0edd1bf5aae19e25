//! Compiles every `queries/*.rq` of the workspace root into this crate, hence into the binary (a sorted
//! table of name → text).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // The manifest directory of this build (read when the script runs, not when it was compiled: a build
    // script binary can be reused by another checkout sharing the target directory).
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    // The queries are user-facing files at the workspace root, two levels above this crate.
    let dir = Path::new(&manifest).join("../../queries");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) == Some("rq") {
                println!("cargo:rerun-if-changed={}", path.display());
                if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
                    names.push((stem.to_string(), path.display().to_string()));
                }
            }
        }
    }
    assert!(
        !names.is_empty(),
        "no queries/*.rq found in {}: the bundled queries are part of the build",
        dir.display()
    );
    names.sort();
    let mut out = String::from(
        "/// Bundled queries: (name, SPARQL text), sorted by name.\npub static BUNDLED: &[(&str, &str)] = &[\n",
    );
    for (name, path) in names {
        writeln!(out, "    ({name:?}, include_str!({path:?})),").unwrap();
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(Path::new(&out_dir).join("bundled_queries.rs"), out).expect("write");
}

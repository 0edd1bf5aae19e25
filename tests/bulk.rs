//! `newsgraph bulk`: the bundle's parts hold exactly the store's quads (the same lines as `export --format
//! nq`), parts respect the size limit without splitting a graph, the manifest's counts and hashes are
//! true, the same store gives the same bytes, stale parts of an earlier bundle are removed, and the loader
//! files are well formed (Neptune's request is JSON with format `nquads`; the Qleverfile names FORMAT nq and
//! the parts). Loading into a real Virtuoso is in `tests/virtuoso.rs`.

use flate2::read::GzDecoder;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn newsgraph(args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .output()
        .expect("run newsgraph");
    assert!(
        out.status.success(),
        "newsgraph {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn gunzip(path: &Path) -> String {
    let mut s = String::new();
    GzDecoder::new(std::fs::File::open(path).unwrap())
        .read_to_string(&mut s)
        .unwrap();
    s
}

fn graph_of(line: &str) -> String {
    // N-Quads lines written by newsgraph end with " <graph> ." (or " ." in the default graph).
    let body = line.strip_suffix(" .").unwrap();
    if body.ends_with('>') {
        body[body.rfind(" <").unwrap() + 1..].to_string()
    } else {
        String::new()
    }
}

// Over 80 lines: one scenario read top to bottom, each step checking what the steps before it left;
// split, the steps would hand its state around and the story would be harder to follow.
#[test]
fn bundle_holds_the_store_in_parts_with_true_manifest_and_loader_files() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let store = store.to_str().unwrap();
    let inputs = [
        root().join("examples/lavrov-aleppo-2016-12-06.txt"),
        root().join("../shared/corpus/dev/articles.jsonl"),
    ];
    let mut args = vec!["load", "--store", store];
    let inputs: Vec<String> = inputs
        .iter()
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    args.extend(inputs.iter().map(String::as_str));
    newsgraph(&args);
    let export =
        String::from_utf8(newsgraph(&["export", "--store", store, "--format", "nq"]).stdout)
            .unwrap();
    let limit = 1500u64;
    let bundle = tmp.path().join("bundle");
    // A stale part from an earlier, bigger bundle must not survive.
    std::fs::create_dir_all(bundle.join("data")).unwrap();
    std::fs::write(bundle.join("data/part-09999.nq.gz"), b"stale").unwrap();
    let bundle_s = bundle.to_str().unwrap();
    let limit_s = limit.to_string();
    newsgraph(&[
        "bulk",
        "--store",
        store,
        "--out",
        bundle_s,
        "--quads-per-part",
        &limit_s,
        "--s3",
        "s3://example-bucket/news/",
        "--region",
        "eu-west-1",
    ]);
    assert!(!bundle.join("data/part-09999.nq.gz").exists());

    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(bundle.join("manifest.json")).unwrap()).unwrap();
    let parts = manifest["parts"].as_array().unwrap();
    assert!(parts.len() > 2, "{} parts", parts.len());
    let mut all_lines: Vec<String> = Vec::new();
    let mut graphs_seen: Vec<String> = Vec::new();
    for part in parts {
        let path = bundle.join(part["path"].as_str().unwrap());
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(part["bytes"].as_u64().unwrap(), bytes.len() as u64);
        let hash: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(part["sha256"].as_str().unwrap(), hash);
        let text = gunzip(&path);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(part["quads"].as_u64().unwrap(), lines.len() as u64);
        let mut graphs: Vec<String> = lines.iter().map(|l| graph_of(l)).collect();
        graphs.dedup();
        assert_eq!(part["graphs"].as_u64().unwrap(), graphs.len() as u64);
        // A part is closed once it reaches the limit: only its last graph may take it past.
        let last = graphs.last().unwrap().clone();
        let before_last = lines.iter().filter(|l| graph_of(l) != last).count() as u64;
        assert!(
            before_last < limit,
            "part {path:?} passed the limit before its last graph"
        );
        graphs_seen.extend(graphs);
        all_lines.extend(lines.iter().map(|l| l.to_string()));
        // Every part re-parses as N-Quads.
        let n = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
            .for_reader(text.as_bytes())
            .count();
        assert_eq!(n, lines.len());
    }
    let mut unique = graphs_seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        graphs_seen.len(),
        "a graph was split across parts"
    );
    let export_lines: Vec<String> = export.lines().map(str::to_string).collect();
    assert_eq!(
        all_lines, export_lines,
        "the parts, in order, are the export"
    );
    assert_eq!(
        manifest["quads"].as_u64().unwrap(),
        export_lines.len() as u64
    );

    // The graph list and the loader files.
    let listed = std::fs::read_to_string(bundle.join("graphs.txt")).unwrap();
    let named: Vec<String> = unique
        .iter()
        .filter(|g| !g.is_empty())
        .map(|g| g.trim_matches(['<', '>']).to_string())
        .collect();
    let mut listed_sorted: Vec<String> = listed.lines().map(str::to_string).collect();
    listed_sorted.sort();
    assert_eq!(listed_sorted, named);
    let sql = std::fs::read_to_string(bundle.join("virtuoso-load.sql")).unwrap();
    assert_eq!(sql.matches("SPARQL CLEAR GRAPH <").count(), named.len());
    assert!(
        sql.contains("ld_dir(") && sql.contains("rdf_loader_run();") && sql.contains("checkpoint;")
    );
    let request: serde_json::Value =
        serde_json::from_slice(&std::fs::read(bundle.join("neptune-loader.json")).unwrap())
            .unwrap();
    assert_eq!(request["format"], "nquads");
    assert_eq!(request["source"], "s3://example-bucket/news/");
    assert_eq!(request["region"], "eu-west-1");
    let script = std::fs::read_to_string(bundle.join("neptune-load.sh")).unwrap();
    assert!(script.contains("aws s3 cp data/ 's3://example-bucket/news/'"));
    let sh = Command::new("sh")
        .arg("-n")
        .arg(bundle.join("neptune-load.sh"))
        .status()
        .unwrap();
    assert!(sh.success(), "neptune-load.sh is not valid sh");
    let qleverfile = std::fs::read_to_string(bundle.join("Qleverfile")).unwrap();
    for line in [
        "FORMAT      = nq",
        "INPUT_FILES     = data/part-*.nq.gz",
        "CAT_INPUT_FILES = zcat ${INPUT_FILES}",
    ] {
        assert!(
            qleverfile.lines().any(|l| l == line),
            "Qleverfile lacks {line:?}"
        );
    }

    // Determinism: a second bundle of the same store has the same parts, byte for byte.
    let again = tmp.path().join("again");
    newsgraph(&[
        "bulk",
        "--store",
        store,
        "--out",
        again.to_str().unwrap(),
        "--quads-per-part",
        &limit_s,
    ]);
    for part in parts {
        let rel = part["path"].as_str().unwrap();
        assert_eq!(
            std::fs::read(bundle.join(rel)).unwrap(),
            std::fs::read(again.join(rel)).unwrap(),
            "{rel}"
        );
    }
}

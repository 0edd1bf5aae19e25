//! The seed's graph, compared as a graph (sophia's isomorphism check) with the reviewed golden file
//! (cases in `tests/data/rdf/golden/cases.tsv`).

mod rdfcmp;

use std::path::PathBuf;
use std::process::Command;

#[test]
fn seed_graph_matches_the_golden_graph() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/data/rdf/golden");
    let cases = std::fs::read_to_string(dir.join("cases.tsv")).expect("cases.tsv");
    let mut n = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (input, golden) = line.split_once('\t').expect("two columns");
        let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(["run", input, "--memory", "--format", "ttl"])
            .env("SOURCE_DATE_EPOCH", "1480982400")
            .current_dir(&root)
            .output()
            .expect("run newsgraph");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let got = rdfcmp::parse_turtle(&String::from_utf8(out.stdout).unwrap(), input);
        let want_text = std::fs::read_to_string(dir.join(golden)).expect("golden file");
        let want = rdfcmp::parse_turtle(&want_text, golden);
        rdfcmp::assert_isomorphic(&got, &want, input);
        n += 1;
    }
    assert!(n > 0);
}

//! Linking from the command line: `--link offline` with the starter index and with a built index,
//! `--link-report`, `wikidata index` and `keys`, `link --store`, and `--link online` against an unreachable
//! endpoint and against the local Wikidata stand-in.

mod cli_support;

mod wikidata_server;

use cli_support::{ok, root, seed, stats};
use std::path::Path;

// Over 80 lines: one scenario read top to bottom, each step checking what the steps before it left;
// split, the steps would hand its state around and the story would be harder to follow.
#[test]
fn linking_from_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let s = store.to_str().unwrap();
    let index = tmp.path().join("index.jsonl");
    let seed = seed();
    // The bundled starter index links states out of the box.
    let out = ok(&[
        "run",
        seed.to_str().unwrap(),
        "--memory",
        "--link",
        "offline",
        "--format",
        "nt",
    ]);
    let nt = String::from_utf8(out.stdout).unwrap();
    assert!(
        nt.contains("<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q159>")
    );
    // `--link-report`: one row per entity linking considered, agreeing with the extraction JSON.
    let report = tmp.path().join("links.tsv");
    let out = ok(&[
        "extract",
        seed.to_str().unwrap(),
        "--link",
        "offline",
        "--link-report",
        report.to_str().unwrap(),
    ]);
    let ex: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let summary = String::from_utf8_lossy(&out.stderr).to_string();
    let rows = std::fs::read_to_string(&report).unwrap();
    let mut lines = rows.lines();
    assert_eq!(
        lines.next(),
        Some("article\tentity\ttype\tname\toutcome\tqid\tconfidence\treason")
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    let entities = ex["entities"].as_array().unwrap();
    let considered: Vec<&serde_json::Value> =
        entities.iter().filter(|e| e["type"] != "Group").collect();
    assert_eq!(rows.len(), considered.len(), "{rows:?}");
    let mut linked = 0;
    for (row, e) in rows.iter().zip(&considered) {
        assert_eq!(row.len(), 8, "{row:?}");
        assert_eq!(row[1], e["id"].as_str().unwrap());
        match e["wikidata"].as_str() {
            Some(q) => {
                linked += 1;
                assert_eq!((row[4], row[5]), ("linked", q));
                let conf: f64 = row[6].parse().unwrap();
                assert_eq!(Some(conf), e["wikidata_confidence"].as_f64());
            }
            None => assert!(row[4] == "unlinked" && !row[7].is_empty(), "{row:?}"),
        }
    }
    assert!(linked >= 3, "{rows:?}");
    assert!(
        summary.contains(&format!("{linked} entities linked")),
        "{summary}"
    );
    // An index built from a dump excerpt, then `link --store`, twice: the second run adds nothing.
    ok(&[
        "wikidata",
        "index",
        "tests/data/link/entities.json",
        "--out",
        index.to_str().unwrap(),
        "--quiet",
    ]);
    // The index comes with its key table, so `--index` looks up from disk; without the table the index is
    // loaded into memory; both link the same. `wikidata keys` rebuilds the table.
    let keys = tmp.path().join("index.jsonl.keys");
    assert!(keys.is_file());
    let extract_with = |index: &Path| {
        ok(&[
            "extract",
            seed.to_str().unwrap(),
            "--link",
            "offline",
            "--index",
            index.to_str().unwrap(),
        ])
        .stdout
    };
    let from_disk = extract_with(&index);
    let in_memory = tmp.path().join("copy.jsonl");
    std::fs::copy(&index, &in_memory).unwrap();
    assert_eq!(extract_with(&in_memory), from_disk);
    let table = std::fs::read(&keys).unwrap();
    std::fs::remove_file(&keys).unwrap();
    ok(&["wikidata", "keys", index.to_str().unwrap()]);
    assert_eq!(std::fs::read(&keys).unwrap(), table);
    ok(&["load", seed.to_str().unwrap(), "--store", s]);
    assert_eq!(stats(&store)["linked_entities"], 0);
    let first = ok(&["link", "--store", s, "--offline", index.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&first.stderr).contains("5 entities linked"));
    let quads = stats(&store)["quads"].clone();
    assert_eq!(stats(&store)["linked_entities"], 5);
    let second = ok(&["link", "--store", s, "--offline", index.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&second.stderr).contains("0 entities linked"));
    assert_eq!(stats(&store)["quads"], quads);
    // Online with an unreachable endpoint: the extraction is complete, lookups fail with warnings.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let endpoint = format!("http://127.0.0.1:{port}/w/api.php");
    let cache = tmp.path().join("cache");
    let out = ok(&[
        "extract",
        seed.to_str().unwrap(),
        "--link",
        "online",
        "--wikidata-endpoint",
        &endpoint,
        "--wikidata-cache",
        cache.to_str().unwrap(),
        "--wikidata-timeout",
        "1",
        "--wikidata-retries",
        "0",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("warning:") && err.contains("lookup of"),
        "{err}"
    );
    let ex: newsgraph::model::Extraction =
        serde_json::from_slice(&out.stdout).expect("complete extraction");
    assert_eq!(ex.statements.len(), 8);
    assert!(ex.entities.iter().all(|e| e.wikidata.is_none()));
}

/// `run --link online` against the local Wikidata stand-in: the Turtle carries the links; a second run over
/// the same article answers from the cache and sends no request.
#[test]
fn online_linking_from_the_command_line() {
    let server = wikidata_server::Server::start(&root().join("tests/data/link/entities.json"));
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let seed = seed();
    let run = |out: &Path| {
        ok(&[
            "run",
            seed.to_str().unwrap(),
            "--memory",
            "--link",
            "online",
            "--wikidata-endpoint",
            &server.endpoint,
            "--wikidata-cache",
            cache.to_str().unwrap(),
            "--format",
            "nt",
            "--out",
            out.to_str().unwrap(),
        ])
    };
    let first = tmp.path().join("first.nt");
    let out = run(&first);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(err.contains("entities linked"), "{err}");
    assert!(!err.contains("warning:"), "{err}");
    let nt = std::fs::read_to_string(&first).unwrap();
    for q in ["Q159", "Q30", "Q858", "Q71", "Q41183"] {
        assert!(
            nt.contains(&format!(
                "<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/{q}>"
            )),
            "{q} not linked"
        );
    }
    let asked = server.seen().len();
    assert!(asked > 0);
    let second = tmp.path().join("second.nt");
    run(&second);
    assert_eq!(server.seen().len(), asked, "the second run sent requests");
    assert_eq!(
        std::fs::read(&second).unwrap(),
        std::fs::read(&first).unwrap()
    );
}

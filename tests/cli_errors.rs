//! The command line's failures: bad input (cases in `tests/data/cli/errors.tsv`), the locked-store message,
//! records over `--max-article-bytes`, and an output pipe closed early.

mod cli_support;

use cli_support::{newsgraph, ok, root, seed, stats};
use std::process::{Command, Stdio};

#[test]
fn bad_input_gives_clear_errors() {
    let cases =
        std::fs::read_to_string(root().join("tests/data/cli/errors.tsv")).expect("errors.tsv");
    let inputs = root().join("tests/data/cli/inputs");
    let mut failures = Vec::new();
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "errors.tsv: bad line {line:?}");
        let tmp = tempfile::tempdir().unwrap();
        let store = tmp.path().join("store");
        let outdir = tmp.path().join("out");
        std::fs::create_dir(&outdir).unwrap();
        if matches!(cols[0], "loaded" | "locked" | "corrupt") {
            ok(&[
                "load",
                seed().to_str().unwrap(),
                "--store",
                store.to_str().unwrap(),
            ]);
        }
        if cols[0] == "corrupt" {
            std::fs::write(store.join("CURRENT"), "garbage").unwrap();
        }
        // "locked": this process holds the store while the command runs
        let _held = (cols[0] == "locked").then(|| {
            newsgraph::store::GraphStore::open(
                &newsgraph::store::StoreLocation::Disk(store.clone()),
                newsgraph::store::OpenMode::ReadWrite,
            )
            .expect("open")
        });
        let fill = |a: &str| {
            a.replace("{store}", store.to_str().unwrap())
                .replace("{in}", inputs.to_str().unwrap())
                .replace("{out}", outdir.to_str().unwrap())
        };
        // `<FILE` gives the command FILE on stdin
        let mut stdin = None;
        let mut args: Vec<String> = Vec::new();
        for a in cols[1].split(' ') {
            match a.strip_prefix('<') {
                Some(f) => stdin = Some(std::fs::File::open(fill(f)).expect("stdin file")),
                None => args.push(fill(a)),
            }
        }
        let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(&args)
            .env("SOURCE_DATE_EPOCH", "1480982400")
            .current_dir(root())
            .stdin(stdin.map(Stdio::from).unwrap_or_else(Stdio::null))
            .output()
            .expect("run newsgraph");
        let err = String::from_utf8_lossy(&out.stderr);
        if out.status.code() != Some(1) || !err.contains(cols[2]) || err.contains("panicked") {
            failures.push(format!(
                "newsgraph {}: exit {:?}, stderr {err:?}, want {:?}",
                cols[1],
                out.status.code(),
                cols[2]
            ));
        }
        // A failed command writes nothing: no output file, no temporary file.
        let left: Vec<_> = std::fs::read_dir(&outdir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        if !left.is_empty() {
            failures.push(format!("newsgraph {}: left {left:?} in {{out}}", cols[1]));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_store_in_use_is_reported_as_locked() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let held = newsgraph::store::GraphStore::open(
        &newsgraph::store::StoreLocation::Disk(store.clone()),
        newsgraph::store::OpenMode::ReadWrite,
    )
    .expect("open");
    let out = newsgraph(&[
        "load",
        seed().to_str().unwrap(),
        "--store",
        store.to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("locked by another process"), "{err}");
    drop(held);
    ok(&[
        "load",
        seed().to_str().unwrap(),
        "--store",
        store.to_str().unwrap(),
    ]);
}

/// A record over `--max-article-bytes` is reported with its file and line and skipped; the records after it
/// are read (from a file and from stdin, which is streamed), the summary counts it, and the exit status is 1.
#[test]
fn records_over_the_limit_are_skipped_and_counted() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let input = root().join("tests/data/cli/inputs/long-line.jsonl");
    let out = newsgraph(&[
        "load",
        input.to_str().unwrap(),
        "--store",
        store.to_str().unwrap(),
        "--max-article-bytes",
        "300",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("long-line.jsonl:2: record over the limit of 300 bytes"),
        "{err}"
    );
    assert!(err.contains("loaded 2 article(s)"), "{err}");
    assert!(
        err.contains("1 record(s) over --max-article-bytes skipped"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(stats(&store)["articles"], 2);
    // The same on stdin: JSON Lines are streamed line by line; a text article over the limit is skipped.
    let pipe = |input: &[u8]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(["extract", "-", "--max-article-bytes", "300"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let input = input.to_vec();
        let writer = std::thread::spawn(move || {
            use std::io::Write;
            let _ = stdin.write_all(&input);
        });
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        out
    };
    let out = pipe(&std::fs::read(&input).unwrap());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("<stdin>:2: record over the limit"), "{err}");
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
        .collect();
    assert_eq!(ids, ["\"short-1\"", "\"short-3\""]);
    let out = pipe(&vec![b'a'; 100_000]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("<stdin>:1: record over the limit"), "{err}");
    assert!(err.contains("no articles read"), "{err}");
}

/// `newsgraph … | head -c 10`: the command's output is cut short by a closed pipe, which ends it quietly with
/// status 0 (the error's chain holds an I/O error of kind `BrokenPipe`). An error whose *message* merely says
/// "Broken pipe" (here a missing file named so) is an error like any other: status 1 and a message.
#[test]
fn a_closed_pipe_exits_0_silently_but_a_message_saying_broken_pipe_exits_1() {
    use std::io::Read;
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let s = store.to_str().unwrap();
    ok(&["load", seed().to_str().unwrap(), "--store", s]);
    let all = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }";
    let construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";
    let seed = seed();
    let cases: Vec<Vec<&str>> = vec![
        vec!["export", "--store", s, "--format", "nq"],
        vec!["export", "--store", s, "--format", "jsonld"],
        vec![
            "query", "--store", s, "--format", "tsv", "--all", "--sparql", all,
        ],
        vec![
            "query", "--store", s, "--format", "nt", "--sparql", construct,
        ],
        vec!["run", seed.to_str().unwrap(), "--memory", "--format", "nq"],
    ];
    for args in cases {
        // More than a pipe's buffer (64 KiB), so the command is still writing when the reader goes.
        let whole = ok(&args).stdout.len();
        assert!(
            whole > 1 << 16,
            "{args:?}: only {whole} bytes, the pipe would not close early"
        );
        let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(&args)
            .env("SOURCE_DATE_EPOCH", "1480982400")
            .current_dir(root())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run newsgraph");
        let mut first = [0u8; 10];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The read end is dropped here: the pipe is closed, as by `head -c 10`.
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(
            !err.contains("error") && !err.contains("panicked"),
            "{args:?}: {err}"
        );
    }
    let named = tmp.path().join("Broken pipe.txt");
    let out = newsgraph(&["extract", named.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("Broken pipe.txt: No such file"), "{err}");
    // The I/O error is the message's source; it is said once.
    assert_eq!(err.matches("No such file").count(), 1, "{err}");
}

//! Progress on stderr and Ctrl-C: plain progress lines with `--progress` off a terminal, a bar on one,
//! nothing with `--quiet` (the summary always), and a `load` stopped by SIGINT that exits with status 130,
//! says what it committed and leaves a store of whole articles only.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `n` articles with the seed's text under ids gen-00000 …, as JSON Lines: every article graph then has
/// the same number of quads.
fn generate(dir: &Path, n: usize) -> PathBuf {
    let text =
        std::fs::read_to_string(root().join("examples/lavrov-aleppo-2016-12-06.txt")).unwrap();
    let mut lines = String::new();
    for i in 0..n {
        lines.push_str(
            &serde_json::json!({"id": format!("gen-{i:05}"), "published": "2016-12-06", "text": text})
                .to_string(),
        );
        lines.push('\n');
    }
    let path = dir.join("generated.jsonl");
    std::fs::write(&path, lines).unwrap();
    path
}

fn newsgraph(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    cmd.args(args).current_dir(root());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run newsgraph")
}

fn progress_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("newsgraph load: ") && l.contains("/s"))
        .collect()
}

/// Runs `cmd` with stderr piped, presses Ctrl-C (SIGINT) once it has printed a line starting with
/// `prefix`, and returns its exit status and everything it printed on stderr.
fn interrupt_after(mut cmd: Command, prefix: &str) -> (std::process::ExitStatus, String) {
    let mut child = cmd.stderr(Stdio::piped()).spawn().unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "ended before printing {prefix:?}: {seen}"
        );
        seen.push_str(&line);
        if line.starts_with(prefix) {
            break;
        }
    }
    let kill = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    seen.push_str(&rest);
    (child.wait().unwrap(), seen)
}

#[test]
fn progress_lines_with_progress_none_without_and_none_with_quiet() {
    let tmp = tempfile::tempdir().unwrap();
    let input = generate(tmp.path(), 300);
    let input = input.to_str().unwrap();
    let run = |flag: Option<&str>, store: &str| {
        let store = tmp.path().join(store);
        let mut args = vec!["load", input, "--store", store.to_str().unwrap()];
        args.extend(flag);
        let out = newsgraph(&args, &[("NEWSGRAPH_PROGRESS_INTERVAL", "0")]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).unwrap()
    };
    let err = run(Some("--progress"), "a");
    let lines = progress_lines(&err);
    // a line per batch of 256 articles and one at the end, each with done/total, percentage, rate, ETA
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("newsgraph load: 256/300 articles (85.3%), "),
        "{err}"
    );
    assert!(
        lines[1].starts_with("newsgraph load: 300/300 articles (100.0%), "),
        "{err}"
    );
    assert!(
        lines
            .iter()
            .all(|l| l.contains("/s, ETA ") && l.ends_with(" s")),
        "{err}"
    );
    assert!(err.contains("newsgraph: loaded 300 article(s)"), "{err}");
    for (flag, store) in [(None, "b"), (Some("--quiet"), "c")] {
        let err = run(flag, store);
        assert!(progress_lines(&err).is_empty(), "{flag:?}: {err}");
        assert!(
            err.contains("newsgraph: loaded 300 article(s)"),
            "{flag:?}: {err}"
        );
    }
}

#[test]
fn a_bar_on_a_terminal_but_not_with_quiet() {
    let have_script = Command::new("sh")
        .args(["-c", "command -v script"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !have_script {
        eprintln!("skipped: no `script` (util-linux) for a pseudo-terminal");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let input = generate(tmp.path(), 300);
    let on_tty = |extra: &str, store: &str| {
        let cmd = format!(
            "{} load {} --store {} {extra}",
            env!("CARGO_BIN_EXE_newsgraph"),
            input.display(),
            tmp.path().join(store).display()
        );
        let out = Command::new("script")
            .args(["-qec", &cmd, "/dev/null"])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let shown = on_tty("", "a");
    // indicatif's bar: the template's text with done/total, drawn with cursor control
    assert!(
        shown.contains("newsgraph load: [") && shown.contains("/300 articles"),
        "{shown:?}"
    );
    assert!(
        shown.contains("newsgraph: loaded 300 article(s)"),
        "{shown:?}"
    );
    let quiet = on_tty("--quiet", "b");
    assert!(!quiet.contains("newsgraph load: ["), "{quiet:?}");
    assert!(
        quiet.contains("newsgraph: loaded 300 article(s)"),
        "{quiet:?}"
    );
}

// Over 80 lines: one scenario read top to bottom, each step checking what the steps before it left;
// split, the steps would hand its state around and the story would be harder to follow.
#[test]
fn ctrl_c_stops_a_load_at_an_article_boundary() {
    let tmp = tempfile::tempdir().unwrap();
    let input = generate(tmp.path(), 700);
    let store = tmp.path().join("store");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    cmd.args([
        "load",
        input.to_str().unwrap(),
        "--store",
        store.to_str().unwrap(),
        "--progress",
    ])
    .env("NEWSGRAPH_PROGRESS_INTERVAL", "0")
    .current_dir(root());
    // Ctrl-C once the first batch is committed.
    let (status, seen) = interrupt_after(cmd, "newsgraph load: ");
    assert_eq!(status.code(), Some(130), "{seen}");
    assert!(
        seen.contains("Ctrl-C: stopping after the article in hand"),
        "{seen}"
    );
    let summary = seen
        .lines()
        .find(|l| l.starts_with("newsgraph: loaded "))
        .unwrap_or_else(|| panic!("no summary: {seen}"));
    assert!(summary.contains("interrupted by Ctrl-C"), "{summary}");
    let committed: usize = summary["newsgraph: loaded ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!((256..700).contains(&committed), "{summary}");
    assert!(!seen.contains("panicked"), "{seen}");
    // the store opens, holds exactly the articles the summary counted, each whole: every article graph
    // has as many quads as the same article loaded on its own
    let out = newsgraph(
        &["stats", "--store", store.to_str().unwrap(), "--json"],
        &[],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["articles"], committed as u64);
    let one = tmp.path().join("one");
    let first = tmp.path().join("first.jsonl");
    let text = std::fs::read_to_string(&input).unwrap();
    std::fs::write(&first, text.lines().next().unwrap()).unwrap();
    assert!(
        newsgraph(
            &[
                "load",
                first.to_str().unwrap(),
                "--store",
                one.to_str().unwrap()
            ],
            &[]
        )
        .status
        .success()
    );
    let sizes = |store: &Path| {
        let out = newsgraph(
            &[
                "query",
                "--store",
                store.to_str().unwrap(),
                "-f",
                "tsv",
                "--sparql",
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '/graph/gen-')) } GROUP BY ?g",
            ],
            &[],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .skip(1)
            .map(|l| l.split('\t').nth(1).unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let whole = sizes(&one);
    assert_eq!(whole.len(), 1);
    let graphs = sizes(&store);
    assert_eq!(graphs.len(), committed);
    assert!(
        graphs.iter().all(|n| *n == whole[0]),
        "an article graph is not whole"
    );
}

/// `link` stopped by SIGINT exits with 130 between article graphs, says what it committed, and a second
/// `link` finishes the work: the store then has the same unlinked entities as one uninterrupted run.
#[test]
fn ctrl_c_stops_link_between_graphs_and_a_rerun_finishes() {
    let tmp = tempfile::tempdir().unwrap();
    let input = generate(tmp.path(), 1000);
    let input = input.to_str().unwrap();
    let (stopped, whole) = (tmp.path().join("stopped"), tmp.path().join("whole"));
    for store in [&stopped, &whole] {
        let out = newsgraph(&["load", input, "--store", store.to_str().unwrap()], &[]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let link = |store: &Path| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
        cmd.args(["link", "--store", store.to_str().unwrap()])
            .args(["--offline", "starter", "--progress"])
            .env("NEWSGRAPH_PROGRESS_INTERVAL", "0")
            .current_dir(root());
        cmd
    };
    let (status, seen) = interrupt_after(link(&stopped), "newsgraph link: ");
    assert_eq!(status.code(), Some(130), "{seen}");
    assert!(
        seen.contains("newsgraph link: stopped by Ctrl-C after "),
        "{seen}"
    );
    assert!(!seen.contains("panicked"), "{seen}");
    for store in [&stopped, &whole] {
        let out = link(store).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let unlinked = |store: &Path| {
        let out = newsgraph(
            &[
                "query",
                "unlinked-entities",
                "--all",
                "--store",
                store.to_str().unwrap(),
                "--format",
                "tsv",
            ],
            &[],
        );
        assert!(out.status.success());
        out.stdout
    };
    assert_eq!(unlinked(&stopped), unlinked(&whole));
}

/// `wikidata index` prints plain progress lines with `--progress` off a terminal, and Ctrl-C stops it with
/// exit status 130, no index and no temporary file left.
#[test]
fn wikidata_index_lines_and_ctrl_c() {
    let tmp = tempfile::tempdir().unwrap();
    let small = root().join("tests/data/link/entities.json");
    let out = tmp.path().join("small.jsonl");
    let done = newsgraph(
        &[
            "wikidata",
            "index",
            small.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--progress",
        ],
        &[("NEWSGRAPH_PROGRESS_INTERVAL", "0")],
    );
    let err = String::from_utf8_lossy(&done.stderr);
    assert!(done.status.success(), "{err}");
    assert!(
        err.lines().any(
            |l| l.starts_with("newsgraph wikidata index: ") && l.ends_with("writing the index")
        ),
        "{err}"
    );
    assert!(out.exists());

    // A dump big enough to be stopped while it is read.
    let big_dir = tmp.path().join("big");
    std::fs::create_dir_all(&big_dir).unwrap();
    let dump = big_dir.join("dump.json");
    let mut text = String::from("[\n");
    for i in 1..=300_000u32 {
        text.push_str(&format!(
            "{{\"type\": \"item\", \"id\": \"Q{i}\", \"labels\": {{\"en\": {{\"language\": \"en\", \"value\": \"Name {i}\"}}}}, \"claims\": {{}}}},\n"
        ));
    }
    text.push_str("]\n");
    std::fs::write(&dump, text).unwrap();
    let index = big_dir.join("index.jsonl");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    cmd.args(["wikidata", "index", dump.to_str().unwrap(), "--out"])
        .arg(&index)
        .args(["--progress", "--class-depth", "0"])
        .env("NEWSGRAPH_PROGRESS_INTERVAL", "0")
        .current_dir(root());
    let (status, rest) = interrupt_after(cmd, "newsgraph wikidata index: ");
    assert_eq!(
        status.code(),
        Some(130),
        "{}",
        rest.lines().rev().take(3).collect::<Vec<_>>().join("\n")
    );
    assert!(
        rest.contains("stopped by Ctrl-C; no index written"),
        "{}",
        rest.lines().rev().take(3).collect::<Vec<_>>().join("\n")
    );
    let left: Vec<String> = std::fs::read_dir(&big_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, vec!["dump.json".to_string()], "only the dump is left");
}

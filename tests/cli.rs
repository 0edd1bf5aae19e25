//! The command line end to end: the main job on the seed, determinism, replacement on re-load, removal,
//! extraction, queries, eval, the store round trip and `run --serve`. Bad input and failures are in
//! `tests/cli_errors.rs`, linking in `tests/cli_link.rs`, the shared helpers in `tests/cli_support/`.

mod cli_support;

mod rdfcmp;

use cli_support::{newsgraph, ok, root, seed, stats};
use std::process::{Command, Output, Stdio};

#[test]
fn run_on_the_seed_writes_turtle_that_parses_and_is_deterministic() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a.ttl");
    let b = tmp.path().join("b.ttl");
    let seed = seed();
    ok(&[
        "run",
        seed.to_str().unwrap(),
        "--memory",
        "--out",
        a.to_str().unwrap(),
    ]);
    ok(&[
        "run",
        seed.to_str().unwrap(),
        "--memory",
        "--out",
        b.to_str().unwrap(),
    ]);
    let ta = std::fs::read_to_string(&a).unwrap();
    assert_eq!(ta, std::fs::read_to_string(&b).unwrap(), "two runs differ");
    let g = rdfcmp::parse_turtle(&ta, "run output");
    assert!(g.len() > 300, "only {} triples", g.len());
    // Grouped subjects: far fewer subject blocks than triples.
    assert!(
        ta.matches(" .\n").count() * 3 < g.len(),
        "Turtle is not grouped"
    );
    for needle in [
        "ng:DirectQuote",
        "ng:ReportedSpeech",
        "ng:Agreement",
        "prov:startedAtTime",
    ] {
        assert!(ta.contains(needle), "output lacks {needle}");
    }
}

#[test]
fn reloading_replaces_an_article_instead_of_duplicating_it() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let s = store.to_str().unwrap();
    let seed = seed();
    ok(&["load", seed.to_str().unwrap(), "--store", s]);
    let first = stats(&store);
    ok(&["load", seed.to_str().unwrap(), "--store", s]);
    let second = stats(&store);
    assert_eq!(first["articles"], 1);
    assert_eq!(first["statements"], second["statements"]);
    assert_eq!(first["entities"], second["entities"]);
    // The article graph is identical; only the runs graph gains a second run (same time here, same IRI).
    assert_eq!(first["quads"], second["quads"]);
    // An extraction JSON of the same article replaces it too.
    let json = tmp.path().join("seed.jsonl");
    let out = ok(&["extract", seed.to_str().unwrap()]);
    std::fs::write(&json, &out.stdout).unwrap();
    ok(&["load", json.to_str().unwrap(), "--store", s]);
    assert_eq!(stats(&store)["quads"], first["quads"]);
}

#[test]
fn removing_an_article_leaves_no_entity_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let s = store.to_str().unwrap();
    let seed = seed();
    ok(&["load", seed.to_str().unwrap(), "--store", s]);
    assert!(stats(&store)["entities"].as_u64().unwrap() > 0);
    // An unknown id is an error naming it; nothing is removed.
    let out = newsgraph(&["remove", "no-such-article", "--store", s]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-article"));
    ok(&["remove", "lavrov-aleppo-2016-12-06", "--store", s]);
    let after = stats(&store);
    assert_eq!(after["articles"], 0);
    assert_eq!(
        after["entities"], 0,
        "the shared facts went with their only article"
    );
    assert_eq!(after["statements"], 0);
    // What remains is the runs graph only.
    let rest = ok(&["export", "--store", s, "--format", "nq"]);
    let text = String::from_utf8(rest.stdout).unwrap();
    assert!(
        text.lines()
            .all(|l| l.ends_with("<https://w3id.org/newsgraph/data/graph/runs> .")),
        "{text}"
    );
}

#[test]
fn loading_a_directory_skips_the_wikidata_cache() {
    // `newsgraph load .` where a linking run left its reply cache (`.json` files that are not articles).
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("corpus");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(seed(), dir.join("lavrov-aleppo-2016-12-06.txt")).unwrap();
    let cache = dir.join("newsgraph-cache/wikidata");
    newsgraph::link::cache::Cache::open(&cache).unwrap();
    std::fs::write(
        cache.join("0123abcd.json"),
        r#"{"searchinfo": {}, "search": []}"#,
    )
    .unwrap();
    let store = tmp.path().join("store");
    ok(&[
        "load",
        dir.to_str().unwrap(),
        "--store",
        store.to_str().unwrap(),
    ]);
    assert_eq!(stats(&store)["articles"], 1);
}

#[test]
fn extract_writes_the_contract_with_exact_offsets() {
    let out = ok(&["extract", seed().to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    let ex: newsgraph::model::Extraction =
        serde_json::from_str(text.lines().next().unwrap()).expect("contract JSON");
    assert_eq!(ex.id, "lavrov-aleppo-2016-12-06");
    assert_eq!(
        ex.published.as_deref(),
        Some("2016-12-06"),
        "date from the file name"
    );
    let chars: Vec<char> = ex.text.chars().collect();
    for e in &ex.entities {
        for m in &e.mentions {
            let slice: String = chars[m.start..m.end].iter().collect();
            assert_eq!(Some(slice.as_str()), m.text.as_deref());
        }
    }
    for s in &ex.statements {
        let slice: String = chars[s.start..s.end].iter().collect();
        assert_eq!(slice, s.text);
    }
}

#[test]
fn stdin_and_base_iri() {
    let text = std::fs::read(seed()).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args([
            "run",
            "-",
            "--memory",
            "--published",
            "2016-12-06",
            "--base-iri",
            "https://example.org/kg/",
            "--format",
            "nt",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(&text).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let nt = String::from_utf8(out.stdout).unwrap();
    let g = rdfcmp::parse_ntriples(&nt, "stdin run");
    assert!(g.len() > 300);
    assert!(nt.contains("<https://example.org/kg/article/stdin>"));
    assert!(!nt.contains("https://w3id.org/newsgraph/data/"));
}

/// A bundled query answers one page (100 rows unless `--limit`/`--offset` say otherwise) and says on stderr
/// when more rows follow; `--all` gives every row; an ad-hoc query is paged only when asked.
#[test]
fn bundled_queries_answer_one_page_at_a_time() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let s = store.to_str().unwrap();
    ok(&["load", seed().to_str().unwrap(), "--store", s]);
    let lines = |o: &Output| -> Vec<String> {
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(str::to_string)
            .collect()
    };
    let all = ok(&["query", "mentions", "--all", "--store", s, "-f", "tsv"]);
    let every = lines(&all);
    assert!(
        every.len() > 8,
        "the seed has more mentions than one small page"
    );
    assert!(!String::from_utf8_lossy(&all.stderr).contains("more follow"));
    let page = ok(&[
        "query", "mentions", "--store", s, "-f", "tsv", "--limit", "3", "--offset", "2",
    ]);
    assert_eq!(lines(&page)[0], every[0], "the header");
    assert_eq!(lines(&page)[1..], every[3..6], "rows 3 to 5");
    let note = String::from_utf8_lossy(&page.stderr);
    assert!(
        note.contains("rows 3–5 shown") && note.contains("--offset 5"),
        "{note}"
    );
    let last = ok(&[
        "query",
        "mentions",
        "--store",
        s,
        "-f",
        "tsv",
        "--offset",
        &(every.len() - 3).to_string(),
    ]);
    assert_eq!(lines(&last)[1..], every[every.len() - 2..], "the last page");
    assert!(!String::from_utf8_lossy(&last.stderr).contains("more follow"));
    let sparql =
        "SELECT ?s WHERE { ?s a <https://w3id.org/newsgraph/ontology#Mention> } ORDER BY ?s";
    let adhoc = ok(&["query", "--sparql", sparql, "--store", s, "-f", "tsv"]);
    assert!(
        lines(&adhoc).len() > 8,
        "ad-hoc queries are not paged by default"
    );
    let out = newsgraph(&["query", "mentions", "--all", "--limit", "5", "--store", s]);
    assert_eq!(out.status.code(), Some(2), "--all and --limit conflict");
}

#[test]
fn query_list_shows_every_bundled_query() {
    let out = ok(&["query", "--list"]);
    let text = String::from_utf8(out.stdout).unwrap();
    for q in newsgraph::query::bundled() {
        assert!(text.contains(&q.name), "--list lacks {}", q.name);
    }
}

/// `newsgraph eval` prints what the reference scorer prints for the same extraction.
#[test]
fn eval_command_agrees_with_the_reference_scorer() {
    let shared = root().join("../shared");
    let gold = shared.join("corpus/dev/gold");
    let articles = shared.join("corpus/dev/articles.jsonl");
    let scorer = shared.join("eval/score.py");
    if !gold.is_dir() || !articles.is_file() || !scorer.is_file() {
        eprintln!("skipped: ../shared/corpus/dev or ../shared/eval/score.py not present");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let preds = tmp.path().join("preds.jsonl");
    let out = ok(&[
        "extract",
        articles.to_str().unwrap(),
        "--out",
        preds.to_str().unwrap(),
    ]);
    assert!(out.stdout.is_empty());
    let ours = ok(&[
        "eval",
        gold.to_str().unwrap(),
        preds.to_str().unwrap(),
        "--json",
    ]);
    let ours: serde_json::Value = serde_json::from_slice(&ours.stdout).expect("eval --json");
    // Extracting on the fly gives the same scores as scoring the extraction file.
    let direct = ok(&[
        "eval",
        gold.to_str().unwrap(),
        articles.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(
        ours,
        serde_json::from_slice::<serde_json::Value>(&direct.stdout).unwrap()
    );
    let py = Command::new("python3")
        .arg(&scorer)
        .arg(&gold)
        .arg(&preds)
        .arg("--json")
        .output();
    match py {
        Ok(py) if py.status.success() => {
            let reference: serde_json::Value =
                serde_json::from_slice(&py.stdout).expect("score.py --json");
            assert_eq!(ours, reference, "newsgraph eval and score.py disagree");
        }
        _ => eprintln!("skipped the comparison: python3 could not run score.py"),
    }
}

/// What comes out of the store is what was mapped: the same graph as mapping the extraction directly
/// (datatypes included: the store reads xsd:nonNegativeInteger back as xsd:integer, and export restores it).
#[test]
fn store_round_trip_keeps_the_mapped_graph() {
    let tmp = tempfile::tempdir().unwrap();
    let json = tmp.path().join("seed.jsonl");
    let store = tmp.path().join("store");
    let s = store.to_str().unwrap();
    let out = ok(&[
        "extract",
        seed().to_str().unwrap(),
        "--out",
        json.to_str().unwrap(),
    ]);
    assert!(out.stdout.is_empty());
    let direct = ok(&["export", "--from", json.to_str().unwrap(), "--format", "nt"]);
    ok(&["load", json.to_str().unwrap(), "--store", s]);
    let graph = "https://w3id.org/newsgraph/data/graph/lavrov-aleppo-2016-12-06";
    let stored = ok(&["export", "--store", s, "--graph", graph, "--format", "nt"]);
    // The article's facts about entities live in the shared entities graph.
    let shared = "https://w3id.org/newsgraph/data/graph/shared/entities";
    let stored_shared = ok(&["export", "--store", s, "--graph", shared, "--format", "nt"]);
    let direct = String::from_utf8(direct.stdout).unwrap();
    assert!(direct.contains("XMLSchema#nonNegativeInteger>"));
    let stored_text = String::from_utf8(stored.stdout).unwrap()
        + &String::from_utf8(stored_shared.stdout).unwrap();
    // The loaded graph also says which run made it; everything else is identical.
    let stored_lines: Vec<&str> = stored_text
        .lines()
        .filter(|l| !l.starts_with(&format!("<{graph}>")))
        .collect();
    let want = rdfcmp::parse_ntriples(&direct, "export --from");
    let got = rdfcmp::parse_ntriples(&stored_lines.join("\n"), "export --store");
    rdfcmp::assert_isomorphic(&got, &want, "store round trip");
}

/// `run --serve`: text to a served graph in one command. The server prints its URL, answers `/health`
/// and the bundled queries over the graph just built, and writes no Turtle to stdout.
#[test]
fn run_with_serve_serves_the_graph_just_built() {
    use std::io::{BufRead, BufReader, Read};
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["run", seed().to_str().unwrap(), "--store"])
        .arg(&store)
        .args(["--serve", "--bind", "127.0.0.1:0"])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start newsgraph run --serve");
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let base = loop {
        let Some(line) = lines.next() else {
            let _ = child.kill();
            panic!("run --serve ended before serving");
        };
        let line = line.unwrap();
        if let Some(rest) = line.split("serving the graph at ").nth(1) {
            break rest
                .split_whitespace()
                .next()
                .unwrap()
                .trim_end_matches('/')
                .to_string();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    let http = reqwest::blocking::Client::builder()
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .unwrap();
    let health: serde_json::Value = http
        .get(format!("{base}/health"))
        .send()
        .and_then(|r| r.error_for_status())
        .and_then(|r| r.json())
        .expect("GET /health");
    let page = http.get(format!("{base}/")).send().unwrap();
    let statements: serde_json::Value = http
        .get(format!("{base}/queries/who-said-what"))
        .header("Accept", "application/sparql-results+json")
        .send()
        .and_then(|r| r.error_for_status())
        .and_then(|r| r.json())
        .expect("GET /queries/who-said-what");
    let _ = child.kill();
    let _ = child.wait();
    let mut stdout = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    assert_eq!(health["status"], "ok", "{health}");
    assert_eq!(health["writable"], false, "{health}");
    assert!(
        page.status().is_success(),
        "GET / answered {}",
        page.status()
    );
    let rows = statements["results"]["bindings"].as_array().unwrap().len();
    assert!(rows > 0, "no statements served: {statements}");
    assert!(
        stdout.is_empty(),
        "run --serve without --out wrote to stdout"
    );
}

/// A new store may be named under directories that do not exist yet.
#[test]
fn a_new_store_gets_its_parent_directories() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("a/b/c/store");
    ok(&[
        "load",
        seed().to_str().unwrap(),
        "--store",
        store.to_str().unwrap(),
    ]);
    assert!(stats(&store)["articles"].as_u64().unwrap() >= 1);
}

/// A store written before the sort names existed (here: its sort names deleted) answers `mentions` with
/// nothing until they are rebuilt: `query` says so and names `recount`, and after `recount` the rows are
/// back, as a fresh load gives them.
#[test]
fn a_store_without_sort_names_is_told_to_recount() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let s = store.to_str().unwrap();
    ok(&["load", seed().to_str().unwrap(), "--store", s]);
    let fresh = ok(&["query", "mentions", "--store", s, "--format", "tsv"]);
    assert!(
        String::from_utf8_lossy(&fresh.stdout).lines().count() > 1,
        "mentions of the seed"
    );
    assert!(!String::from_utf8_lossy(&fresh.stderr).contains("recount"));
    {
        let st = oxigraph::store::Store::open(&store).unwrap();
        let sort_name =
            oxigraph::model::NamedNode::new("https://w3id.org/newsgraph/ontology#sortName")
                .unwrap();
        let quads: Vec<_> = st
            .quads_for_pattern(None, Some(sort_name.as_ref()), None, None)
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(!quads.is_empty());
        for q in &quads {
            st.remove(q).unwrap();
        }
    }
    let old = ok(&["query", "mentions", "--store", s, "--format", "tsv"]);
    let err = String::from_utf8_lossy(&old.stderr);
    assert!(err.contains("newsgraph recount --store"), "{err}");
    // Queries that do not read the kept values say nothing.
    let other = ok(&["query", "who-said-what", "--store", s, "--format", "tsv"]);
    assert!(!String::from_utf8_lossy(&other.stderr).contains("recount"));
    ok(&["recount", "--store", s]);
    let again = ok(&["query", "mentions", "--store", s, "--format", "tsv"]);
    assert_eq!(again.stdout, fresh.stdout);
    assert!(!String::from_utf8_lossy(&again.stderr).contains("recount"));
}

/// `load --commit-quads N` commits the bulk loader every N quads (here many times in one load of 100
/// articles, the seed under distinct ids): the store holds exactly what a load with the default interval
/// gives, and a zero interval is a usage error.
#[test]
fn load_with_a_small_commit_interval_gives_the_default_store() {
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(seed()).unwrap();
    let mut corpus = String::new();
    for i in 0..100 {
        corpus += &serde_json::json!({ "id": format!("commit-{i:03}"), "text": text }).to_string();
        corpus.push('\n');
    }
    let input = tmp.path().join("corpus.jsonl");
    std::fs::write(&input, corpus).unwrap();
    let dump = |name: &str, extra: &[&str]| {
        let store = tmp.path().join(name);
        let mut args = vec!["--quiet", "load", input.to_str().unwrap()];
        args.extend(["--store", store.to_str().unwrap()]);
        args.extend(extra);
        ok(&args);
        let out = tmp.path().join(format!("{name}.nq"));
        ok(&[
            "--quiet",
            "export",
            "--store",
            store.to_str().unwrap(),
            "--format",
            "nq",
            "--out",
            out.to_str().unwrap(),
        ]);
        let mut lines: Vec<String> = std::fs::read_to_string(&out)
            .unwrap()
            .lines()
            .filter(|l| !l.contains("/graph/runs>"))
            .map(str::to_string)
            .collect();
        lines.sort();
        lines
    };
    let default = dump("default", &[]);
    assert!(default.len() > 10_000, "only {} quads", default.len());
    assert_eq!(dump("small", &["--commit-quads", "500"]), default);
    let zero = newsgraph(&["load", input.to_str().unwrap(), "--commit-quads", "0"]);
    assert_eq!(zero.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&zero.stderr).contains("--commit-quads"));
}

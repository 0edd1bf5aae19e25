//! `newsgraph serve` over real HTTP (reqwest against the binary on a loopback port): the SPARQL 1.1
//! Protocol, Graph Store reads and writes, the bundled queries (answers equal to the CLI's), limits and
//! refusals (cases in `tests/data/serve/requests.tsv`), and real SPARQL clients (SPARQLWrapper and rdflib's
//! SPARQLStore, `tests/serve/clients.py`).

mod served;
use served::serve;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn newsgraph(args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run newsgraph");
    assert!(
        out.status.success(),
        "newsgraph {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A store holding the seed article.
fn seed_store(dir: &Path) -> PathBuf {
    let store = dir.join("store");
    newsgraph(&[
        "load",
        "examples/lavrov-aleppo-2016-12-06.txt",
        "--store",
        store.to_str().unwrap(),
    ]);
    store
}

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(60))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn unescape(s: &str) -> String {
    s.replace("\\t", "\t").replace("\\n", "\n")
}

// Over 80 lines: the checks of one case, in the order of the case format; split, one would jump between
// helpers to see how a case is judged.
#[test]
fn protocol_cases_from_file() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seed_store(tmp.path());
    let rw_store = tmp.path().join("rw-store");
    newsgraph(&[
        "load",
        "examples/lavrov-aleppo-2016-12-06.txt",
        "--store",
        rw_store.to_str().unwrap(),
    ]);
    let token = tmp.path().join("token");
    std::fs::write(&token, "s3cret-test-token\n").unwrap();
    let ro = serve(&store, &[]);
    let capped = serve(&store, &["--max-rows", "3"]);
    let rw = serve(
        &rw_store,
        &["--writable", "--token-file", token.to_str().unwrap()],
    );
    let http = client();
    let cases = std::fs::read_to_string(root().join("tests/data/serve/requests.tsv")).unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in cases.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        n += 1;
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 10, "requests.tsv:{}: 10 columns expected", i + 1);
        let server = match c[0] {
            "ro" => &ro,
            "capped" => &capped,
            "rw" => &rw,
            other => panic!("requests.tsv:{}: unknown server {other}", i + 1),
        };
        let method = reqwest::Method::from_bytes(c[1].as_bytes()).unwrap();
        let mut req = http.request(method, format!("{}{}", server.base, c[2]));
        if c[3] != "-" {
            req = req.header("Content-Type", c[3]);
        }
        if c[4] != "-" {
            req = req.header("Accept", c[4]);
        }
        if c[5] != "-" {
            req = req.body(unescape(c[5]));
        }
        if c[6] != "-" {
            req = req.bearer_auth(c[6]);
        }
        let resp = req.send().expect("request");
        let status = resp.status().as_u16().to_string();
        let ctype = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let truncated = resp.headers().contains_key("x-newsgraph-truncated");
        let body = resp.text().unwrap_or_default();
        let mut why = Vec::new();
        if status != c[7] {
            why.push(format!("status {status}, expected {}", c[7]));
        }
        if c[8] != "-" && !ctype.starts_with(c[8]) {
            why.push(format!("content-type {ctype:?}, expected {}", c[8]));
        }
        if c[9] != "-" && !body.contains(c[9]) {
            why.push(format!("body lacks {:?}", c[9]));
        }
        if c[0] == "capped" && (!truncated || body.lines().count() != 4) {
            why.push(format!(
                "expected 3 rows and X-Newsgraph-Truncated, got {} lines (truncated: {truncated})",
                body.lines().count()
            ));
        }
        if c[7].starts_with('4') || c[7].starts_with('5') {
            // Errors are one readable line of text, never an empty body.
            if c[9] != "-" && body.trim().is_empty() {
                why.push("empty error body".into());
            }
        }
        if !why.is_empty() {
            failures.push(format!(
                "requests.tsv:{} {} {}: {} — body: {}",
                i + 1,
                c[1],
                c[2],
                why.join("; "),
                body.chars().take(300).collect::<String>()
            ));
        }
    }
    assert!(n > 40, "only {n} cases read");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn bundled_queries_answer_as_the_cli_does() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seed_store(tmp.path());
    let server = serve(&store, &[]);
    let http = client();
    let calls: &[(&str, &[(&str, &str)])] = &[
        ("actor-network", &[]),
        ("actors-roles", &[]),
        ("actors-roles", &[("type", "Person")]),
        ("agreements", &[]),
        ("mentions", &[("name", "Lavrov")]),
        ("places", &[]),
        ("statements-about-place", &[("place", "Aleppo")]),
        ("statements-by-actor", &[("name", "Lavrov")]),
        ("timeline", &[("from", "2016-12-04")]),
        ("unlinked-entities", &[]),
        ("who-said-what", &[]),
    ];
    for (name, params) in calls {
        for format in ["tsv", "csv", "json"] {
            let mut args = vec![
                "query".to_string(),
                name.to_string(),
                "--all".into(),
                "--store".into(),
                store.display().to_string(),
                "--format".into(),
                format.into(),
            ];
            for (k, v) in *params {
                args.push("--param".into());
                args.push(format!("{k}={v}"));
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let cli = newsgraph(&args).stdout;
            let mut url = reqwest::Url::parse(&format!("{}/queries/{name}", server.base)).unwrap();
            url.query_pairs_mut().extend_pairs(params.iter());
            url.query_pairs_mut().append_pair("format", format);
            let resp = http.get(url).send().unwrap();
            assert_eq!(resp.status().as_u16(), 200, "{name} {params:?}");
            let served = resp.bytes().unwrap();
            assert!(
                served.as_ref() == cli.as_slice(),
                "{name} {params:?} as {format}: the server's answer differs from `newsgraph query`:\n{}\n---\n{}",
                String::from_utf8_lossy(&served),
                String::from_utf8_lossy(&cli)
            );
        }
    }
}

/// `?limit=N&offset=M` pages a bundled query as `newsgraph query --limit N --offset M` does (without them
/// every row comes back); a limit that is not a number is a 400.
#[test]
fn bundled_queries_page_as_the_cli_does() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seed_store(tmp.path());
    let server = serve(&store, &[]);
    let http = client();
    for (name, limit, offset) in [
        ("mentions", "3", "2"),
        ("timeline", "2", "0"),
        ("who-said-what", "4", "5"),
    ] {
        let s = store.display().to_string();
        let cli = newsgraph(&[
            "query", name, "--store", &s, "--format", "tsv", "--limit", limit, "--offset", offset,
        ])
        .stdout;
        let url = format!(
            "{}/queries/{name}?format=tsv&limit={limit}&offset={offset}",
            server.base
        );
        let resp = http.get(url).send().unwrap();
        assert_eq!(resp.status().as_u16(), 200, "{name}");
        assert_eq!(
            String::from_utf8_lossy(&resp.bytes().unwrap()),
            String::from_utf8_lossy(&cli),
            "{name} rows {offset}+{limit}"
        );
    }
    let resp = http
        .get(format!("{}/queries/mentions?limit=lots", server.base))
        .send()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    assert!(
        resp.text()
            .unwrap()
            .contains("`limit` must be a whole number")
    );
}

#[test]
fn concurrency_limit_answers_503_not_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seed_store(tmp.path());
    // One query slot and no queue: of many simultaneous requests, some must be refused with 503 and
    // Retry-After, and every other one must succeed.
    let server = serve(&store, &["--max-concurrent", "1", "--queue-wait-ms", "0"]);
    let base = server.base.clone();
    let handles: Vec<_> = (0..16)
        .map(|_| {
            let base = base.clone();
            std::thread::spawn(move || {
                let resp = client()
                    .get(format!("{base}/queries/actor-network?format=csv"))
                    .send()
                    .unwrap();
                (
                    resp.status().as_u16(),
                    resp.headers().contains_key("retry-after"),
                )
            })
        })
        .collect();
    let results: Vec<(u16, bool)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    for (status, retry) in &results {
        assert!(
            *status == 200 || (*status == 503 && *retry),
            "unexpected answer {status} (retry-after: {retry})"
        );
    }
    assert!(results.iter().any(|(s, _)| *s == 200));
}

#[test]
fn body_limit_and_timeout() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seed_store(tmp.path());
    let server = serve(&store, &["--max-body", "1000", "--timeout", "1"]);
    let http = client();
    let big = format!("SELECT * WHERE {{ ?s ?p ?o }} # {}", "x".repeat(5000));
    let resp = http
        .post(format!("{}/sparql", server.base))
        .header("Content-Type", "application/sparql-query")
        .body(big)
        .send()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 413);
    // A query that reads the store for much longer than a second: a cross product of all triples, four
    // times over.
    let slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    let started = std::time::Instant::now();
    let resp = http
        .post(format!("{}/sparql", server.base))
        .header("Content-Type", "application/sparql-query")
        .body(slow)
        .send()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 503);
    assert!(resp.text().unwrap().contains("ran out of time"));
    assert!(started.elapsed() < Duration::from_secs(30));
    // The server still answers afterwards.
    let resp = http.get(format!("{}/health", server.base)).send().unwrap();
    assert_eq!(resp.status().as_u16(), 200);
}

#[test]
fn writable_needs_a_token_file() {
    let tmp = tempfile::tempdir().unwrap();
    let store = seed_store(tmp.path());
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["serve", "--store", store.to_str().unwrap(), "--writable"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "clap usage error expected");
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args([
            "serve",
            "--store",
            tmp.path().join("none").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no store here"));
}

#[test]
fn real_sparql_clients() {
    let python = Command::new("python3")
        .args(["-c", "import SPARQLWrapper, rdflib"])
        .output();
    let available = python.map(|o| o.status.success()).unwrap_or(false);
    if !available {
        assert!(
            std::env::var_os("NEWSGRAPH_REQUIRE_PYTHON_CHECKS").is_none(),
            "SPARQLWrapper and rdflib are required (scripts/setup.sh installs them)"
        );
        eprintln!("skipped: python3 with SPARQLWrapper and rdflib not found");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let store = seed_store(tmp.path());
    let server = serve(&store, &[]);
    let out = Command::new("python3")
        .arg(root().join("tests/serve/clients.py"))
        .arg(&server.base)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "tests/serve/clients.py failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

// Over 80 lines: one scenario read top to bottom, each step checking what the steps before it left;
// split, the steps would hand its state around and the story would be harder to follow.
#[test]
fn push_into_a_writable_server() {
    // `newsgraph push` against `newsgraph serve --writable`: Graph Store PUT/POST in small batches, then
    // SPARQL Update; both leave the target with the source's graphs exactly; no token, 401 and exit 1.
    let tmp = tempfile::tempdir().unwrap();
    let source = seed_store(tmp.path());
    let target = tmp.path().join("target");
    std::fs::create_dir_all(&target).unwrap();
    newsgraph(&[
        "load",
        "tests/data/graph/articles",
        "--store",
        target.to_str().unwrap(),
    ]);
    let token = tmp.path().join("token");
    std::fs::write(&token, "push-token\n").unwrap();
    let server = serve(
        &target,
        &["--writable", "--token-file", token.to_str().unwrap()],
    );
    let graph = "https://w3id.org/newsgraph/data/graph/lavrov-aleppo-2016-12-06";
    let fetch = |g: &str| {
        let mut lines: Vec<String> = client()
            .get(format!("{}/store", server.base))
            .query(&[("graph", g), ("format", "nt")])
            .send()
            .unwrap()
            .text()
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect();
        lines.sort();
        lines
    };
    let expected = {
        let out = newsgraph(&[
            "export",
            "--store",
            source.to_str().unwrap(),
            "--graph",
            graph,
            "--format",
            "nt",
        ]);
        let mut lines: Vec<String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect();
        lines.sort();
        lines
    };
    for (mode, endpoint) in [("gsp", "/store"), ("update", "/sparql")] {
        let url = format!("{}{endpoint}", server.base);
        let cp = tmp.path().join(format!("{mode}.tsv"));
        let mut args = vec![
            "push",
            "--store",
            source.to_str().unwrap(),
            "--endpoint",
            &url,
            "--token-file",
            token.to_str().unwrap(),
            "--batch",
            "50",
            "--checkpoint",
            cp.to_str().unwrap(),
        ];
        if mode == "update" {
            args.push("--via-update");
        }
        newsgraph(&args);
        let got = fetch(graph);
        let missing: Vec<&String> = expected
            .iter()
            .filter(|l| !got.contains(l))
            .take(3)
            .collect();
        let extra: Vec<&String> = got
            .iter()
            .filter(|l| !expected.contains(l))
            .take(3)
            .collect();
        assert!(
            got == expected,
            "{mode}: the pushed graph: {} vs {} triples; missing {missing:?}; extra {extra:?}",
            got.len(),
            expected.len()
        );
    }
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args([
            "push",
            "--store",
            source.to_str().unwrap(),
            "--endpoint",
            &format!("{}/store", server.base),
            "--checkpoint",
            tmp.path().join("none.tsv").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("401"));
}

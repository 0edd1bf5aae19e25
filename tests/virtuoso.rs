//! Publishing into a real Virtuoso (Debian's `virtuoso-opensource`, started here on loopback ports): push
//! the dev corpus with the Graph Store Protocol, run every bundled query against Virtuoso's SPARQL endpoint
//! (`newsgraph query NAME --endpoint URL`) and get the embedded store's rows; re-push replaces without
//! duplicates; a Virtuoso killed mid-push and restarted ends, after `push` is run again, with the complete
//! graph. Skipped (with a message) when `virtuoso-t` is missing, unless NEWSGRAPH_REQUIRE_VIRTUOSO is set.

mod cli_support;

use cli_support::{newsgraph, ok, root};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A Virtuoso server in a temporary directory.
struct Virtuoso {
    dir: PathBuf,
    sql_port: u16,
    http_port: u16,
    child: Option<Child>,
}

impl Virtuoso {
    fn start(dir: &Path) -> Virtuoso {
        let mut v = Virtuoso {
            dir: dir.to_path_buf(),
            sql_port: free_port(),
            http_port: free_port(),
            child: None,
        };
        let d = dir.display();
        let ini = format!(
            "[Database]\nDatabaseFile = {d}/virtuoso.db\nErrorLogFile = {d}/virtuoso.log\n\
             LockFile = {d}/virtuoso.lck\nTransactionFile = {d}/virtuoso.trx\n\
             xa_persistent_file = {d}/virtuoso.pxa\nErrorLogLevel = 7\nFileExtend = 200\n\
             MaxCheckpointRemap = 2000\nStriping = 0\nTempStorage = TempDatabase\n\n\
             [TempDatabase]\nDatabaseFile = {d}/virtuoso-temp.db\nTransactionFile = {d}/virtuoso-temp.trx\n\
             MaxCheckpointRemap = 2000\nStriping = 0\n\n\
             [Parameters]\nServerPort = 127.0.0.1:{}\nDirsAllowed = ., {d}\nNumberOfBuffers = 20000\n\
             MaxDirtyBuffers = 15000\nThreadsPerQuery = 2\nCheckpointInterval = 60\n\n\
             [HTTPServer]\nServerPort = 127.0.0.1:{}\nServerRoot = /var/lib/virtuoso-opensource-7/vsp\n\
             MaxClientConnections = 8\nServerThreads = 8\n\n\
             [SPARQL]\nResultSetMaxRows = 1000000\nMaxQueryExecutionTime = 120\n",
            v.sql_port, v.http_port
        );
        std::fs::write(dir.join("virtuoso.ini"), ini).unwrap();
        v.launch();
        // Graph Store Protocol and SPARQL Update writes for the anonymous SPARQL user, on loopback only.
        let out = Command::new("isql-vt")
            .args([
                &v.sql_port.to_string(),
                "dba",
                "dba",
                "exec=GRANT SPARQL_UPDATE TO \"SPARQL\";",
            ])
            .output()
            .expect("isql-vt");
        assert!(
            out.status.success(),
            "isql-vt: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        v
    }

    fn launch(&mut self) {
        let child = Command::new("virtuoso-t")
            .args(["+foreground", "+configfile"])
            .arg(self.dir.join("virtuoso.ini"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start virtuoso-t");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(120);
        let client = reqwest::blocking::Client::new();
        while Instant::now() < deadline {
            if client
                .get(format!("{}?query=ASK%7B%7D", self.sparql()))
                .send()
                .is_ok_and(|r| r.status().is_success())
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(300));
        }
        panic!(
            "Virtuoso did not start; see {}/virtuoso.log",
            self.dir.display()
        );
    }

    fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
        let _ = std::fs::remove_file(self.dir.join("virtuoso.lck"));
    }

    fn sparql(&self) -> String {
        format!("http://127.0.0.1:{}/sparql", self.http_port)
    }

    fn crud(&self) -> String {
        format!("http://127.0.0.1:{}/sparql-graph-crud", self.http_port)
    }

    /// Quads in newsgraph's graphs, as Virtuoso counts them.
    fn count(&self) -> usize {
        let q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } \
                 FILTER(STRSTARTS(STR(?g), \"https://w3id.org/newsgraph/\")) }";
        let out = ok(&[
            "query",
            "--sparql",
            q,
            "--endpoint",
            &self.sparql(),
            "--format",
            "csv",
        ]);
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .nth(1)
            .unwrap()
            .trim()
            .parse()
            .unwrap()
    }
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        self.kill();
    }
}

fn available() -> bool {
    let found = Command::new("virtuoso-t").arg("-?").output().is_ok()
        && Command::new("isql-vt").arg("-?").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("NEWSGRAPH_REQUIRE_VIRTUOSO").is_none(),
            "virtuoso-t and isql-vt are required (scripts/setup.sh installs virtuoso-opensource)"
        );
        eprintln!("skipped: virtuoso-opensource is not installed");
    }
    found
}

fn corpus() -> String {
    let dev = root().join("../shared/corpus/dev/articles.jsonl");
    if dev.exists() {
        dev.display().to_string()
    } else {
        root().join("examples").display().to_string()
    }
}

fn store_quads(store: &str) -> usize {
    let out = ok(&["stats", "--store", store, "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["quads"].as_u64().unwrap() as usize
}

/// A TSV cell with the parts of a GROUP_CONCAT (separated by "; " or ", ") in sorted order: SPARQL 1.1
/// leaves the order of concatenated values to the engine, and Oxigraph and Virtuoso differ.
fn cell(c: &str) -> String {
    let Some(inner) = c.strip_prefix('"').and_then(|c| c.strip_suffix('"')) else {
        return c.to_string();
    };
    let mut parts: Vec<&str> = inner.split("; ").flat_map(|p| p.split(", ")).collect();
    parts.sort();
    format!("\"{}\"", parts.join("|"))
}

/// Rows of a TSV answer, the header first, the rest sorted (ties in ORDER BY may come in either order),
/// each cell normalised by [`cell`].
fn rows(tsv: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(tsv);
    let mut lines: Vec<String> = text
        .lines()
        .map(|l| l.split('\t').map(cell).collect::<Vec<_>>().join("\t"))
        .collect();
    if lines.len() > 1 {
        lines[1..].sort();
    }
    lines
}

/// A store of the corpus in `dir`, and an empty directory for a Virtuoso beside it.
fn loaded_store(dir: &Path) -> (String, PathBuf) {
    let store = dir.join("store").display().to_string();
    ok(&["load", &corpus(), "--store", &store]);
    let vdir = dir.join("virtuoso");
    std::fs::create_dir_all(&vdir).unwrap();
    (store, vdir)
}

// Over 80 lines: one scenario read top to bottom, each step checking what the steps before it left;
// split, the steps would hand its state around and the story would be harder to follow.
#[test]
fn push_to_virtuoso_then_query_it() {
    if !available() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (store, vdir) = loaded_store(tmp.path());
    let store = store.as_str();
    let mut v = Virtuoso::start(&vdir);
    let checkpoint = tmp.path().join("push.tsv");
    let checkpoint = checkpoint.to_str().unwrap();
    let push = |extra: &[&str], v: &Virtuoso| {
        let mut args = vec!["push", "--store", store, "--checkpoint", checkpoint];
        let crud = v.crud();
        args.extend(["--endpoint", &crud]);
        args.extend(extra);
        newsgraph(&args)
    };
    let out = push(&[], &v);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let quads = store_quads(store);
    assert_eq!(v.count(), quads, "Virtuoso holds what the store holds");

    // Every bundled query gives the store's rows.
    let calls: &[(&str, &[&str])] = &[
        ("actor-network", &[]),
        ("actors-roles", &[]),
        ("agreements", &[]),
        ("agreements", &["status=collapsed"]),
        ("mentions", &["name=Lavrov"]),
        ("places", &[]),
        ("statements-about-place", &["place=Aleppo"]),
        ("statements-by-actor", &["name=Lavrov"]),
        ("timeline", &["from=2016-12-01"]),
        ("unlinked-entities", &[]),
        ("who-said-what", &[]),
    ];
    let mut differ = Vec::new();
    for (name, params) in calls {
        let mut local = vec!["query", name, "--all", "--store", store, "--format", "tsv"];
        let mut remote = vec!["query", name, "--all", "--format", "tsv"];
        let sparql = v.sparql();
        remote.extend(["--endpoint", sparql.as_str()]);
        for p in *params {
            local.extend(["--param", p]);
            remote.extend(["--param", p]);
        }
        let (a, b) = (rows(&ok(&local).stdout), rows(&ok(&remote).stdout));
        if a != b {
            let only_local: Vec<&String> = a.iter().filter(|r| !b.contains(r)).take(3).collect();
            let only_remote: Vec<&String> = b.iter().filter(|r| !a.contains(r)).take(3).collect();
            differ.push(format!(
                "{name} {params:?}: {} vs {} rows; only in the store: {only_local:?}; only in Virtuoso: {only_remote:?}",
                a.len(),
                b.len()
            ));
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    // A second push sends nothing; without the checkpoint it replaces every graph, adding no duplicate.
    let out = push(&[], &v);
    assert!(String::from_utf8_lossy(&out.stderr).contains(" 0 graph(s) sent"));
    // (Four graphs at once this time: parallel requests replace just the same.)
    std::fs::remove_file(checkpoint).unwrap();
    let out = push(&["--parallel", "4"], &v);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(v.count(), quads, "re-push replaced, no duplicates");

    // Kill Virtuoso during a push (small batches, many requests), restart it, push again: complete.
    std::fs::remove_file(checkpoint).unwrap();
    let clear = ok(&[
        "query",
        "--sparql",
        "ASK { }",
        "--endpoint",
        &v.sparql(),
        "--format",
        "csv",
    ]);
    drop(clear);
    let crud = v.crud();
    let mut pusher = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args([
            "push",
            "--store",
            store,
            "--checkpoint",
            checkpoint,
            "--endpoint",
            &crud,
            "--batch",
            "20",
            "--retries",
            "1",
        ])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the checkpoint shows a few graphs done, then kill Virtuoso.
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        let done = std::fs::read_to_string(checkpoint)
            .map(|t| t.lines().count())
            .unwrap_or(0);
        if done >= 3 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    v.kill();
    let status = pusher.wait().unwrap();
    let sent_before = std::fs::read_to_string(checkpoint)
        .map(|t| t.lines().count())
        .unwrap_or(0);
    assert!(sent_before >= 1, "the push had started");
    if status.success() {
        eprintln!("note: the push finished before Virtuoso was killed");
    }
    v.launch();
    let out = push(&[], &v);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        v.count(),
        quads,
        "after a crash and a second push, the graph is complete"
    );
}

/// `newsgraph bulk` writes a bundle whose `virtuoso-load.sql`, run by `isql-vt` as written, loads the whole
/// store into a fresh Virtuoso; running it again replaces the graphs (no duplicates); the bundled queries
/// then give the store's rows.
#[test]
fn bulk_bundle_loads_into_virtuoso() {
    if !available() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (store, vdir) = loaded_store(tmp.path());
    let store = store.as_str();
    let v = Virtuoso::start(&vdir);
    // Inside the Virtuoso directory, which its DirsAllowed lists; small parts, so there are several.
    let bundle = vdir.join("bundle");
    let bundle_s = bundle.to_str().unwrap();
    ok(&[
        "bulk",
        "--store",
        store,
        "--out",
        bundle_s,
        "--quads-per-part",
        "2000",
    ]);
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(bundle.join("manifest.json")).unwrap()).unwrap();
    assert!(manifest["parts"].as_array().unwrap().len() > 1);
    let quads = store_quads(store);
    let load = || {
        let out = Command::new("isql-vt")
            .arg(v.sql_port.to_string())
            .args(["dba", "dba"])
            .arg(bundle.join("virtuoso-load.sql"))
            .output()
            .expect("isql-vt");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(out.status.success(), "isql-vt: {text}");
        assert!(
            text.contains("0 Rows."),
            "the loader reported files it could not load:\n{text}"
        );
    };
    load();
    assert_eq!(v.count(), quads, "the bundle holds what the store holds");
    load();
    assert_eq!(v.count(), quads, "loading again replaced, no duplicates");
    for name in ["who-said-what", "agreements", "places"] {
        let local = ok(&["query", name, "--all", "--store", store, "--format", "tsv"]);
        let sparql = v.sparql();
        let remote = ok(&[
            "query",
            name,
            "--all",
            "--format",
            "tsv",
            "--endpoint",
            &sparql,
        ]);
        assert_eq!(rows(&local.stdout), rows(&remote.stdout), "{name}");
    }
}

//! The actor network as graph files and pictures: `query actor-network --format graphml|gexf|dot` read back
//! by real readers (networkx for GraphML and GEXF, Graphviz `dot -Tsvg` for DOT) and compared with the
//! query's own table, names that need escaping (`tests/data/cli/network/tricky.jsonl`), determinism, and
//! `plot actor-network` (with and without Graphviz installed).
//!
//! networkx is installed by scripts/setup.sh (requirements-dev.txt) and Graphviz too; a missing one skips
//! its checks with a message, unless NEWSGRAPH_REQUIRE_PYTHON_CHECKS (networkx) or
//! NEWSGRAPH_REQUIRE_GRAPHVIZ (Graphviz) is set, as .ci/run does: then it is a failure.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn newsgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .current_dir(root())
        .env("SOURCE_DATE_EPOCH", "1480982400")
        .output()
        .expect("run newsgraph")
}

fn ok(args: &[&str]) -> Output {
    let out = newsgraph(args);
    assert!(
        out.status.success(),
        "newsgraph {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Whether a tool is there; when it is not, panics if `require_var` is set, else says it is skipped.
fn available(check: &mut Command, what: &str, require_var: &str) -> bool {
    if check.output().is_ok_and(|o| o.status.success()) {
        return true;
    }
    assert!(
        std::env::var_os(require_var).is_none(),
        "{what} is not available but {require_var} is set"
    );
    eprintln!("skipped: {what} is not available (scripts/setup.sh installs it)");
    false
}

fn networkx() -> bool {
    available(
        Command::new("python3").args(["-c", "import networkx"]),
        "networkx",
        "NEWSGRAPH_REQUIRE_PYTHON_CHECKS",
    )
}

fn graphviz() -> bool {
    available(
        Command::new("dot").arg("-V"),
        "Graphviz (dot)",
        "NEWSGRAPH_REQUIRE_GRAPHVIZ",
    )
}

/// A store with the seed article and the two made-up articles with hard names, linked offline.
fn store(dir: &Path) -> PathBuf {
    let store = dir.join("store");
    ok(&[
        "load",
        "examples/lavrov-aleppo-2016-12-06.txt",
        "tests/data/cli/network/tricky.jsonl",
        "--link",
        "offline",
        "--store",
        store.to_str().unwrap(),
    ]);
    store
}

/// The query's table as (actorA, actorB, relation, weight) rows.
fn table(store: &Path) -> Vec<(String, String, String, u64)> {
    let out = ok(&[
        "query",
        "actor-network",
        "--all",
        "--store",
        store.to_str().unwrap(),
        "-f",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let s = |k: &str| b[k]["value"].as_str().unwrap().to_string();
            (
                s("actorA"),
                s("actorB"),
                s("relation"),
                s("weight").parse().unwrap(),
            )
        })
        .collect()
}

/// What networkx read: node attributes by name, and the edges as (name, name, kind, weight), sorted.
type Read = (
    BTreeMap<String, serde_json::Value>,
    Vec<(String, String, String, u64)>,
);

fn read_with_networkx(file: &Path, kind: &str) -> Read {
    let out = Command::new("python3")
        .arg(root().join("tests/data/cli/network/read_graph.py"))
        .arg(file)
        .arg(kind)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "networkx cannot read {kind}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["directed"], false, "{kind}: the network is undirected");
    let nodes = v["nodes"].as_object().unwrap();
    let name_of = |id: &str| nodes[id]["label"].as_str().unwrap().to_string();
    let by_name = nodes
        .values()
        .map(|attrs| (attrs["label"].as_str().unwrap().to_string(), attrs.clone()))
        .collect();
    let mut edges: Vec<_> = v["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let (a, b) = (
                name_of(e[0].as_str().unwrap()),
                name_of(e[1].as_str().unwrap()),
            );
            let (a, b) = if a <= b { (a, b) } else { (b, a) };
            let w = e[2]["weight"].as_f64().unwrap();
            assert_eq!(w.fract(), 0.0);
            (a, b, e[2]["kind"].as_str().unwrap().to_string(), w as u64)
        })
        .collect();
    edges.sort();
    (by_name, edges)
}

#[test]
fn graphml_and_gexf_read_back_as_the_query_table() {
    if !networkx() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let store = store(tmp.path());
    // undirected: each pair in name order
    let mut want: Vec<_> = table(&store)
        .into_iter()
        .map(|(a, b, k, w)| if a <= b { (a, b, k, w) } else { (b, a, k, w) })
        .collect();
    want.sort();
    assert!(
        want.iter().any(|r| r.2 == "co-party"),
        "the fixture has an agreement"
    );
    let names: BTreeSet<String> = want
        .iter()
        .flat_map(|r| [r.0.clone(), r.1.clone()])
        .collect();
    for kind in ["graphml", "gexf"] {
        let file = tmp.path().join(format!("net.{kind}"));
        ok(&[
            "query",
            "actor-network",
            "--store",
            store.to_str().unwrap(),
            "--format",
            kind,
            "--out",
            file.to_str().unwrap(),
        ]);
        let (nodes, edges) = read_with_networkx(&file, kind);
        assert_eq!(edges, want, "{kind}: edges");
        assert_eq!(
            nodes.keys().cloned().collect::<BTreeSet<_>>(),
            names,
            "{kind}: nodes"
        );
        // attributes, as the store has them
        let russia = &nodes["Russia"];
        assert_eq!(russia["type"], "State", "{kind}");
        assert_eq!(russia["qid"], "Q159", "{kind}");
        assert_eq!(russia["articles"], 1, "{kind}");
        let att = &nodes["AT&T <Holdings> \"Q\""];
        assert_eq!(att["type"], "Organization", "{kind}");
        assert_eq!(att["articles"], 2, "{kind}");
        assert!(
            att.get("qid").is_none(),
            "{kind}: an unlinked actor has no qid"
        );
        assert_eq!(nodes["Seán O'Brien \\ Jr."]["type"], "Person", "{kind}");
        if kind == "graphml" {
            assert_eq!(att["name"], "AT&T <Holdings> \"Q\"");
        }
    }
}

#[test]
fn dot_is_read_by_graphviz_with_every_name() {
    if !graphviz() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let store = store(tmp.path());
    let dot = ok(&[
        "query",
        "actor-network",
        "--store",
        store.to_str().unwrap(),
        "-f",
        "dot",
    ])
    .stdout;
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(&dot).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "dot -Tsvg: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = String::from_utf8(out.stdout).unwrap();
    // Graphviz writes each label as SVG text, XML-escaped: the names came through its DOT parser intact
    for name in [
        "AT&amp;T &lt;Holdings&gt; &quot;Q&quot;",
        "Seán O&#39;Brien \\ Jr.",
        "Ünïcode&#45;Land",
        "Sergei Lavrov",
    ] {
        assert!(
            svg.contains(&format!(">{name}</text>")),
            "no {name:?} in the SVG:\n{svg}"
        );
    }
    // one edge per row of the table
    assert_eq!(svg.matches("class=\"edge\"").count(), table(&store).len());
}

#[test]
fn graph_files_are_deterministic_and_the_other_formats_unchanged() {
    let tmp = tempfile::tempdir().unwrap();
    let store = store(tmp.path());
    let s = store.to_str().unwrap();
    for kind in ["graphml", "gexf", "dot"] {
        let a = ok(&["query", "actor-network", "--store", s, "-f", kind]).stdout;
        let b = ok(&["query", "actor-network", "--store", s, "-f", kind]).stdout;
        assert!(a == b, "{kind}: two runs differ");
        assert!(!a.is_empty());
    }
    // a min weight keeps fewer edges
    let all = ok(&["query", "actor-network", "--store", s, "-f", "dot"]).stdout;
    let some = ok(&[
        "query",
        "actor-network",
        "--store",
        s,
        "-f",
        "dot",
        "-p",
        "min=2",
    ])
    .stdout;
    let edges = |d: &[u8]| String::from_utf8_lossy(d).matches(" -- ").count();
    assert!(edges(&some) < edges(&all) && edges(&some) > 0);
    // graph formats need the actor-network's columns
    let out = newsgraph(&["query", "who-said-what", "--store", s, "-f", "graphml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("columns actorA, actorB, relation and weight")
    );
}

#[test]
fn plot_draws_svg_and_png_or_says_graphviz_is_missing() {
    let tmp = tempfile::tempdir().unwrap();
    let store = store(tmp.path());
    let s = store.to_str().unwrap();
    // without Graphviz on PATH: a clear error, exit 1, no file
    let empty = tmp.path().join("empty-path");
    std::fs::create_dir(&empty).unwrap();
    let svg = tmp.path().join("net.svg");
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args([
            "plot",
            "actor-network",
            "--store",
            s,
            "--out",
            svg.to_str().unwrap(),
        ])
        .env("PATH", &empty)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("Graphviz's `dot` is not installed"), "{err}");
    assert!(!svg.exists());
    let out = newsgraph(&["plot", "actor-network", "--store", s, "--out", "net.jpg"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("name a .svg, .png or .pdf file"));
    if !graphviz() {
        return;
    }
    ok(&[
        "plot",
        "actor-network",
        "--store",
        s,
        "--out",
        svg.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.contains("<svg") && text.contains(">Sergei Lavrov</text>"),
        "{text}"
    );
    let png = tmp.path().join("net.png");
    ok(&[
        "plot",
        "actor-network",
        "--store",
        s,
        "--out",
        png.to_str().unwrap(),
    ]);
    assert!(
        std::fs::read(&png)
            .unwrap()
            .starts_with(b"\x89PNG\r\n\x1a\n")
    );
}

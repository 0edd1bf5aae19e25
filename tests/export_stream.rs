//! The streaming export and query output (issue 8, flat memory): every format read back by Oxigraph's parsers
//! is the store's content (compared as datasets or graphs, blank nodes canonicalized); the same content
//! gives the same bytes whatever the order it was loaded in and whether graphs were sorted in memory or on
//! disk; CONSTRUCT results sorted on disk are the results Oxigraph gives; a slow query stops at `--timeout`.
//! Cases are in `tests/data/export/`.

use newsgraph::export::{
    ExportFormat, ExtractionExport, RunExport, SortConfig, export_run, export_store_with,
};
use newsgraph::model::Extraction;
use newsgraph::query::{self, ResultFormat, RunOptions};
use newsgraph::rdf::RdfOptions;
use newsgraph::store::{GraphStore, OpenMode, StoreLocation};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{
    Dataset, Graph, GraphName, Literal, NamedNode, Quad, Triple, dataset::CanonicalizationAlgorithm,
};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/export")
        .join(name)
}

/// The formats, with the parser that reads each back.
const FORMATS: &[(ExportFormat, RdfFormat)] = &[
    (ExportFormat::Turtle, RdfFormat::Turtle),
    (ExportFormat::NTriples, RdfFormat::NTriples),
    (ExportFormat::NQuads, RdfFormat::NQuads),
    (ExportFormat::TriG, RdfFormat::TriG),
    (ExportFormat::RdfXml, RdfFormat::RdfXml),
    (
        ExportFormat::JsonLd,
        RdfFormat::JsonLd {
            profile: oxigraph::io::JsonLdProfileSet::empty(),
        },
    ),
];

/// A sort budget so small that every graph of more than a few triples is sorted on disk.
fn spilling() -> SortConfig {
    SortConfig {
        chunk_bytes: 256,
        temp_dir: None,
        max_fan_in: 3,
    }
}

fn parse(bytes: &[u8], format: RdfFormat, what: &str) -> Vec<Quad> {
    RdfParser::from_format(format)
        .for_slice(bytes)
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| {
            panic!(
                "{what}: does not parse: {e}\n{}",
                String::from_utf8_lossy(bytes)
            )
        })
}

fn dataset_quads() -> Vec<Quad> {
    let text = std::fs::read(data("dataset.nq")).expect("dataset.nq");
    parse(&text, RdfFormat::NQuads, "dataset.nq")
}

fn memory_store(quads: &[Quad]) -> GraphStore {
    let store = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).expect("store");
    store.insert_all(quads).expect("insert");
    store
}

fn export(store: &GraphStore, format: ExportFormat, sort: &SortConfig) -> Vec<u8> {
    let mut out = Vec::new();
    export_store_with(store, None, format, &mut out, sort).expect("export");
    out
}

fn canonical_dataset(quads: impl IntoIterator<Item = Quad>) -> Dataset {
    let mut d: Dataset = quads.into_iter().collect();
    d.canonicalize(CanonicalizationAlgorithm::Unstable);
    d
}

fn canonical_graph(triples: impl IntoIterator<Item = Triple>) -> Graph {
    let mut g: Graph = triples.into_iter().collect();
    g.canonicalize(CanonicalizationAlgorithm::Unstable);
    g
}

#[test]
fn every_format_reads_back_as_the_store_content() {
    let quads = dataset_quads();
    assert!(quads.len() > 20);
    let store = memory_store(&quads);
    let want_dataset = canonical_dataset(quads.iter().cloned());
    let want_graph = canonical_graph(quads.iter().cloned().map(Triple::from));
    for (format, parser) in FORMATS {
        for sort in [SortConfig::default(), spilling()] {
            let bytes = export(&store, *format, &sort);
            let what = format!("{format:?} export");
            let got = parse(&bytes, *parser, &what);
            if format.is_dataset() {
                assert_eq!(canonical_dataset(got), want_dataset, "{what}");
            } else {
                assert!(got.iter().all(|q| q.graph_name == GraphName::DefaultGraph));
                assert_eq!(
                    canonical_graph(got.into_iter().map(Triple::from)),
                    want_graph,
                    "{what}"
                );
            }
        }
    }
}

#[test]
fn the_same_content_gives_the_same_bytes_whatever_the_order_and_the_sort() {
    let quads = dataset_quads();
    let forward = memory_store(&quads);
    let mut reversed_quads = quads.clone();
    reversed_quads.reverse();
    let tmp = tempfile::tempdir().unwrap();
    let on_disk = GraphStore::open(
        &StoreLocation::Disk(tmp.path().join("store")),
        OpenMode::ReadWrite,
    )
    .expect("disk store");
    for q in &reversed_quads {
        on_disk.insert_all(std::slice::from_ref(q)).expect("insert");
    }
    for (format, _) in FORMATS {
        let want = export(&forward, *format, &SortConfig::default());
        assert!(!want.is_empty());
        for (what, store, sort) in [
            ("reversed, on disk", &on_disk, SortConfig::default()),
            ("sorted on disk", &forward, spilling()),
            ("reversed, sorted on disk", &on_disk, spilling()),
        ] {
            let got = export(store, *format, &sort);
            assert!(
                got == want,
                "{format:?} ({what}) differs:\n{}\n---\n{}",
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&want)
            );
        }
    }
}

/// `n` triples over a few subjects, predicates and graphs, with repeats across graphs.
fn generated(n: usize) -> Vec<Quad> {
    (0..n)
        .map(|i| {
            Quad::new(
                NamedNode::new_unchecked(format!("http://example.org/s/{}", i % (n / 3 + 1))),
                NamedNode::new_unchecked(format!("http://example.org/p/{}", i % 7)),
                Literal::new_simple_literal(format!("value {i} \"{}\"", i % 11)),
                NamedNode::new_unchecked(format!("http://example.org/g/{}", i % 5)),
            )
        })
        .collect()
}

#[test]
fn a_graph_larger_than_the_sort_budget_is_written_whole() {
    let quads = generated(6000);
    let store = memory_store(&quads);
    for format in [ExportFormat::NQuads, ExportFormat::Turtle] {
        let memory = export(&store, format, &SortConfig::default());
        let disk = export(&store, format, &spilling());
        assert!(memory == disk, "{format:?}: spilled export differs");
    }
    let nq = export(&store, ExportFormat::NQuads, &spilling());
    let lines = nq.split(|b| *b == b'\n').filter(|l| !l.is_empty()).count();
    assert_eq!(lines, quads.len());
}

#[test]
fn a_run_export_writes_its_graphs_and_the_facts_of_the_entities_they_mention() {
    let quads = dataset_quads();
    let store = memory_store(&quads);
    let iri = |s: &str| NamedNode::new_unchecked(format!("http://example.org/{s}"));
    let (b, shared) = (iri("graph/b"), iri("graph/shared"));
    let extra = vec![Quad::new(
        iri("run/1"),
        iri("p/startedAt"),
        Literal::new_simple_literal("now"),
        iri("graph/runs"),
    )];
    let what = RunExport {
        article_graphs: &[b.clone(), b.clone()],
        entities_graph: &shared,
        extra: &extra,
    };
    // Graph b mentions Lavrov only: the shared facts about Lavrov come along, not those about Russia.
    let lavrov = iri("e/lavrov");
    let want = canonical_dataset(
        quads
            .iter()
            .filter(|q| {
                q.graph_name == b.clone().into()
                    || (q.graph_name == shared.clone().into() && q.subject == lavrov.clone().into())
            })
            .cloned()
            .chain(extra.iter().cloned()),
    );
    for sort in [SortConfig::default(), spilling()] {
        let mut out = Vec::new();
        export_run(&store, &what, ExportFormat::TriG, &mut out, &sort).expect("run export");
        let got = canonical_dataset(parse(&out, RdfFormat::TriG, "run export"));
        assert_eq!(got, want);
    }
}

#[test]
fn extraction_export_writes_each_graph_once_and_the_shared_graph_at_the_end() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/rdf/mapping/truce.json"),
    )
    .unwrap();
    let first: Extraction = serde_json::from_str(&text).unwrap();
    let mut second = first.clone();
    second.id = "t/2 truce again".into();
    let opts = RdfOptions::default();
    let mut want: Vec<Quad> = Vec::new();
    for ex in [&first, &second] {
        want.extend(newsgraph::rdf::extraction_quads(ex, &opts).unwrap());
    }
    let mut outputs = Vec::new();
    for sort in [SortConfig::default(), spilling()] {
        let mut export =
            ExtractionExport::new(ExportFormat::TriG, Vec::new(), opts.clone(), None, &sort)
                .unwrap();
        export.add(&first).unwrap();
        export.add(&second).unwrap();
        let out = export.finish().unwrap();
        let got = parse(&out, RdfFormat::TriG, "extraction export");
        assert_eq!(canonical_dataset(got), canonical_dataset(want.clone()));
        // Every graph is one `<graph> {` block, however many extractions add to it.
        let text = String::from_utf8(out.clone()).unwrap();
        let blocks: Vec<&str> = text.lines().filter(|l| l.ends_with(" {")).collect();
        let mut unique = blocks.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(blocks.len(), unique.len(), "{text}");
        outputs.push(out);
    }
    assert!(
        outputs[0] == outputs[1],
        "sorting on disk changed the bytes"
    );
}

fn construct(store: &GraphStore, format: ResultFormat, sort: SortConfig) -> Vec<u8> {
    let sparql = std::fs::read_to_string(data("construct.rq")).unwrap();
    let mut out = Vec::new();
    let opts = RunOptions {
        timeout: Some(Duration::from_secs(600)),
        sort,
        window: None,
    };
    query::run_to_writer_with(store, "construct.rq", &sparql, &[], format, &mut out, &opts)
        .expect("construct");
    out
}

#[test]
fn construct_results_sorted_on_disk_are_the_collected_results() {
    let store = memory_store(&generated(3000));
    let sparql = std::fs::read_to_string(data("construct.rq")).unwrap();
    let mut prepared = SparqlEvaluator::new().parse_query(&sparql).unwrap();
    prepared.dataset_mut().set_default_graph_as_union();
    let QueryResults::Graph(triples) = prepared.on_store(store.inner()).execute().unwrap() else {
        panic!("not a CONSTRUCT");
    };
    let want: Graph = triples.map(|t| t.unwrap()).collect();
    assert!(want.len() > 3000);
    let tiny = SortConfig {
        chunk_bytes: 4096,
        temp_dir: None,
        max_fan_in: 4,
    };
    let nt_disk = construct(&store, ResultFormat::NTriples, tiny.clone());
    let nt_memory = construct(&store, ResultFormat::NTriples, SortConfig::default());
    assert!(
        nt_disk == nt_memory,
        "N-Triples differ with the sort budget"
    );
    let got: Graph = parse(&nt_disk, RdfFormat::NTriples, "nt")
        .into_iter()
        .map(Triple::from)
        .collect();
    assert_eq!(got, want);
    let ttl = construct(&store, ResultFormat::Turtle, tiny);
    let got: Graph = parse(&ttl, RdfFormat::Turtle, "ttl")
        .into_iter()
        .map(Triple::from)
        .collect();
    assert_eq!(got, want);
}

#[test]
fn a_query_stops_at_its_timeout_in_the_library() {
    let store = memory_store(&generated(3000));
    let sparql = std::fs::read_to_string(data("slow.rq")).unwrap();
    let opts = RunOptions {
        timeout: Some(Duration::from_millis(300)),
        ..Default::default()
    };
    let mut out = Vec::new();
    let err = query::run_to_writer_with(
        &store,
        "slow",
        &sparql,
        &[],
        ResultFormat::Table,
        &mut out,
        &opts,
    )
    .expect_err("the query must time out");
    assert_eq!(
        err.to_string(),
        "query slow: timed out after 0.3 s (use --timeout to allow longer)"
    );
}

#[test]
fn a_slow_ad_hoc_query_times_out_with_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("store");
    {
        let store = GraphStore::open(&StoreLocation::Disk(dir.clone()), OpenMode::ReadWrite)
            .expect("store");
        store.insert_all(&generated(3000)).expect("insert");
        store.flush().expect("flush");
    }
    let sparql = std::fs::read_to_string(data("slow.rq")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["query", "--store", dir.to_str().unwrap(), "--timeout", "1"])
        .arg("--sparql")
        .arg(&sparql)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run newsgraph");
    // Not a timing assertion: a guard so that a broken timeout fails instead of hanging the suite.
    let guard = Instant::now() + Duration::from_secs(120);
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() > guard {
            let _ = child.kill();
            panic!("`newsgraph query --timeout 1` still running after 120 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().expect("output");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert!(
        stderr.contains("query --sparql: timed out after 1 s (use --timeout to allow longer)"),
        "stderr: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
}

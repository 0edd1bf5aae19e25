//! Online linking against a local stand-in for the Wikidata API (`tests/wikidata_server`): the dev set
//! scored like `score.py`, Wikimedia etiquette (User-Agent, maxlag, concurrency cap), the cache (a second run
//! sends no request), and the fault matrix in `tests/data/link/online/faults.tsv`.

mod link_review;
mod link_support;
mod wikidata_server;

use newsgraph::link::{LinkOptions, OnlineConfig, OnlineSource, link_extraction};
use newsgraph::model::{Document, Entity, EntityType, Extraction};
use std::path::{Path, PathBuf};
use std::time::Duration;
use wikidata_server::{Fault, FaultKind, Server};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/link")
}

fn config(server: &Server, cache: &Path) -> OnlineConfig {
    OnlineConfig {
        endpoint: server.endpoint.clone(),
        timeout: Duration::from_millis(800),
        max_retries: 3,
        base_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(1500),
        max_concurrency: 3,
        cache_dir: Some(cache.to_path_buf()),
        ..OnlineConfig::default()
    }
}

fn links(exs: &[Extraction]) -> Vec<(String, String, Option<String>)> {
    exs.iter()
        .flat_map(|ex| {
            ex.entities
                .iter()
                .map(|e| (ex.id.clone(), e.name.clone(), e.wikidata.clone()))
        })
        .collect()
}

#[test]
fn dev_set_links_online_politely_and_a_second_run_sends_nothing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let articles = root.join("../shared/corpus/dev/articles.jsonl");
    if !articles.is_file() {
        eprintln!("skipped: {} not present", articles.display());
        return;
    }
    let server = Server::start(&data().join("entities.json"));
    let cache = tempfile::tempdir().unwrap();
    let records = newsgraph::ingest::read_all(&[articles], &Default::default()).unwrap();
    let fresh = newsgraph::pipeline::extract_records(records);

    let source = OnlineSource::new(config(&server, cache.path())).unwrap();
    let mut first = fresh.clone();
    for ex in &mut first {
        let report = link_extraction(ex, &source, &LinkOptions::default());
        assert!(report.failed.is_empty(), "{:?}", report.failed);
    }
    let r = newsgraph::eval::score(&root.join("../shared/corpus/dev/gold"), &first).unwrap();
    eprintln!(
        "online: link accuracy {:.3}, precision {:.3}, {} requests",
        r.wikidata_link_accuracy,
        r.wikidata_link_precision,
        source.requests_sent()
    );
    assert!(
        r.wikidata_link_accuracy >= 0.97,
        "link accuracy {}",
        r.wikidata_link_accuracy
    );
    // The target (0.991 measured, issue 9 session 10); every link that differs from the gold is a
    // reviewed gold-null one.
    assert!(
        r.wikidata_link_precision >= 0.99,
        "link precision {}",
        r.wikidata_link_precision
    );
    let failures = link_review::unreviewed_disagreements(&r);
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // Etiquette: every request names the tool and a contact, asks maxlag=5, and at most 3 are in flight.
    let seen = server.seen();
    assert_eq!(seen.len(), source.requests_sent());
    for s in &seen {
        let ua = s.user_agent.as_deref().unwrap_or("");
        assert!(
            ua.starts_with("newsgraph/") && ua.contains('@'),
            "User-Agent {ua:?}"
        );
        assert_eq!(s.params.get("maxlag").map(String::as_str), Some("5"));
        assert_eq!(s.params.get("format").map(String::as_str), Some("json"));
    }
    let batches: Vec<usize> = seen
        .iter()
        .filter(|s| s.params.get("action").map(String::as_str) == Some("wbgetentities"))
        .map(|s| s.params["ids"].split('|').count())
        .collect();
    assert!(
        !batches.is_empty() && batches.iter().all(|&n| n <= 50),
        "{batches:?}"
    );
    assert!(
        server.max_in_flight() <= 3,
        "{} requests in flight",
        server.max_in_flight()
    );
    assert!(server.max_in_flight() >= 2, "requests were not concurrent");

    // A second run over the same articles, with the same cache, sends no request and links the same.
    server.reset_log();
    let again = OnlineSource::new(config(&server, cache.path())).unwrap();
    let mut second = fresh.clone();
    for ex in &mut second {
        link_extraction(ex, &again, &LinkOptions::default());
    }
    assert_eq!(again.requests_sent(), 0);
    assert!(server.seen().is_empty());
    assert_eq!(links(&first), links(&second));
}

fn ent(id: &str, kind: EntityType, name: &str) -> Entity {
    link_support::entity(id, kind, name, &[], &[])
}

fn article() -> Extraction {
    let mut ex = Extraction::empty(&Document {
        id: "faults".into(),
        ..Default::default()
    });
    ex.entities.push(ent("e1", EntityType::Location, "Geneva"));
    ex.entities.push(ent("e2", EntityType::State, "Russia"));
    ex.entities
        .push(ent("e3", EntityType::Organization, "European Union"));
    ex
}

fn qid(ex: &Extraction, id: &str) -> Option<String> {
    ex.entities
        .iter()
        .find(|e| e.id == id)
        .and_then(|e| e.wikidata.clone())
}

// Over 80 lines: one scenario read top to bottom, each step checking what the steps before it left;
// split, the steps would hand its state around and the story would be harder to follow.
#[test]
fn fault_matrix() {
    let server = Server::start(&data().join("entities.json"));
    let table = std::fs::read_to_string(data().join("online/faults.tsv")).unwrap();
    let mut failures = Vec::new();
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let c: Vec<&str> = line.split('\t').collect();
        let cache = tempfile::tempdir().unwrap();
        server.set_fault(Some(Fault {
            kind: FaultKind::parse(c[0]),
            remaining: c[1].parse().unwrap(),
            search: (c[2] != "*").then(|| c[2].to_string()),
        }));
        let source = OnlineSource::new(config(&server, cache.path())).unwrap();
        let mut ex = article();
        let report = link_extraction(&mut ex, &source, &LinkOptions::default());
        server.set_fault(None);
        let geneva = qid(&ex, "e1");
        let everyone_else = c[2] == "*"
            || (qid(&ex, "e2").as_deref() == Some("Q159")
                && qid(&ex, "e3").as_deref() == Some("Q458"));
        if !everyone_else {
            failures.push(format!(
                "{line}: the other entities were not linked: {:?}",
                links(&[ex.clone()])
            ));
            continue;
        }
        match c[3] {
            "linked" => {
                if geneva.as_deref() != Some("Q71") || !report.failed.is_empty() {
                    failures.push(format!(
                        "{line}: want Geneva linked, got {geneva:?}, failed {:?}",
                        report.failed
                    ));
                }
            }
            "unlinked" => {
                if geneva.is_some() || !report.unlinked.iter().any(|(id, _, _)| id == "e1") {
                    failures.push(format!(
                        "{line}: want Geneva unlinked with a reason, got {geneva:?}"
                    ));
                }
            }
            "later" => {
                if geneva.is_some() || report.failed.is_empty() {
                    failures.push(format!(
                        "{line}: want Geneva unlinked with a warning, got {geneva:?}, {:?}",
                        report.failed
                    ));
                    continue;
                }
                // A later run, the fault gone, fills it in (and reuses the cached answers).
                let later = OnlineSource::new(config(&server, cache.path())).unwrap();
                let r2 = link_extraction(&mut ex, &later, &LinkOptions::default());
                if qid(&ex, "e1").as_deref() != Some("Q71") || !r2.failed.is_empty() {
                    failures.push(format!(
                        "{line}: the later run did not link Geneva: {:?}",
                        r2
                    ));
                }
            }
            "refreshed" => {
                if geneva.is_some() || !report.unlinked.iter().any(|(id, _, _)| id == "e1") {
                    failures.push(format!(
                        "{line}: want Geneva unlinked with a reason, got {geneva:?}"
                    ));
                    continue;
                }
                // The empty answer is cached: a later run within its TTL sends no request ...
                let again = OnlineSource::new(config(&server, cache.path())).unwrap();
                let mut ex2 = ex.clone();
                link_extraction(&mut ex2, &again, &LinkOptions::default());
                if again.requests_sent() != 0 || qid(&ex2, "e1").is_some() {
                    failures.push(format!(
                        "{line}: within the TTL: {} requests, Geneva {:?}",
                        again.requests_sent(),
                        qid(&ex2, "e1")
                    ));
                }
                // ... and once it has expired, the name is asked again and linked.
                let expired = OnlineSource::new(OnlineConfig {
                    empty_search_ttl: Duration::ZERO,
                    ..config(&server, cache.path())
                })
                .unwrap();
                std::thread::sleep(Duration::from_millis(20));
                link_extraction(&mut ex, &expired, &LinkOptions::default());
                if qid(&ex, "e1").as_deref() != Some("Q71") {
                    failures.push(format!(
                        "{line}: after the TTL, Geneva is {:?}",
                        qid(&ex, "e1")
                    ));
                }
            }
            other => panic!("bad expectation {other}"),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unreachable_endpoint_fails_every_lookup_without_stopping() {
    // A port nobody listens on.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let cache = tempfile::tempdir().unwrap();
    let source = OnlineSource::new(OnlineConfig {
        endpoint: format!("http://127.0.0.1:{port}/w/api.php"),
        max_retries: 1,
        base_backoff: Duration::from_millis(5),
        cache_dir: Some(cache.path().to_path_buf()),
        ..OnlineConfig::default()
    })
    .unwrap();
    let mut ex = article();
    let report = link_extraction(&mut ex, &source, &LinkOptions::default());
    assert_eq!(report.failed.len(), 3);
    assert!(ex.entities.iter().all(|e| e.wikidata.is_none()));
    assert!(
        report.failed[0].1.contains(&port.to_string()),
        "{:?}",
        report.failed
    );
}

/// Classes `types.tsv` does not know are resolved through P279 (subclass of), within the depth, cycles
/// included, with cached requests; type agreement still holds. The items of `online/class_chain.json` are
/// invented (QIDs from Q900000001, which Wikidata does not use for these), served beside the real excerpt.
#[test]
fn unknown_classes_are_resolved_through_subclass_of() {
    let tmp = tempfile::tempdir().unwrap();
    let dump = tmp.path().join("dump.json");
    let mut text = std::fs::read_to_string(data().join("entities.json")).unwrap();
    text.push_str(&std::fs::read_to_string(data().join("online/class_chain.json")).unwrap());
    std::fs::write(&dump, text).unwrap();
    let server = Server::start(&dump);
    let article = || {
        let mut ex = Extraction::empty(&Document {
            id: "classes".into(),
            ..Default::default()
        });
        ex.entities
            .push(ent("e1", EntityType::Location, "Testtown"));
        ex.entities
            .push(ent("e2", EntityType::Location, "Deepville"));
        ex.entities
            .push(ent("e3", EntityType::Location, "Loopville"));
        ex.entities
            .push(ent("e4", EntityType::Person, "Testperson"));
        ex.entities.push(ent("e5", EntityType::Location, "Geneva"));
        ex
    };
    let run = |depth: u32, cache: &Path| {
        let source = OnlineSource::new(OnlineConfig {
            class_depth: depth,
            ..config(&server, cache)
        })
        .unwrap();
        let mut ex = article();
        let report = link_extraction(&mut ex, &source, &LinkOptions::default());
        assert!(report.failed.is_empty(), "{:?}", report.failed);
        (ex, source.requests_sent())
    };
    let cache = tempfile::tempdir().unwrap();
    let (ex, sent) = run(4, cache.path());
    assert_eq!(
        qid(&ex, "e1").as_deref(),
        Some("Q900000001"),
        "two levels below city"
    );
    assert_eq!(qid(&ex, "e2"), None, "five levels: beyond the depth of 4");
    assert_eq!(qid(&ex, "e3"), None, "a cycle never reaches a known class");
    assert_eq!(qid(&ex, "e4"), None, "a city class never admits a Person");
    assert_eq!(qid(&ex, "e5").as_deref(), Some("Q71"));
    assert!(sent > 0);
    // The class lookups are cached like the rest: a second run sends nothing.
    let (again, sent) = run(4, cache.path());
    assert_eq!(
        (sent, qid(&again, "e1").as_deref()),
        (0, Some("Q900000001"))
    );
    // Deeper resolution reaches Deepville; none leaves Testtown without a type.
    let (deep, _) = run(5, tempfile::tempdir().unwrap().path());
    assert_eq!(qid(&deep, "e2").as_deref(), Some("Q900000004"));
    let (off, _) = run(0, tempfile::tempdir().unwrap().path());
    assert_eq!(qid(&off, "e1"), None);
    assert_eq!(qid(&off, "e5").as_deref(), Some("Q71"));
}

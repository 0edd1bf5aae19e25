//! newsgraph applies a SELECT's top-level ORDER BY itself (each row's keys evaluated once; see
//! `crates/newsgraph-rdf/src/query/order.rs`). These tests check that the rows and their order are exactly Oxigraph's own, for
//! every bundled query and for the ad-hoc cases in `tests/data/query_order/cases.rq`, on a store of the dev
//! corpus. It also answers one page of a listing from the leading sort key's own pattern (see
//! `crates/newsgraph-rdf/src/query/page.rs`): every page must be exactly the engine's rows at its positions,
//! for every bundled query and for the cases in `tests/data/query_order/paged.rq`.

use newsgraph::ingest::{IngestOptions, read_all};
use newsgraph::query::{self, DatasetSpec, Window};
use newsgraph::rdf::RdfOptions;
use newsgraph::store::{GraphStore, OpenMode, StoreLocation};
use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn dev_store() -> GraphStore {
    let mut inputs = vec![root().join("examples/lavrov-aleppo-2016-12-06.txt")];
    let dev = root().join("../shared/corpus/dev");
    if let Ok(entries) = std::fs::read_dir(&dev) {
        let mut texts: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        texts.sort();
        inputs.extend(texts);
    }
    let records = read_all(&inputs, &IngestOptions::default()).expect("read inputs");
    let exs = newsgraph::pipeline::extract_records(records);
    let store = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).expect("store");
    newsgraph::pipeline::load(&store, &exs, &RdfOptions::default()).expect("load");
    store
}

type Rows = Vec<Vec<Option<Term>>>;

/// Oxigraph's own evaluation, ORDER BY included, over the union of all graphs.
fn engine_rows(store: &GraphStore, sparql: &str) -> Rows {
    let mut prepared = SparqlEvaluator::new().parse_query(sparql).expect("parse");
    prepared.dataset_mut().set_default_graph_as_union();
    rows_of(
        prepared
            .on_store(store.inner())
            .execute()
            .expect("evaluate"),
    )
}

/// The rows of a SELECT's results.
fn rows_of(results: QueryResults<'_>) -> Rows {
    match results {
        QueryResults::Solutions(s) => {
            let vars = s.variables().to_vec();
            s.map(|r| {
                let r = r.expect("row");
                vars.iter().map(|v| r.get(v).cloned()).collect()
            })
            .collect()
        }
        _ => panic!("not a SELECT"),
    }
}

fn our_rows(store: &GraphStore, sparql: &str, params: &[(String, Term)]) -> Rows {
    query::select(store, "test", sparql, params)
        .expect("our evaluation")
        .rows
}

/// Rows and order must be equal. Where two rows tie on every key SPARQL leaves their order open; the
/// bundled queries and the cases order by keys that separate every pair of distinct rows, so equality is
/// the right check. On failure, tell a difference in rows from a difference in order.
fn assert_same(name: &str, ours: &Rows, engine: &Rows) {
    assert_eq!(ours.len(), engine.len(), "{name}: row count");
    if ours != engine {
        let mut a = ours.clone();
        let mut b = engine.clone();
        let key = |r: &Vec<Option<Term>>| format!("{r:?}");
        a.sort_by_key(key);
        b.sort_by_key(key);
        assert_eq!(a, b, "{name}: different rows");
        let first = ours.iter().zip(engine).position(|(x, y)| x != y).unwrap();
        panic!(
            "{name}: same rows, different order from row {first}: ours {:?}, engine {:?}",
            ours[first], engine[first]
        );
    }
}

#[test]
fn bundled_queries_sort_as_the_engine_does() {
    let store = dev_store();
    for q in query::bundled() {
        let params = query::resolve_params(&q, &[]).expect("defaults");
        let ours = our_rows(&store, &q.sparql, &params);
        let bound = if params.is_empty() {
            q.sparql.clone()
        } else {
            newsgraph::query::bind::bind_text(&q.sparql, &q.name, &params).expect("bind")
        };
        let engine = engine_rows(&store, &bound);
        assert!(
            !engine.is_empty() || q.name == "unlinked-entities",
            "{}: no rows",
            q.name
        );
        assert_same(&q.name, &ours, &engine);
    }
}

#[test]
fn ad_hoc_cases_sort_as_the_engine_does() {
    let store = dev_store();
    let text = std::fs::read_to_string(root().join("tests/data/query_order/cases.rq")).unwrap();
    let mut n = 0;
    for (i, case) in text.split("\n#---\n").enumerate() {
        let name = format!("cases.rq case {}", i + 1);
        let ours = our_rows(&store, case, &[]);
        let engine = engine_rows(&store, case);
        assert!(!engine.is_empty(), "{name}: no rows");
        assert_same(&name, &ours, &engine);
        n += 1;
    }
    assert!(n >= 9, "only {n} cases read");
}

/// The rows newsgraph answers for one window of `sparql`.
fn our_window(store: &GraphStore, sparql: &str, params: &[(String, Term)], w: Window) -> Rows {
    let spec = DatasetSpec::default();
    rows_of(
        query::evaluate_window(store, "test", sparql, params, &spec, None, Some(w)).expect("page"),
    )
}

/// Windows at the start, in the middle, across the end and past it.
fn windows(total: usize) -> Vec<Window> {
    let mut w: Vec<(usize, usize)> = vec![(0, 1), (0, 10), (5, 20), (0, 100), (100, 50)];
    w.push((total.saturating_sub(7), 30));
    w.push((total + 3, 5));
    w.into_iter()
        .map(|(start, length)| Window {
            start,
            length: Some(length),
        })
        .collect()
}

fn assert_pages(
    name: &str,
    store: &GraphStore,
    sparql: &str,
    params: &[(String, Term)],
    all: &Rows,
) {
    for w in windows(all.len()) {
        let ours = our_window(store, sparql, params, w);
        let end = (w.start + w.length.unwrap()).min(all.len());
        let want = &all[w.start.min(all.len())..end];
        assert_same(
            &format!("{name} rows {}+{:?}", w.start, w.length),
            &ours,
            &want.to_vec(),
        );
    }
}

#[test]
fn pages_of_bundled_queries_are_the_engine_rows_at_their_positions() {
    let store = dev_store();
    for q in query::bundled() {
        let params = query::resolve_params(&q, &[]).expect("defaults");
        let bound = if params.is_empty() {
            q.sparql.clone()
        } else {
            newsgraph::query::bind::bind_text(&q.sparql, &q.name, &params).expect("bind")
        };
        let all = engine_rows(&store, &bound);
        assert_pages(&q.name, &store, &q.sparql, &params, &all);
    }
}

/// Items `ex:i0` … `ex:i599` in seven graphs: dates over 40 days (about 15 items a day), two in three of
/// type `ex:A`, the rest `ex:B`; an integer, up to three tags, a label for four in five, and `ex:when`,
/// a date for all but one item, whose `ex:when` is a string; an optional `ex:due` date (none for one item in
/// eleven, two for one in thirteen); an `ex:author` among 37 people, whose names tie (20 names), with a
/// second name for one in four and none for one in nine; an `ex:in` source among 40, and 21,000 more
/// `ex:in` triples of untyped subjects, more than the anchor sorts pair by pair.
fn paging_store() -> GraphStore {
    let mut trig = String::from("@prefix ex: <http://example.com/> .\n");
    for i in 0..600u32 {
        let day = 1 + (i * 7) % 40;
        let (month, dom) = if day > 31 { (2, day - 31) } else { (1, day) };
        let date = format!("\"2020-{month:02}-{dom:02}\"^^<http://www.w3.org/2001/XMLSchema#date>");
        let kind = if i % 3 == 0 { "ex:B" } else { "ex:A" };
        trig.push_str(&format!(
            "ex:g{} {{ ex:i{i} a {kind} ; ex:date {date} ; ex:v {} .",
            i % 7,
            i % 50
        ));
        for t in 0..(i % 4) {
            trig.push_str(&format!(" ex:i{i} ex:tag \"t{}\" .", (i + t) % 5));
        }
        if i % 5 != 0 {
            trig.push_str(&format!(" ex:i{i} ex:label \"label {}\" .", i % 90));
        }
        let when = if i == 299 {
            "\"soon\"".to_string()
        } else {
            date
        };
        if i % 11 != 0 {
            let due = 1 + (i * 3) % 28;
            trig.push_str(&format!(
                " ex:i{i} ex:due \"2021-03-{due:02}\"^^<http://www.w3.org/2001/XMLSchema#date> ."
            ));
            if i % 13 == 0 {
                trig.push_str(&format!(
                    " ex:i{i} ex:due \"2021-04-{:02}\"^^<http://www.w3.org/2001/XMLSchema#date> .",
                    1 + i % 9
                ));
            }
        }
        trig.push_str(&format!(" ex:i{i} ex:author ex:p{} .", i % 37));
        trig.push_str(&format!(" ex:i{i} ex:in ex:src{:02} .", (i * 7) % 40));
        trig.push_str(&format!(" ex:i{i} ex:when {when} . }}\n"));
    }
    trig.push_str("ex:filler {\n");
    for j in 0..21_000u32 {
        trig.push_str(&format!("ex:f{j} ex:in ex:src{:03} .\n", j % 300));
    }
    trig.push_str("}\n");
    for k in 0..37u32 {
        if k % 9 != 0 {
            trig.push_str(&format!(
                "ex:people {{ ex:p{k} ex:name \"name {:02}\" . }}\n",
                k % 20
            ));
        }
        if k % 4 == 0 {
            trig.push_str(&format!(
                "ex:g{} {{ ex:p{k} ex:name \"alias {k}\" . }}\n",
                k % 7
            ));
        }
    }
    let store = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).expect("store");
    store
        .inner()
        .load_from_reader(oxigraph::io::RdfFormat::TriG, trig.as_bytes())
        .expect("load");
    store
}

#[test]
fn pages_found_from_the_leading_key_are_the_engine_rows_at_their_positions() {
    let store = paging_store();
    let text = std::fs::read_to_string(root().join("tests/data/query_order/paged.rq")).unwrap();
    let mut n = 0;
    for (i, case) in text.split("\n#---\n").enumerate() {
        let name = format!("paged.rq case {}", i + 1);
        let all = engine_rows(&store, case);
        assert!(all.len() > 150, "{name}: only {} rows", all.len());
        assert_pages(&name, &store, case, &[], &all);
        n += 1;
    }
    assert!(n >= 7, "only {n} cases read");
}

/// Listings whose page must stay found from their leading key: at 20,000 articles, each would otherwise
/// evaluate and sort more than 120,000 rows for a page of 100.
#[test]
fn bundled_listings_are_paged_from_their_leading_key() {
    for (name, anchor) in [
        ("timeline", "`?item dcterms:date ?date`"),
        (
            "who-said-what",
            "`OPTIONAL { ?statement dcterms:date ?date }`, from `?statement a ng:Statement`",
        ),
        (
            "statements-by-actor",
            "the least `schema:name` of each `ng:speaker`",
        ),
        (
            "statements-about-place",
            "the least `schema:name` of each `schema:about` place",
        ),
        (
            "mentions",
            "the least `schema:name` of each `ng:refersTo` target",
        ),
        ("places", "`?place ng:mentionCount ?mentions`"),
    ] {
        let q = query::find(name).expect("bundled");
        let mut parsed = spargebra::SparqlParser::new()
            .parse_query(&q.sparql)
            .expect("parse");
        query::page::set_window(&mut parsed, 0, Some(100));
        assert!(
            query::page::Anchor::find(&parsed).is_some(),
            "{name}'s page is no longer found from {anchor}"
        );
    }
}

/// `actors-roles` pages without its roles and affiliations, which are then gathered for the page's actors
/// only; and the decorated cases of `paged.rq` are recognised, but not the one whose order reads its
/// decoration.
#[test]
fn decorations_are_gathered_for_the_page_only() {
    let decorated = |text: &str| {
        let mut parsed = spargebra::SparqlParser::new()
            .parse_query(text)
            .expect("parse");
        query::page::set_window(&mut parsed, 0, Some(100));
        query::page::Decorated::find(&parsed).is_some()
    };
    let q = query::find("actors-roles").expect("bundled");
    assert!(decorated(&q.sparql), "actors-roles is no longer decorated");
    let text = std::fs::read_to_string(root().join("tests/data/query_order/paged.rq")).unwrap();
    let cases: Vec<&str> = text
        .split("\n#---\n")
        .filter(|c| c.contains("STRAFTER(STR(?class)"))
        .collect();
    assert_eq!(cases.len(), 3, "decorated cases in paged.rq");
    assert!(decorated(cases[0]) && decorated(cases[1]));
    assert!(!decorated(cases[2]), "a decoration the order reads");
}

const NG: &str = "https://w3id.org/newsgraph/ontology#";

/// 300 entities over 1,200 articles with a long tail: entity `i` is in about one article in `1 + i/3`
/// (the first three in all). One in four is a `ng:Location` (no actor), the others a person, state or
/// organisation; every name is unique. Each entity's `ng:articleCount` is kept in a counts graph as the
/// store keeps it; `stale` makes one top entity's count one short, `pending` marks the counts pending as a
/// stopped load does. 40 agreements with two parties each.
fn network_store(stale: bool, pending: bool) -> GraphStore {
    let mut nq = String::new();
    let mut counts = vec![0u32; 300];
    for j in 0..1200u64 {
        for i in 0..300u64 {
            if (j * 7919 + i * 104_729) % 997 < 997 / (1 + i / 3) {
                counts[i as usize] += 1;
                nq.push_str(&format!(
                    "<http://example.com/e{i}> <{NG}mentionedIn> <http://example.com/art{j}> <http://example.com/art{j}> .\n"
                ));
            }
        }
    }
    let classes = ["Person", "State", "Location", "Organization"];
    for (i, n) in counts.iter().enumerate() {
        let e = format!("<http://example.com/e{i}>");
        let shared = "<http://example.com/shared>";
        nq.push_str(&format!(
            "{e} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{NG}{}> {shared} .\n",
            classes[i % 4]
        ));
        nq.push_str(&format!(
            "{e} <https://schema.org/name> \"actor {i:03}\" {shared} .\n"
        ));
        let n = if stale && i == 1 { n - 1 } else { *n };
        if n > 0 {
            nq.push_str(&format!(
                "{e} <{NG}articleCount> \"{n}\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.com/counts> .\n"
            ));
        }
    }
    for k in 0..40u32 {
        let g = format!("<http://example.com/art{k}>");
        let agr = format!("<http://example.com/agr{k}>");
        nq.push_str(&format!(
            "{agr} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{NG}Agreement> {g} .\n"
        ));
        for p in [k % 7, (k * 5) % 30 + 1] {
            nq.push_str(&format!(
                "{agr} <{NG}party> <http://example.com/e{p}> {g} .\n"
            ));
        }
    }
    if pending {
        nq.push_str(&format!(
            "<http://example.com/counts> <{NG}countsPending> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> <http://example.com/counts> .\n"
        ));
    }
    let store = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite).expect("store");
    store
        .inner()
        .load_from_reader(oxigraph::io::RdfFormat::NQuads, nq.as_bytes())
        .expect("load");
    store
}

/// The co-occurrence plan's answer for one window of `sparql`, every query it needs evaluated by
/// Oxigraph itself; `None` where the plan leaves the query to the engine.
fn planned_window(
    store: &GraphStore,
    sparql: &str,
    params: &[(String, Term)],
    w: Window,
) -> Option<Rows> {
    use newsgraph::query::page::{CoOccurrence, Paged};
    let mut parsed = spargebra::SparqlParser::new()
        .parse_query(sparql)
        .expect("parse");
    query::bind::bind(&mut parsed, "test", params).expect("bind");
    query::page::set_window(&mut parsed, w.start, w.length);
    let plan = CoOccurrence::find(&parsed)?;
    let mut run = |q: spargebra::Query| -> Result<query::page::Rows, String> {
        let mut prepared = SparqlEvaluator::new().for_query(q);
        prepared.dataset_mut().set_default_graph_as_union();
        match prepared
            .on_store(store.inner())
            .execute()
            .map_err(|e| e.to_string())?
        {
            QueryResults::Solutions(s) => {
                let vars = s.variables().to_vec();
                let rows = s
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| e.to_string())?;
                Ok((vars, rows))
            }
            _ => Err("not a SELECT".into()),
        }
    };
    match plan.page(&parsed, &mut run).expect("plan") {
        Paged::Rows((vars, rows)) => Some(
            rows.iter()
                .map(|r| vars.iter().map(|v| r.get(v).cloned()).collect())
                .collect(),
        ),
        Paged::Unsupported => None,
    }
}

/// Windows of a co-occurrence listing: the first page, pages deep enough to need a lower threshold, and
/// the end.
fn network_windows(total: usize) -> Vec<Window> {
    let mut w = vec![
        (0, 1),
        (0, 10),
        (5, 20),
        (0, 100),
        (100, 50),
        (1000, 100),
        (3000, 50),
    ];
    w.push((total.saturating_sub(7), 30));
    w.into_iter()
        .map(|(start, length)| Window {
            start,
            length: Some(length),
        })
        .collect()
}

#[test]
fn co_occurrence_pages_found_from_kept_counts_are_the_engine_rows() {
    let store = network_store(false, false);
    let bundled = query::find("actor-network").expect("bundled");
    let params = query::resolve_params(&bundled, &[]).expect("defaults");
    let file = std::fs::read_to_string(root().join("tests/data/query_order/cooccur.rq")).unwrap();
    let mut cases = vec![(
        "actor-network".to_string(),
        bundled.sparql.clone(),
        params,
        true,
    )];
    for (i, case) in file.split("\n#---\n").enumerate() {
        let planned = case.contains("# planned:");
        cases.push((
            format!("cooccur.rq case {}", i + 1),
            case.to_string(),
            vec![],
            planned,
        ));
    }
    assert!(cases.len() >= 6, "only {} cases read", cases.len());
    for (name, sparql, params, planned) in &cases {
        let bound = newsgraph::query::bind::bind_text(sparql, name, params).expect("bind");
        let all = engine_rows(&store, &bound);
        assert!(all.len() > 150, "{name}: only {} rows", all.len());
        for w in network_windows(all.len()) {
            let end = (w.start + w.length.unwrap()).min(all.len());
            let want = all[w.start.min(all.len())..end].to_vec();
            let label = format!("{name} rows {}+{:?}", w.start, w.length);
            assert_same(&label, &our_window(&store, sparql, params, w), &want);
            let by_plan = planned_window(&store, sparql, params, w);
            if *planned && w.start + w.length.unwrap() <= 3050 {
                let rows = by_plan.unwrap_or_else(|| panic!("{label}: not answered by the plan"));
                assert_same(&format!("{label}, plan"), &rows, &want);
            } else if !*planned {
                assert!(by_plan.is_none(), "{label}: answered by the plan");
            }
        }
    }
}

#[test]
fn co_occurrence_plan_leaves_stale_or_pending_counts_to_the_engine() {
    let bundled = query::find("actor-network").expect("bundled");
    let params = query::resolve_params(&bundled, &[]).expect("defaults");
    let text =
        newsgraph::query::bind::bind_text(&bundled.sparql, "actor-network", &params).expect("bind");
    for (stale, pending) in [(true, false), (false, true)] {
        let store = network_store(stale, pending);
        let w = Window {
            start: 0,
            length: Some(100),
        };
        assert!(
            planned_window(&store, &bundled.sparql, &params, w).is_none(),
            "stale {stale}, pending {pending}: answered by the plan"
        );
        let all = engine_rows(&store, &text);
        assert_same(
            &format!("stale {stale}, pending {pending}"),
            &our_window(&store, &bundled.sparql, &params, w),
            &all[..100].to_vec(),
        );
    }
}

/// `places` reads a place's coordinates from the shared graph where every article agrees, and from the
/// views only where they disagree: on the dev store, with one place given a second latitude and another a
/// second longitude by an extra article, its rows (whole and paged) must be those of the query that reads
/// every view (`tests/data/query_order/places-reference.rq`).
#[test]
fn places_read_the_views_only_where_articles_disagree() {
    let store = dev_store();
    let geo = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    let prov = "http://www.w3.org/ns/prov#";
    // Two places with coordinates (entities, which keep a mention count: views have coordinates too), and
    // the graph their shared coordinates are in.
    let picked = engine_rows(
        &store,
        &format!(
            "SELECT ?place ?g ?la ?lo WHERE {{ ?place <{NG}mentionCount> ?m . GRAPH ?g {{ ?place <{geo}lat> ?la ; <{geo}long> ?lo }} }} ORDER BY ?place LIMIT 2"
        ),
    );
    assert_eq!(picked.len(), 2, "two places with coordinates");
    let mut update = String::new();
    for (k, row) in picked.iter().enumerate() {
        let [Some(place), Some(g), Some(la), Some(lo)] = &row[..] else {
            panic!("row {row:?}")
        };
        // The first place gets another latitude, the second another longitude, from an article whose
        // IRI sorts before every other source.
        let (la2, lo2) = if k == 0 {
            (
                "\"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>".to_string(),
                lo.to_string(),
            )
        } else {
            (
                la.to_string(),
                "\"2.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>".to_string(),
            )
        };
        let view = format!("<http://example.com/view{k}>");
        let article = "<http://example.com/0-article>";
        update.push_str(&format!(
            "INSERT DATA {{ GRAPH {article} {{ {view} <{prov}specializationOf> {place} ; <{geo}lat> {la2} ; <{geo}long> {lo2} ; <{prov}wasDerivedFrom> {article} }} GRAPH {g} {{ {place} <{geo}lat> {la2} ; <{geo}long> {lo2} }} }} ;\n"
        ));
    }
    update.push_str("INSERT DATA { GRAPH <http://example.com/unused> { <http://example.com/x> <http://example.com/y> 1 } }");
    store.inner().update(&update).expect("update");
    let reference =
        std::fs::read_to_string(root().join("tests/data/query_order/places-reference.rq")).unwrap();
    let all = engine_rows(&store, &reference);
    let places = query::find("places").expect("bundled");
    assert_same(
        "places, whole",
        &our_rows(&store, &places.sparql, &[]),
        &all,
    );
    assert_pages("places", &store, &places.sparql, &[], &all);
    // The disagreeing pairs are the extra article's.
    let texts: Vec<String> = all.iter().map(|r| format!("{r:?}")).collect();
    assert!(
        texts.iter().any(|t| t.contains("\"1.5\"")),
        "latitude 1.5 shown"
    );
    assert!(
        texts.iter().any(|t| t.contains("\"2.5\"")),
        "longitude 2.5 shown"
    );
}

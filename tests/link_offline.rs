//! Offline linking: ranking cases (`tests/data/link/cases.tsv`), coordinates and country codes, one lookup
//! per name, failing lookups, an empty index, the bundled starter index, the article's words, and the dev
//! set scored like `../shared/eval/score.py`. Building and reading the index is in `tests/link_index.rs`.

mod link_review;

mod link_support;

use link_support::{data, empty_extraction, entity};
use newsgraph::link::{
    Candidate, CandidateSource, LinkError, LinkMethod, LinkOptions, OfflineIndex, build_index,
    link_extraction,
};
use newsgraph::model::EntityType;
use std::path::Path;
use std::sync::Mutex;

fn dev_index(dir: &Path) -> OfflineIndex {
    let out = dir.join("index.jsonl");
    build_index(&data().join("entities.json"), &out, false).expect("index");
    OfflineIndex::open(&out).expect("open index")
}

fn list(cell: &str) -> Vec<&str> {
    if cell == "-" {
        Vec::new()
    } else {
        cell.split(';').collect()
    }
}

/// A source that records what it was asked.
struct Recording<'a> {
    inner: &'a dyn CandidateSource,
    calls: Mutex<Vec<Vec<String>>>,
    reverse: bool,
}

impl CandidateSource for Recording<'_> {
    fn candidates(&self, names: &[String]) -> Vec<Result<Vec<Candidate>, LinkError>> {
        self.calls.lock().unwrap().push(names.to_vec());
        let mut out = self.inner.candidates(names);
        if self.reverse {
            for r in out.iter_mut().flatten() {
                r.reverse();
            }
        }
        out
    }
    fn method(&self) -> LinkMethod {
        self.inner.method()
    }
}

/// A source whose every lookup fails.
struct Failing;

impl CandidateSource for Failing {
    fn candidates(&self, names: &[String]) -> Vec<Result<Vec<Candidate>, LinkError>> {
        names
            .iter()
            .map(|_| {
                Err(LinkError::Transport {
                    url: "http://127.0.0.1:9/w/api.php".into(),
                    message: "connection refused".into(),
                })
            })
            .collect()
    }
    fn method(&self) -> LinkMethod {
        LinkMethod::Online
    }
}

#[test]
fn ranking_cases_from_file() {
    let tmp = tempfile::tempdir().unwrap();
    let index = dev_index(tmp.path());
    let text = std::fs::read_to_string(data().join("cases.tsv")).unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 7, "{line}");
        let kind: EntityType = c[0].parse().expect("type");
        let mut ex = empty_extraction();
        let mut e = entity("e1", kind, c[1], &list(c[2]), &list(c[3]));
        if c[4] != "-" {
            // "Type:Name", or a State's name.
            let (kind, name) = match c[4].split_once(':') {
                Some((t, n)) => (t.parse().expect("affiliation type"), n),
                None => (EntityType::State, c[4]),
            };
            ex.entities.push(entity("e2", kind, name, &[], &[]));
            e.affiliation = Some("e2".into());
        }
        for (k, state) in list(c[5]).into_iter().enumerate() {
            ex.entities
                .push(entity(&format!("c{k}"), EntityType::State, state, &[], &[]));
        }
        ex.entities.insert(0, e);
        let report = link_extraction(&mut ex, &index, &LinkOptions::default());
        n += 1;
        let got = ex.entities[0]
            .wikidata
            .clone()
            .unwrap_or_else(|| "-".into());
        if got != c[6] {
            failures.push(format!("{line}: got {got} ({:?})", report.unlinked));
        }
        if got != "-" {
            let conf = ex.entities[0].wikidata_confidence.unwrap();
            assert!((0.5..=1.0).contains(&conf), "{line}: confidence {conf}");
            assert_eq!(conf, (conf * 1000.0).round() / 1000.0, "3 decimals");
            assert_eq!(ex.entities[0].wikidata_method.as_deref(), Some("offline"));
        } else {
            assert!(
                report.unlinked.iter().any(|(id, _, _)| id == "e1"),
                "{line}: unlinked without a reason"
            );
        }
    }
    assert!(n >= 30, "{n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn places_get_coordinates_and_country_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let index = dev_index(tmp.path());
    let mut ex = empty_extraction();
    ex.entities
        .push(entity("e1", EntityType::Location, "Bridgetown", &[], &[]));
    ex.entities
        .push(entity("e2", EntityType::State, "Barbados", &[], &[]));
    ex.entities.push(entity(
        "e3",
        EntityType::Person,
        "Donald Trump",
        &[],
        &["President"],
    ));
    link_extraction(&mut ex, &index, &LinkOptions::default());
    let (city, state, person) = (&ex.entities[0], &ex.entities[1], &ex.entities[2]);
    assert_eq!(state.wikidata.as_deref(), Some("Q244"));
    assert_eq!(state.country.as_deref(), Some("BB"));
    assert_eq!(city.wikidata.as_deref(), Some("Q36168"));
    let (lat, lon) = city.coordinates.expect("coordinates");
    assert!((lat - 13.0975).abs() < 1e-6 && (lon + 59.616667).abs() < 1e-6);
    // The city's country code comes from the article's linked state of its P17 country.
    assert_eq!(city.country.as_deref(), Some("BB"));
    assert_eq!(person.wikidata.as_deref(), Some("Q22686"));
    assert!(person.coordinates.is_none() && person.country.is_none());
}

#[test]
fn one_lookup_for_names_then_aliases_and_deterministic() {
    let tmp = tempfile::tempdir().unwrap();
    let index = dev_index(tmp.path());
    let build = || {
        let mut ex = empty_extraction();
        ex.entities.push(entity(
            "e1",
            EntityType::State,
            "the Americans",
            &["US", "Washington"],
            &[],
        ));
        ex.entities
            .push(entity("e2", EntityType::State, "Russia", &["Moscow"], &[]));
        ex.entities
            .push(entity("e3", EntityType::Location, "Russia", &[], &[]));
        ex.entities
            .push(entity("e4", EntityType::Group, "militants", &[], &[]));
        ex
    };
    let mut runs = Vec::new();
    for reverse in [false, true] {
        let source = Recording {
            inner: &index,
            calls: Mutex::new(Vec::new()),
            reverse,
        };
        let mut ex = build();
        link_extraction(&mut ex, &source, &LinkOptions::default());
        let calls = source.calls.into_inner().unwrap();
        // Names once (distinct, Groups left out), then the aliases of the entity whose name found nothing.
        assert_eq!(
            calls,
            vec![
                vec!["Russia".to_string(), "the Americans".to_string()],
                vec!["US".to_string(), "Washington".to_string()],
            ]
        );
        runs.push(ex);
    }
    assert_eq!(runs[0], runs[1], "candidate order changed the result");
    let ex = &runs[0];
    assert_eq!(ex.entities[0].wikidata.as_deref(), Some("Q30"));
    assert_eq!(ex.entities[1].wikidata.as_deref(), Some("Q159"));
    assert_eq!(ex.entities[2].wikidata.as_deref(), Some("Q159"));
    assert_eq!(ex.entities[3].wikidata, None);
}

#[test]
fn failed_lookups_leave_the_extraction_whole() {
    let mut ex = empty_extraction();
    ex.entities
        .push(entity("e1", EntityType::State, "Russia", &[], &[]));
    ex.entities
        .push(entity("e2", EntityType::Person, "Sergei Lavrov", &[], &[]));
    let before = ex.clone();
    let report = link_extraction(&mut ex, &Failing, &LinkOptions::default());
    assert_eq!(ex, before);
    assert_eq!(report.linked, 0);
    assert_eq!(report.failed.len(), 2);
    assert!(report.failed[0].1.contains("connection refused"));
    assert_eq!(report.unlinked.len(), 2);
    assert!(
        report
            .unlinked
            .iter()
            .all(|(_, _, r)| r.contains("later run"))
    );
    // Entities linked before are kept and not looked up again.
    let tmp = tempfile::tempdir().unwrap();
    let index = dev_index(tmp.path());
    ex.entities[0].wikidata = Some("Q159".into());
    let source = Recording {
        inner: &index,
        calls: Mutex::new(Vec::new()),
        reverse: false,
    };
    link_extraction(&mut ex, &source, &LinkOptions::default());
    assert_eq!(
        source.calls.into_inner().unwrap(),
        vec![vec!["Sergei Lavrov".to_string()]]
    );
    assert_eq!(ex.entities[0].wikidata.as_deref(), Some("Q159"));
    assert_eq!(ex.entities[0].wikidata_confidence, None);
}

#[test]
fn an_empty_index_links_nothing_and_says_why() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("empty.jsonl");
    std::fs::write(&path, "# no items\n").unwrap();
    let index = OfflineIndex::open(&path).unwrap();
    assert!(index.is_empty());
    let mut ex = empty_extraction();
    ex.entities
        .push(entity("e1", EntityType::State, "France", &[], &[]));
    let report = link_extraction(&mut ex, &index, &LinkOptions::default());
    assert_eq!(report.linked, 0);
    assert!(report.failed.is_empty());
    assert_eq!(
        report.unlinked,
        vec![("e1".into(), "France".into(), "no candidate".into())]
    );
}

/// The starter index alone, as `--link offline` uses it out of the box: countries, capitals and international
/// organisations, with the cases in `tests/data/link/starter_cases.tsv`.
#[test]
fn starter_index_links_out_of_the_box() {
    let index = OfflineIndex::starter();
    assert!(index.len() >= 1000, "{} items", index.len());
    let cases = std::fs::read_to_string(data().join("starter_cases.tsv")).unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 5, "{line}");
        let kind: EntityType = serde_json::from_value(serde_json::json!(c[0])).unwrap();
        let want = (c[2] != "-").then_some(c[2]);
        let mut ex = empty_extraction();
        ex.entities.push(entity("e1", kind, c[1], &[], &[]));
        link_extraction(&mut ex, &index, &LinkOptions::default());
        let e = &ex.entities[0];
        n += 1;
        if e.wikidata.as_deref() != want {
            failures.push(format!("{line}: linked to {:?}", e.wikidata));
            continue;
        }
        let iso = (c[3] != "-").then_some(c[3]);
        if want.is_some() && e.country.as_deref() != iso {
            failures.push(format!("{line}: country code {:?}", e.country));
        }
        let coords = (c[4] != "-").then(|| {
            let (lat, lon) = c[4].split_once(',').unwrap();
            (lat.parse::<f64>().unwrap(), lon.parse::<f64>().unwrap())
        });
        if let Some((lat, lon)) = coords {
            match e.coordinates {
                Some((a, b)) if (a - lat).abs() < 1e-6 && (b - lon).abs() < 1e-6 => {}
                other => failures.push(format!("{line}: coordinates {other:?}")),
            }
        }
    }
    assert!(n >= 15, "{n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every organisation of `data/wikidata/organisations.tsv` is in the bundled starter index under its label and
/// every alias, as an international organisation: the index was rebuilt from the table
/// (`scripts/build_starter_index.py`).
#[test]
fn starter_index_holds_every_organisation() {
    let index = OfflineIndex::starter();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/wikidata/organisations.tsv");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut rows = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
    let (_, header) = rows.next().expect("header");
    assert_eq!(header, "qid\tlabel\taliases\tfamily\tsprvd_id\tsource");
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in rows {
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 6, "organisations.tsv:{}: {line}", i + 1);
        assert!(
            ["both", "supraverden", "opensanctions"].contains(&c[5]),
            "organisations.tsv:{}: source {}",
            i + 1,
            c[5]
        );
        n += 1;
        let names = std::iter::once(c[1]).chain(c[2].split('|').filter(|a| *a != "-"));
        for name in names {
            let found = index.lookup(name);
            match found.iter().find(|x| x.qid == c[0]) {
                Some(x) if x.instance_of == ["Q484652"] => {}
                Some(x) => failures.push(format!("{}: classes {:?}", c[0], x.instance_of)),
                None => failures.push(format!(
                    "organisations.tsv:{}: {name:?} does not find {}",
                    i + 1,
                    c[0]
                )),
            }
        }
    }
    assert!(n >= 500, "{n} organisations");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn dev_scores(index: &dyn CandidateSource) -> Option<newsgraph::eval::EvalReport> {
    let articles =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev/articles.jsonl");
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev/gold");
    if !articles.is_file() {
        eprintln!("skipped: {} not present", articles.display());
        return None;
    }
    let records = newsgraph::ingest::read_all(&[articles], &Default::default()).unwrap();
    let mut exs = newsgraph::pipeline::extract_records(records);
    for ex in &mut exs {
        link_extraction(ex, index, &LinkOptions::default());
    }
    Some(newsgraph::eval::score(&gold, &exs).unwrap())
}

/// The article's words around a mention decide ("the island of Ireland" is the island, not the state):
/// the cases in `tests/data/link/context_cases.tsv`.
#[test]
fn context_from_the_text_decides() {
    text_cases("context_cases.tsv");
}

/// Kinds of wrong link the starter index must not make (a State linked to a contested territory or to its
/// capital city, a source row whose names disagree), beside the right links of the same names: the invented
/// cases of `tests/data/link/precision_cases.tsv`.
#[test]
fn precision_cases_from_file() {
    text_cases("precision_cases.tsv");
}

/// Links one entity per case over the starter index, its mentions every occurrence of its name in the text,
/// and checks the QID (`-`: unlinked).
fn text_cases(file: &str) {
    text_cases_over(file, &OfflineIndex::starter());
}

/// [`text_cases`] over a given index.
fn text_cases_over(file: &str, index: &OfflineIndex) {
    let cases = std::fs::read_to_string(data().join(file)).unwrap();
    let mut n = 0;
    let mut failures = Vec::new();
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 4, "{file}: {line}");
        n += 1;
        let kind: EntityType = serde_json::from_value(serde_json::json!(c[0])).unwrap();
        let mut ex = empty_extraction();
        ex.text = c[2].to_string();
        let mut e = entity("e1", kind, c[1], &[], &[]);
        e.mentions = c[2]
            .match_indices(c[1])
            .map(|(b, m)| {
                let start = c[2][..b].chars().count();
                newsgraph::model::Mention {
                    start,
                    end: start + m.chars().count(),
                    text: Some(m.to_string()),
                }
            })
            .collect();
        ex.entities.push(e);
        let report = link_extraction(&mut ex, index, &LinkOptions::default());
        let want = (c[3] != "-").then_some(c[3]);
        if ex.entities[0].wikidata.as_deref() != want {
            failures.push(format!(
                "{file}: {line}: {:?} ({:?})",
                ex.entities[0].wikidata, report.unlinked
            ));
        }
    }
    assert!(n > 0, "{file}: no cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The dev set, linked from the dump excerpt's index, scored like `score.py`: the targets; then the
/// starter index alone, what `--link offline` gives out of the box.
#[test]
fn dev_set_links_offline() {
    let tmp = tempfile::tempdir().unwrap();
    let index = dev_index(tmp.path());
    let Some(r) = dev_scores(&index) else { return };
    eprintln!(
        "offline (dump excerpt): link accuracy {:.3}, precision {:.3} over {} gold links",
        r.wikidata_link_accuracy, r.wikidata_link_precision, r.wikidata_gold_links
    );
    let mut failures = link_review::unreviewed_disagreements(&r);
    assert!(r.wikidata_gold_links >= 25);
    // Floors at the measured 0.975 and 0.991 (issue 9 session 10), rounded down.
    assert!(
        r.wikidata_link_accuracy >= 0.97,
        "link accuracy {}",
        r.wikidata_link_accuracy
    );
    assert!(
        r.wikidata_link_precision >= 0.99,
        "link precision {}",
        r.wikidata_link_precision
    );
    let Some(s) = dev_scores(&OfflineIndex::starter()) else {
        return;
    };
    eprintln!(
        "offline (starter index): link accuracy {:.3}, precision {:.3}",
        s.wikidata_link_accuracy, s.wikidata_link_precision
    );
    failures.extend(link_review::unreviewed_disagreements(&s));
    // Regression floors: the starter index has countries, capitals and international organisations, but no
    // people or non-capital cities (data/wikidata/README.md). Its precision counts the reviewed links the gold
    // leaves null (gold_null_links.tsv) against it, as score.py does: 0.866 and 0.963 measured (issue 9
    // session 10), all four links it counts as wrong reviewed there.
    assert!(
        s.wikidata_link_accuracy >= 0.86,
        "{}",
        s.wikidata_link_accuracy
    );
    assert!(
        s.wikidata_link_precision >= 0.96,
        "{}",
        s.wikidata_link_precision
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The full offline index (`data/wikidata/starter-index-full.jsonl`: the starter index, the cities of
/// `cities.tsv` and the people of `people.tsv`), as `--link offline --index` reads it.
fn full_index() -> OfflineIndex {
    OfflineIndex::open(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data/wikidata/starter-index-full.jsonl"),
    )
    .expect("the full index is valid")
}

/// Rows of a tab-separated data table with a header line (after `#` comments): the header, then each row's
/// line number and cells.
fn table(file: &str) -> (Vec<String>, Vec<(usize, Vec<String>)>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut rows = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l.split('\t').map(str::to_string).collect::<Vec<_>>()));
    let (_, header) = rows.next().expect("header");
    (header, rows.collect())
}

/// Every person of `people.tsv` is in the full index under its label and every alias, as a human with the
/// table's citizenships and positions (so that roles and affiliations confirm them), and nowhere in the
/// bundled starter index; every city of the full index is a city only (Location, never a State or a Person).
#[test]
fn full_index_holds_every_person_and_city() {
    let full = full_index();
    let starter = OfflineIndex::starter();
    let (header, rows) = table("data/wikidata/people.tsv");
    assert_eq!(
        header.join("\t"),
        "qid\tlabel\taliases\tcitizenship\tpositions\troles\tlists\tsource"
    );
    let mut failures = Vec::new();
    for (line, c) in &rows {
        assert_eq!(c.len(), 8, "people.tsv:{line}");
        assert!(
            ["both", "wikidata", "wikipedia"].contains(&c[7].as_str()),
            "people.tsv:{line}: source {}",
            c[7]
        );
        let qids = |cell: &str| -> Vec<String> {
            list(&cell.replace(',', ";"))
                .into_iter()
                .map(str::to_string)
                .collect()
        };
        let names = std::iter::once(c[1].as_str()).chain(c[2].split('|').filter(|a| *a != "-"));
        for name in names {
            assert!(
                name.split_whitespace().count() >= 2,
                "people.tsv:{line}: {name:?} is not a full name"
            );
            match full.lookup(name).iter().find(|x| x.qid == c[0]) {
                Some(x) if x.instance_of == ["Q5"] => {
                    if x.citizenship != qids(&c[3]) || x.positions != qids(&c[4]) {
                        failures.push(format!("people.tsv:{line}: claims of {}", c[0]));
                    }
                }
                Some(x) => failures.push(format!("{}: classes {:?}", c[0], x.instance_of)),
                None => failures.push(format!(
                    "people.tsv:{line}: {name:?} does not find {}",
                    c[0]
                )),
            }
            if starter.lookup(name).iter().any(|x| x.qid == c[0]) {
                failures.push(format!(
                    "people.tsv:{line}: {} is in the bundled starter index",
                    c[0]
                ));
            }
        }
    }
    assert!(rows.len() >= 800, "{} people", rows.len());
    let (_, cities) = table("data/wikidata/cities.tsv");
    let mut found = 0;
    for (_, c) in &cities {
        // Cities the starter index already holds (capitals; city-states whose city is the country item).
        if starter.lookup(&c[1]).iter().any(|x| x.qid == c[0]) {
            continue;
        }
        if let Some(x) = full.lookup(&c[1]).iter().find(|x| x.qid == c[0]) {
            found += 1;
            if !x.instance_of.iter().any(|q| q == "Q515") || x.instance_of.iter().any(|q| q == "Q5")
            {
                failures.push(format!("{}: classes {:?}", c[0], x.instance_of));
            }
        }
    }
    assert!(
        found >= 900,
        "{found} cities of cities.tsv in the full index"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The invented cases of `tests/data/link/full_index_cases.tsv` over the full index: a new city links, an
/// ambiguous or misspelt name stays unlinked, a Person never links to a city, a person links only when a role
/// or the affiliated state confirms the item.
#[test]
fn full_index_cases_from_file() {
    let index = full_index();
    let cases = std::fs::read_to_string(data().join("full_index_cases.tsv")).unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 5, "{line}");
        n += 1;
        let kind: EntityType = serde_json::from_value(serde_json::json!(c[0])).unwrap();
        let mut ex = empty_extraction();
        let mut e = entity("e1", kind, c[1], &[], &list(c[2]));
        if c[3] != "-" {
            ex.entities
                .push(entity("e2", EntityType::State, c[3], &[], &[]));
            e.affiliation = Some("e2".into());
        }
        ex.entities.push(e);
        let report = link_extraction(&mut ex, &index, &LinkOptions::default());
        let got = ex.entities.iter().find(|e| e.id == "e1").unwrap();
        let want = (c[4] != "-").then_some(c[4]);
        if got.wikidata.as_deref() != want {
            failures.push(format!(
                "{line}: {:?} ({:?})",
                got.wikidata, report.unlinked
            ));
        }
    }
    assert!(n >= 15, "{n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The cases the starter index must get right hold over the full index too: its cities and people change
/// none of them (a State named by its capital is still the country, "the island of Ireland" still the island).
#[test]
fn full_index_keeps_the_starter_cases() {
    let index = full_index();
    text_cases_over("precision_cases.tsv", &index);
    text_cases_over("context_cases.tsv", &index);
}

/// The dev set linked from the full index: no link contradicts a gold QID, and every link the gold leaves
/// null is reviewed in `gold_null_links.tsv`. No floor: the figures are printed (data/wikidata/README.md).
#[test]
fn dev_set_links_from_the_full_index() {
    let Some(r) = dev_scores(&full_index()) else {
        return;
    };
    eprintln!(
        "offline (full index): link accuracy {:.3}, precision {:.3}",
        r.wikidata_link_accuracy, r.wikidata_link_precision
    );
    let failures = link_review::unreviewed_disagreements(&r);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

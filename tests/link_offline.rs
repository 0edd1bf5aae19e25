//! Offline linking: the index built from a Wikidata dump excerpt (`tests/data/link/entities.json`, also
//! gzip- and bzip2-compressed), ranking cases (`tests/data/link/cases.tsv`), bad dumps and indexes, an empty
//! index, failing lookups, the bundled starter index, and the dev set scored like `../shared/eval/score.py`.

mod link_review;

use newsgraph::link::{
    BuildOptions, Candidate, CandidateSource, LinkError, LinkMethod, LinkOptions, OfflineIndex,
    build_index, build_index_with, link_extraction,
};
use newsgraph::model::{Document, Entity, EntityType, Extraction};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/link")
}

fn dev_index(dir: &Path) -> OfflineIndex {
    let out = dir.join("index.jsonl");
    build_index(&data().join("entities.json"), &out, false).expect("index");
    OfflineIndex::open(&out).expect("open index")
}

fn entity(id: &str, kind: EntityType, name: &str, aliases: &[&str], roles: &[&str]) -> Entity {
    Entity {
        id: id.into(),
        kind,
        name: name.into(),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        roles: roles.iter().map(|s| s.to_string()).collect(),
        affiliation: None,
        wikidata: None,
        wikidata_confidence: None,
        wikidata_method: None,
        coordinates: None,
        country: None,
        mentions: Vec::new(),
    }
}

fn list(cell: &str) -> Vec<&str> {
    if cell == "-" {
        Vec::new()
    } else {
        cell.split(';').collect()
    }
}

fn empty_extraction() -> Extraction {
    Extraction::empty(&Document {
        id: "case".into(),
        ..Default::default()
    })
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

// Over 80 lines: one scenario read top to bottom, each step checking what the steps before it left;
// split, the steps would hand its state around and the story would be harder to follow.
#[test]
fn compressed_dumps_give_the_same_index() {
    let tmp = tempfile::tempdir().unwrap();
    let raw = std::fs::read(data().join("entities.json")).unwrap();
    let items = serde_json::from_slice::<Vec<serde_json::Value>>(&raw).unwrap();
    let plain = tmp.path().join("plain.jsonl");
    let stats = build_index(&data().join("entities.json"), &plain, false).unwrap();
    assert_eq!(stats.read, items.len());
    // Items of classes no entity type takes (Russian Empire and Soviet Union: historical country; Europe:
    // continent) or without a class (County Kerry) are left out.
    assert_eq!(stats.kept, items.len() - 4);
    let index = OfflineIndex::open(&plain).unwrap();
    assert_eq!(index.len(), stats.kept);
    assert!(index.lookup("Kerry").iter().all(|c| c.qid == "Q22316"));
    // Sorted by QID number: deterministic output.
    let text = std::fs::read_to_string(&plain).unwrap();
    let qids: Vec<u64> = text
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["qid"].as_str().unwrap()[1..].parse().unwrap()
        })
        .collect();
    assert!(qids.windows(2).all(|w| w[0] < w[1]));
    let gz = tmp.path().join("dump.json.gz");
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::fast(),
    );
    enc.write_all(&raw).unwrap();
    enc.finish().unwrap();
    let bz = tmp.path().join("dump.json.bz2");
    let mut enc = bzip2::write::BzEncoder::new(
        std::fs::File::create(&bz).unwrap(),
        bzip2::Compression::fast(),
    );
    enc.write_all(&raw).unwrap();
    enc.finish().unwrap();
    for dump in [gz, bz] {
        let out = tmp.path().join("other.jsonl");
        assert_eq!(build_index(&dump, &out, false).unwrap(), stats);
        assert_eq!(
            std::fs::read(&out).unwrap(),
            std::fs::read(&plain).unwrap(),
            "{}",
            dump.display()
        );
    }
    // Bounded memory: sorted runs of 4 spilled to disk and merged give the same file, and leave no
    // temporary file behind; a QID seen twice is kept once.
    let twice = tmp.path().join("twice.json");
    let text = String::from_utf8(raw.clone()).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    let first_entity = lines[1].to_string();
    lines.insert(1, &first_entity);
    std::fs::write(&twice, lines.join("\n")).unwrap();
    let spilled = tmp.path().join("spilled").join("index.jsonl");
    std::fs::create_dir_all(spilled.parent().unwrap()).unwrap();
    let s2 = build_index_with(
        &twice,
        &spilled,
        &BuildOptions {
            chunk: 4,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!((s2.read, s2.kept), (stats.read + 1, stats.kept));
    assert_eq!(
        std::fs::read(&spilled).unwrap(),
        std::fs::read(&plain).unwrap()
    );
    let mut left: Vec<String> = std::fs::read_dir(spilled.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    left.sort();
    // The index and its key table (tests/link_keys.rs), no temporary file.
    assert_eq!(
        left,
        ["index.jsonl", "index.jsonl.keys"],
        "temporary files left"
    );
    // With the progress spinner (stderr) the result is the same.
    let shown = tmp.path().join("shown.jsonl");
    assert_eq!(
        build_index(&data().join("entities.json"), &shown, true).unwrap(),
        stats
    );
    // A gzip'd index reads the same.
    let gz_index = tmp.path().join("index.jsonl.gz");
    build_index(&data().join("entities.json"), &gz_index, false).unwrap();
    assert_eq!(OfflineIndex::open(&gz_index).unwrap().len(), stats.kept);
    // The file is a whole gzip member, trailer included (CRC and length), as `gzip -t` checks it.
    let bytes = std::fs::read(&gz_index).unwrap();
    let mut plain = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut plain)
        .expect("a complete gzip stream");
    let len = u32::from_le_bytes(bytes[bytes.len() - 4..].try_into().unwrap());
    assert_eq!(
        len as usize,
        plain.len() % (1 << 32),
        "ISIZE of the gzip trailer"
    );
    assert_eq!(
        plain,
        std::fs::read(tmp.path().join("plain.jsonl")).unwrap(),
        "the gzip'd index holds the plain index's bytes"
    );
}

#[test]
fn bad_dumps_and_indexes_name_the_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dump = tmp.path().join("bad.json");
    std::fs::write(
        &dump,
        "[\n{\"type\": \"item\", \"id\": \"Q1\"},\n{\"type\": \"item\", \"id\n]\n",
    )
    .unwrap();
    match build_index(&dump, &tmp.path().join("i.jsonl"), false) {
        Err(e @ LinkError::BadDump { line: 3, .. }) => {
            assert!(e.to_string().contains("bad.json:3"), "{e}")
        }
        other => panic!("{other:?}"),
    }
    assert!(
        !tmp.path().join("i.jsonl").exists(),
        "no partial index is left behind"
    );
    // Not an entity object.
    std::fs::write(&dump, "[\n[1, 2],\n]\n").unwrap();
    let err = build_index(&dump, &tmp.path().join("i.jsonl"), false).unwrap_err();
    assert!(err.to_string().contains("bad.json:2"), "{err}");
    // A truncated gzip download.
    let raw = std::fs::read(data().join("entities.json")).unwrap();
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(&raw).unwrap();
    let gz = enc.finish().unwrap();
    let cut = tmp.path().join("cut.json.gz");
    std::fs::write(&cut, &gz[..gz.len() / 2]).unwrap();
    let err = build_index(&cut, &tmp.path().join("i.jsonl"), false).unwrap_err();
    assert!(err.to_string().contains("cut.json.gz"), "{err}");
    // A byte-order mark and CRLF line ends are fine.
    let crlf = tmp.path().join("crlf.json");
    let text = String::from_utf8(raw.clone())
        .unwrap()
        .replace('\n', "\r\n");
    std::fs::write(&crlf, format!("\u{feff}{text}")).unwrap();
    let stats = build_index(&crlf, &tmp.path().join("crlf.jsonl"), false).unwrap();
    assert!(stats.kept > 30, "{stats:?}");
    // An empty dump.
    std::fs::write(&dump, "[\n]\n").unwrap();
    let err = build_index(&dump, &tmp.path().join("i.jsonl"), false).unwrap_err();
    assert!(err.to_string().contains("empty"), "{err}");
    // A bad index line.
    let index = tmp.path().join("bad.jsonl");
    std::fs::write(
        &index,
        "# comment\n{\"qid\": \"Q1\", \"label\": \"x\"}\nnot json\n",
    )
    .unwrap();
    match OfflineIndex::open(&index) {
        Err(e @ LinkError::BadIndex { line: 3, .. }) => {
            assert!(e.to_string().contains("bad.jsonl:3"), "{e}")
        }
        other => panic!("{other:?}"),
    }
    let err = OfflineIndex::open(&tmp.path().join("missing.jsonl")).unwrap_err();
    assert!(err.to_string().contains("missing.jsonl"), "{err}");
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
    let index = OfflineIndex::starter();
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
        let report = link_extraction(&mut ex, &index, &LinkOptions::default());
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

/// The index builder's first pass resolves P31 classes `types.tsv` does not list through P279, within the
/// depth; the invented items of `online/class_chain.json` (QIDs from Q900000001) beside the real excerpt.
#[test]
fn the_index_builder_resolves_unknown_classes() {
    let tmp = tempfile::tempdir().unwrap();
    let dump = tmp.path().join("dump.json");
    let real = std::fs::read_to_string(data().join("entities.json")).unwrap();
    let invented = std::fs::read_to_string(data().join("online/class_chain.json")).unwrap();
    // One dump array: the real items, then the invented ones.
    let mut lines: Vec<String> = real
        .lines()
        .chain(invented.lines())
        .map(|l| l.trim().trim_end_matches(',').to_string())
        .filter(|l| l.starts_with('{'))
        .collect();
    let last = lines.len() - 1;
    for l in &mut lines[..last] {
        l.push(',');
    }
    std::fs::write(&dump, format!("[\n{}\n]\n", lines.join("\n"))).unwrap();
    let build = |depth: u32| {
        let out = tmp.path().join(format!("index-{depth}.jsonl"));
        build_index_with(
            &dump,
            &out,
            &BuildOptions {
                class_depth: depth,
                ..Default::default()
            },
        )
        .unwrap();
        OfflineIndex::open(&out).unwrap()
    };
    let index = build(4);
    let town = index.lookup("Testtown");
    assert_eq!(town.len(), 1);
    assert!(
        town[0].instance_of.contains(&"Q515".to_string()),
        "{town:?}"
    );
    assert!(
        index.lookup("Deepville").is_empty(),
        "five levels: beyond 4"
    );
    assert!(
        index.lookup("Loopville").is_empty(),
        "a cycle reaches nothing"
    );
    // Kept (its class is a city class) but never linked as a person.
    let mut ex = empty_extraction();
    ex.entities
        .push(entity("e1", EntityType::Person, "Testperson", &[], &[]));
    ex.entities
        .push(entity("e2", EntityType::Location, "Testtown", &[], &[]));
    link_extraction(&mut ex, &index, &LinkOptions::default());
    assert_eq!(ex.entities[0].wikidata, None);
    assert_eq!(ex.entities[1].wikidata.as_deref(), Some("Q900000001"));
    assert_eq!(build(5).lookup("Deepville").len(), 1);
    let flat = build(0);
    assert!(flat.lookup("Testtown").is_empty());
    // The real items are the same whatever the depth.
    assert_eq!(flat.lookup("Geneva"), index.lookup("Geneva"));
}

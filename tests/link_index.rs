//! The offline index built from a Wikidata dump excerpt (`tests/data/link/entities.json`, also gzip- and
//! bzip2-compressed, and in sorted runs spilled to disk), bad dumps and indexes, and classes resolved through
//! subclass of.

mod link_support;

use link_support::{data, empty_extraction, entity};
use newsgraph::link::{
    BuildOptions, LinkError, LinkOptions, OfflineIndex, build_index, build_index_with,
    link_extraction,
};
use newsgraph::model::EntityType;
use std::io::Write;

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

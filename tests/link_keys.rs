//! The on-disk key table of an offline index (`src/link/keys.rs`): lookups from disk give exactly what the
//! in-memory index gives, on the dump excerpt, on a generated index large enough for the binary search to
//! matter, and on the dev set; building with tiny chunks (spilled runs) writes the same bytes; stale and
//! corrupt tables are refused with the file and byte named.

use newsgraph::link::keys::keys_path;
use newsgraph::link::normalize::candidate_keys;
use newsgraph::link::{
    BuildOptions, Candidate, CandidateSource, DiskIndex, LinkOptions, OfflineIndex, build_index,
    build_index_with, link_extraction, write_keys,
};
use std::io::Write;
use std::path::{Path, PathBuf};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/link")
}

/// Every name a lookup should be tried with: all keys of all candidates, their raw labels and aliases,
/// the names of the ranking cases, and some that match nothing.
fn probe_names(candidates: &[Candidate]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for c in candidates {
        names.extend(candidate_keys(c));
        names.push(c.label.clone());
        names.extend(c.aliases.iter().cloned());
    }
    let cases = std::fs::read_to_string(data().join("cases.tsv")).unwrap();
    names.extend(
        cases
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').nth(1).map(str::to_string)),
    );
    names.extend(
        ["", "   ", "Nowhere At All", "zzzz", "a", "!!!"]
            .iter()
            .map(|s| s.to_string()),
    );
    names
}

fn read_candidates(index: &Path) -> Vec<Candidate> {
    std::fs::read_to_string(index)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn assert_same_lookups(index: &Path) {
    let mem = OfflineIndex::open(index).unwrap();
    let disk = DiskIndex::open(index).unwrap();
    let candidates = read_candidates(index);
    let names = probe_names(&candidates);
    let from_disk = disk.candidates(&names);
    let mut found = 0;
    for (name, got) in names.iter().zip(from_disk) {
        let got = got.unwrap_or_else(|e| panic!("{name:?}: {e}"));
        assert_eq!(got, mem.lookup(name), "{name:?}");
        found += usize::from(!got.is_empty());
    }
    assert!(found > candidates.len(), "{found} names found something");
}

#[test]
fn disk_lookups_equal_memory_lookups_on_the_dump_excerpt() {
    let tmp = tempfile::tempdir().unwrap();
    let index = tmp.path().join("wd.jsonl");
    build_index(&data().join("entities.json"), &index, false).unwrap();
    assert!(
        keys_path(&index).is_file(),
        "the index build writes the key table"
    );
    assert_same_lookups(&index);
}

/// A generated index of 30,000 items (keys files of about a megabyte), so that lookups go through many
/// rounds of binary search, including the first and the last keys of the table.
#[test]
fn disk_lookups_on_a_large_generated_index() {
    let tmp = tempfile::tempdir().unwrap();
    let index = tmp.path().join("big.jsonl");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&index).unwrap());
    for i in 1..=30_000u32 {
        let c = Candidate {
            qid: format!("Q{i}"),
            label: format!("Place {}", i % 9_000),
            aliases: vec![format!("Alias {i}"), format!("Shared {}", i % 7)],
            instance_of: vec!["Q515".into()],
            sitelinks: i % 300,
            ..Default::default()
        };
        writeln!(w, "{}", serde_json::to_string(&c).unwrap()).unwrap();
    }
    w.flush().unwrap();
    drop(w);
    let n = write_keys(&index, 1_000_000).unwrap();
    assert_eq!(n, 30_000 * 3);
    let mem = OfflineIndex::open(&index).unwrap();
    let disk = DiskIndex::open(&index).unwrap();
    for name in [
        "Alias 1",
        "Alias 30000",
        "Alias 9999",
        "Place 0",
        "Place 8999",
        "Place 4500",
        "Shared 0",
        "Shared 6",
        "Alias 30001",
        "Aaaa",
        "Zzzz",
    ] {
        let got = disk.lookup(name).unwrap();
        assert_eq!(got, mem.lookup(name), "{name}");
    }
    assert_eq!(disk.lookup("Shared 3").unwrap().len(), 30_000 / 7 + 1);
    assert_eq!(disk.lookup("Place 17").unwrap().len(), 4);
    assert!(disk.lookup("Alias 30001").unwrap().is_empty());
}

#[test]
fn spilled_runs_write_the_same_table() {
    let tmp = tempfile::tempdir().unwrap();
    let index = tmp.path().join("wd.jsonl");
    build_index(&data().join("entities.json"), &index, false).unwrap();
    let whole = std::fs::read(keys_path(&index)).unwrap();
    let n = write_keys(&index, 3).unwrap();
    assert_eq!(std::fs::read(keys_path(&index)).unwrap(), whole);
    assert_eq!(n + 1, String::from_utf8(whole).unwrap().lines().count());
    // No run files are left behind.
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(left.len(), 2, "{left:?}");
    // The index builder's own small chunks give the same table too.
    let index2 = tmp.path().join("wd2.jsonl");
    build_index_with(
        &data().join("entities.json"),
        &index2,
        &BuildOptions {
            chunk: 2,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(
        std::fs::read(keys_path(&index2)).unwrap(),
        std::fs::read(keys_path(&index)).unwrap()
    );
}

#[test]
fn a_gzipped_index_has_no_key_table() {
    let tmp = tempfile::tempdir().unwrap();
    let index = tmp.path().join("wd.jsonl.gz");
    build_index(&data().join("entities.json"), &index, false).unwrap();
    assert!(!keys_path(&index).exists());
}

// Over 80 lines: one scenario read top to bottom, each step checking what the steps before it left;
// split, the steps would hand its state around and the story would be harder to follow.
#[test]
fn stale_and_corrupt_tables_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let index = tmp.path().join("wd.jsonl");
    build_index(&data().join("entities.json"), &index, false).unwrap();
    let keys = keys_path(&index);
    let good = std::fs::read_to_string(&keys).unwrap();

    // The index changed after the table was written.
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&index)
        .unwrap();
    writeln!(f, "# a comment").unwrap();
    drop(f);
    let err = DiskIndex::open(&index).unwrap_err().to_string();
    assert!(
        err.contains("wd.jsonl.keys") && err.contains("stale"),
        "{err}"
    );
    write_keys(&index, 1000).unwrap();
    DiskIndex::open(&index).unwrap();

    // Edited to the same size, in its first line or its last: refused too (the fingerprint).
    let text = std::fs::read_to_string(&index).unwrap();
    for (what, edited) in [
        ("first", text.replacen("Geneva", "Genevo", 1)),
        ("last", {
            let at = text.rfind("\"Q").unwrap() + 2;
            let digit = if &text[at..at + 1] == "9" { "8" } else { "9" };
            format!("{}{digit}{}", &text[..at], &text[at + 1..])
        }),
    ] {
        assert_eq!(edited.len(), text.len());
        assert_ne!(edited, text, "{what}");
        std::fs::write(&index, &edited).unwrap();
        let err = DiskIndex::open(&index).unwrap_err().to_string();
        assert!(
            err.contains("wd.jsonl.keys") && err.contains("stale") && err.contains("same size"),
            "{what}: {err}"
        );
    }
    // Written again with the same bytes (a copy, a touch): still good.
    std::fs::write(&index, &text).unwrap();
    DiskIndex::open(&index).unwrap();

    // A table of the first format (size only) is refused, with the command that rebuilds it.
    let (_, rest) = good.split_once('\n').unwrap();
    let size = std::fs::metadata(&index).unwrap().len();
    std::fs::write(&keys, format!("#newsgraph-index-keys 1 {size}\n{rest}")).unwrap();
    let err = DiskIndex::open(&index).unwrap_err().to_string();
    assert!(
        err.contains("format version 1") && err.contains("newsgraph wikidata keys"),
        "{err}"
    );
    write_keys(&index, 1000).unwrap();
    DiskIndex::open(&index).unwrap();

    // Not a key table.
    std::fs::write(&keys, "geneva\t00000000000000000000\n").unwrap();
    let err = DiskIndex::open(&index).unwrap_err().to_string();
    assert!(err.contains("not a key table"), "{err}");

    // A key line whose offset points into the middle of a line.
    std::fs::write(&index, std::fs::read_to_string(&index).unwrap()).unwrap();
    write_keys(&index, 1000).unwrap();
    let table = std::fs::read_to_string(&keys).unwrap();
    let (header, rest) = table.split_once('\n').unwrap();
    let broken: String = rest
        .lines()
        .map(|l| {
            let (k, off) = l.split_once('\t').unwrap();
            let off: u64 = off.parse().unwrap();
            if k == "geneva" {
                format!("{k}\t{:020}\n", off + 5)
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    std::fs::write(&keys, format!("{header}\n{broken}")).unwrap();
    let disk = DiskIndex::open(&index).unwrap();
    let err = disk.lookup("Geneva").unwrap_err().to_string();
    assert!(
        err.contains("wd.jsonl.keys") && err.contains("no candidate starts"),
        "{err}"
    );
    // A missing table.
    std::fs::remove_file(&keys).unwrap();
    let err = DiskIndex::open(&index).unwrap_err().to_string();
    assert!(err.contains("wd.jsonl.keys"), "{err}");
    assert!(!good.is_empty());
}

/// Linking the dev set from disk gives the same extractions as from memory.
#[test]
fn dev_set_links_the_same_from_disk() {
    let articles =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev/articles.jsonl");
    if !articles.is_file() {
        eprintln!("skipped: {} not present", articles.display());
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let index = tmp.path().join("wd.jsonl");
    build_index(&data().join("entities.json"), &index, false).unwrap();
    let records = newsgraph::ingest::read_all(&[articles], &Default::default()).unwrap();
    let fresh = newsgraph::pipeline::extract_records(records);
    let link_with = |source: &dyn CandidateSource| {
        let mut exs = fresh.clone();
        for ex in &mut exs {
            link_extraction(ex, source, &LinkOptions::default());
        }
        exs
    };
    let mem = link_with(&OfflineIndex::open(&index).unwrap());
    let disk = link_with(&DiskIndex::open(&index).unwrap());
    assert_eq!(mem, disk);
    assert!(
        mem.iter()
            .flat_map(|e| &e.entities)
            .filter(|e| e.wikidata.is_some())
            .count()
            >= 25
    );
}

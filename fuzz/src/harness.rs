//! The entry points of the fuzz targets that need no RDF store (see `lib.rs`).

use newsgraph_model::{Document, Extraction};
use std::io::Cursor;
use std::path::Path;

/// The targets of this file, by name.
pub const TARGETS: &[&str] = &[
    "extract",
    "ingest",
    "dates",
    "wikidata_dump",
    "index_readers",
];

/// Runs target `name` of this file on `data`; `false` when it has no such target.
pub fn run(name: &str, data: &[u8]) -> bool {
    match name {
        "extract" => extract(data),
        "ingest" => ingest(data),
        "dates" => dates(data),
        "wikidata_dump" => wikidata_dump(data),
        "index_readers" => index_readers(data),
        _ => return false,
    }
    true
}

/// A document of `text`, published 2016-12-06.
pub fn doc(text: String) -> Document {
    Document {
        id: "fuzz".into(),
        published: Some("2016-12-06".into()),
        text,
        ..Default::default()
    }
}

/// The text at character offsets `s..e` of `text`; panics when they are outside it.
fn char_slice(text: &str, bytes: &[usize], s: usize, e: usize, what: &str) -> String {
    assert!(
        s <= e && e < bytes.len(),
        "{what}: span {s}..{e} outside 0..{}",
        bytes.len() - 1
    );
    let (bs, be) = (bytes[s], bytes[e]);
    assert!(text.is_char_boundary(bs) && text.is_char_boundary(be));
    text[bs..be].to_string()
}

/// Byte offset of each character offset of `text`, and of its end.
fn char_starts(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect()
}

/// Every offset of `ex` is a character offset inside its text, on a char boundary, and each mention's and
/// statement's text is the text at its offsets.
fn check_offsets(ex: &Extraction) {
    let text = &ex.text;
    let bytes = char_starts(text);
    for e in &ex.entities {
        for m in &e.mentions {
            let got = char_slice(text, &bytes, m.start, m.end, "entity mention");
            assert_eq!(Some(got.as_str()), m.text.as_deref(), "entity mention text");
        }
    }
    for s in &ex.statements {
        let got = char_slice(text, &bytes, s.start, s.end, "statement");
        assert_eq!(got, s.text, "statement text");
    }
    for a in &ex.agreements {
        for m in &a.mentions {
            let got = char_slice(text, &bytes, m.start, m.end, "agreement mention");
            assert_eq!(
                Some(got.as_str()),
                m.text.as_deref(),
                "agreement mention text"
            );
        }
    }
}

/// Article text (the bytes, invalid UTF-8 replaced) → extraction: no panic, the text kept, offsets on char
/// boundaries, mention and statement texts equal to their slices. (Determinism across runs and threads is
/// `tests/properties.rs`'s; checking it here would halve the executions.)
pub fn extract(data: &[u8]) {
    let d = doc(String::from_utf8_lossy(data).into_owned());
    let ex = newsgraph_extract::extract(&d);
    assert_eq!(ex.text, d.text, "the extraction keeps the text");
    check_offsets(&ex);
}

/// The file names the ingest target reads its input as (chosen by the first byte).
const INGEST_NAMES: &[&str] = &[
    "in.jsonl",
    "in.json",
    "in.txt",
    "in.md",
    "in",
    "in-2016-12-06.txt",
];

/// Bytes as an input file (`.jsonl`, `.json`, `.txt`, `.md`, no extension; the first byte chooses) with a
/// record limit from the second byte (small limits, or the default): no panic; every record within the
/// limit; an over-limit record reported, never passed on; an error names the input.
pub fn ingest(data: &[u8]) {
    let (Some(&kind), Some(&limit)) = (data.first(), data.get(1)) else {
        return;
    };
    let body = &data[2..];
    let name = INGEST_NAMES[usize::from(kind) % INGEST_NAMES.len()];
    let max = if limit >= 128 {
        newsgraph_ingest::DEFAULT_MAX_ARTICLE_BYTES
    } else {
        u64::from(limit) * 4
    };
    let opts = newsgraph_ingest::IngestOptions {
        max_article_bytes: max,
        ..Default::default()
    };
    let path = Path::new(name);
    let mut records = 0usize;
    let mut skipped = 0usize;
    let result = newsgraph_ingest::for_each_record_in(
        Cursor::new(body),
        path,
        &opts,
        &mut |r| {
            records += 1;
            if let newsgraph_ingest::Record::Document(d) = &r {
                assert!(
                    d.text.len() as u64 <= max,
                    "a record of {} bytes passed a limit of {max}",
                    d.text.len()
                );
            }
            Ok(())
        },
        &mut |e| {
            skipped += 1;
            assert!(
                e.to_string().contains(name),
                "error without the input's name: {e}"
            );
            Ok(())
        },
    );
    if let Err(e) = result {
        let msg = e.to_string();
        assert!(!msg.is_empty());
    }
    assert!(records + skipped <= body.len() + 1);
}

/// A publication date from 4 bytes: day numbers over chrono's whole range (extreme dates included) and
/// `None`.
fn published(b: [u8; 4]) -> Option<chrono::NaiveDate> {
    let n = i32::from_le_bytes(b);
    if n == 0 {
        return None;
    }
    // Mostly dates near 2016, sometimes anywhere chrono can represent.
    if n % 4 != 0 {
        return chrono::NaiveDate::from_num_days_from_ce_opt(736_000 + n % 4000);
    }
    chrono::NaiveDate::from_num_days_from_ce_opt(n).or(Some(if n > 0 {
        chrono::NaiveDate::MAX
    } else {
        chrono::NaiveDate::MIN
    }))
}

/// Date expressions: the first 4 bytes give the publication date (any date chrono holds, the extremes
/// included), the rest is text. No panic; every mention's offsets are char offsets of the text and its
/// text their slice. Also the model's `YYYY-MM-DD` parser: whatever it accepts is written back unchanged.
pub fn dates(data: &[u8]) {
    if data.len() < 4 {
        return;
    }
    let p = published([data[0], data[1], data[2], data[3]]);
    let text = String::from_utf8_lossy(&data[4..]).into_owned();
    let bytes = char_starts(&text);
    for m in newsgraph_extract::dates::find_dates(&newsgraph_extract::text::Text::new(&text), p) {
        let got = char_slice(&text, &bytes, m.start, m.end, "date mention");
        assert_eq!(got, m.text, "date mention text");
    }
    let s = text.trim();
    if let Some(d) = newsgraph_model::parse_iso_date(s) {
        assert_eq!(
            d.format("%Y-%m-%d").to_string(),
            s,
            "parse_iso_date accepted `{s}`"
        );
    }
}

/// Bytes as a Wikidata JSON dump (`[`, one entity a line, `]`) → offline index (chunks of 2, so the
/// external sort's merge runs) → read back in memory and as a key table on disk: no panic, and both
/// lookups give the same candidates for every label.
pub fn wikidata_dump(data: &[u8]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let dump = dir.path().join("dump.json");
    let index = dir.path().join("index.jsonl");
    std::fs::write(&dump, data).expect("write dump");
    let opts = newsgraph_link::BuildOptions {
        progress: false,
        chunk: 2,
        class_depth: 2,
        ..Default::default()
    };
    if newsgraph_link::build_index_with(&dump, &index, &opts).is_err() {
        return;
    }
    let mem = newsgraph_link::OfflineIndex::open(&index).expect("a built index reads back");
    newsgraph_link::write_keys(&index, 3).expect("key table of a built index");
    let disk = newsgraph_link::DiskIndex::open(&index).expect("a fresh key table opens");
    let text = std::fs::read_to_string(&index).expect("index text");
    for line in text.lines().take(20) {
        let Ok(Some(c)) = newsgraph_link::index::parse_line(line, &index, 1) else {
            panic!("a built index line does not parse: {line}");
        };
        let names = std::iter::once(&c.label).chain(c.aliases.iter());
        for name in names.take(4) {
            let a: Vec<String> = mem.lookup(name).into_iter().map(|c| c.qid).collect();
            let b: Vec<String> = disk
                .lookup(name)
                .expect("disk lookup")
                .into_iter()
                .map(|c| c.qid)
                .collect();
            assert_eq!(a, b, "memory and disk lookups of {name:?} differ");
        }
    }
}

/// Bytes as an index file and a key table (split at the first `\0`): the index read in memory, then both
/// opened from disk and looked up. No panic, whatever the files hold; errors are errors.
pub fn index_readers(data: &[u8]) {
    let cut = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let (index_bytes, keys_bytes) = (&data[..cut], data.get(cut + 1..).unwrap_or(&[]));
    let names = ["Lavrov", "Sergei Lavrov", "Moscow", "a", "", "É", "Q1"];
    if let Ok(mem) = newsgraph_link::OfflineIndex::from_reader(index_bytes, Path::new("fuzz.jsonl"))
    {
        for n in names {
            let _ = mem.lookup(n);
        }
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let index = dir.path().join("index.jsonl");
    std::fs::write(&index, index_bytes).expect("write index");
    std::fs::write(newsgraph_link::keys::keys_path(&index), keys_bytes).expect("write keys");
    if let Ok(disk) = newsgraph_link::DiskIndex::open(&index) {
        for n in names {
            let _ = disk.lookup(n);
        }
    }
}

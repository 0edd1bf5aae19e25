//! The one data loader on the bundled files and on bad ones: every bundled data file parses with its
//! strict loader, every file of `data/extract/` is read by the extractor, and each bad file of
//! `tests/data/loader/` fails with an error naming the file, the line and what is wrong.

use std::path::{Path, PathBuf};

use newsgraph::extract::words::{self, Words};
use newsgraph::lexicon::{FILE_NAMES, Lexicon, LexiconFiles};
use newsgraph::model::data::{self, Record};
use serde::Deserialize;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_bundled_data_file_parses() {
    if let Err(e) = newsgraph::lexicon::try_lexicon() {
        panic!("data/lexicon: {e}");
    }
    if let Err(e) = words::try_words() {
        panic!("data/extract: {e}");
    }
    if let Err(e) = newsgraph::link::check_bundled_data() {
        panic!("data/wikidata: {e}");
    }
}

/// Every file of `data/extract/` (but the README) is one the extractor reads, and what it reads is the
/// file on disk: no dead data file, none compiled in from elsewhere.
#[test]
fn extract_files_are_all_read() {
    let dir = root().join("data/extract");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "README.md")
        .collect();
    on_disk.sort();
    let mut bundled: Vec<String> = words::FILES.iter().map(|(n, _)| n.to_string()).collect();
    bundled.sort();
    assert_eq!(on_disk, bundled, "data/extract/ and words::FILES differ");
    for (name, text) in words::FILES {
        let disk = std::fs::read_to_string(dir.join(name)).unwrap();
        assert_eq!(
            &disk, text,
            "{name}: compiled-in copy differs from the file"
        );
    }
    let mut lexicon_dir: Vec<String> = std::fs::read_dir(root().join("data/lexicon"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tsv") || n.ends_with(".txt"))
        .filter(|n| n != "cities_dropped.txt") // the builder's review list, not read
        .collect();
    lexicon_dir.sort();
    let mut names: Vec<String> = FILE_NAMES.iter().map(|n| n.to_string()).collect();
    names.sort();
    assert_eq!(
        lexicon_dir, names,
        "data/lexicon/ and lexicon::FILE_NAMES differ"
    );
}

/// A row of `tests/data/loader/cases.tsv`.
#[derive(Deserialize)]
struct Case {
    file: String,
    replaces: String,
    line: u64,
    message: String,
}

impl Record for Case {
    const COLUMNS: &'static [&'static str] = &["file", "replaces", "line", "message"];
    const HEADER: bool = false;
}

fn with_lexicon_file(name: &str, text: &str) -> Result<Lexicon, data::DataError> {
    let mut files = LexiconFiles::embedded();
    let slot = match name {
        "titles.tsv" => &mut files.titles,
        "group_nouns.tsv" => &mut files.group_nouns,
        "calendar.tsv" => &mut files.calendar,
        "abbreviations.tsv" => &mut files.abbreviations,
        "cities.tsv" => &mut files.cities,
        other => panic!("no lexicon slot for {other}"),
    };
    *slot = text;
    Lexicon::parse(&files)
}

fn with_extract_file(name: &str, text: &str) -> Result<Words, data::DataError> {
    let mut files: Vec<(&str, &str)> = words::FILES.to_vec();
    let slot = files
        .iter_mut()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no data/extract file {name}"));
    slot.1 = text;
    Words::parse(&files)
}

#[test]
fn bad_rows_fail_naming_file_line_and_problem() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/loader");
    let index = std::fs::read_to_string(dir.join("cases.tsv")).unwrap();
    let cases = data::read::<Case>("cases.tsv", &index).unwrap_or_else(|e| panic!("{e}"));
    assert!(cases.len() >= 10, "too few cases");
    let mut failures = Vec::new();
    for row in cases {
        let c = row.value;
        let text = std::fs::read_to_string(dir.join(&c.file)).unwrap();
        let (kind, name) = c.replaces.split_once(':').expect("kind:name");
        let err = match kind {
            "lexicon" => with_lexicon_file(name, &text).err(),
            "extract" => with_extract_file(name, &text).err(),
            other => panic!("cases.tsv:{}: unknown kind {other}", row.line),
        };
        let Some(err) = err else {
            failures.push(format!("{}: loaded without an error", c.file));
            continue;
        };
        let shown = err.to_string();
        if err.file != name || err.line != c.line || !err.message.contains(&c.message) {
            failures.push(format!(
                "{}: expected {name}:{}: …{}…, got {shown}",
                c.file, c.line, c.message
            ));
        }
        assert!(shown.starts_with(&format!("{}:{}: ", err.file, err.line)));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

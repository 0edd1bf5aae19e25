//! Properties of extraction and mapping, checked with `proptest` on generated articles: articles joined
//! from the pieces in `tests/data/properties/fragments.txt` (names, titles, cue verbs, agreement words,
//! dates, punctuation, non-ASCII), quote marks, line breaks and any characters; slices of the seed article;
//! and arbitrary strings.
//!
//! - extraction is total: it returns on any `String`, without a panic;
//! - every offset is a character offset inside the text, lands on a char boundary of its UTF-8, and each
//!   mention's and statement's text is exactly the text at its offsets;
//! - the output (extraction JSON and mapped N-Quads) is byte-identical across runs and rayon thread counts;
//! - mapping an extraction, exporting it as Turtle and N-Triples and parsing that back gives a graph
//!   isomorphic to the mapped quads;
//! - the LF, CRLF and CR versions of an article give the same entities, statements and agreements
//!   (offsets aside).
//!
//! Case counts keep the file under a minute in release; `PROPTEST_CASES` raises them for a longer hunt.

mod rdfcmp;

use newsgraph::export::{ExportFormat, ExtractionExport, SortConfig, write_quads};
use newsgraph::model::{Document, Extraction};
use newsgraph::rdf::{RdfOptions, extraction_quads};
use proptest::prelude::*;
use proptest::sample::select;
use std::sync::LazyLock;

static FRAGMENTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    include_str!("data/properties/fragments.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(str::to_string)
        .collect()
});

static SEED: LazyLock<Vec<char>> = LazyLock::new(|| {
    include_str!("../examples/lavrov-aleppo-2016-12-06.txt")
        .chars()
        .collect()
});

/// Quote marks, brackets and characters that tokenizers and offset arithmetic trip over.
const MARKS: &[&str] = &[
    "\"", "“", "”", "«", "»", "„", "'", "‘", "’", "(", ")", "[", "]", "\t", "\u{0}", "\u{1}",
    "\u{feff}", "\u{200b}", "\u{301}", "e\u{301}", "\u{a0}", " ",
];

/// Line breaks of every kind, and blank lines.
const BREAKS: &[&str] = &[
    "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\n  \n", "\u{2028}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => select(FRAGMENTS.clone()),
        2 => select(MARKS).prop_map(str::to_string),
        1 => select(BREAKS).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// A slice of the seed article, `len` characters from `start` (both taken modulo its length).
fn seed_slice() -> impl Strategy<Value = String> {
    (any::<usize>(), 0usize..3000).prop_map(|(start, len)| {
        let n = SEED.len();
        let a = start % n;
        SEED[a..(a + len).min(n)].iter().collect()
    })
}

/// An article: joined pieces, a slice of the seed, or any string.
fn article() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::collection::vec(piece(), 0..80).prop_map(|v| v.concat()),
        2 => seed_slice(),
        1 => (seed_slice(), prop::collection::vec(piece(), 0..20), seed_slice())
            .prop_map(|(a, b, c)| a + &b.concat() + &c),
        1 => any::<String>(),
    ]
}

fn doc(id: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        published: Some("2016-12-06".into()),
        text: text.into(),
        ..Default::default()
    }
}

/// Offsets are character offsets inside the text, on char boundaries of its UTF-8, and every span's text is
/// the text at its offsets.
fn check_offsets(ex: &Extraction) -> Result<(), TestCaseError> {
    let text = &ex.text;
    // byte offset of each character offset, and of the end
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let slice = |s: usize, e: usize| -> Result<&str, TestCaseError> {
        prop_assert!(
            s <= e && e < bytes.len(),
            "span {s}..{e} outside 0..{}",
            bytes.len() - 1
        );
        let (bs, be) = (bytes[s], bytes[e]);
        prop_assert!(text.is_char_boundary(bs) && text.is_char_boundary(be));
        Ok(&text[bs..be])
    };
    for e in &ex.entities {
        for m in &e.mentions {
            prop_assert_eq!(Some(slice(m.start, m.end)?), m.text.as_deref());
        }
    }
    for s in &ex.statements {
        prop_assert_eq!(slice(s.start, s.end)?, s.text.as_str());
    }
    for a in &ex.agreements {
        for m in &a.mentions {
            prop_assert_eq!(Some(slice(m.start, m.end)?), m.text.as_deref());
        }
    }
    Ok(())
}

/// Extraction JSON Lines and mapped N-Quads of `texts`, extracted in a pool of `threads` threads.
fn outputs(texts: &[String], threads: usize) -> (Vec<u8>, Vec<u8>) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    pool.install(|| {
        let records = texts
            .iter()
            .enumerate()
            .map(|(i, t)| newsgraph::ingest::Record::Document(doc(&format!("a{i}"), t)))
            .collect();
        let exs = newsgraph::pipeline::extract_records(records);
        let mut json = Vec::new();
        for ex in &exs {
            serde_json::to_writer(&mut json, ex).expect("JSON");
            json.push(b'\n');
        }
        let mut export = ExtractionExport::new(
            ExportFormat::NQuads,
            Vec::new(),
            RdfOptions::default(),
            None,
            &SortConfig::default(),
        )
        .expect("export");
        for ex in &exs {
            export.add(ex).expect("mapping");
        }
        (json, export.finish().expect("finish"))
    })
}

/// What should not depend on line endings: entities (type, name, roles), statements (kind, speaker's
/// name, cue, text with line breaks as spaces) and agreements (kind, name, status, parties' names).
fn shape(ex: &Extraction) -> String {
    let norm = |s: &str| s.replace("\r\n", " ").replace(['\r', '\n'], " ");
    let name = |id: &Option<String>| {
        id.as_deref()
            .and_then(|i| ex.entity(i))
            .map(|e| e.name.clone())
    };
    let mut out = String::new();
    for e in &ex.entities {
        out += &format!("entity {:?} {:?} {:?}\n", e.kind, norm(&e.name), e.roles);
    }
    for s in &ex.statements {
        out += &format!(
            "statement {:?} {:?} {:?} {:?}\n",
            s.kind,
            name(&s.speaker),
            s.cue,
            norm(&s.text)
        );
    }
    for a in &ex.agreements {
        let parties: Vec<_> = a.parties.iter().map(|p| name(&Some(p.clone()))).collect();
        out += &format!(
            "agreement {:?} {:?} {:?} {:?}\n",
            a.kind,
            norm(&a.name),
            a.status,
            parties
        );
    }
    out
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(cases),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// Extraction returns on any article, with exact offsets.
    #[test]
    fn extraction_is_total_with_exact_offsets(text in article()) {
        let ex = newsgraph::extract::extract(&doc("p", &text));
        check_offsets(&ex)?;
    }

    /// ... and on any string at all.
    #[test]
    fn extraction_is_total_on_any_string(text in any::<String>()) {
        let ex = newsgraph::extract::extract(&doc("p", &text));
        check_offsets(&ex)?;
    }
}

proptest! {
    #![proptest_config(config(100))]

    /// The same articles give the same bytes, run after run and on 1, 2 or 4 threads.
    #[test]
    fn output_is_identical_across_runs_and_thread_counts(
        texts in prop::collection::vec(article(), 1..8)
    ) {
        let first = outputs(&texts, 1);
        prop_assert_eq!(&outputs(&texts, 1), &first, "second run on one thread");
        prop_assert_eq!(&outputs(&texts, 2), &first, "two threads");
        prop_assert_eq!(&outputs(&texts, 4), &first, "four threads");
    }
}

proptest! {
    #![proptest_config(config(300))]

    /// Mapping, then exporting as Turtle or N-Triples and parsing the export back (with sophia, not the
    /// writer's library), gives the graph of the mapped quads.
    #[test]
    fn mapped_graph_survives_export_and_parsing(text in article()) {
        let ex = newsgraph::extract::extract(&doc("p", &text));
        let quads = extraction_quads(&ex, &RdfOptions::default()).expect("mapping an extraction");
        // the mapped triples, each written by oxigraph's own term syntax
        let want_text: String = quads
            .iter()
            .map(|q| format!("{} .\n", oxigraph::model::Triple::from(q.clone())))
            .collect();
        let want = rdfcmp::parse_ntriples(&want_text, "mapped quads");
        for format in [ExportFormat::Turtle, ExportFormat::NTriples] {
            let mut out = Vec::new();
            write_quads(&quads, format, &mut out).expect("export");
            let out = String::from_utf8(out).expect("UTF-8 export");
            let got = match format {
                ExportFormat::Turtle => rdfcmp::parse_turtle(&out, "Turtle export"),
                _ => rdfcmp::parse_ntriples(&out, "N-Triples export"),
            };
            rdfcmp::assert_isomorphic(&got, &want, &format!("{format:?} export"));
        }
    }

    /// An article's LF, CRLF and CR versions give the same entities, statements and agreements.
    #[test]
    fn line_endings_do_not_change_what_is_extracted(
        lines in prop::collection::vec(
            prop::collection::vec(select(FRAGMENTS.clone()), 1..14).prop_map(|v| v.concat()),
            1..8,
        ),
        blank in prop::collection::vec(any::<bool>(), 8),
    ) {
        let join = |nl: &str| {
            let mut t = String::new();
            for (i, l) in lines.iter().enumerate() {
                if i > 0 {
                    t += nl;
                    if blank[i % blank.len()] {
                        t += nl;
                    }
                }
                t += l;
            }
            t
        };
        let lf = shape(&newsgraph::extract::extract(&doc("p", &join("\n"))));
        let crlf = shape(&newsgraph::extract::extract(&doc("p", &join("\r\n"))));
        let cr = shape(&newsgraph::extract::extract(&doc("p", &join("\r"))));
        prop_assert_eq!(&crlf, &lf, "CRLF differs from LF");
        prop_assert_eq!(&cr, &lf, "CR differs from LF");
    }
}

/// Articles whose LF, CRLF and CR versions once extracted differently (found by
/// `line_endings_do_not_change_what_is_extracted`), one per case in
/// `tests/data/properties/line_endings.txt`, lines separated by `|`.
#[test]
fn line_endings_regressions() {
    let cases = include_str!("data/properties/line_endings.txt");
    let mut n = 0;
    for case in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let lines: Vec<&str> = case.split('|').collect();
        let lf = shape(&newsgraph::extract::extract(&doc("p", &lines.join("\n"))));
        let crlf = shape(&newsgraph::extract::extract(&doc("p", &lines.join("\r\n"))));
        let cr = shape(&newsgraph::extract::extract(&doc("p", &lines.join("\r"))));
        assert_eq!(crlf, lf, "CRLF differs from LF: {case}");
        assert_eq!(cr, lf, "CR differs from LF: {case}");
        n += 1;
    }
    assert!(n >= 1, "no case read");
}

//! Lexicons loaded from the data files in `data/lexicon/` (compiled into the binary).
//!
//! The files are embedded with `include_str!` and parsed once, lazily, into a [`Lexicon`]
//! (see [`lexicon`]) by the one data loader ([`crate::model::data`]): every file is a UTF-8 TSV with a
//! header row, one serde row type each ([`rows`]); `|` separates several values inside one cell.
//! Provenance of each file is in `data/lexicon/README.md`; the files are rebuilt by
//! `scripts/build_lexicons.py`.
//!
//! Parsing reports the file and line of a bad row ([`LexiconError`]); duplicate keys are errors.
//! The lookups are grouped by concern: [`places`] (countries, cities, regions, seats of government),
//! [`actors`] (titles, organisations, group nouns), [`cues`] (cue verbs, agreement vocabulary) and
//! [`sentences`] (abbreviations, non-names, calendar words).

use std::collections::hash_map::Entry;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::model::data::{self, DataError, Record, Row};
use crate::model::{AgreementKind, AgreementStatus};

pub mod actors;
pub mod cues;
pub mod places;
mod rows;
pub mod sentences;

pub use actors::{HeadPosition, Org, OrgHead, Title, TitleCategory};
pub use cues::{CueVerb, StatusPhrase};
pub use places::{City, Country, Metonym, MetonymScope, Region};

/// An error in a lexicon file: which file, which line (1-based, the header is line 1), what.
pub type LexiconError = DataError;

/// The raw text of every lexicon file, keyed by role. [`LexiconFiles::embedded`] gives the
/// compiled-in copies; tests may build one from files read from disk.
#[derive(Debug, Clone, Copy)]
pub struct LexiconFiles<'a> {
    /// `countries.tsv`
    pub countries: &'a str,
    /// `cities.tsv`
    pub cities: &'a str,
    /// `regions.tsv`
    pub regions: &'a str,
    /// `titles.tsv`
    pub titles: &'a str,
    /// `cue_verbs.tsv`
    pub cue_verbs: &'a str,
    /// `agreements.tsv`
    pub agreements: &'a str,
    /// `agreement_status.tsv`
    pub agreement_status: &'a str,
    /// `organizations.tsv`
    pub organizations: &'a str,
    /// `organization_patterns.tsv`
    pub organization_patterns: &'a str,
    /// `group_nouns.tsv`
    pub group_nouns: &'a str,
    /// `abbreviations.tsv`
    pub abbreviations: &'a str,
    /// `capitalised_non_names.txt`
    pub non_names: &'a str,
    /// `metonyms.tsv`
    pub metonyms: &'a str,
    /// `calendar.tsv`
    pub calendar: &'a str,
}

/// File names of the lexicon, in the order of the fields of [`LexiconFiles`].
pub const FILE_NAMES: [&str; 14] = [
    "countries.tsv",
    "cities.tsv",
    "regions.tsv",
    "titles.tsv",
    "cue_verbs.tsv",
    "agreements.tsv",
    "agreement_status.tsv",
    "organizations.tsv",
    "organization_patterns.tsv",
    "group_nouns.tsv",
    "abbreviations.tsv",
    "capitalised_non_names.txt",
    "metonyms.tsv",
    "calendar.tsv",
];

impl LexiconFiles<'static> {
    /// The copies compiled into the binary.
    pub fn embedded() -> Self {
        LexiconFiles {
            countries: include_str!("../../../../data/lexicon/countries.tsv"),
            cities: include_str!("../../../../data/lexicon/cities.tsv"),
            regions: include_str!("../../../../data/lexicon/regions.tsv"),
            titles: include_str!("../../../../data/lexicon/titles.tsv"),
            cue_verbs: include_str!("../../../../data/lexicon/cue_verbs.tsv"),
            agreements: include_str!("../../../../data/lexicon/agreements.tsv"),
            agreement_status: include_str!("../../../../data/lexicon/agreement_status.tsv"),
            organizations: include_str!("../../../../data/lexicon/organizations.tsv"),
            organization_patterns: include_str!(
                "../../../../data/lexicon/organization_patterns.tsv"
            ),
            group_nouns: include_str!("../../../../data/lexicon/group_nouns.tsv"),
            abbreviations: include_str!("../../../../data/lexicon/abbreviations.tsv"),
            non_names: include_str!("../../../../data/lexicon/capitalised_non_names.txt"),
            metonyms: include_str!("../../../../data/lexicon/metonyms.tsv"),
            calendar: include_str!("../../../../data/lexicon/calendar.tsv"),
        }
    }
}

/// The parsed lexicons with their lookup tables.
#[derive(Debug, Default)]
pub struct Lexicon {
    countries: Vec<Country>,
    country_names: HashMap<String, usize>,
    country_demonyms: HashMap<String, usize>,
    country_capitals: HashMap<String, usize>,
    country_iso2: HashMap<String, usize>,
    cities: Vec<City>,
    city_names: HashMap<String, usize>,
    regions: Vec<Region>,
    region_names: HashMap<String, usize>,
    titles: Vec<Title>,
    title_keys: HashMap<String, usize>,
    max_title_words: usize,
    title_first: FirstWords,
    cue_verbs: Vec<CueVerb>,
    cue_forms: HashMap<String, usize>,
    max_cue_words: usize,
    cue_first: FirstWords,
    agreements: HashMap<String, AgreementKind>,
    max_agreement_words: usize,
    agreement_first: FirstWords,
    status_entries: Vec<StatusPhrase>,
    status_pairs: Vec<(Vec<String>, AgreementStatus)>,
    /// The indices into `status_pairs` of the phrases opening with each word, ascending.
    status_by_first: HashMap<String, Vec<usize>>,
    orgs: Vec<Org>,
    org_names: HashMap<String, usize>,
    max_org_words: usize,
    org_first: FirstWords,
    org_heads: Vec<OrgHead>,
    org_head_keys: HashMap<String, usize>,
    group_nouns: HashMap<String, String>,
    /// Every prefix of the first word of a group noun, lowercase: a token that is none cannot open one.
    group_prefixes: HashSet<String>,
    max_group_words: usize,
    group_first: FirstWords,
    abbreviations: HashMap<String, bool>,
    non_names: HashSet<String>,
    metonyms: HashMap<String, Metonym>,
    months: HashMap<String, u32>,
    weekdays: HashMap<String, u32>,
}

static LEXICON: OnceLock<Result<Lexicon, LexiconError>> = OnceLock::new();

/// The embedded lexicon, parsed on first use, or the error of the first bad row.
pub fn try_lexicon() -> Result<&'static Lexicon, &'static LexiconError> {
    LEXICON
        .get_or_init(|| Lexicon::parse(&LexiconFiles::embedded()))
        .as_ref()
}

/// The embedded lexicon, parsed on first use.
///
/// The data is compiled in and checked by `tests/lexicon.rs`; should it ever fail to parse, the
/// error is printed once to stderr and an empty lexicon is used, so callers never panic.
pub fn lexicon() -> &'static Lexicon {
    static EMPTY: OnceLock<Lexicon> = OnceLock::new();
    match try_lexicon() {
        Ok(l) => l,
        Err(e) => EMPTY.get_or_init(|| {
            eprintln!("newsgraph: embedded lexicon is invalid: {e}");
            Lexicon::default()
        }),
    }
}

/// The rows of one lexicon file (its name is the first argument, for errors).
fn rows<T: Record>(file: &str, text: &str) -> Result<Vec<Row<T>>, LexiconError> {
    data::read(file, text)
}

/// Insert a key that must be unique within its file.
fn insert_unique<V, S: std::hash::BuildHasher>(
    map: &mut std::collections::HashMap<String, V, S>,
    key: String,
    value: V,
    file: &str,
    line: u64,
) -> Result<(), LexiconError> {
    match map.entry(key) {
        Entry::Occupied(o) => Err(LexiconError::new(
            file,
            line,
            format!("duplicate key {:?}", o.key()),
        )),
        Entry::Vacant(v) => {
            v.insert(value);
            Ok(())
        }
    }
}

/// Normalise words to lowercase single-spaced text.
fn lower_key(words: &[&str]) -> String {
    let mut out = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if w.bytes().any(|b| b.is_ascii_uppercase()) || !w.is_ascii() {
            // `str::to_lowercase`, word by word (a final sigma is lowercased by its word's end)
            out.push_str(&w.to_lowercase());
        } else {
            out.push_str(w);
        }
    }
    out
}

/// Whether `text` is one non-empty ASCII word with no capital letter: its [`lower_key`] is itself, so a
/// look-up needs no key built.
fn plain_word(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && !b.is_ascii_whitespace())
}

/// Title key: each word with its first letter lowercased, so "Foreign minister" and
/// "foreign Minister" match "Foreign Minister", while "PM" stays distinct from "pm".
fn title_key<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for (i, w) in words.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut chars = w.chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_lowercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

/// The first word's key of every entry of a phrase map, with the most words an entry opening with it has:
/// most tokens open no entry, so one look-up spares building the keys of every length (the keys are
/// built word by word, so an entry's first word has the key of the phrase's first word).
type FirstWords = HashMap<String, usize>;

/// Records an entry of `n` words whose first word's key is `first`.
fn note_first(map: &mut FirstWords, first: String, n: usize) {
    let m = map.entry(first).or_insert(0);
    *m = (*m).max(n);
}

/// Longest match of `words[..n]` in a map keyed by `key(words[..n])`; `first` holds the map's first-word
/// keys (see [`FirstWords`]).
fn longest<'w, T>(
    words: &[&'w str],
    first: &FirstWords,
    key: impl Fn(&[&'w str]) -> String,
    get: impl Fn(&str) -> Option<T>,
) -> Option<(usize, T)> {
    if words.is_empty() {
        return None;
    }
    let max = (*first.get(&key(&words[..1]))?).min(words.len());
    (1..=max)
        .rev()
        .find_map(|n| get(&key(&words[..n])).map(|v| (n, v)))
}

impl Lexicon {
    /// Parse all lexicon files. Errors name the file and line of the first bad row,
    /// including duplicate keys.
    pub fn parse(files: &LexiconFiles<'_>) -> Result<Lexicon, LexiconError> {
        let mut lx = Lexicon::default();
        lx.parse_countries(files.countries)?;
        lx.parse_cities(files.cities)?;
        lx.parse_regions(files.regions)?;
        lx.parse_titles(files.titles)?;
        lx.parse_cue_verbs(files.cue_verbs)?;
        lx.parse_agreements(files.agreements)?;
        lx.parse_status(files.agreement_status)?;
        lx.parse_orgs(files.organizations)?;
        lx.parse_org_heads(files.organization_patterns)?;
        lx.parse_group_nouns(files.group_nouns)?;
        lx.parse_abbreviations(files.abbreviations)?;
        lx.parse_non_names(files.non_names)?;
        lx.parse_metonyms(files.metonyms)?;
        lx.parse_calendar(files.calendar)?;
        Ok(lx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_key_folds_first_letters_only() {
        assert_eq!(
            title_key("Foreign Minister".split(' ')),
            title_key("foreign minister".split(' '))
        );
        assert_ne!(title_key(["PM"].into_iter()), title_key(["pm"].into_iter()));
    }

    #[test]
    fn bad_row_names_file_and_line() {
        let err = rows::<rows::GroupNounRow>("x.tsv", "noun\tcanonical\n1\t2\n3\n")
            .err()
            .map(|e| (e.file, e.line));
        assert_eq!(err, Some(("x.tsv".to_string(), 3)));
    }
}

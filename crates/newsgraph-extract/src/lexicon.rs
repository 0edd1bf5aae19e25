//! Lexicons loaded from the data files in `data/lexicon/` (compiled into the binary).
//!
//! The files are embedded with `include_str!` and parsed once, lazily, into a [`Lexicon`]
//! (see [`lexicon`]). Every file is a UTF-8 TSV with a header row; `|` separates several
//! values inside one cell. Provenance of each file is in `data/lexicon/README.md`; the files are
//! rebuilt by `scripts/build_lexicons.py`.
//!
//! Parsing reports the file and line of a bad row ([`LexiconError`]); duplicate keys are errors.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::OnceLock;

use crate::model::{AgreementKind, AgreementStatus, EntityType};

/// An error in a lexicon file: which file, which line (1-based, the header is line 1), what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct LexiconError {
    /// File name inside `data/lexicon/`.
    pub file: String,
    /// 1-based line number (0 when the problem is the file as a whole).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl LexiconError {
    fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        LexiconError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

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
    /// `cue_phrases.tsv`
    pub cue_phrases: &'a str,
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
pub const FILE_NAMES: [&str; 15] = [
    "countries.tsv",
    "cities.tsv",
    "regions.tsv",
    "titles.tsv",
    "cue_verbs.tsv",
    "cue_phrases.tsv",
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
            countries: include_str!("../../../data/lexicon/countries.tsv"),
            cities: include_str!("../../../data/lexicon/cities.tsv"),
            regions: include_str!("../../../data/lexicon/regions.tsv"),
            titles: include_str!("../../../data/lexicon/titles.tsv"),
            cue_verbs: include_str!("../../../data/lexicon/cue_verbs.tsv"),
            cue_phrases: include_str!("../../../data/lexicon/cue_phrases.tsv"),
            agreements: include_str!("../../../data/lexicon/agreements.tsv"),
            agreement_status: include_str!("../../../data/lexicon/agreement_status.tsv"),
            organizations: include_str!("../../../data/lexicon/organizations.tsv"),
            organization_patterns: include_str!("../../../data/lexicon/organization_patterns.tsv"),
            group_nouns: include_str!("../../../data/lexicon/group_nouns.tsv"),
            abbreviations: include_str!("../../../data/lexicon/abbreviations.tsv"),
            non_names: include_str!("../../../data/lexicon/capitalised_non_names.txt"),
            metonyms: include_str!("../../../data/lexicon/metonyms.tsv"),
            calendar: include_str!("../../../data/lexicon/calendar.tsv"),
        }
    }
}

/// A country or territory.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// Canonical English short name ("Russia").
    pub name: String,
    /// ISO 3166-1 alpha-2 ("RU").
    pub iso2: String,
    /// ISO 3166-1 alpha-3 ("RUS").
    pub iso3: String,
    /// Capital city name ("Moscow"); empty when none.
    pub capital: String,
    /// Other spellings of the capital ("Bogotá" for "Bogota").
    pub capital_aliases: Vec<String>,
    /// Whether the capital's name stands for the government in news ("Moscow said"): states only,
    /// and not for capitals whose name is an everyday word or a common given name ("Male", "Victoria").
    pub capital_metonym: bool,
    /// Demonyms, adjective and people forms ("Russian", "Russians").
    pub demonyms: Vec<String>,
    /// Other names and short forms ("Russian Federation").
    pub aliases: Vec<String>,
    /// Latitude of the capital (or of the country when it has none).
    pub lat: f64,
    /// Longitude of the capital (or of the country when it has none).
    pub lon: f64,
    /// Sovereign state (including partially recognised states that act as states in news).
    pub sovereign: bool,
}

/// A populated place from GeoNames.
#[derive(Debug, Clone, PartialEq)]
pub struct City {
    /// Name as GeoNames spells it.
    pub name: String,
    /// ASCII folding of the name.
    pub ascii_name: String,
    /// ISO 3166-1 alpha-2 of its country.
    pub country: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Population.
    pub population: u64,
    /// GeoNames id.
    pub geonameid: u64,
    /// GeoNames admin1 code.
    pub admin1: String,
}

/// A first-level administrative division or a continent.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// Name.
    pub name: String,
    /// ISO 3166-1 alpha-2 of its country; empty for continents.
    pub country: String,
    /// ISO 3166-2 code ("US-TX"), or `CONT-XX` for continents.
    pub code: String,
    /// Kind of division ("State", "Province", "Continent", ...).
    pub kind: String,
    /// Other names.
    pub aliases: Vec<String>,
}

/// Category of a title or office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TitleCategory {
    /// President, King, Emir ...
    HeadOfState,
    /// Prime Minister, Chancellor, Premier ...
    HeadOfGovernment,
    /// Ministers and secretaries of state.
    Minister,
    /// Ambassadors, envoys, spokespersons of foreign ministries ...
    Diplomat,
    /// Military ranks and posts.
    Military,
    /// Heads and officers of organisations.
    OrganisationLeader,
    /// Members and officers of legislatures.
    Legislator,
    /// Judges and prosecutors.
    Judicial,
    /// Religious offices.
    Religious,
    /// Forms of address and honorifics (Mr., Dr., Sir).
    Honorific,
}

impl TitleCategory {
    /// The name used in `titles.tsv`.
    pub fn as_str(self) -> &'static str {
        match self {
            TitleCategory::HeadOfState => "head-of-state",
            TitleCategory::HeadOfGovernment => "head-of-government",
            TitleCategory::Minister => "minister",
            TitleCategory::Diplomat => "diplomat",
            TitleCategory::Military => "military",
            TitleCategory::OrganisationLeader => "organisation-leader",
            TitleCategory::Legislator => "legislator",
            TitleCategory::Judicial => "judicial",
            TitleCategory::Religious => "religious",
            TitleCategory::Honorific => "honorific",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "head-of-state" => TitleCategory::HeadOfState,
            "head-of-government" => TitleCategory::HeadOfGovernment,
            "minister" => TitleCategory::Minister,
            "diplomat" => TitleCategory::Diplomat,
            "military" => TitleCategory::Military,
            "organisation-leader" => TitleCategory::OrganisationLeader,
            "legislator" => TitleCategory::Legislator,
            "judicial" => TitleCategory::Judicial,
            "religious" => TitleCategory::Religious,
            "honorific" => TitleCategory::Honorific,
            _ => return None,
        })
    }
}

/// A title or office ("Foreign Minister").
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    /// The title as written in the file.
    pub title: String,
    /// Its category.
    pub category: TitleCategory,
    /// Number of whitespace-separated words.
    pub words: usize,
}

/// A communication (attribution) verb.
#[derive(Debug, Clone, PartialEq)]
pub struct CueVerb {
    /// Lemma ("say", "point out").
    pub lemma: String,
    /// All listed forms, lowercase ("said", "says", "has said", ...).
    pub forms: Vec<String>,
    /// Semantic class ("say", "warn", "deny", ...).
    pub class: String,
    /// Whether it commonly takes a "that" clause (reported speech).
    pub takes_that_clause: bool,
}

/// A multiword attribution cue ("according to", "told reporters").
#[derive(Debug, Clone, PartialEq)]
pub struct CuePhrase {
    /// The phrase as written in the file.
    pub phrase: String,
    /// Lowercase words of the phrase; a word `{ORG}`/`{PERSON}`/... is a slot.
    pub words: Vec<String>,
    /// Class of the cue.
    pub class: String,
    /// Notes on where the source and the content stand.
    pub note: String,
}

/// A phrase that reports the status of an agreement.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusPhrase {
    /// Lowercase words.
    pub words: Vec<String>,
    /// The status it signals.
    pub status: AgreementStatus,
    /// Notes on polarity and negation.
    pub polarity_note: String,
}

/// A named organisation or armed group.
#[derive(Debug, Clone, PartialEq)]
pub struct Org {
    /// Canonical name ("United Nations").
    pub name: String,
    /// Acronyms and other names ("UN", "U.N.").
    pub aliases: Vec<String>,
    /// `Organization` or `ArmedGroup`.
    pub kind: EntityType,
    /// Category ("intergovernmental", "news-agency", "armed-group", ...).
    pub category: String,
}

/// Where an organisation head word stands in a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeadPosition {
    /// Begins the name ("Ministry of Defence").
    Prefix,
    /// Ends the name ("Labour Party").
    Suffix,
    /// Either.
    Either,
}

/// A head word that makes a capitalised phrase an organisation or armed group.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgHead {
    /// The head word ("Ministry").
    pub head: String,
    /// The type it implies.
    pub kind: EntityType,
    /// Where it stands.
    pub position: HeadPosition,
}

/// What a government metonym stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MetonymScope {
    /// The state's executive as a whole ("the Kremlin", "Downing Street").
    Government,
    /// A named institution of the state ("the Pentagon" = Department of Defense).
    Institution,
}

/// A seat or building of government whose name stands for a state or one of its institutions.
#[derive(Debug, Clone, PartialEq)]
pub struct Metonym {
    /// The surface form ("the Kremlin").
    pub text: String,
    /// ISO 3166-1 alpha-2 of the state.
    pub iso2: String,
    /// Whole government or one institution.
    pub scope: MetonymScope,
    /// The institution it names, when known ("Department of Defense").
    pub institution: String,
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
    cue_verbs: Vec<CueVerb>,
    cue_forms: HashMap<String, usize>,
    max_cue_words: usize,
    cue_phrases: Vec<CuePhrase>,
    agreements: HashMap<String, AgreementKind>,
    max_agreement_words: usize,
    status_entries: Vec<StatusPhrase>,
    status_pairs: Vec<(Vec<String>, AgreementStatus)>,
    orgs: Vec<Org>,
    org_names: HashMap<String, usize>,
    max_org_words: usize,
    org_heads: Vec<OrgHead>,
    org_head_keys: HashMap<String, usize>,
    group_nouns: HashMap<String, String>,
    max_group_words: usize,
    abbreviations: HashMap<String, bool>,
    non_names: std::collections::HashSet<String>,
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

/// One data row: its 1-based line number and cells.
struct Row<'a> {
    line: usize,
    cells: Vec<&'a str>,
}

/// Split a TSV file: checks the header names and the cell count of every row.
fn rows<'a>(file: &str, text: &'a str, header: &[&str]) -> Result<Vec<Row<'a>>, LexiconError> {
    let mut lines = text.lines().enumerate();
    let Some((_, head)) = lines.next() else {
        return Err(LexiconError::new(file, 0, "empty file (no header row)"));
    };
    let got: Vec<&str> = head.split('\t').collect();
    if got != header {
        return Err(LexiconError::new(
            file,
            1,
            format!("header {got:?}, expected {header:?}"),
        ));
    }
    let mut out = Vec::new();
    for (i, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != header.len() {
            return Err(LexiconError::new(
                file,
                i + 1,
                format!("{} cells, expected {}", cells.len(), header.len()),
            ));
        }
        out.push(Row { line: i + 1, cells });
    }
    Ok(out)
}

fn multi(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn float(file: &str, line: usize, cell: &str) -> Result<f64, LexiconError> {
    if cell.is_empty() {
        return Ok(f64::NAN);
    }
    cell.parse()
        .map_err(|_| LexiconError::new(file, line, format!("not a number: {cell:?}")))
}

fn uint(file: &str, line: usize, cell: &str) -> Result<u64, LexiconError> {
    cell.parse()
        .map_err(|_| LexiconError::new(file, line, format!("not an integer: {cell:?}")))
}

fn yes_no(file: &str, line: usize, cell: &str) -> Result<bool, LexiconError> {
    match cell {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(LexiconError::new(
            file,
            line,
            format!("expected yes/no, got {cell:?}"),
        )),
    }
}

fn nonempty<'a>(
    file: &str,
    line: usize,
    cell: &'a str,
    what: &str,
) -> Result<&'a str, LexiconError> {
    let c = cell.trim();
    if c.is_empty() {
        Err(LexiconError::new(file, line, format!("empty {what}")))
    } else {
        Ok(c)
    }
}

/// Insert a key that must be unique within its file.
fn insert_unique<V>(
    map: &mut HashMap<String, V>,
    key: String,
    value: V,
    file: &str,
    line: usize,
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
    words
        .iter()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
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

fn entity_type(file: &str, line: usize, cell: &str) -> Result<EntityType, LexiconError> {
    EntityType::ALL
        .iter()
        .copied()
        .find(|t| t.as_str() == cell)
        .ok_or_else(|| LexiconError::new(file, line, format!("unknown entity type {cell:?}")))
}

fn agreement_kind(s: &str) -> Option<AgreementKind> {
    AgreementKind::ALL.into_iter().find(|k| k.as_str() == s)
}

fn agreement_status(s: &str) -> Option<AgreementStatus> {
    use AgreementStatus::*;
    [
        Proposed,
        Negotiating,
        NotFormalized,
        Reached,
        Signed,
        InForce,
        Withdrawn,
        Abandoned,
        Violated,
        Collapsed,
        Unknown,
    ]
    .into_iter()
    .find(|k| k.as_str() == s)
}

/// Longest match of `words[..n]` in a map keyed by `key(words[..n])`.
fn longest<'w, T>(
    words: &[&'w str],
    max: usize,
    key: impl Fn(&[&'w str]) -> String,
    get: impl Fn(&str) -> Option<T>,
) -> Option<(usize, T)> {
    let max = max.min(words.len());
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
        lx.parse_cue_phrases(files.cue_phrases)?;
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

    fn parse_countries(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "countries.tsv";
        let header = [
            "name",
            "iso2",
            "iso3",
            "capital",
            "capital_aliases",
            "capital_metonym",
            "demonyms",
            "aliases",
            "lat",
            "lon",
            "is_sovereign",
        ];
        for r in rows(F, text, &header)? {
            let c = &r.cells;
            let l = r.line;
            let country = Country {
                name: nonempty(F, l, c[0], "name")?.to_string(),
                iso2: nonempty(F, l, c[1], "iso2")?.to_string(),
                iso3: c[2].to_string(),
                capital: c[3].to_string(),
                capital_aliases: multi(c[4]),
                capital_metonym: yes_no(F, l, c[5])?,
                demonyms: multi(c[6]),
                aliases: multi(c[7]),
                lat: float(F, l, c[8])?,
                lon: float(F, l, c[9])?,
                sovereign: yes_no(F, l, c[10])?,
            };
            let idx = self.countries.len();
            insert_unique(&mut self.country_iso2, country.iso2.clone(), idx, F, l)?;
            insert_unique(&mut self.country_names, country.name.clone(), idx, F, l)?;
            for a in &country.aliases {
                insert_unique(&mut self.country_names, a.clone(), idx, F, l)?;
            }
            for d in &country.demonyms {
                insert_unique(&mut self.country_demonyms, d.clone(), idx, F, l)?;
            }
            if country.capital_metonym {
                for cap in std::iter::once(&country.capital).chain(&country.capital_aliases) {
                    // Two states may share a capital name: the first row wins.
                    self.country_capitals.entry(cap.clone()).or_insert(idx);
                }
            }
            self.countries.push(country);
        }
        Ok(())
    }

    fn parse_cities(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "cities.tsv";
        let header = [
            "name",
            "ascii_name",
            "country",
            "lat",
            "lon",
            "population",
            "geonameid",
            "admin1",
        ];
        let mut ids = HashMap::new();
        for r in rows(F, text, &header)? {
            let c = &r.cells;
            let l = r.line;
            let city = City {
                name: nonempty(F, l, c[0], "name")?.to_string(),
                ascii_name: c[1].to_string(),
                country: c[2].to_string(),
                lat: float(F, l, c[3])?,
                lon: float(F, l, c[4])?,
                population: uint(F, l, c[5])?,
                geonameid: uint(F, l, c[6])?,
                admin1: c[7].to_string(),
            };
            insert_unique(&mut ids, city.geonameid.to_string(), (), F, l)?;
            let idx = self.cities.len();
            self.cities.push(city);
            let city = &self.cities[idx];
            for key in [&city.name, &city.ascii_name] {
                if key.is_empty() {
                    continue;
                }
                let better = match self.city_names.get(key.as_str()) {
                    None => true,
                    Some(&j) => self.cities[j].population < city.population,
                };
                if better {
                    self.city_names.insert(key.clone(), idx);
                }
            }
        }
        Ok(())
    }

    fn parse_regions(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "regions.tsv";
        let header = ["name", "country", "code", "type", "aliases", "source"];
        let mut codes = HashMap::new();
        for r in rows(F, text, &header)? {
            let c = &r.cells;
            let l = r.line;
            let region = Region {
                name: nonempty(F, l, c[0], "name")?.to_string(),
                country: c[1].to_string(),
                code: nonempty(F, l, c[2], "code")?.to_string(),
                kind: c[3].to_string(),
                aliases: multi(c[4]),
            };
            insert_unique(&mut codes, region.code.clone(), (), F, l)?;
            let idx = self.regions.len();
            for n in std::iter::once(&region.name).chain(region.aliases.iter()) {
                // Names shared by divisions of several countries: the first row (sorted) wins.
                self.region_names.entry(n.clone()).or_insert(idx);
            }
            self.regions.push(region);
        }
        Ok(())
    }

    fn parse_titles(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "titles.tsv";
        for r in rows(F, text, &["title", "category"])? {
            let l = r.line;
            let title = nonempty(F, l, r.cells[0], "title")?;
            let category = TitleCategory::parse(r.cells[1]).ok_or_else(|| {
                LexiconError::new(F, l, format!("unknown category {:?}", r.cells[1]))
            })?;
            let words = title.split_whitespace().count();
            insert_unique(
                &mut self.title_keys,
                title_key(title.split_whitespace()),
                self.titles.len(),
                F,
                l,
            )?;
            self.max_title_words = self.max_title_words.max(words);
            self.titles.push(Title {
                title: title.to_string(),
                category,
                words,
            });
        }
        Ok(())
    }

    fn parse_cue_verbs(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "cue_verbs.tsv";
        let header = ["lemma", "forms", "class", "takes_that_clause", "note"];
        let mut lemmas = HashMap::new();
        for r in rows(F, text, &header)? {
            let c = &r.cells;
            let l = r.line;
            let lemma = nonempty(F, l, c[0], "lemma")?.to_string();
            insert_unique(&mut lemmas, lemma.clone(), (), F, l)?;
            let forms: Vec<String> = multi(c[1]).iter().map(|f| f.to_lowercase()).collect();
            if forms.is_empty() {
                return Err(LexiconError::new(F, l, "no forms"));
            }
            let idx = self.cue_verbs.len();
            for f in &forms {
                let words: Vec<&str> = f.split_whitespace().collect();
                self.max_cue_words = self.max_cue_words.max(words.len());
                insert_unique(&mut self.cue_forms, words.join(" "), idx, F, l)?;
            }
            self.cue_verbs.push(CueVerb {
                lemma,
                forms,
                class: nonempty(F, l, c[2], "class")?.to_string(),
                takes_that_clause: yes_no(F, l, c[3])?,
            });
        }
        Ok(())
    }

    fn parse_cue_phrases(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "cue_phrases.tsv";
        let mut seen = HashMap::new();
        for r in rows(F, text, &["phrase", "class", "pattern_note"])? {
            let l = r.line;
            let phrase = nonempty(F, l, r.cells[0], "phrase")?;
            let words: Vec<String> = phrase
                .split_whitespace()
                .map(|w| {
                    if w.starts_with('{') {
                        w.to_string()
                    } else {
                        w.to_lowercase()
                    }
                })
                .collect();
            insert_unique(&mut seen, words.join(" "), (), F, l)?;
            self.cue_phrases.push(CuePhrase {
                phrase: phrase.to_string(),
                words,
                class: r.cells[1].to_string(),
                note: r.cells[2].to_string(),
            });
        }
        // Longest phrases first, so a scan can take the first match.
        self.cue_phrases.sort_by(|a, b| {
            b.words
                .len()
                .cmp(&a.words.len())
                .then(a.phrase.cmp(&b.phrase))
        });
        Ok(())
    }

    fn parse_agreements(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "agreements.tsv";
        for r in rows(F, text, &["trigger", "kind"])? {
            let l = r.line;
            let trigger = nonempty(F, l, r.cells[0], "trigger")?;
            let kind = agreement_kind(r.cells[1]).ok_or_else(|| {
                LexiconError::new(F, l, format!("unknown agreement kind {:?}", r.cells[1]))
            })?;
            let words: Vec<&str> = trigger.split_whitespace().collect();
            self.max_agreement_words = self.max_agreement_words.max(words.len());
            insert_unique(&mut self.agreements, lower_key(&words), kind, F, l)?;
        }
        Ok(())
    }

    fn parse_status(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "agreement_status.tsv";
        let mut seen = HashMap::new();
        for r in rows(F, text, &["phrase", "status", "polarity_note"])? {
            let l = r.line;
            let phrase = nonempty(F, l, r.cells[0], "phrase")?;
            let status = agreement_status(r.cells[1]).ok_or_else(|| {
                LexiconError::new(F, l, format!("unknown status {:?}", r.cells[1]))
            })?;
            let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
            insert_unique(&mut seen, words.join(" "), (), F, l)?;
            self.status_entries.push(StatusPhrase {
                words,
                status,
                polarity_note: r.cells[2].to_string(),
            });
        }
        self.status_entries.sort_by(|a, b| {
            b.words
                .len()
                .cmp(&a.words.len())
                .then(a.words.cmp(&b.words))
        });
        self.status_pairs = self
            .status_entries
            .iter()
            .map(|s| (s.words.clone(), s.status))
            .collect();
        Ok(())
    }

    fn parse_orgs(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "organizations.tsv";
        let header = ["name", "aliases", "type", "category", "source"];
        for r in rows(F, text, &header)? {
            let c = &r.cells;
            let l = r.line;
            let kind = entity_type(F, l, c[2])?;
            if !matches!(kind, EntityType::Organization | EntityType::ArmedGroup) {
                return Err(LexiconError::new(
                    F,
                    l,
                    "type must be Organization or ArmedGroup",
                ));
            }
            let org = Org {
                name: nonempty(F, l, c[0], "name")?.to_string(),
                aliases: multi(c[1]),
                kind,
                category: c[3].to_string(),
            };
            let idx = self.orgs.len();
            for n in std::iter::once(&org.name).chain(org.aliases.iter()) {
                self.max_org_words = self.max_org_words.max(n.split_whitespace().count());
                insert_unique(&mut self.org_names, n.clone(), idx, F, l)?;
            }
            self.orgs.push(org);
        }
        Ok(())
    }

    fn parse_org_heads(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "organization_patterns.tsv";
        for r in rows(F, text, &["head", "type", "position", "note"])? {
            let c = &r.cells;
            let l = r.line;
            let position = match c[2] {
                "prefix" => HeadPosition::Prefix,
                "suffix" => HeadPosition::Suffix,
                "either" => HeadPosition::Either,
                other => {
                    return Err(LexiconError::new(
                        F,
                        l,
                        format!("position must be prefix/suffix/either, got {other:?}"),
                    ));
                }
            };
            let head = nonempty(F, l, c[0], "head")?.to_string();
            insert_unique(
                &mut self.org_head_keys,
                head.clone(),
                self.org_heads.len(),
                F,
                l,
            )?;
            self.org_heads.push(OrgHead {
                head,
                kind: entity_type(F, l, c[1])?,
                position,
            });
        }
        Ok(())
    }

    fn parse_group_nouns(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "group_nouns.tsv";
        for r in rows(F, text, &["noun", "canonical"])? {
            let l = r.line;
            let noun = nonempty(F, l, r.cells[0], "noun")?;
            let canonical = nonempty(F, l, r.cells[1], "canonical")?;
            let words: Vec<&str> = noun.split_whitespace().collect();
            self.max_group_words = self.max_group_words.max(words.len());
            insert_unique(
                &mut self.group_nouns,
                lower_key(&words),
                canonical.to_string(),
                F,
                l,
            )?;
        }
        Ok(())
    }

    fn parse_abbreviations(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "abbreviations.tsv";
        for r in rows(F, text, &["abbreviation", "may_end_sentence", "note"])? {
            let l = r.line;
            let a = nonempty(F, l, r.cells[0], "abbreviation")?;
            let may_end = yes_no(F, l, r.cells[1])?;
            insert_unique(&mut self.abbreviations, a.to_string(), may_end, F, l)?;
        }
        Ok(())
    }

    fn parse_non_names(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "capitalised_non_names.txt";
        for (i, line) in text.lines().enumerate() {
            let w = line.trim();
            if w.is_empty() || w.starts_with('#') {
                continue;
            }
            if !self.non_names.insert(w.to_string()) {
                return Err(LexiconError::new(
                    F,
                    i + 1,
                    format!("duplicate entry {w:?}"),
                ));
            }
        }
        Ok(())
    }

    fn parse_metonyms(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "metonyms.tsv";
        for r in rows(F, text, &["metonym", "iso2", "stands_for", "institution"])? {
            let c = &r.cells;
            let l = r.line;
            let scope = match c[2] {
                "government" => MetonymScope::Government,
                "institution" => MetonymScope::Institution,
                other => {
                    return Err(LexiconError::new(
                        F,
                        l,
                        format!("stands_for must be government/institution, got {other:?}"),
                    ));
                }
            };
            let iso2 = nonempty(F, l, c[1], "iso2")?;
            if !self.country_iso2.contains_key(iso2) {
                return Err(LexiconError::new(
                    F,
                    l,
                    format!("unknown country code {iso2:?}"),
                ));
            }
            let text = nonempty(F, l, c[0], "metonym")?.to_string();
            let m = Metonym {
                text: text.clone(),
                iso2: iso2.to_string(),
                scope,
                institution: c[3].to_string(),
            };
            insert_unique(&mut self.metonyms, text, m, F, l)?;
        }
        Ok(())
    }

    fn parse_calendar(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "calendar.tsv";
        let mut seen = HashMap::new();
        for r in rows(F, text, &["word", "kind", "value"])? {
            let c = &r.cells;
            let l = r.line;
            let word = nonempty(F, l, c[0], "word")?.to_string();
            let value = uint(F, l, c[2])?;
            let (map, max) = match c[1] {
                "month" => (&mut self.months, 12),
                "weekday" => (&mut self.weekdays, 7),
                other => {
                    return Err(LexiconError::new(
                        F,
                        l,
                        format!("kind must be month/weekday, got {other:?}"),
                    ));
                }
            };
            let value = u32::try_from(value)
                .ok()
                .filter(|v| (1..=max).contains(v))
                .ok_or_else(|| LexiconError::new(F, l, format!("value out of range 1..={max}")))?;
            insert_unique(&mut seen, word.clone(), (), F, l)?;
            map.insert(word, value);
        }
        Ok(())
    }

    // ------------------------------------------------------------ countries and places

    /// All countries and territories, sorted by name.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// Country by its name or an alias (exact, case-sensitive: "Russia", "US", "the UK").
    pub fn country_by_name(&self, name: &str) -> Option<&Country> {
        self.country_names.get(name).map(|&i| &self.countries[i])
    }

    /// Country by a demonym ("Russian", "Russians"), exact and case-sensitive.
    pub fn country_by_demonym(&self, demonym: &str) -> Option<&Country> {
        self.country_demonyms
            .get(demonym)
            .map(|&i| &self.countries[i])
    }

    /// Country whose capital has this name ("Moscow" → Russia, "Bogotá" → Colombia), exact and
    /// case-sensitive; only capitals marked `capital_metonym` (states, not everyday words).
    pub fn country_by_capital(&self, capital: &str) -> Option<&Country> {
        self.country_capitals
            .get(capital)
            .map(|&i| &self.countries[i])
    }

    /// Country by ISO 3166-1 alpha-2 code ("RU").
    pub fn country_by_iso2(&self, iso2: &str) -> Option<&Country> {
        self.country_iso2.get(iso2).map(|&i| &self.countries[i])
    }

    /// A seat of government standing for a state or institution ("the Kremlin", "Downing Street"),
    /// exact and case-sensitive.
    pub fn metonym(&self, text: &str) -> Option<&Metonym> {
        self.metonyms.get(text)
    }

    /// The country whose government a metonym stands for ("the Kremlin" → Russia).
    pub fn country_by_metonym(&self, text: &str) -> Option<&Country> {
        self.metonym(text)
            .and_then(|m| self.country_by_iso2(&m.iso2))
    }

    /// All cities (population ≥ the threshold in the README).
    pub fn cities(&self) -> &[City] {
        &self.cities
    }

    /// City by name or ASCII name, exact; the most populous when several share the name.
    pub fn city(&self, name: &str) -> Option<&City> {
        self.city_names.get(name).map(|&i| &self.cities[i])
    }

    /// All cities with this name or ASCII name, most populous first.
    pub fn cities_named(&self, name: &str) -> Vec<&City> {
        let mut v: Vec<&City> = self
            .cities
            .iter()
            .filter(|c| c.name == name || c.ascii_name == name)
            .collect();
        v.sort_by_key(|c| std::cmp::Reverse(c.population));
        v
    }

    /// All regions.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// A first-level division or continent by exact name ("Texas", "Europe").
    pub fn region(&self, name: &str) -> Option<&Region> {
        self.region_names.get(name).map(|&i| &self.regions[i])
    }

    // ------------------------------------------------------------ titles

    /// All titles.
    pub fn titles(&self) -> &[Title] {
        &self.titles
    }

    /// The category of a title; the first letter of each word is case-insensitive
    /// ("foreign minister" = "Foreign Minister"). Inner whitespace is normalised.
    pub fn title(&self, text: &str) -> Option<TitleCategory> {
        self.title_entry(text).map(|t| t.category)
    }

    /// The title entry for a text (same matching as [`Lexicon::title`]).
    pub fn title_entry(&self, text: &str) -> Option<&Title> {
        self.title_keys
            .get(&title_key(text.split_whitespace()))
            .map(|&i| &self.titles[i])
    }

    /// The longest title starting at `words[0]`: the number of words it spans and the entry.
    /// Words are tokens as in the text ("Lt.", "Gen."); the first letter of each is
    /// case-insensitive.
    pub fn longest_title(&self, words: &[&str]) -> Option<(usize, &Title)> {
        longest(
            words,
            self.max_title_words,
            |ws| title_key(ws.iter().copied()),
            |k| self.title_keys.get(k).map(|&i| &self.titles[i]),
        )
    }

    // ------------------------------------------------------------ attribution cues

    /// All cue verbs.
    pub fn cue_verbs(&self) -> &[CueVerb] {
        &self.cue_verbs
    }

    /// The cue verb of a form ("said", "Says", "has said", "pointed out"); case-insensitive.
    pub fn cue_verb(&self, form: &str) -> Option<&CueVerb> {
        let words: Vec<&str> = form.split_whitespace().collect();
        self.cue_forms
            .get(&lower_key(&words))
            .map(|&i| &self.cue_verbs[i])
    }

    /// The longest cue-verb form starting at `words[0]` ("has said", "pointed out").
    pub fn longest_cue_verb(&self, words: &[&str]) -> Option<(usize, &CueVerb)> {
        longest(words, self.max_cue_words, lower_key, |k| {
            self.cue_forms.get(k).map(|&i| &self.cue_verbs[i])
        })
    }

    /// Multiword cues, longest first. Words are lowercase; `{ORG}`-style words are slots.
    pub fn cue_phrases(&self) -> &[CuePhrase] {
        &self.cue_phrases
    }

    // ------------------------------------------------------------ agreements

    /// The agreement kind of a trigger word or phrase ("ceasefire", "peace deal"); case-insensitive.
    pub fn agreement_trigger(&self, text: &str) -> Option<AgreementKind> {
        let words: Vec<&str> = text.split_whitespace().collect();
        self.agreements.get(&lower_key(&words)).copied()
    }

    /// The longest agreement trigger starting at `words[0]`.
    pub fn longest_agreement_trigger(&self, words: &[&str]) -> Option<(usize, AgreementKind)> {
        longest(words, self.max_agreement_words, lower_key, |k| {
            self.agreements.get(k).copied()
        })
    }

    /// Status phrases as (lowercase words, status), longest first.
    pub fn status_phrases(&self) -> &[(Vec<String>, AgreementStatus)] {
        &self.status_pairs
    }

    /// Status phrases with their polarity notes, longest first.
    pub fn status_entries(&self) -> &[StatusPhrase] {
        &self.status_entries
    }

    // ------------------------------------------------------------ organisations and groups

    /// All known organisations.
    pub fn organizations(&self) -> &[Org] {
        &self.orgs
    }

    /// Organisation by canonical name or alias, exact and case-sensitive ("UN", "Hamas").
    pub fn organization(&self, name: &str) -> Option<&Org> {
        self.org_names.get(name).map(|&i| &self.orgs[i])
    }

    /// The longest organisation name or alias starting at `words[0]` (exact words, joined by
    /// single spaces).
    pub fn longest_organization(&self, words: &[&str]) -> Option<(usize, &Org)> {
        longest(
            words,
            self.max_org_words,
            |ws| ws.join(" "),
            |k| self.org_names.get(k).map(|&i| &self.orgs[i]),
        )
    }

    /// The type implied by an organisation head word ("Ministry" → Organization,
    /// "Brigades" → ArmedGroup); exact and case-sensitive.
    pub fn org_head(&self, word: &str) -> Option<EntityType> {
        self.org_head_entry(word).map(|h| h.kind)
    }

    /// The head-word entry, with its position.
    pub fn org_head_entry(&self, word: &str) -> Option<&OrgHead> {
        self.org_head_keys.get(word).map(|&i| &self.org_heads[i])
    }

    /// All organisation head words.
    pub fn org_heads(&self) -> &[OrgHead] {
        &self.org_heads
    }

    /// The canonical form of an unnamed collective actor ("Militants" → "militants",
    /// "government troops" → "government forces"); case-insensitive.
    pub fn group_noun(&self, text: &str) -> Option<&str> {
        let words: Vec<&str> = text.split_whitespace().collect();
        self.group_nouns.get(&lower_key(&words)).map(String::as_str)
    }

    /// The longest group noun starting at `words[0]`, with its canonical form.
    pub fn longest_group_noun(&self, words: &[&str]) -> Option<(usize, &str)> {
        longest(words, self.max_group_words, lower_key, |k| {
            self.group_nouns.get(k).map(String::as_str)
        })
    }

    // ------------------------------------------------------------ sentence data

    /// Whether a token (with its final period, "Gen.") is a known abbreviation.
    pub fn is_abbreviation(&self, token: &str) -> bool {
        self.abbreviations.contains_key(token)
    }

    /// Whether an abbreviation may also end a sentence ("etc.", "U.S." at a sentence end);
    /// `None` when the token is not an abbreviation.
    pub fn abbreviation_may_end_sentence(&self, token: &str) -> Option<bool> {
        self.abbreviations.get(token).copied()
    }

    /// The month number (1..=12) of a month name or abbreviation ("September", "Sept.", "Sep"),
    /// exact and case-sensitive.
    pub fn month(&self, word: &str) -> Option<u32> {
        self.months.get(word).copied()
    }

    /// The ISO weekday number (Monday = 1 .. Sunday = 7) of a weekday name or abbreviation.
    pub fn weekday(&self, word: &str) -> Option<u32> {
        self.weekdays.get(word).copied()
    }

    /// Whether a capitalised word is never an entity name on its own ("Monday", "However").
    pub fn is_non_name(&self, word: &str) -> bool {
        self.non_names.contains(word)
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
        let err = rows("x.tsv", "a\tb\n1\t2\n3\n", &["a", "b"])
            .err()
            .map(|e| (e.file, e.line));
        assert_eq!(err, Some(("x.tsv".to_string(), 3)));
    }
}

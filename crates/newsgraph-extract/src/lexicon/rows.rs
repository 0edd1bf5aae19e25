//! The row types of the lexicon files: one serde struct per file, its columns the file's header row.
//! Cells are checked here as far as one cell allows (yes/no, numbers, names of enums, non-empty keys);
//! checks across rows (duplicate keys) are in the parsers.

use serde::Deserialize;

use super::{HeadPosition, MetonymScope, TitleCategory};
use crate::model::data::{self, Record};
use crate::model::{AgreementKind, AgreementStatus, EntityType};

/// `countries.tsv`.
#[derive(Deserialize)]
pub(super) struct CountryRow {
    #[serde(deserialize_with = "data::nonempty")]
    pub name: String,
    #[serde(deserialize_with = "data::nonempty")]
    pub iso2: String,
    pub iso3: String,
    pub capital: String,
    #[serde(deserialize_with = "data::pipe_list")]
    pub capital_aliases: Vec<String>,
    #[serde(deserialize_with = "data::yes_no")]
    pub capital_metonym: bool,
    #[serde(deserialize_with = "data::pipe_list")]
    pub demonyms: Vec<String>,
    #[serde(deserialize_with = "data::pipe_list")]
    pub aliases: Vec<String>,
    #[serde(deserialize_with = "data::float_or_nan")]
    pub lat: f64,
    #[serde(deserialize_with = "data::float_or_nan")]
    pub lon: f64,
    #[serde(deserialize_with = "data::yes_no")]
    pub is_sovereign: bool,
}

impl Record for CountryRow {
    const COLUMNS: &'static [&'static str] = &[
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
    const HEADER: bool = true;
}

/// `cities.tsv`.
#[derive(Deserialize)]
pub(super) struct CityRow {
    #[serde(deserialize_with = "data::nonempty")]
    pub name: String,
    pub ascii_name: String,
    pub country: String,
    #[serde(deserialize_with = "data::float_or_nan")]
    pub lat: f64,
    #[serde(deserialize_with = "data::float_or_nan")]
    pub lon: f64,
    pub population: u64,
    pub geonameid: u64,
    pub admin1: String,
}

impl Record for CityRow {
    const COLUMNS: &'static [&'static str] = &[
        "name",
        "ascii_name",
        "country",
        "lat",
        "lon",
        "population",
        "geonameid",
        "admin1",
    ];
    const HEADER: bool = true;
}

/// `regions.tsv`.
#[derive(Deserialize)]
pub(super) struct RegionRow {
    #[serde(deserialize_with = "data::nonempty")]
    pub name: String,
    pub country: String,
    #[serde(deserialize_with = "data::nonempty")]
    pub code: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(deserialize_with = "data::pipe_list")]
    pub aliases: Vec<String>,
    #[serde(rename = "source")]
    pub _source: String,
}

impl Record for RegionRow {
    const COLUMNS: &'static [&'static str] =
        &["name", "country", "code", "type", "aliases", "source"];
    const HEADER: bool = true;
}

/// `titles.tsv`.
#[derive(Deserialize)]
pub(super) struct TitleRow {
    #[serde(deserialize_with = "data::nonempty")]
    pub title: String,
    #[serde(deserialize_with = "data::from_name")]
    pub category: TitleCategory,
}

impl Record for TitleRow {
    const COLUMNS: &'static [&'static str] = &["title", "category"];
    const HEADER: bool = true;
}

/// `cue_verbs.tsv`.
#[derive(Deserialize)]
pub(super) struct CueVerbRow {
    #[serde(deserialize_with = "data::nonempty")]
    pub lemma: String,
    #[serde(deserialize_with = "data::pipe_list")]
    pub forms: Vec<String>,
    #[serde(deserialize_with = "data::nonempty")]
    pub class: String,
    #[serde(deserialize_with = "data::yes_no")]
    pub takes_that_clause: bool,
    #[serde(rename = "note")]
    pub _note: String,
}

impl Record for CueVerbRow {
    const COLUMNS: &'static [&'static str] =
        &["lemma", "forms", "class", "takes_that_clause", "note"];
    const HEADER: bool = true;
}

/// `agreements.tsv`.
#[derive(Deserialize)]
pub(super) struct AgreementRow {
    #[serde(deserialize_with = "data::nonempty")]
    pub trigger: String,
    pub kind: AgreementKind,
}

impl Record for AgreementRow {
    const COLUMNS: &'static [&'static str] = &["trigger", "kind"];
    const HEADER: bool = true;
}

/// `agreement_status.tsv`.
#[derive(Deserialize)]
pub(super) struct StatusRow {
    #[serde(deserialize_with = "data::nonempty")]
    pub phrase: String,
    pub status: AgreementStatus,
    pub polarity_note: String,
}

impl Record for StatusRow {
    const COLUMNS: &'static [&'static str] = &["phrase", "status", "polarity_note"];
    const HEADER: bool = true;
}

/// `organizations.tsv`.
#[derive(Deserialize)]
pub(super) struct OrgRow {
    #[serde(deserialize_with = "data::nonempty")]
    pub name: String,
    #[serde(deserialize_with = "data::pipe_list")]
    pub aliases: Vec<String>,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub category: String,
    #[serde(rename = "source")]
    pub _source: String,
}

impl Record for OrgRow {
    const COLUMNS: &'static [&'static str] = &["name", "aliases", "type", "category", "source"];
    const HEADER: bool = true;
}

/// `organization_patterns.tsv`.
#[derive(Deserialize)]
pub(super) struct OrgHeadRow {
    #[serde(deserialize_with = "data::nonempty")]
    pub head: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    #[serde(deserialize_with = "data::from_name")]
    pub position: HeadPosition,
    #[serde(rename = "note")]
    pub _note: String,
}

impl Record for OrgHeadRow {
    const COLUMNS: &'static [&'static str] = &["head", "type", "position", "note"];
    const HEADER: bool = true;
}

/// `group_nouns.tsv`.
#[derive(Deserialize)]
pub(super) struct GroupNounRow {
    #[serde(deserialize_with = "data::nonempty")]
    pub noun: String,
    #[serde(deserialize_with = "data::nonempty")]
    pub canonical: String,
}

impl Record for GroupNounRow {
    const COLUMNS: &'static [&'static str] = &["noun", "canonical"];
    const HEADER: bool = true;
}

/// `abbreviations.tsv`.
#[derive(Deserialize)]
pub(super) struct AbbreviationRow {
    #[serde(deserialize_with = "data::nonempty")]
    pub abbreviation: String,
    #[serde(deserialize_with = "data::yes_no")]
    pub may_end_sentence: bool,
    #[serde(rename = "note")]
    pub _note: String,
}

impl Record for AbbreviationRow {
    const COLUMNS: &'static [&'static str] = &["abbreviation", "may_end_sentence", "note"];
    const HEADER: bool = true;
}

/// `metonyms.tsv`.
#[derive(Deserialize)]
pub(super) struct MetonymRow {
    #[serde(deserialize_with = "data::nonempty")]
    pub metonym: String,
    #[serde(deserialize_with = "data::nonempty")]
    pub iso2: String,
    #[serde(deserialize_with = "data::from_name")]
    pub stands_for: MetonymScope,
    pub institution: String,
}

impl Record for MetonymRow {
    const COLUMNS: &'static [&'static str] = &["metonym", "iso2", "stands_for", "institution"];
    const HEADER: bool = true;
}

/// The kind of a `calendar.tsv` word.
#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub(super) enum CalendarKind {
    Month,
    Weekday,
}

/// `calendar.tsv`.
#[derive(Deserialize)]
pub(super) struct CalendarRow {
    #[serde(deserialize_with = "data::nonempty")]
    pub word: String,
    pub kind: CalendarKind,
    pub value: u32,
}

impl Record for CalendarRow {
    const COLUMNS: &'static [&'static str] = &["word", "kind", "value"];
    const HEADER: bool = true;
}

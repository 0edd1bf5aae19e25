//! Ranking the candidates of one entity: a confidence in `0..=1` for each type-compatible candidate.
//!
//! The confidence adds up evidence, each part documented on its constant:
//! - **type agreement is required**: a candidate whose P31 classes (`data/wikidata/types.tsv`) do not admit the
//!   entity's type gets no score at all (a Person is never linked to a city);
//! - **how the article names it**: one of the entity's surface forms equals the item's label ([`LABEL`]),
//!   else one of its aliases ([`ALIAS`]), else a search engine's looser hit ([`FUZZY`]);
//! - **kind fit**: a State links only to a country item (never a city or a contested territory:
//!   `types.tsv`), a Location prefers a city or region, and the extractor's own gazetteer knowing the name
//!   as a city prefers city items ("Washington" the capital, not the state);
//! - **context**: a person's roles confirmed by the item's description or positions held
//!   (`data/wikidata/roles.tsv`), the person's affiliated state among the item's citizenships, places and
//!   organisations in a country the article links;
//! - **popularity**: sitelinks, log-scaled: separates items the article cannot otherwise tell apart.
//!
//! A candidate matched only fuzzily is capped below the default threshold ([`FUZZY_CAP`]). A person whom
//! nothing in the article confirms (no role, no affiliation that matches) is capped below the
//! default threshold: a bare name is weak evidence of identity for people (many share a name), and a wrong link
//! to a person is worse than none. Places, states and organisations are far less ambiguous by name.

use super::normalize::key;
use super::types::{compatible, is_country};
use super::{Candidate, MatchKind};
use crate::model::EntityType;
use crate::model::data::{self, DataError, Record};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// Score of an exact label match.
pub const LABEL: f64 = 0.6;
/// Score of an alias match.
pub const ALIAS: f64 = 0.5;
/// Score of any other hit (a search engine's prefix or token match).
pub const FUZZY: f64 = 0.3;
/// A State linked to a country item.
const STATE_IS_COUNTRY: f64 = 0.15;
/// A Location linked to a city or capital: what a bare place name in the news most often means.
const LOCATION_IS_CITY: f64 = 0.1;
/// A Location linked to a region, administrative division, sea or other place.
const LOCATION_IS_REGION: f64 = 0.05;
/// A Location linked to a country item (the gold does this for countries that do not act).
const LOCATION_IS_COUNTRY: f64 = 0.05;
/// An Organization or ArmedGroup linked to an item of its kind.
const ORGANIZATION_FIT: f64 = 0.1;
/// The extractor's gazetteer knows the name as a city and the item is a city.
const GAZETTEER_CITY: f64 = 0.15;
/// A role confirmed by the office in the description or by a position held.
const ROLE_SPECIFIC: f64 = 0.2;
/// A role confirmed only by the line of work ("politician", "diplomat").
const ROLE_GENERIC: f64 = 0.1;
/// The person's affiliated state is among the item's citizenships.
const CITIZENSHIP_MATCH: f64 = 0.15;
/// The item has citizenships, none of them the person's affiliated state.
const CITIZENSHIP_MISMATCH: f64 = -0.25;
/// A place or organisation in a country the article links.
const COUNTRY_IN_ARTICLE: f64 = 0.1;
/// Weight of popularity: sitelinks, log-scaled, saturating at 1000. Large enough that among items the article
/// cannot otherwise tell apart a well-known one wins clearly ("Geneva": the Swiss city with ~230 sitelinks
/// over Geneva, New York with ~30: +0.20 against +0.12, more than the ambiguity margin), small enough never
/// to outweigh type fit or a better name match; equal popularity (the two Congos) stays ambiguous.
const POPULARITY: f64 = 0.25;
/// Cap of a candidate none of whose names the article uses (a search engine's prefix or token hit): below
/// the default threshold, whatever the context, so a looser hit never links by default.
pub const FUZZY_CAP: f64 = 0.45;
/// Cap of a person whom nothing in the article confirms; below the default threshold.
pub const UNCONFIRMED_PERSON_CAP: f64 = 0.45;

/// What the article says about an entity, as ranking needs it.
#[derive(Debug, Clone)]
pub struct Evidence<'a> {
    /// The entity's type.
    pub kind: Option<EntityType>,
    /// Name first, then aliases.
    pub forms: &'a [String],
    /// Roles or titles ("Foreign Minister").
    pub roles: &'a [String],
    /// QID of the state it is affiliated with, when that one is linked.
    pub affiliation: Option<&'a str>,
    /// QIDs of the states the article links.
    pub countries: &'a BTreeSet<String>,
}

/// The score of one candidate, with the reasons that make it up.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// Confidence in `0..=1`.
    pub score: f64,
    /// The evidence before clamping to `0..=1`: what candidates are ordered by and the ambiguity margin is
    /// measured on (two well-supported items both clamped to 1.0 are still told apart by popularity).
    pub rank: f64,
    /// How the name matched.
    pub matched: MatchKind,
    /// Whether context confirms a person (always true for other types).
    pub confirmed: bool,
}

/// How the best of an entity's surface forms matches a candidate.
pub fn match_kind(forms: &[String], c: &Candidate) -> MatchKind {
    let keys: BTreeSet<String> = forms.iter().map(|f| key(f)).collect();
    if keys.contains(&key(&c.label)) {
        MatchKind::Label
    } else if c.aliases.iter().any(|a| keys.contains(&key(a))) {
        MatchKind::Alias
    } else {
        MatchKind::Fuzzy
    }
}

fn popularity(sitelinks: u32) -> f64 {
    POPULARITY * ((1.0 + sitelinks as f64).ln() / 1001f64.ln()).min(1.0)
}

/// Whether the classes make the item a city (city, big city, capital, city with millions, metropolis,
/// city of the United States, municipality).
pub fn is_city(instance_of: &[String]) -> bool {
    instance_of.iter().any(|q| {
        matches!(
            q.as_str(),
            "Q515" | "Q1549591" | "Q5119" | "Q1637706" | "Q200250" | "Q1093829" | "Q70208"
        )
    })
}

struct RoleRow {
    role: String,
    specific: Vec<String>,
    generic: Vec<String>,
    positions: Vec<String>,
}

/// A row of `roles.tsv` as written: lists are comma-separated, `-` for none.
#[derive(Deserialize)]
struct RoleFileRow {
    role: String,
    #[serde(deserialize_with = "data::comma_list")]
    specific: Vec<String>,
    #[serde(deserialize_with = "data::comma_list")]
    generic: Vec<String>,
    #[serde(deserialize_with = "data::comma_list")]
    positions: Vec<String>,
}

impl Record for RoleFileRow {
    const COLUMNS: &'static [&'static str] = &["role", "specific", "generic", "positions"];
    const HEADER: bool = false;
}

/// Parses `roles.tsv` (its name is given for errors): phrases lowercased, position QIDs uppercased.
fn parse_roles(file: &str, text: &str) -> Result<Vec<RoleRow>, DataError> {
    let lower = |v: Vec<String>| v.into_iter().map(|s| s.to_lowercase()).collect();
    Ok(data::read::<RoleFileRow>(file, text)?
        .into_iter()
        .map(|r| RoleRow {
            role: r.value.role.to_lowercase(),
            specific: lower(r.value.specific),
            generic: lower(r.value.generic),
            positions: r
                .value
                .positions
                .into_iter()
                .map(|q| q.to_uppercase())
                .collect(),
        })
        .collect())
}

/// The bundled `data/wikidata/roles.tsv`.
const ROLES_TSV: &str = include_str!("../../../data/wikidata/roles.tsv");

/// Parses the bundled `roles.tsv` (the first bad row is the error).
pub(crate) fn check_roles() -> Result<(), DataError> {
    parse_roles("roles.tsv", ROLES_TSV).map(|_| ())
}

static ROLES: LazyLock<Vec<RoleRow>> =
    LazyLock::new(|| data::or_report(parse_roles("roles.tsv", ROLES_TSV)));

/// Whether `phrase` occurs in `text` as whole words.
fn has_words(text: &str, phrase: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let p: Vec<&str> = phrase.split_whitespace().collect();
    !p.is_empty() && words.windows(p.len()).any(|w| w == p.as_slice())
}

/// How strongly the item confirms one of the roles: [`ROLE_SPECIFIC`], [`ROLE_GENERIC`] or 0.
fn role_support(roles: &[String], c: &Candidate) -> f64 {
    let desc = c.description.as_deref().unwrap_or("").to_lowercase();
    let mut best: f64 = 0.0;
    for r in roles {
        let r = r.to_lowercase();
        // The longest row phrase the role contains, as whole words.
        let row = ROLES
            .iter()
            .filter(|row| has_words(&r, &row.role))
            .max_by_key(|row| row.role.len());
        let support = match row {
            Some(row) => {
                if row.specific.iter().any(|p| has_words(&desc, p))
                    || row.positions.iter().any(|q| c.positions.contains(q))
                {
                    ROLE_SPECIFIC
                } else if row.generic.iter().any(|p| has_words(&desc, p)) {
                    ROLE_GENERIC
                } else {
                    0.0
                }
            }
            // A role the table does not know: its longer words in the description.
            None => {
                if r.split_whitespace()
                    .filter(|w| w.len() > 3)
                    .any(|w| has_words(&desc, w))
                {
                    ROLE_GENERIC
                } else {
                    0.0
                }
            }
        };
        best = best.max(support);
    }
    best
}

/// Scores a candidate for an entity, or `None` when its classes do not admit the entity's type.
pub fn score(ev: &Evidence, c: &Candidate, gazetteer_city: bool) -> Option<Scored> {
    let kind = ev.kind?;
    if !compatible(kind, &c.instance_of) {
        return None;
    }
    let matched = match_kind(ev.forms, c);
    let mut s = match matched {
        MatchKind::Label => LABEL,
        MatchKind::Alias => ALIAS,
        MatchKind::Fuzzy => FUZZY,
    };
    s += popularity(c.sitelinks);
    let country = is_country(&c.instance_of);
    let mut confirmed = true;
    match kind {
        EntityType::State => {
            if country {
                s += STATE_IS_COUNTRY;
            }
        }
        EntityType::Location => {
            if country {
                s += LOCATION_IS_COUNTRY;
            } else if is_city(&c.instance_of) {
                s += LOCATION_IS_CITY;
                if gazetteer_city {
                    s += GAZETTEER_CITY;
                }
            } else {
                s += LOCATION_IS_REGION;
            }
        }
        EntityType::Organization | EntityType::ArmedGroup => s += ORGANIZATION_FIT,
        EntityType::Person => {
            let role = role_support(ev.roles, c);
            s += role;
            let mut citizen = false;
            let mut mismatch = false;
            if let Some(q) = ev.affiliation {
                if c.citizenship.iter().any(|x| x == q) {
                    s += CITIZENSHIP_MATCH;
                    citizen = true;
                } else if !c.citizenship.is_empty() {
                    s += CITIZENSHIP_MISMATCH;
                    mismatch = true;
                }
            }
            // a matching role does not confirm a namesake of another state: "Foreign Minister Mark
            // Brown" of the United Kingdom is not the Cook Islands' (issue 9, session 16)
            confirmed = citizen || role > 0.0 && !mismatch;
        }
        EntityType::Group => return None,
    }
    if kind != EntityType::Person && !country && c.country.iter().any(|q| ev.countries.contains(q))
    {
        s += COUNTRY_IN_ARTICLE;
    }
    let mut rank = s;
    if !confirmed {
        rank = rank.min(UNCONFIRMED_PERSON_CAP);
    }
    if matched == MatchKind::Fuzzy {
        rank = rank.min(FUZZY_CAP);
    }
    Some(Scored {
        score: rank.clamp(0.0, 1.0),
        rank,
        matched,
        confirmed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(desc: &str, positions: &[&str], citizenship: &[&str]) -> Candidate {
        Candidate {
            qid: "Q1".into(),
            label: "Jane Doe".into(),
            description: Some(desc.into()),
            instance_of: vec!["Q5".into()],
            positions: positions.iter().map(|s| s.to_string()).collect(),
            citizenship: citizenship.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn roles_confirm_people() {
        let forms = vec!["Jane Doe".to_string()];
        let roles = vec!["Foreign Minister".to_string()];
        let none = BTreeSet::new();
        let ev = Evidence {
            kind: Some(EntityType::Person),
            forms: &forms,
            roles: &roles,
            affiliation: None,
            countries: &none,
        };
        let fm = score(&ev, &person("Russian foreign minister", &[], &[]), false).unwrap();
        let pol = score(&ev, &person("Russian politician", &[], &[]), false).unwrap();
        let singer = score(&ev, &person("Russian singer", &[], &[]), false).unwrap();
        assert!(fm.score > pol.score && pol.score > singer.score);
        assert!(!singer.confirmed && singer.score <= UNCONFIRMED_PERSON_CAP);
        // A position held confirms the role even when the description does not.
        let roles = vec!["President".to_string()];
        let ev = Evidence {
            roles: &roles,
            ..ev
        };
        let pos = score(&ev, &person("American lawyer", &["Q11696"], &[]), false).unwrap();
        assert!(pos.confirmed);
        // A role does not confirm a namesake of another state (issue 9, session 16); with no citizenship
        // known, the role alone still confirms.
        let roles = vec!["Foreign Minister".to_string()];
        let ev = Evidence {
            roles: &roles,
            affiliation: Some("Q145"),
            ..ev
        };
        let other = person("foreign minister of a Pacific state", &[], &["Q26988"]);
        let other = score(&ev, &other, false).unwrap();
        assert!(!other.confirmed && other.score <= UNCONFIRMED_PERSON_CAP);
        let own = score(
            &ev,
            &person("British foreign minister", &[], &["Q145"]),
            false,
        )
        .unwrap();
        assert!(own.confirmed);
        let unknown = score(&ev, &person("foreign minister", &[], &[]), false).unwrap();
        assert!(unknown.confirmed);
    }

    #[test]
    fn type_agreement_is_required() {
        let forms = vec!["Washington".to_string()];
        let none = BTreeSet::new();
        let ev = Evidence {
            kind: Some(EntityType::Person),
            forms: &forms,
            roles: &[],
            affiliation: None,
            countries: &none,
        };
        let city = Candidate {
            qid: "Q61".into(),
            label: "Washington".into(),
            instance_of: vec!["Q5119".into()],
            ..Default::default()
        };
        assert!(score(&ev, &city, true).is_none());
    }

    fn place(label: &str, class: &str, sitelinks: u32) -> Candidate {
        Candidate {
            qid: "Q1".into(),
            label: label.into(),
            instance_of: vec![class.into()],
            sitelinks,
            ..Default::default()
        }
    }

    #[test]
    fn popularity_separates_namesakes_and_fuzzy_hits_never_link() {
        let forms = vec!["Geneva".to_string()];
        let none = BTreeSet::new();
        let ev = Evidence {
            kind: Some(EntityType::Location),
            forms: &forms,
            roles: &[],
            affiliation: None,
            countries: &none,
        };
        let margin = crate::LinkOptions::default().ambiguity_margin;
        let swiss = score(&ev, &place("Geneva", "Q515", 230), true).unwrap();
        let new_york = score(&ev, &place("Geneva", "Q515", 30), true).unwrap();
        assert!(swiss.rank - new_york.rank > margin);
        assert_eq!(swiss.score, 1.0);
        let twin = score(&ev, &place("Geneva", "Q515", 220), true).unwrap();
        assert!(swiss.rank - twin.rank < margin);
        let lake = score(&ev, &place("Lake Geneva", "Q23397", 150), true).unwrap();
        assert_eq!(lake.matched, MatchKind::Fuzzy);
        assert!(lake.score <= FUZZY_CAP);
    }
}

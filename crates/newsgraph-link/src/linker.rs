//! Linking an extraction's entities: one lookup for all names, ranking ([`super::rank`]) and the threshold.
//!
//! Order of work: every distinct entity name is looked up in one call to the source; entities whose name found
//! no candidate of a compatible type get a second call with their aliases (only names not asked yet). States
//! are linked first, then places and organisations, then people, so that later entities can use the links of
//! earlier ones (a person's affiliated state, the countries of the article). Candidates are ranked by
//! [`super::rank::score`]; the best is linked when its confidence reaches [`LinkOptions::threshold`] and no
//! other candidate comes within [`LinkOptions::ambiguity_margin`]. Ties go to more sitelinks, then to the lower
//! QID, so linking is deterministic. Every entity left unlinked is reported with a reason.

use super::rank::{Evidence, UNCONFIRMED_PERSON_CAP, score};
use super::{Candidate, CandidateSource, LinkError};
use crate::model::data::{self, DataError};
use crate::model::{Entity, EntityType, Extraction};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::LazyLock;

/// Leads that make a place name a geographic feature (`data/wikidata/geographic_leads.txt`).
static GEOGRAPHIC_LEADS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    data::or_report(parse_geographic_leads(
        "geographic_leads.txt",
        GEOGRAPHIC_LEADS_TXT,
    ))
});

/// The bundled `data/wikidata/geographic_leads.txt`.
pub(crate) const GEOGRAPHIC_LEADS_TXT: &str =
    include_str!("../../../data/wikidata/geographic_leads.txt");

/// Parses a geographic-leads list (its name is given for errors): each lead as lowercase words.
pub(crate) fn parse_geographic_leads(
    file: &str,
    text: &str,
) -> Result<Vec<Vec<String>>, DataError> {
    Ok(data::read_list(file, text)?
        .into_iter()
        .map(|r| r.value.split_whitespace().map(str::to_lowercase).collect())
        .collect())
}

/// Whether every mention of `e` follows a geographic lead ("the island of Ireland"): such a place is the
/// island, not the state of the same name. `starts[i]` is the byte offset of character `i` of `text`.
fn named_as_feature(e: &crate::model::Entity, text: &str, starts: &[usize]) -> bool {
    !e.mentions.is_empty()
        && e.mentions.iter().all(|m| {
            let Some(&end) = starts.get(m.start) else {
                return false;
            };
            let before: Vec<String> = text[..end]
                .split_whitespace()
                .rev()
                .take(3)
                .map(|w| w.to_lowercase())
                .collect();
            GEOGRAPHIC_LEADS.iter().any(|lead| {
                lead.len() <= before.len() && lead.iter().rev().zip(&before).all(|(a, b)| a == b)
            })
        })
}

/// Options of linking.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinkOptions {
    /// Minimum confidence of a link, in `0..=1`. The default, 0.5, links an exact label or alias match of a
    /// type-compatible item (0.6 / 0.5 before context and popularity), and rejects what ranking caps at
    /// 0.45: hits that match none of the article's names, and people whom nothing in the article confirms
    /// (no role the item confirms, no matching citizenship). On the dev set this gives link accuracy 1.0
    /// and precision 0.97 against the gold (`tests/link_offline.rs`). Lower it to 0.45 to link those too,
    /// raise it (0.7) to link only with corroborating context.
    pub threshold: f64,
    /// When the runner-up scores within this margin of the best, the name is ambiguous in this article
    /// ("Congo": two countries) and the entity stays unlinked. Default 0.05.
    pub ambiguity_margin: f64,
}

impl Default for LinkOptions {
    fn default() -> Self {
        LinkOptions {
            threshold: 0.5,
            ambiguity_margin: 0.05,
        }
    }
}

/// What linking an extraction did, for the warnings a command prints.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LinkReport {
    /// Entities linked.
    pub linked: usize,
    /// Entities left unlinked: (entity id, name, reason).
    pub unlinked: Vec<(String, String, String)>,
    /// Lookups that failed: (name, error). Their entities stay unlinked; a later run retries them.
    pub failed: Vec<(String, String)>,
}

/// Looked-up names: candidates, or the error of a failed lookup.
#[derive(Default)]
struct Lookups {
    found: BTreeMap<String, Vec<Candidate>>,
    errors: BTreeMap<String, String>,
}

impl Lookups {
    fn ask(&mut self, source: &dyn CandidateSource, names: Vec<String>, report: &mut LinkReport) {
        if names.is_empty() {
            return;
        }
        let results = source.candidates(&names);
        for (i, name) in names.into_iter().enumerate() {
            match results.get(i) {
                Some(Ok(c)) => {
                    self.found.insert(name, c.clone());
                }
                Some(Err(e)) => {
                    report.failed.push((name.clone(), e.to_string()));
                    self.errors.insert(name, e.to_string());
                }
                None => {
                    let e = LinkError::Malformed {
                        url: "candidate source".into(),
                        message: format!("no result for {name:?}"),
                    };
                    report.failed.push((name.clone(), e.to_string()));
                    self.errors.insert(name, e.to_string());
                }
            }
        }
    }

    fn asked(&self, name: &str) -> bool {
        self.found.contains_key(name) || self.errors.contains_key(name)
    }

    /// Whether `name` found a candidate an entity of type `kind` may link to.
    fn fits(&self, name: &str, kind: EntityType) -> bool {
        self.found.get(name).is_some_and(|cs| {
            cs.iter()
                .any(|c| super::types::compatible(kind, &c.instance_of))
        })
    }
}

fn wanted(kind: EntityType, linked: bool) -> bool {
    kind != EntityType::Group && !linked
}

/// Links every entity of `ex` (except collective `Group`s and entities already linked) from `source`, setting
/// `wikidata`, `wikidata_confidence` (3 decimals) and `wikidata_method`, and for states and places the
/// coordinates and ISO country code the item gives when the entity has none.
pub fn link_extraction(
    ex: &mut Extraction,
    source: &dyn CandidateSource,
    opts: &LinkOptions,
) -> LinkReport {
    let mut report = LinkReport::default();
    let targets: Vec<usize> = (0..ex.entities.len())
        .filter(|&i| wanted(ex.entities[i].kind, ex.entities[i].wikidata.is_some()))
        .collect();
    let lookups = look_up(ex, &targets, source, &mut report);
    let mut links: HashMap<String, String> = ex
        .entities
        .iter()
        .filter_map(|e| e.wikidata.clone().map(|q| (e.id.clone(), q)))
        .collect();
    let method = source.method().as_str().to_string();
    let starts: Vec<usize> = ex
        .text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(ex.text.len()))
        .collect();
    for i in link_order(ex, targets) {
        let ranked = rank_candidates(ex, i, &lookups, &links, &starts);
        let e = &ex.entities[i];
        match choose(e, &ranked, opts) {
            Ok((c, best)) => {
                let qid = apply_link(ex, i, c, best, &method);
                links.insert(ex.entities[i].id.clone(), qid);
                report.linked += 1;
            }
            Err(reason) => report.unlinked.push((e.id.clone(), e.name.clone(), reason)),
        }
    }
    report
}

/// Asks `source` for the candidates of the targets' names, all distinct names in one call, then of the
/// aliases of the entities whose name found nothing of their type (names not asked yet, in a second call).
fn look_up(
    ex: &Extraction,
    targets: &[usize],
    source: &dyn CandidateSource,
    report: &mut LinkReport,
) -> Lookups {
    let mut lookups = Lookups::default();
    let names: BTreeSet<String> = targets
        .iter()
        .map(|&i| ex.entities[i].name.clone())
        .collect();
    lookups.ask(source, names.into_iter().collect(), report);
    let aliases: BTreeSet<String> = targets
        .iter()
        .map(|&i| &ex.entities[i])
        .filter(|e| lookups.found.contains_key(&e.name) && !lookups.fits(&e.name, e.kind))
        .flat_map(|e| e.aliases.iter().cloned())
        .filter(|a| !lookups.asked(a))
        .collect();
    lookups.ask(source, aliases.into_iter().collect(), report);
    lookups
}

/// States first, then places, organisations and the rest, people last (a stable sort: article order
/// within each), so that later entities can use the links of earlier ones.
fn link_order(ex: &Extraction, mut targets: Vec<usize>) -> Vec<usize> {
    targets.sort_by_key(|&i| match ex.entities[i].kind {
        EntityType::State => 0,
        EntityType::Person => 2,
        _ => 1,
    });
    targets
}

/// An entity's candidates: every candidate its name and aliases found (by QID), and those of a fitting
/// type scored, best first.
struct Ranked<'a> {
    /// The candidates of all its forms, by QID.
    pool: BTreeMap<&'a str, &'a Candidate>,
    /// `(rank, confidence, confirmed, candidate)` of the candidates that fit, best first (ties: more
    /// sitelinks, then the lower QID).
    scored: Vec<(f64, f64, bool, &'a Candidate)>,
    /// Whether the lookup of one of its forms failed.
    failed: bool,
    /// Whether the text names it as a geographic feature ("the island of …"): no country fits.
    feature: bool,
}

/// Ranks the candidates of entity `i` on the evidence of the article: its forms, roles, affiliated state
/// and the states already linked (`links`).
fn rank_candidates<'a>(
    ex: &Extraction,
    i: usize,
    lookups: &'a Lookups,
    links: &HashMap<String, String>,
    starts: &[usize],
) -> Ranked<'a> {
    let e = &ex.entities[i];
    let mut forms = vec![e.name.clone()];
    forms.extend(e.aliases.iter().filter(|a| **a != e.name).cloned());
    let mut pool: BTreeMap<&str, &Candidate> = BTreeMap::new();
    let mut failed = false;
    for f in &forms {
        if let Some(cs) = lookups.found.get(f) {
            for c in cs {
                pool.entry(c.qid.as_str()).or_insert(c);
            }
        } else if lookups.errors.contains_key(f) {
            failed = true;
        }
    }
    let countries: BTreeSet<String> = ex
        .entities
        .iter()
        .filter(|o| o.kind == EntityType::State)
        .filter_map(|o| links.get(&o.id).cloned())
        .collect();
    // Citizenship is evidence only for an affiliated *state* (not a commission or a party).
    let affiliation = e
        .affiliation
        .as_deref()
        .filter(|a| {
            ex.entities
                .iter()
                .any(|o| o.id == *a && o.kind == EntityType::State)
        })
        .and_then(|a| links.get(a))
        .map(String::as_str);
    let ev = Evidence {
        kind: Some(e.kind),
        forms: &forms,
        roles: &e.roles,
        affiliation,
        countries: &countries,
    };
    let lex = crate::lexicon::lexicon();
    let gazetteer_city = forms.iter().any(|f| lex.city(f).is_some());
    let feature = e.kind == EntityType::Location && named_as_feature(e, &ex.text, starts);
    let mut scored: Vec<(f64, f64, bool, &Candidate)> = pool
        .values()
        .filter(|c| !(feature && super::types::is_country(&c.instance_of)))
        .filter_map(|c| score(&ev, c, gazetteer_city).map(|s| (s.rank, s.score, s.confirmed, *c)))
        .collect();
    scored.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.3.sitelinks.cmp(&a.3.sitelinks))
            .then(qid_number(&a.3.qid).cmp(&qid_number(&b.3.qid)))
    });
    Ranked {
        pool,
        scored,
        failed,
        feature,
    }
}

/// The candidate to link and its confidence, or why there is none: no candidate (or none of the type),
/// two within the ambiguity margin, or the best below the threshold.
fn choose<'a>(
    e: &Entity,
    ranked: &Ranked<'a>,
    opts: &LinkOptions,
) -> Result<(&'a Candidate, f64), String> {
    let pool = &ranked.pool;
    let Some(&(best_rank, best, confirmed, c)) = ranked.scored.first() else {
        return Err(if ranked.failed && pool.is_empty() {
            "lookup failed (see warnings); a later run retries".to_string()
        } else if pool.is_empty() {
            "no candidate".to_string()
        } else if ranked.feature {
            "named as a geographic feature (\"the island of …\"): no such item among the candidates"
                .to_string()
        } else {
            let seen: Vec<String> = pool
                .values()
                .take(3)
                .map(|c| format!("{} ({})", c.qid, c.label))
                .collect();
            format!(
                "no candidate of type {} among {}",
                e.kind.as_str(),
                seen.join(", ")
            )
        });
    };
    if let Some(&(second, _, _, other)) = ranked.scored.get(1)
        && best_rank - second < opts.ambiguity_margin
    {
        return Err(format!(
            "ambiguous: {} ({}) and {} ({}) score {best_rank:.2} and {second:.2}",
            c.qid, c.label, other.qid, other.label
        ));
    }
    if best < opts.threshold {
        let why = if !confirmed && best <= UNCONFIRMED_PERSON_CAP {
            " (no role or affiliation in the article confirms this person)"
        } else {
            ""
        };
        return Err(format!(
            "best candidate {} ({}) scores {best:.2}, below the threshold {:.2}{why}",
            c.qid, c.label, opts.threshold
        ));
    }
    Ok((c, best))
}

/// Links entity `i` to `c` with confidence `best` (3 decimals); a state or place also gets the item's
/// coordinates and country code where it has none. Returns the QID.
fn apply_link(ex: &mut Extraction, i: usize, c: &Candidate, best: f64, method: &str) -> String {
    let place = matches!(
        ex.entities[i].kind,
        EntityType::State | EntityType::Location
    );
    let iso2 = c.iso2.clone().or_else(|| {
        // A place's country code from the article's own linked state of that country.
        c.country.iter().find_map(|q| {
            ex.entities
                .iter()
                .find(|o| o.wikidata.as_deref() == Some(q.as_str()) && o.country.is_some())
                .and_then(|o| o.country.clone())
        })
    });
    let e = &mut ex.entities[i];
    e.wikidata = Some(c.qid.clone());
    e.wikidata_confidence = Some((best * 1000.0).round() / 1000.0);
    e.wikidata_method = Some(method.to_string());
    if place {
        if e.coordinates.is_none() {
            e.coordinates = c.coordinates;
        }
        if e.country.is_none() {
            e.country = iso2;
        }
    }
    c.qid.clone()
}

fn qid_number(q: &str) -> u64 {
    q.trim_start_matches('Q').parse().unwrap_or(u64::MAX)
}

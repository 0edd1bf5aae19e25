//! Ranking candidates and linking an extraction's entities.
//!
//! Every candidate must agree with the entity's type (`data/wikidata/types.tsv`): a Person is never linked
//! to a city. Among the rest, the score adds up: how the article's surface forms match the item (label
//! beats alias beats fuzzy), the item's popularity (sitelinks, log-scaled), and context from the article:
//! a State prefers a country item; a Person's roles found in the item's description and citizenship of the
//! state the article affiliates them with; places and organisations in a country the article links. Ties go
//! to more sitelinks, then the lower QID, so linking is deterministic. Below the threshold the entity stays
//! unlinked and the report says why.

use super::normalize::key;
use super::types::{compatible, is_country};
use super::{Candidate, CandidateSource, MatchKind};
use crate::model::{EntityType, Extraction};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Options of linking.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinkOptions {
    /// Minimum confidence of a link (0..1). The default, 0.5, needs at least an alias match of a
    /// type-compatible item with some support from popularity or context; a bare fuzzy match never passes.
    pub threshold: f64,
}

impl Default for LinkOptions {
    fn default() -> Self {
        LinkOptions { threshold: 0.5 }
    }
}

/// What linking an extraction did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LinkReport {
    /// Entities linked.
    pub linked: usize,
    /// Entities left unlinked: (entity id, name, reason).
    pub unlinked: Vec<(String, String, String)>,
    /// Lookups that failed: (name, error). Their entities stay unlinked; a later run retries them.
    pub failed: Vec<(String, String)>,
}

const LABEL: f64 = 0.55;
const ALIAS: f64 = 0.45;
const FUZZY: f64 = 0.2;
/// Scores closer than this make the choice ambiguous.
const AMBIGUITY_MARGIN: f64 = 0.03;

fn popularity(sitelinks: u32) -> f64 {
    0.15 * ((1.0 + sitelinks as f64).ln() / (301f64).ln()).min(1.0)
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

struct Context<'a> {
    /// QIDs of the states linked in the article.
    countries: BTreeSet<String>,
    /// Entity id → linked QID.
    linked: &'a HashMap<String, String>,
}

fn score(
    kind: EntityType,
    roles: &[String],
    affiliation: Option<&str>,
    forms: &[String],
    c: &Candidate,
    ctx: &Context,
) -> Option<f64> {
    if !compatible(kind, &c.instance_of) {
        return None;
    }
    let mut s = match match_kind(forms, c) {
        MatchKind::Label => LABEL,
        MatchKind::Alias => ALIAS,
        MatchKind::Fuzzy => FUZZY,
    };
    s += popularity(c.sitelinks);
    let country = is_country(&c.instance_of);
    match kind {
        EntityType::State if country => s += 0.15,
        EntityType::Person => {
            let desc = c.description.as_deref().unwrap_or("").to_lowercase();
            let role_hit = roles.iter().any(|r| {
                r.to_lowercase()
                    .split_whitespace()
                    .filter(|w| w.len() > 3)
                    .any(|w| desc.contains(w))
            });
            if role_hit {
                s += 0.15;
            }
            if let Some(q) = affiliation.and_then(|a| ctx.linked.get(a)) {
                if c.citizenship.contains(q) {
                    s += 0.15;
                } else if !c.citizenship.is_empty() {
                    s -= 0.15;
                }
            }
        }
        EntityType::Location => {
            // The gazetteer knows the name as a city (or a capital): prefer city items over regions and
            // states of the same name ("Washington" the capital, not the state).
            let name = forms.first().map(String::as_str).unwrap_or("");
            let lex = crate::lexicon::lexicon();
            if lex.city(name).is_some() && is_city(&c.instance_of) {
                s += 0.1;
            }
            if lex.country_by_capital(name).is_some() && c.instance_of.iter().any(|q| q == "Q5119")
            {
                s += 0.1;
            }
        }
        _ => {}
    }
    if !country && c.country.iter().any(|q| ctx.countries.contains(q)) {
        s += 0.1;
    }
    Some(s.clamp(0.0, 1.0))
}

/// Links every entity of `ex` (except collective `Group`s and entities already linked) from `source`.
pub fn link_extraction(
    ex: &mut Extraction,
    source: &dyn CandidateSource,
    opts: &LinkOptions,
) -> LinkReport {
    let mut report = LinkReport::default();
    // All surface forms, looked up once.
    let mut names: BTreeSet<String> = BTreeSet::new();
    for e in ex
        .entities
        .iter()
        .filter(|e| e.kind != EntityType::Group && e.wikidata.is_none())
    {
        names.insert(e.name.clone());
        for a in &e.aliases {
            names.insert(a.clone());
        }
    }
    let names: Vec<String> = names.into_iter().collect();
    let results = source.candidates(&names);
    let mut found: BTreeMap<&str, &[Candidate]> = BTreeMap::new();
    let mut errors: BTreeMap<&str, String> = BTreeMap::new();
    for (name, r) in names.iter().zip(&results) {
        match r {
            Ok(c) => {
                found.insert(name.as_str(), c.as_slice());
            }
            Err(e) => {
                errors.insert(name.as_str(), e.to_string());
                report.failed.push((name.clone(), e.to_string()));
            }
        }
    }
    let mut linked: HashMap<String, String> = ex
        .entities
        .iter()
        .filter_map(|e| e.wikidata.clone().map(|q| (e.id.clone(), q)))
        .collect();
    // States and places first, so that people can use their affiliation's link.
    let mut order: Vec<usize> = (0..ex.entities.len()).collect();
    order.sort_by_key(|&i| match ex.entities[i].kind {
        EntityType::State => 0,
        EntityType::Location | EntityType::Organization | EntityType::ArmedGroup => 1,
        _ => 2,
    });
    let method = source.method().as_str().to_string();
    for i in order {
        let e = &ex.entities[i];
        if e.kind == EntityType::Group || e.wikidata.is_some() {
            continue;
        }
        let mut forms = vec![e.name.clone()];
        forms.extend(e.aliases.iter().cloned());
        let mut pool: BTreeMap<String, &Candidate> = BTreeMap::new();
        let mut failed_forms = 0;
        for f in &forms {
            if let Some(cs) = found.get(f.as_str()) {
                for c in cs.iter() {
                    pool.entry(c.qid.clone()).or_insert(c);
                }
            } else if errors.contains_key(f.as_str()) {
                failed_forms += 1;
            }
        }
        let ctx = Context {
            countries: ex
                .entities
                .iter()
                .filter(|o| o.kind == EntityType::State)
                .filter_map(|o| linked.get(&o.id).cloned())
                .collect(),
            linked: &linked,
        };
        let mut scored: Vec<(f64, &Candidate)> = pool
            .values()
            .filter_map(|c| {
                score(e.kind, &e.roles, e.affiliation.as_deref(), &forms, c, &ctx).map(|s| (s, *c))
            })
            .collect();
        scored.sort_by(|a, b| {
            b.0.partial_cmp(&a.0)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(b.1.sitelinks.cmp(&a.1.sitelinks))
                .then(qid_number(&a.1.qid).cmp(&qid_number(&b.1.qid)))
        });
        let Some(&(best, c)) = scored.first() else {
            let reason = if failed_forms > 0 {
                "lookup failed (see warnings); a later run retries".to_string()
            } else if pool.is_empty() {
                "no candidate".to_string()
            } else {
                format!("no candidate of type {}", e.kind.as_str())
            };
            report.unlinked.push((e.id.clone(), e.name.clone(), reason));
            continue;
        };
        // Two items the article cannot tell apart ("Congo": two countries) stay unlinked.
        if let Some(&(second, other)) = scored.get(1)
            && best - second < AMBIGUITY_MARGIN
        {
            report.unlinked.push((
                e.id.clone(),
                e.name.clone(),
                format!(
                    "ambiguous: {} ({}) and {} ({}) score alike",
                    c.qid, c.label, other.qid, other.label
                ),
            ));
            continue;
        }
        let confidence = best;
        if confidence < opts.threshold {
            report.unlinked.push((
                e.id.clone(),
                e.name.clone(),
                format!(
                    "best candidate {} ({}) scores {confidence:.2}, below {:.2}",
                    c.qid, c.label, opts.threshold
                ),
            ));
            continue;
        }
        let qid = c.qid.clone();
        let coords = c.coordinates;
        let iso2 = c.iso2.clone();
        let e = &mut ex.entities[i];
        e.wikidata = Some(qid.clone());
        e.wikidata_confidence = Some((confidence * 1000.0).round() / 1000.0);
        e.wikidata_method = Some(method.clone());
        if e.coordinates.is_none() {
            e.coordinates = coords;
        }
        if e.country.is_none() {
            e.country = iso2;
        }
        linked.insert(e.id.clone(), qid);
        report.linked += 1;
    }
    report
}

/// Whether the classes make the item a city (city, big city, capital, metropolis, city of the US).
fn is_city(instance_of: &[String]) -> bool {
    instance_of.iter().any(|q| {
        matches!(
            q.as_str(),
            "Q515" | "Q1549591" | "Q5119" | "Q1637706" | "Q200250" | "Q1093829"
        )
    })
}

fn qid_number(q: &str) -> u64 {
    q.trim_start_matches('Q').parse().unwrap_or(u64::MAX)
}

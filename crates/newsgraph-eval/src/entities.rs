//! Entities: detection (one-to-one matching on shared names), type accuracy, Wikidata links.

use crate::Scores;
use crate::gold::{GoldDoc, GoldEntity};
use crate::report::LinkDisagreement;
use crate::text::{norm, py_str};
use newsgraph_model::{Entity, EntityType};
use std::collections::{BTreeMap, HashSet};

/// Entity types scored for detection (all but `Group`).
const NAMED: [EntityType; 5] = [
    EntityType::Person,
    EntityType::Organization,
    EntityType::State,
    EntityType::ArmedGroup,
    EntityType::Location,
];

/// Scores the named entities of one article.
pub(crate) fn score(s: &mut Scores, gold: &GoldDoc, pents_all: &[Entity]) {
    let id = gold.id.as_str();
    let gents: Vec<&GoldEntity> = gold
        .entities
        .iter()
        .filter(|e| {
            e.kind
                .as_deref()
                .is_some_and(|k| NAMED.iter().any(|t| t.as_str() == k))
        })
        .collect();
    let gents_names: Vec<HashSet<String>> = gents.iter().map(|g| gold_names(g)).collect();
    let pents: Vec<&Entity> = pents_all
        .iter()
        .filter(|e| NAMED.contains(&e.kind))
        .collect();
    let (mapping, hits) = match_entities(&gents, &gents_names, &pents);
    s.ent.n_gold += gents.len();
    s.ent.tp_g += mapping.len();
    s.ent.n_pred += pents.len();
    s.ent.tp_p += hits.len();
    for (&gi, &pi) in &mapping {
        let (g, p) = (gents[gi], pents[pi]);
        let type_right = g.kind.as_deref() == Some(p.kind.as_str());
        s.ent_type.add(type_right);
        if s.verbose && !type_right {
            s.extra_diag.push(format!(
                "  [{id}] wrong type {} for {} (gold {})",
                p.kind.as_str(),
                p.name,
                py_str(g.kind.as_deref())
            ));
        }
        links(s, id, g, p);
    }
    if s.verbose {
        for (gi, g) in gents.iter().enumerate() {
            if !mapping.contains_key(&gi) {
                s.diag.push(format!(
                    "  [{id}] missed entity: {} ({})",
                    py_str(g.name.as_deref()),
                    py_str(g.kind.as_deref())
                ));
            }
        }
        for (pi, p) in pents.iter().enumerate() {
            if !hits.contains(&pi) {
                s.diag.push(format!(
                    "  [{id}] spurious entity: {} ({})",
                    p.name,
                    p.kind.as_str()
                ));
            }
        }
    }
}

/// Counts the Wikidata link of a matched pair (gold `g`, predicted `p`) of article `id`.
fn links(s: &mut Scores, id: &str, g: &GoldEntity, p: &Entity) {
    let pq = p.wikidata.as_deref();
    let gq = g.wikidata.as_deref();
    if gq.is_some_and(|q| !q.is_empty()) {
        s.link_acc.add(pq == gq);
    }
    if pq.is_some_and(|q| !q.is_empty()) {
        s.link_prec.add(pq == gq);
    }
    let pq = pq.filter(|q| !q.is_empty());
    let gq = gq.filter(|q| !q.is_empty());
    if pq != gq {
        s.link_disagreements.push(LinkDisagreement {
            article: id.to_string(),
            name: g.name.clone().unwrap_or_default(),
            predicted: pq.map(str::to_string),
            gold: gq.map(str::to_string),
        });
    }
}

/// The normalised names and aliases of a gold entity.
pub(crate) fn gold_names(e: &GoldEntity) -> HashSet<String> {
    let mut out = HashSet::new();
    out.insert(norm(e.name.as_deref().unwrap_or("")));
    for a in e.aliases.iter().flatten() {
        out.insert(norm(a.as_deref().unwrap_or("")));
    }
    out.remove("");
    out
}

/// The normalised name and aliases of a predicted entity.
pub(crate) fn pred_names(e: &Entity) -> HashSet<String> {
    let mut out = HashSet::new();
    out.insert(norm(&e.name));
    for a in &e.aliases {
        out.insert(norm(a));
    }
    out.remove("");
    out
}

/// One-to-one entity matching, as `match_entities` of `score.py`: candidate pairs sorted (descending) by
/// same type, exact name, number of shared names, earlier prediction, then taken greedily.
fn match_entities(
    gold: &[&GoldEntity],
    gnames: &[HashSet<String>],
    pred: &[&Entity],
) -> (BTreeMap<usize, usize>, HashSet<usize>) {
    // (same_type, exact, shared, -pi, gi, pi)
    let mut pairs: Vec<(bool, bool, usize, i64, usize, usize)> = Vec::new();
    for (pi, p) in pred.iter().enumerate() {
        let pn = pred_names(p);
        let pname = norm(&p.name);
        for (gi, gn) in gnames.iter().enumerate() {
            let shared = pn.intersection(gn).count();
            if shared > 0 {
                let same_type = gold[gi].kind.as_deref() == Some(p.kind.as_str());
                let exact = pname == norm(gold[gi].name.as_deref().unwrap_or(""));
                pairs.push((same_type, exact, shared, -(pi as i64), gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.cmp(a));
    let mut mapping = BTreeMap::new();
    let mut taken = HashSet::new();
    for (.., gi, pi) in pairs {
        if mapping.contains_key(&gi) || taken.contains(&pi) {
            continue;
        }
        mapping.insert(gi, pi);
        taken.insert(pi);
    }
    (mapping, taken)
}

//! The article's two sides when no agreement names them: the two states or armed groups the article
//! mentions most, when exactly two dominate (issue 9, session 14, set 10).

use crate::entities::Entities;
use crate::model::EntityType;
use rustc_hash::FxHashMap as HashMap;

/// The two states or armed groups (institutions counted for the state they act for) the article
/// mentions most, when each is mentioned at least twice and any third side at most half as often as the
/// second; `None` otherwise ("both Governments" then stays unresolved rather than take a wrong side).
pub(super) fn dominant_pair(ents: &Entities) -> Option<[usize; 2]> {
    let mut counts: HashMap<usize, usize> = HashMap::default();
    for &(_, i) in ents.mentions.values() {
        if let Some(s) = side(ents, i) {
            *counts.entry(s).or_default() += 1;
        }
    }
    let mut ranked: Vec<(usize, usize)> = counts.into_iter().map(|(s, n)| (n, s)).collect();
    // most mentioned first; ties in the order the entities were found
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let (&(n1, a), &(n2, b)) = (ranked.first()?, ranked.get(1)?);
    let third = ranked.get(2).map_or(0, |&(n, _)| n);
    (n1 >= 2 && n2 >= 2 && third * 2 <= n2).then_some([a, b])
}

/// The state or armed group an entity stands for: itself, or the state an institution belongs to.
fn side(ents: &Entities, i: usize) -> Option<usize> {
    let p = ents.party_of(i)?;
    matches!(
        ents.list[p].kind,
        EntityType::State | EntityType::ArmedGroup
    )
    .then_some(p)
}

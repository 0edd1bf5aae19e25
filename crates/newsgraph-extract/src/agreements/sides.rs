//! The article's two sides when no agreement names them: the two states or armed groups the article
//! mentions most, when exactly two dominate (issue 9, session 14, set 10), neither the talks' host.

use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::Text;
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

/// The [`dominant_pair`] that "both sides" or "the two sides" stand for: `None` when either is named as a
/// host or mediator ([`named_as_host`]) — "talks in Dar es Salaam hosted by Tanzania … commits both sides"
/// makes Tanzania no side, and the other side is then not known (issue 9, session 18, party4).
pub(super) fn counted_pair(ents: &Entities, text: &Text) -> Option<[usize; 2]> {
    dominant_pair(ents).filter(|pair| !pair.iter().any(|&s| named_as_host(ents, text, s)))
}

/// Whether side `s` (or an institution or person acting for it) is named as a host or mediator: the
/// agent of a mediation participle ("hosted by Tanzania", "brokered by Qatar"), hyphenated to one ("a
/// Qatari-mediated truce"), or the subject of one in a relative clause ("Tanzania's Ministry of Foreign
/// Affairs, which facilitated the talks"; `mediation_participles.txt`).
fn named_as_host(ents: &Entities, text: &Text, s: usize) -> bool {
    ents.mentions.iter().any(|(&ms, &(me, i))| {
        side(ents, i) == Some(s)
            && (super::mediators::hyphen_mediator(text, me)
                || super::mediators::agent_of_mediation(text, text.token_at_or_after(ms))
                || relative_mediator(text, text.token_at_or_after(me)))
    })
}

/// Whether the tokens from `k` are ", which (has|had) hosted|facilitated|…" (a mediation participle).
fn relative_mediator(text: &Text, k: usize) -> bool {
    let toks = &text.tokens;
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower());
    if word(k) != "," || !matches!(word(k + 1), "which" | "who") {
        return false;
    }
    let v = if matches!(word(k + 2), "has" | "had" | "have") {
        k + 3
    } else {
        k + 2
    };
    crate::words::words()
        .mediation_participles
        .contains(word(v))
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

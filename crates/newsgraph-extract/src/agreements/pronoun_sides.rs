//! Sides named through the pronoun "it": "The deal was signed in May 2023. Under it, the revenue service
//! and the customs authority agreed to share manifests": the named actors coordinated as the subject of
//! a party verb (`party_verbs.txt`) in a sentence that opens with "Under it," are the parties of the
//! agreement mentioned last before it, in the sentence before (issue 9, session 16, set 29).

use super::RawAgreement;
use super::vocab::PARTY_VERBS;
use crate::entities::Entities;
use crate::text::Text;

/// How many tokens after "Under it," the party verb may stand.
const VERB_REACH: usize = 14;

/// Gives each agreement with fewer than two parties the sides of an "Under it, X and Y agreed" sentence
/// right after its mention.
pub(super) fn under_it(out: &mut [RawAgreement], ents: &Entities, text: &Text) {
    let toks = &text.tokens;
    for (si, seg) in text.sentences.iter().enumerate() {
        let t0 = seg.tok_start;
        if si == 0
            || t0 + 3 >= seg.tok_end
            || toks[t0].lower() != "under"
            || toks[t0 + 1].lower() != "it"
            || toks[t0 + 2].text != ","
        {
            continue;
        }
        let Some(v) = (t0 + 3..seg.tok_end.min(t0 + 3 + VERB_REACH))
            .find(|&m| PARTY_VERBS.contains(toks[m].lower()))
        else {
            continue;
        };
        let sides = subject_sides(text, ents, t0 + 3, v);
        if sides.len() < 2 {
            continue;
        }
        // the agreement mentioned last in the sentence before
        let prev = text.sentences[si - 1];
        let (lo, hi) = (toks[prev.tok_start].start, toks[t0].start);
        let antecedent = out
            .iter()
            .enumerate()
            .flat_map(|(gi, g)| g.mentions.iter().map(move |m| (m.1, gi)))
            .filter(|&(e, _)| lo <= e && e <= hi)
            .max();
        if let Some((_, gi)) = antecedent
            && out[gi].parties.len() < 2
        {
            out[gi].parties = sides.into_iter().collect();
        }
    }
}

/// The actors (not groups) of a subject that is only named actors joined by "and" or commas (each may
/// open with "the"), from token `a` to the verb at `v`; empty otherwise.
fn subject_sides(text: &Text, ents: &Entities, a: usize, v: usize) -> Vec<usize> {
    let toks = &text.tokens;
    let mut sides: Vec<usize> = Vec::new();
    let mut last_end = toks[a].start;
    for (st, e, i) in ents.within(toks[a].start, toks[v].start) {
        let gap = text.slice(last_end.min(st), st).trim().to_lowercase();
        let joined = if sides.is_empty() {
            gap.is_empty() || gap == "the"
        } else {
            matches!(
                gap.as_str(),
                "and" | "and the" | "," | ", the" | ", and" | ", and the"
            )
        };
        if !joined || !ents.is_actor(i) || ents.list[i].kind == crate::model::EntityType::Group {
            return Vec::new();
        }
        if !sides.contains(&i) {
            sides.push(i);
        }
        last_end = e;
    }
    if !text.slice(last_end, toks[v].start).trim().is_empty() {
        return Vec::new();
    }
    sides
}

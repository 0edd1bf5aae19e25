//! Mediators: an actor that brokers, mediates or hosts an agreement is no party to it ("a U.S.-mediated
//! border agreement", "the ceasefire, brokered by Qatar and the United States, …";
//! `data/extract/mediation_participles.txt`).

use crate::entities::Entities;
use crate::model::AgreementKind;
use crate::text::Text;
use crate::words::words;
use std::collections::BTreeSet;

/// The actors named inside an agreement's phrase (tokens `[a, b)`) without its hyphenated mediators: "a
/// U.S.-brokered ceasefire" has no party in the broker; a proposal is its broker's (issue 9, session 15).
pub(super) fn without_mediators(
    text: &Text,
    ents: &Entities,
    (a, b): (usize, usize),
    kind: AgreementKind,
    mut inner: Vec<usize>,
) -> Vec<usize> {
    // most phrases name no actor: no second look at their mentions then
    if kind != AgreementKind::Proposal && !inner.is_empty() {
        let toks = &text.tokens;
        let mentions = ents.within(toks[a].start, toks[b - 1].end);
        inner.retain(|&i| {
            !mentions.iter().any(|&(ms, me, x)| {
                x == i
                    && (hyphen_mediator(text, me)
                        || agent_of_mediation(text, text.token_at_or_after(ms)))
            })
        });
        // "a declaration between Somalia and Ethiopia in Ankara": a capital after "in" or "at" is
        // where it was signed, when two other actors are named (issue 9, session 17, party2)
        let host = mentions
            .iter()
            .find(|&&(ms, me, x)| inner.contains(&x) && host_capital(text, ents, ms, me, x))
            .map(|&(_, _, x)| x);
        if let Some(h) = host
            && inner
                .iter()
                .filter(|&&i| i != h)
                .collect::<BTreeSet<_>>()
                .len()
                >= 2
        {
            inner.retain(|&i| i != h);
        }
    }
    inner
}

/// Whether the mention `ms..me` of entity `x` is a capital named as a place: after "in" or "at", its
/// text one of the entity's aliases other than its name, a single capitalised word that is no demonym
/// (no "-an", "-ese", "-i" or "-ish" ending: "in Ankara", not "in Turkish").
fn host_capital(text: &Text, ents: &Entities, ms: usize, me: usize, x: usize) -> bool {
    let k = text.token_at_or_after(ms);
    let toks = &text.tokens;
    let surface = text.slice(ms, me);
    k > 0
        && matches!(toks[k - 1].lower(), "in" | "at")
        && surface != ents.list[x].name
        && !surface.contains(' ')
        && surface.chars().next().is_some_and(char::is_uppercase)
        && !["an", "ese", "i", "ish"]
            .iter()
            .any(|end| surface.ends_with(end))
}

/// Whether the mention ending at offset `end` is joined by a hyphen to a mediation participle ("U.S."
/// in "U.S.-brokered", "Qatari" in "Qatari-mediated").
pub(super) fn hyphen_mediator(text: &Text, end: usize) -> bool {
    let chars = &text.chars;
    if chars.get(end) != Some(&'-') {
        return false;
    }
    let word: String = chars[end + 1..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .flat_map(|c| c.to_lowercase())
        .collect();
    words().mediation_participles.contains(&word)
}

/// Whether the mention starting at token `m` is the agent of a mediation participle ("brokered by
/// Qatar", "mediated by the African Union") or follows a mediation phrase ("with the help of the AU",
/// "under the auspices of the UN"; `mediation_phrases.txt`, issue 9, session 16).
pub(super) fn agent_of_mediation(text: &Text, m: usize) -> bool {
    let toks = &text.tokens;
    let by = if m >= 1 && toks[m - 1].lower() == "the" {
        m - 1
    } else {
        m
    };
    if by >= 2
        && toks[by - 1].lower() == "by"
        && toks[by - 2].sentence == toks[m].sentence
        && words().mediation_participles.contains(toks[by - 2].lower())
    {
        return true;
    }
    // every mediation phrase ends in "of"
    if by < 4 || toks[by - 1].lower() != "of" {
        return false;
    }
    (4..=5)
        .filter(|&n| by >= n)
        .any(|n| toks[by - n].sentence == toks[m].sentence && mediation_phrase_at(text, by - n, n))
}

/// Whether a mediation phrase opens at token `w` ("with the help of …"): what follows is a mediator.
pub(super) fn opens_mediation_phrase(text: &Text, w: usize) -> bool {
    (4..=5).any(|n| mediation_phrase_at(text, w, n))
}

/// Whether the `n` tokens from token `w`, in one sentence, make a phrase of `mediation_phrases.txt`.
fn mediation_phrase_at(text: &Text, w: usize, n: usize) -> bool {
    let toks = &text.tokens;
    let Some(run) = toks.get(w..w + n) else {
        return false;
    };
    run.iter().all(|t| t.sentence == toks[w].sentence)
        && words()
            .mediation_phrases
            .contains(&run.iter().map(|t| t.lower()).collect::<Vec<_>>().join(" "))
}

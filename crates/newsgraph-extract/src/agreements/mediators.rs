//! Mediators: an actor that brokers, mediates or hosts an agreement is no party to it ("a U.S.-mediated
//! border agreement", "the ceasefire, brokered by Qatar and the United States, …";
//! `data/extract/mediation_participles.txt`).

use crate::entities::Entities;
use crate::model::AgreementKind;
use crate::text::Text;
use crate::words::words;

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
    }
    inner
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

//! A definite role noun after a quote that takes up the person who spoke in the sentence right before
//! (issue 9, session 17, attr2): "X, who ships cement to Y, said 80 lorries were stuck. “Every day closed
//! costs me a fortune,” the trader said." The reporter names the person, then calls them by what they
//! do; "the trader" is no collective of traders named earlier. Reads the few tokens of the subject and the
//! mentions of the sentence before.

use super::Speakers;
use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};

/// The person "the NOUN" (ending right before token `j`, right after a quote that opens its sentence)
/// means: the last speaker, a person named in the sentence before in the same paragraph, when the noun
/// is a lowercase singular word that heads no organisation named before and introduced no person in a
/// descriptor. `None` otherwise.
pub(super) fn last_speaker_by_role(
    text: &Text,
    ents: &Entities,
    j: usize,
    sp: &Speakers,
) -> Option<usize> {
    let toks = &text.tokens;
    if j < 4 || toks[j - 2].lower() != "the" {
        return None;
    }
    let noun = &toks[j - 1];
    if noun.kind != TokKind::Word || noun.is_capitalized() || noun.lower().ends_with('s') {
        return None;
    }
    // the quote closes right before ("…,” the trader said") and opens its sentence
    let close = j - 3;
    if toks[close].kind != TokKind::Quote {
        return None;
    }
    let open = (0..close)
        .rev()
        .take_while(|&m| toks[m].paragraph == toks[close].paragraph)
        .find(|&m| toks[m].kind == TokKind::Quote)?;
    let sent = toks[open].sentence;
    if text.sentences[sent].tok_start != open || sent == 0 {
        return None;
    }
    // a person a descriptor introduced with that noun ("X, a hydrologist, said …") is the one meant
    // (`descriptors`), whoever spoke last
    if super::descriptors::described_person(text, ents, j).is_some() {
        return None;
    }
    let p = sp
        .last_any
        .filter(|&p| ents.list[p].kind == EntityType::Person)?;
    let prev = text.sentences[sent - 1];
    if toks[prev.tok_start].paragraph != toks[open].paragraph
        || !ents
            .within(prev.start, prev.end)
            .into_iter()
            .any(|(_, _, i)| i == p)
        || super::speakers::latest_with_head(text, ents, noun.lower(), toks[open].start).is_some()
    {
        return None;
    }
    Some(p)
}

/// The person a pronoun means when the sentence `sent - 1` before its own (same paragraph, naming no
/// person) opens with a definite descriptor as its subject that takes up a person introduced with it:
/// "X, the mayor of Borgo, backs the deal. … The mayor, for his part, sees a change. “…,” he said."
/// (issue 9, session 18, attr3). The descriptor is one to three lowercase words after "The", followed
/// by a comma or a lowercase word (not "The mayor's office"); the pronoun at token `p` must not rule
/// the person out by gender. `None` otherwise.
pub(super) fn role_subject_before(
    text: &Text,
    ents: &Entities,
    sent: usize,
    p: usize,
) -> Option<usize> {
    let toks = &text.tokens;
    let prev = text.sentences[sent.checked_sub(1)?];
    let cur = text.sentences[sent];
    let the = prev.tok_start;
    if toks[the].lower() != "the"
        || toks[the].paragraph != toks[cur.tok_start].paragraph
        || ents
            .within(prev.start, prev.end)
            .into_iter()
            .any(|(_, _, i)| ents.list[i].kind == EntityType::Person)
    {
        return None;
    }
    (1..=3usize).find_map(|len| {
        let j = the + 1 + len;
        if j >= prev.tok_end
            || toks[the + 1..j]
                .iter()
                .any(|t| t.kind != TokKind::Word || t.is_capitalized())
        {
            return None;
        }
        let next = &toks[j];
        let follows = next.text == ","
            || (next.kind == TokKind::Word && !next.is_capitalized() && next.text != "'s");
        if !follows {
            return None;
        }
        super::descriptors::described_or_apposed_person(text, ents, j)
            .filter(|&i| !super::gender::disagrees(text, ents, p, i))
    })
}

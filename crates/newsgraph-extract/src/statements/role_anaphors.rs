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

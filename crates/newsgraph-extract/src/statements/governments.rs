//! "the government said" with no state named before the government word (issue 9, session 15,
//! seventeenth invented set): the state whose government spoke earlier in the article ("…, the Namibian
//! government said …. The government said …"), else, for a cue after its content, the state that opens
//! the sentence ("Lithuania will reopen two crossings …, the government said on Wednesday"). Anything
//! else is left without a speaker. Reads the tokens before the cue only when "the" and a government word
//! (`government_words.txt`) end the subject.

use super::cues::cue_at;
use super::speakers::{government_of_state, state_opening_sentence};
use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::Text;
use crate::words::words;

/// The most tokens a dateline takes before its dash ("KATIMA MULILO (The Namibian) -").
const DATELINE_TOKENS: usize = 10;

/// The state that "the government" ending before token `j` stands for; `None` for any other subject or
/// when no state is found as described in the module doc.
pub(super) fn bare_government(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if j < 2
        || toks[j - 2].lower() != "the"
        || !words().government_words.contains(toks[j - 1].lower())
    {
        return None;
    }
    earlier_government_speaker(text, ents, j - 2).or_else(|| {
        // a postposed cue: "…, the government said"
        (j >= 3 && toks[j - 3].text == ",")
            .then(|| sentence_state(text, ents, toks[j - 1].sentence))
            .flatten()
    })
}

/// The state that opens sentence `sent`, after the article's dateline at most.
fn sentence_state(text: &Text, ents: &Entities, sent: usize) -> Option<usize> {
    state_opening_sentence(text, ents, sent).or_else(|| state_after_dateline(text, ents, sent))
}

/// The state named right after the dateline that opens the article's first paragraph, when sentence
/// `sent` is that sentence ("VILNIUS (LRT) - Lithuania will …").
fn state_after_dateline(text: &Text, ents: &Entities, sent: usize) -> Option<usize> {
    let toks = &text.tokens;
    let s0 = text.sentences[sent].tok_start;
    if toks[s0].paragraph != 0 {
        return None;
    }
    let dash = (s0..toks.len().min(s0 + DATELINE_TOKENS))
        .take_while(|&m| toks[m].sentence == sent)
        .find(|&m| matches!(toks[m].text.as_str(), "-" | "–" | "—"))?;
    let first = toks.get(dash + 1).filter(|t| t.sentence == sent)?;
    let (s, _, i) = ents.covering(first.start)?;
    (s == first.start && ents.list[i].kind == EntityType::State).then_some(i)
}

/// The state of the last government word before token `before` that is the subject of a cue: "the
/// Namibian government said", "Chad's government said", or "…, the government said" after a sentence
/// that a state opens.
fn earlier_government_speaker(text: &Text, ents: &Entities, before: usize) -> Option<usize> {
    let toks = &text.tokens;
    let w = words();
    (1..before).rev().find_map(|g| {
        if !w.government_words.contains(toks[g].lower())
            || g + 1 >= toks.len()
            || toks[g + 1].sentence != toks[g].sentence
            || cue_at(text, g + 1).is_none()
        {
            return None;
        }
        government_of_state(text, ents, g + 1).or_else(|| {
            (g >= 2 && toks[g - 1].lower() == "the" && toks[g - 2].text == ",")
                .then(|| sentence_state(text, ents, toks[g].sentence))
                .flatten()
        })
    })
}

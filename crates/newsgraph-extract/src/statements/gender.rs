//! He and she agree with the person they take up (issue 9, session 15, thirteenth invented set): "Olena
//! X, whose son …, learned …. “…,” she said. Her husband, Serhiy, was more careful. He said …" must not
//! give the woman the man's words when the man's name was not read. A person's gender is known from the
//! pronoun that attributes speech right after a sentence the person opens ("X said …. “…,” she said");
//! a pronoun of the other gender then cannot take that person up. Reads the mentions of one candidate
//! and the two sentences after each.

use super::cues::cue_at;
use crate::entities::Entities;
use crate::text::Text;

/// Grammatical gender of a third-person subject pronoun.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// The gender of "he"/"she" (lowercase); `None` for any other word.
fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// Whether the pronoun at token `p` cannot mean person `i`: the person's gender, read before the
/// pronoun, is the other one.
pub(super) fn disagrees(text: &Text, ents: &Entities, p: usize, i: usize) -> bool {
    let Some(g) = pronoun_gender(text.tokens[p].lower()) else {
        return false;
    };
    person_gender(text, ents, i, text.tokens[p].start).is_some_and(|x| x != g)
}

/// Whether the object pronoun at token `p` ("him", "her": "According to him") cannot mean person `i`:
/// the person's gender, read before the pronoun, is the other one (issue 9, session 17, set 40).
pub(super) fn object_disagrees(text: &Text, ents: &Entities, p: usize, i: usize) -> bool {
    let g = match text.tokens[p].lower() {
        "him" => Gender::Male,
        "her" => Gender::Female,
        _ => return false,
    };
    person_gender(text, ents, i, text.tokens[p].start).is_some_and(|x| x != g)
}

/// Whether the pronoun at token `p` is known to fit person `i`: the person's gender, read before the
/// pronoun, is the pronoun's (issue 9, session 15, nineteenth invented set).
pub(super) fn fits(text: &Text, ents: &Entities, p: usize, i: usize) -> bool {
    pronoun_gender(text.tokens[p].lower())
        .is_some_and(|g| person_gender(text, ents, i, text.tokens[p].start) == Some(g))
}

/// The gender of person `i` from the text before character `before`: for a mention opening its
/// sentence, the first "he"/"she" right before a cue verb in that sentence or the two after it, or
/// opening the next sentence.
fn person_gender(text: &Text, ents: &Entities, i: usize, before: usize) -> Option<Gender> {
    let toks = &text.tokens;
    ents.list[i]
        .mentions
        .range(..(before, 0))
        .find_map(|&(ms, me)| {
            let mt = text.token_at_or_after(ms);
            let s = toks.get(mt)?.sentence;
            if !text.is_sentence_initial(mt) {
                return None;
            }
            let last = (s + 2).min(text.sentences.len() - 1);
            let from = text.token_at_or_after(me);
            let to = text.sentences[last]
                .tok_end
                .min(text.token_at_or_after(before));
            (from..to).find_map(|m| {
                let g = pronoun_gender(toks[m].lower())?;
                let attributes = toks
                    .get(m + 1)
                    .is_some_and(|_| cue_at(text, m + 1).is_some());
                let opens_next = toks[m].sentence == s + 1 && text.is_sentence_initial(m);
                (attributes || opens_next).then_some(g)
            })
        })
}

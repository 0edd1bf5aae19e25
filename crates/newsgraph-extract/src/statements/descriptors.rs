//! Speakers taken up by the descriptor they were introduced with (issue 9, session 15, thirteenth
//! invented set): "Louis Marr, a political scientist at the university, said …. “…,” the political
//! scientist said", "Its commander, Col. Jan Berg, told reporters …. The commander said …". A definite
//! "the NOUN" subject (at most three lowercase words) is matched against the latest earlier occurrence
//! of the same words after an introducing word (`descriptor_introducers.txt`: "a", "its", …) or opening
//! their sentence ("Security analyst X"); the person in apposition to that occurrence speaks. Reads the
//! tokens before the cue once, only for such a subject, and at most [`TOKENS_BACK`] of them.

use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// How far back (in tokens) the introducing occurrence may lie.
const TOKENS_BACK: usize = 600;

/// The person a definite descriptor ending at token `j - 1` ("the political scientist", "The former
/// president") takes up: the person in apposition to the latest earlier occurrence of the same words
/// that introduces one ("X, a political scientist at …", "Its commander, Col. X,", "Security analyst
/// X"). `None` when the subject is no such descriptor, or when its latest introducing occurrence stands
/// next to no person (an anonymous "One sergeant, who …").
pub(super) fn described_person(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    described(text, ents, j, false)
}

/// [`described_person`], where a definite apposition to a person ("X, the mayor of Borgo,") introduces
/// the descriptor too: for a descriptor opening the sentence before a pronoun's ("The mayor, for his
/// part, sees a change. “…,” he said."; issue 9, session 18, attr3). Not for a descriptor that is a
/// cue's own subject: there "the NOUN said" after ", the NOUN" of another person often means someone
/// else.
pub(super) fn described_or_apposed_person(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    described(text, ents, j, true)
}

/// [`described_person`]; `definite`: a definite apposition to a person introduces the descriptor too.
fn described(text: &Text, ents: &Entities, j: usize, definite: bool) -> Option<usize> {
    let toks = &text.tokens;
    let sent = toks.get(j.checked_sub(1)?)?.sentence;
    let the = (j.saturating_sub(4)..j - 1)
        .rev()
        .find(|&m| toks[m].lower() == "the" && toks[m].sentence == sent)?;
    let phrase = &toks[the + 1..j];
    if phrase
        .iter()
        .any(|t| t.kind != TokKind::Word || t.is_capitalized() || t.lower() == "the")
    {
        return None;
    }
    let len = phrase.len();
    let lo = the.saturating_sub(TOKENS_BACK).max(len);
    for h in (lo..the).rev() {
        // the occurrence: tokens p0..=h carry the phrase's words
        let p0 = h + 1 - len;
        if !(0..len).all(|x| toks[p0 + x].lower() == phrase[x].lower()) {
            continue;
        }
        if !introduces(text, p0) {
            // "X, the mayor of Borgo, said …": a definite apposition to a person introduces them too
            // (issue 9, session 18, attr3)
            if let Some(i) = definite
                .then(|| definite_apposition(text, ents, p0))
                .flatten()
            {
                return Some(i);
            }
            continue;
        }
        return person_after(text, ents, h).or_else(|| person_before(text, ents, p0));
    }
    None
}

/// Whether the descriptor occurrence starting at token `p0` introduces someone: an introducing word
/// before it ("a", "its"), or it opens its sentence with at most one capitalised word before it
/// ("Security analyst X", "Analyst X").
fn introduces(text: &Text, p0: usize) -> bool {
    let toks = &text.tokens;
    if p0 == 0 || text.is_sentence_initial(p0) {
        return true;
    }
    let before = &toks[p0 - 1];
    words().descriptor_introducers.contains(before.lower())
        || (before.is_capitalized() && text.is_sentence_initial(p0 - 1))
}

/// The person named right after the descriptor ending at token `h`: "commander, Col. X" (a comma,
/// capitalised words and abbreviation points at most between).
fn person_after(text: &Text, ents: &Entities, h: usize) -> Option<usize> {
    let toks = &text.tokens;
    let sent = toks[h].sentence;
    for t in toks.iter().take(h + 5).skip(h + 1) {
        if t.sentence != sent {
            return None;
        }
        if let Some((ms, _, i)) = ents.covering(t.start)
            && ms == t.start
        {
            return (ents.list[i].kind == EntityType::Person).then_some(i);
        }
        if !(t.is_capitalized() || matches!(t.text.as_str(), "," | ".")) {
            return None;
        }
    }
    None
}

/// The person the descriptor starting at token `p0` is in apposition to: "X, a political scientist"
/// (the introducing article right after the comma that closes the person's name).
fn person_before(text: &Text, ents: &Entities, p0: usize) -> Option<usize> {
    let toks = &text.tokens;
    if p0 < 3
        || !matches!(toks[p0 - 1].lower(), "a" | "an")
        || toks[p0 - 2].text != ","
        || toks[p0 - 3].sentence != toks[p0].sentence
    {
        return None;
    }
    let (_, me, i) = ents.covering(toks[p0 - 3].end.saturating_sub(1))?;
    (me == toks[p0 - 3].end && ents.list[i].kind == EntityType::Person).then_some(i)
}

/// The person a definite descriptor starting at token `p0` stands in apposition to: "X, the mayor of
/// Borgo" (the person's name ends right before the comma before "the"). `None` for any other "the NOUN"
/// ("In a statement, the mayor said": no person before the comma).
fn definite_apposition(text: &Text, ents: &Entities, p0: usize) -> Option<usize> {
    let toks = &text.tokens;
    if p0 < 3
        || toks[p0 - 1].lower() != "the"
        || toks[p0 - 2].text != ","
        || toks[p0 - 3].sentence != toks[p0].sentence
    {
        return None;
    }
    let (_, me, i) = ents.covering(toks[p0 - 3].end.saturating_sub(1))?;
    (me == toks[p0 - 3].end && ents.list[i].kind == EntityType::Person).then_some(i)
}

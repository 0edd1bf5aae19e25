//! Speakers an armed group is referred to by without its name (issue 9, session 14, fifth invented set):
//! a definite "the group", "the armed group", "the militia" (a noun of `armed_group_anaphors.txt`) takes
//! up the armed group named last in its sentence or the three before; and in "X, a militia that says it
//! …" the cue of the relative clause is X's. Both read a few tokens around the cue and walk back over
//! at most four sentences' mentions.

use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// How many sentences before the anaphor's own an antecedent may lie.
const SENTENCES_BACK: usize = 3;

/// The armed group a definite anaphor ending at token `j - 1` takes up: "the group", "the armed group",
/// "The militia" (the noun in `armed_group_anaphors.txt`, singular, "the" and at most one adjective before
/// it), the latest armed group mentioned before it in its sentence or the three before. `None` for any
/// other subject, or when no armed group was named there.
pub(super) fn definite_armed_group(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if j < 2 || !words().armed_group_anaphors.contains(toks[j - 1].lower()) {
        return None;
    }
    let sent = toks[j - 1].sentence;
    let the = (j.saturating_sub(3)..j - 1)
        .rev()
        .find(|&m| toks[m].lower() == "the" && toks[m].sentence == sent)?;
    // at most one lowercase adjective between "the" and the noun ("the armed group")
    if j - 1 - the > 2
        || toks[the + 1..j - 1]
            .iter()
            .any(|t| t.kind != TokKind::Word || t.is_capitalized())
    {
        return None;
    }
    latest_armed_group(text, ents, toks[the].start, sent)
}

/// "X, a militia that says it protects …": for the cue at `j` after a relative "that"/"who"/"which"
/// (token `j - 1`) after an indefinite noun phrase of at most three words in apposition to an actor
/// ("ACTOR, a/an … NOUN"), the actor. `None` otherwise.
pub(super) fn apposition_relative_subject(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if j < 4 || !matches!(toks[j - 1].lower(), "that" | "who" | "which") {
        return None;
    }
    let sent = toks[j - 1].sentence;
    let a = (j.saturating_sub(5)..j - 1)
        .rev()
        .find(|&m| matches!(toks[m].lower(), "a" | "an"))?;
    if a < 2
        || toks[a - 1].text != ","
        || toks[a + 1..j - 1]
            .iter()
            .any(|t| t.kind != TokKind::Word || t.sentence != sent)
    {
        return None;
    }
    let (_, _, i) = ents.covering(toks[a - 2].end - 1)?;
    (ents.is_actor(i) && ents.list[i].kind != EntityType::Group).then_some(i)
}

/// The armed group mentioned last before character `before`, in sentence `sent` or the three before it.
fn latest_armed_group(text: &Text, ents: &Entities, before: usize, sent: usize) -> Option<usize> {
    let from = text.sentences[sent.saturating_sub(SENTENCES_BACK)].start;
    ents.within(from, before)
        .into_iter()
        .rev()
        .map(|(_, _, i)| i)
        .find(|&i| ents.list[i].kind == EntityType::ArmedGroup)
}

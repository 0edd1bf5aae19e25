//! Pronoun speakers (issue 9, session 6): "Irish Foreign Minister X spoke for an hour. “We are not there
//! yet,” he said." A pronoun normally means the last person who spoke; but a person the reporter has
//! just introduced as a subject — the only person named in the pronoun's sentence before it, or in the
//! sentence before, opening that sentence (after a title phrase at most) — is who the pronoun refers
//! to, even when someone else spoke earlier. A person named as an object ("She met X in Paris") is not.

use super::entities::Entities;
use super::text::Text;
use crate::model::EntityType;

/// The person a pronoun at character `before` in sentence `sent` refers to when `last` (the latest
/// person mention before it: start offset, entity) was introduced as the subject and only person of
/// that sentence or of the previous one; `None` otherwise. Reads only the mentions of those two sentences.
pub fn introduced_person(
    text: &Text,
    ents: &Entities,
    last: Option<(usize, usize)>,
    sent: usize,
    before: usize,
) -> Option<usize> {
    let (start, i) = last?;
    let toks = &text.tokens;
    let s = toks.get(text.token_at_or_after(start))?.sentence;
    if s + 1 < sent || s > sent {
        return None;
    }
    let seg = text.sentences[s];
    // the subject: only a title phrase (capitalised words, an article) stands before the name
    let mt = text.token_at_or_after(start);
    let subject = toks[seg.tok_start..mt]
        .iter()
        .all(|t| t.is_capitalized() || matches!(t.lower().as_str(), "the" | "a" | "an" | "-"));
    if !subject {
        return None;
    }
    let persons_in_sentence = ents
        .within(seg.start, before.min(seg.end))
        .into_iter()
        .filter(|&(_, _, j)| ents.list[j].kind == EntityType::Person)
        .all(|(_, _, j)| j == i);
    persons_in_sentence.then_some(i)
}

/// The latest mention of a person that ends by character `before`, as (start offset, entity).
pub fn last_person_mention(ents: &Entities, before: usize) -> Option<(usize, usize)> {
    ents.list
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Person)
        .filter_map(|(i, e)| {
            // the latest start among mentions ending by `before` (all start before it): walk back
            // from the mentions that start before it instead of over every mention of the article
            e.mentions
                .range(..(before, 0))
                .rev()
                .find(|m| m.1 <= before)
                .map(|m| (m.0, i))
        })
        .max()
}

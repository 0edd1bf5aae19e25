//! Groups the extractor took for persons, retyped by the apposition the article gives them: "Dan Sumo
//! Kélé, a Bambara self-defence militia accused of …" is an armed group, "Hawre Lenu, a cultural
//! association that speaks for …" an organisation (issue 9, session 18, types2).

use super::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// The most words an apposition may hold up to its head noun ("a Dogon self-defence militia").
const GROUP_APPOSITION_REACH: usize = 6;

/// Retypes each "person" without a role one of whose mentions a comma and a group apposition follow
/// ([`group_apposition`]). One look at the few tokens after each mention of a person.
pub(super) fn group_by_apposition(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    for i in 0..ents.list.len() {
        if ents.list[i].kind != EntityType::Person || !ents.list[i].roles.is_empty() {
            continue;
        }
        let kind = ents.list[i].mentions.iter().find_map(|&(_, end)| {
            let m = toks.partition_point(|t| t.start < end);
            toks.get(m)
                .filter(|t| t.text == "," && m > 0 && toks[m - 1].sentence == t.sentence)
                .and_then(|t| group_apposition(text, m + 1, t.sentence))
        });
        if let Some(kind) = kind {
            ents.list[i].kind = kind;
        }
    }
}

/// The type of group the apposition opening at token `det` of sentence `sent` names, if any: "a"/"an"/
/// "the", then lowercase words (a capitalised modifier right after the determiner: "a Dogon …") up to a
/// head noun that ends the noun phrase (punctuation or a word of `place_apposition_followers.txt` or
/// `group_apposition_followers.txt` after it). A head of `armed_group_heads.txt`, or a group noun
/// (`org_nouns_before.txt`, `group_appositives.txt`) after an armed word, is an armed group; a noun of
/// `group_appositives.txt` otherwise an organisation. A preposition before any head, or "former" (an
/// armed group that laid down its arms), ends the look.
fn group_apposition(text: &Text, det: usize, sent: usize) -> Option<EntityType> {
    let toks = &text.tokens;
    let w = words();
    if !toks
        .get(det)
        .is_some_and(|t| t.sentence == sent && matches!(t.lower(), "a" | "an" | "the"))
    {
        return None;
    }
    let mut armed = false;
    let reach = det + 1 + GROUP_APPOSITION_REACH;
    for (k, t) in toks.iter().enumerate().take(reach).skip(det + 1) {
        if t.sentence != sent || t.kind != TokKind::Word {
            return None;
        }
        if t.is_capitalized() {
            if k == det + 1 && !t.is_all_caps() {
                continue;
            }
            return None;
        }
        let word = t.lower();
        if w.earlier_modifiers.contains(word) || w.place_apposition_followers.contains(word) {
            return None;
        }
        let kind = if w.armed_group_heads.contains(word)
            || armed && (w.org_nouns_before.contains(word) || w.group_appositives.contains(word))
        {
            Some(EntityType::ArmedGroup)
        } else if w.group_appositives.contains(word) {
            Some(EntityType::Organization)
        } else {
            None
        };
        if let Some(kind) = kind.filter(|_| ends_noun_phrase(text, k + 1, sent)) {
            return Some(kind);
        }
        armed |= w.armed_group_appositives.contains(word) || w.armed_modifiers.contains(word);
    }
    None
}

/// Whether token `next` closes the noun phrase of a group apposition in sentence `sent`: punctuation, the
/// sentence end, or a word that opens a modifier ("militia accused of", "association that").
fn ends_noun_phrase(text: &Text, next: usize, sent: usize) -> bool {
    let w = words();
    text.tokens.get(next).is_none_or(|n| {
        n.sentence != sent
            || n.kind != TokKind::Word && !matches!(n.text.as_str(), "'s" | "’s")
            || w.place_apposition_followers.contains(n.lower())
            || w.group_apposition_followers.contains(n.lower())
    })
}

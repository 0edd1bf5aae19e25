//! Collective speakers named by a plural noun the lexicon does not list (issue 9, session 15, thirteenth
//! invented set): "Researchers who follow the region say …", "Humanitarian groups said …", "Malaysian
//! fishing associations say …". A speech cue's subject that opens its sentence as a capitalised plural
//! noun phrase of at most four words, with at most a restrictive modifier after it, is a collective
//! named by the whole phrase (as the collectives of `group_nouns.tsv` are, "Diplomats who have read the
//! draft say"). Reads the few tokens of the subject.

use super::groups::group_named;
use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// The most words the noun phrase may have ("Malaysian fishing associations").
const MAX_WORDS: usize = 4;
/// The most tokens its restrictive modifier may have ("who follow the region").
const MAX_MODIFIER: usize = 10;

/// The collective a plural noun phrase opening the sentence names, its subject ending before token `j`:
/// a capitalised first word (no article, determiner or pronoun), lowercase words or a possessive after
/// it, a plural head (ending in "s"), then the cue or a restrictive modifier (`source_modifier_openers.txt`,
/// no punctuation). No entity may lie in the noun phrase but a state's demonym or a collective before a
/// possessive opening it (the modifier may name one: "Fishing groups in Scotland"). `None` otherwise.
/// With `association` the head must be an organised collective (`association_heads.txt`: "Farm unions in
/// X said", not "Engineers in X say").
pub(super) fn unlisted_collective(
    text: &Text,
    ents: &mut Entities,
    j: usize,
    association: bool,
) -> Option<usize> {
    let toks = &text.tokens;
    let w = words();
    let seg = text.sentences[toks[j.checked_sub(1)?].sentence];
    let s0 = (seg.tok_start..j).find(|&m| toks[m].kind == TokKind::Word)?;
    let first = &toks[s0];
    if !first.is_capitalized()
        || !text.is_sentence_initial(s0)
        || matches!(first.lower(), "the" | "a" | "an")
        || w.noun_determiners.contains(first.lower())
        || w.pronouns.contains(&first.text)
    {
        return None;
    }
    let possessive = |t: &crate::text::Token| matches!(t.text.as_str(), "'s" | "’s");
    let plural = |t: &crate::text::Token| {
        t.kind == TokKind::Word && t.text.chars().count() > 3 && t.text.ends_with('s')
    };
    let mut h = None;
    for m in s0..(s0 + MAX_WORDS + 1).min(j) {
        let t = &toks[m];
        let fits = m == s0 || possessive(t) || (t.kind == TokKind::Word && !t.is_capitalized());
        if !fits {
            break;
        }
        if plural(t) && (m + 1 == j || w.source_modifier_openers.contains(toks[m + 1].lower())) {
            h = Some(m);
            break;
        }
    }
    let h = h?;
    // a prepositional modifier has no verb or conjunction ("Fishing groups in X welcomed the deal but
    // said" is no subject of "said"); a relative clause has its own verb; neither ends with a possessive
    // (the cue word is then a noun: "Bonds of X's state …")
    let relative = toks[h + 1].lower() == "who";
    let modifier_ok = j - h - 1 <= MAX_MODIFIER
        && !possessive(&toks[j - 1])
        && toks[h + 1..j].iter().all(|t| {
            t.kind == TokKind::Word
                && (relative
                    || !(w.finite_verbs.contains(t.lower())
                        || w.auxiliaries.contains(t.lower())
                        || matches!(t.lower(), "and" | "but" | "or")
                        || t.lower().ends_with("ed")))
        });
    let foreign_entity = ents
        .within(first.start, toks[h].end)
        .into_iter()
        .any(|(s, _, i)| {
            let kind = ents.list[i].kind;
            // a collective before a possessive: "Fishermen's groups in Kyushu" (issue 9, session 16,
            // set 32)
            let owner = kind == EntityType::Group && possessive(&toks[s0 + 1]);
            !(s == first.start && (kind == EntityType::State || owner))
        });
    if !modifier_ok
        || foreign_entity
        || w.auxiliaries.contains(toks[h].lower())
        || (association && !w.association_heads.contains(toks[h].lower()))
    {
        return None;
    }
    let g = group_named(text, ents, first.start, toks[j - 1].end);
    // named with its place phrase, it is also known by its noun phrase: "Community groups in X" is
    // "Community groups" (issue 9, session 16, set 32)
    if h + 1 < j && w.place_prepositions.contains(toks[h + 1].lower()) {
        let short = text.slice(first.start, toks[h].end);
        ents.list[g].aliases.insert(short);
    }
    Some(g)
}

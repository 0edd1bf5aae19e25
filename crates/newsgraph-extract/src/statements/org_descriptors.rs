//! Organisations named with a descriptor after the name ("the Kestrel Watch monitoring group has
//! estimated …"): the phrase speaks for the organisation, and a later "the group" or "according to the
//! group" refers back to it. The head nouns are in `data/extract/org_descriptor_heads.txt` (issue 9,
//! session 16, set 25).

use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind, Token};
use crate::words::words;

/// The most lowercase words a descriptor holds before its head noun ("monitoring", "human rights").
const MAX_MODIFIERS: usize = 2;

/// A plain lowercase word (no name, no clitic such as "'s").
fn plain_lower(t: &Token) -> bool {
    t.kind == TokKind::Word
        && !t.is_capitalized()
        && t.text.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// The organisation or armed group whose name ends right before a descriptor that ends at token `j - 1`
/// ("the Kestrel Watch monitoring group" before "said"): up to two lowercase modifiers and a head noun.
pub(super) fn described_organisation(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let h = j.checked_sub(1)?;
    if !plain_lower(&toks[h]) || !words().org_descriptor_heads.contains(toks[h].lower()) {
        return None;
    }
    let sent = toks[h].sentence;
    let mut m = h;
    for _ in 0..=MAX_MODIFIERS {
        let t = toks.get(m.checked_sub(1)?)?;
        if t.sentence != sent {
            return None;
        }
        if let Some((ms, me, i)) = ents.covering(t.end - 1) {
            let org = matches!(
                ents.list[i].kind,
                EntityType::Organization | EntityType::ArmedGroup
            );
            return (org && me == t.end && !after_preposition(text, ms)).then_some(i);
        }
        if !plain_lower(t) {
            return None;
        }
        m -= 1;
    }
    None
}

/// Whether the mention starting at character `ms` follows a preposition ("members of the X group",
/// "the head of the X monitoring group": the speaker is not the organisation).
fn after_preposition(text: &Text, ms: usize) -> bool {
    let toks = &text.tokens;
    let mut m = text.token_at_or_after(ms);
    if m > 0 && toks[m - 1].lower() == "the" {
        m -= 1;
    }
    m > 0 && {
        let p = toks[m - 1].lower();
        p == "of" || p == "for" || words().place_prepositions.contains(p)
    }
}

/// Whether a mention of the organisation ending at character `me` is followed by a descriptor headed by
/// `noun` ("Kestrel Watch monitoring group" for "group").
pub(super) fn described_as(text: &Text, me: usize, noun: &str) -> bool {
    if !words().org_descriptor_heads.contains(noun) {
        return false;
    }
    let toks = &text.tokens;
    let t0 = text.token_at_or_after(me);
    let Some(first) = toks.get(t0) else {
        return false;
    };
    toks[t0..]
        .iter()
        .take(MAX_MODIFIERS + 1)
        .take_while(|t| t.sentence == first.sentence && plain_lower(t))
        .any(|t| t.lower() == noun)
}

/// Whether organisation `i` was described with head `noun` in a mention ending at or before `before`.
pub(super) fn described_before(
    text: &Text,
    ents: &Entities,
    i: usize,
    noun: &str,
    before: usize,
) -> bool {
    ents.list[i]
        .mentions
        .iter()
        .any(|&(_, me)| me <= before && described_as(text, me, noun))
}

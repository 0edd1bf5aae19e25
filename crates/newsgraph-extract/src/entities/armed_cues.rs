//! Named organisations that the words beside a mention call armed (issue 9, session 17, set 39): "the
//! militant group X", "the X (XY) separatist movement", "the X rebel group". An armed modifier
//! (`armed_modifiers.txt`) and a noun of organisation (`org_nouns_before.txt`) right before the mention,
//! or right after it (past a bracketed acronym), make an Organization an ArmedGroup, as does a plural
//! noun of fighters before "of (the)" and the mention ("the rebels of the X Movements",
//! `armed_member_nouns.txt`; "a commander of the X Vanguard" unless the name is a state force's:
//! `armed_commander_nouns.txt`, `state_force_name_words.txt`; session 18, types2); not after "former"
//! (`earlier_modifiers.txt`: "the former rebel movement Renamo"). An apposition right after the mention
//! ("X, a militia active near …", "X, an armed group that …") is read by
//! [`super::appositions::armed_by_apposition`].

use super::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// Retypes as armed groups the organisations with an armed cue beside one of their mentions. One look at
/// the two tokens before and after each organisation mention.
pub(super) fn retype_armed(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    let w = words();
    let cue = |m: usize, n: usize| {
        toks.get(n).is_some_and(|t| {
            toks[m].sentence == t.sentence
                && w.armed_modifiers.contains(&toks[m].text)
                && w.org_nouns_before.contains(&t.text)
        })
    };
    let mut armed = Vec::new();
    for (&s, &(e, i)) in &ents.mentions {
        if ents.list[i].kind != EntityType::Organization {
            continue;
        }
        let first = text.token_at_or_after(s);
        let mut after = text.token_at_or_after(e);
        // past a bracketed acronym: "the Barisan Revolusi Nasional (BRN) separatist movement"
        if toks.get(after).is_some_and(|t| t.text == "(")
            && toks.get(after + 2).is_some_and(|t| t.text == ")")
        {
            after += 3;
        }
        // not "the former rebel movement Renamo": a group that laid down its arms
        let before = first >= 2
            && cue(first - 2, first - 1)
            && !(first >= 3 && w.earlier_modifiers.contains(toks[first - 3].lower()));
        // "the rebels of the X Movements" (session 18, types2)
        let of_at =
            first.checked_sub(1 + usize::from(first > 0 && toks[first - 1].lower() == "the"));
        let members = of_at.is_some_and(|o| {
            o > 0
                && toks[o].lower() == "of"
                && toks[o - 1].sentence == toks[first].sentence
                && (w.armed_member_nouns.contains(toks[o - 1].lower())
                    || w.armed_commander_nouns.contains(toks[o - 1].lower())
                        && !ents.list[i]
                            .name
                            .split_whitespace()
                            .any(|x| w.state_force_name_words.contains(&x.to_lowercase())))
        });
        if before
            || members
            || (after + 1 < toks.len() && cue(after, after + 1))
            || called_armed(text, after)
        {
            armed.push(i);
        }
    }
    for i in armed {
        ents.list[i].kind = EntityType::ArmedGroup;
    }
}

/// Whether the words from token `at`, right after an organisation's mention, call it an armed group with a
/// copula: "is an armed group", "was the main rebel movement", "is not the only armed group" ("not" only
/// before "the only"): "is"/"was"/"remains", a determiner, up to two lowercase words, then an armed word
/// (`armed_group_appositives.txt`, `armed_modifiers.txt`) and a noun of organisation, or a noun of
/// `armed_group_heads.txt` (issue 9, session 18, types2).
fn called_armed(text: &Text, at: usize) -> bool {
    let toks = &text.tokens;
    let w = words();
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.sentence == toks[at].sentence)
            .map(|t| t.lower())
    };
    if !matches!(word(at), Some("is" | "was" | "remains")) {
        return false;
    }
    let mut k = at + 1;
    if word(k) == Some("not") {
        if word(k + 1) != Some("the") || word(k + 2) != Some("only") {
            return false;
        }
        k += 1;
    }
    if !matches!(word(k), Some("a" | "an" | "the")) {
        return false;
    }
    (k + 1..k + 4).any(|m| {
        let (Some(a), b) = (word(m), word(m + 1)) else {
            return false;
        };
        w.armed_group_heads.contains(a)
            || (w.armed_group_appositives.contains(a) || w.armed_modifiers.contains(a))
                && b.is_some_and(|b| w.org_nouns_before.contains(b))
                // not "was the rebel group's ally"
                && !toks
                    .get(m + 2)
                    .is_some_and(|t| matches!(t.text.as_str(), "'s" | "’s"))
    }) && (k + 1..k + 4).all(|m| toks.get(m).is_none_or(|t| t.kind == TokKind::Word))
}

/// "Ostravia and the Korvel rebel movement agreed …" after "Korvel had proposed …": a capitalised word
/// right before an armed modifier and a noun of organisation, left unrecognised there, that is the whole
/// name of a "person" without a role (or an organisation) found elsewhere in the article, is a mention of
/// it, and it is an armed group (issue 9, session 18, types2). One pass over the tokens; the names are
/// looked up only where the cue stands.
pub(super) fn armed_names_before_cues(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    let w = words();
    let mut found = Vec::new();
    for k in 0..toks.len().saturating_sub(2) {
        let t = &toks[k];
        if t.kind != TokKind::Word
            || !t.is_capitalized()
            || !w.armed_modifiers.contains(&toks[k + 1].text)
            || !w.org_nouns_before.contains(&toks[k + 2].text)
            || toks[k + 2].sentence != t.sentence
            || ents.covering(t.start).is_some()
        {
            continue;
        }
        let named = ents.list.iter().position(|e| {
            e.name == t.text
                && (e.kind == EntityType::Organization
                    || e.kind == EntityType::Person && e.roles.is_empty())
        });
        if let Some(i) = named {
            found.push((i, (t.start, t.end), t.text.clone()));
        }
    }
    for (i, span, surface) in found {
        ents.mention(i, span, &surface);
        ents.list[i].kind = EntityType::ArmedGroup;
    }
}

//! Named organisations that the words beside a mention call armed (issue 9, session 17, set 39): "the
//! militant group X", "the X (XY) separatist movement", "the X rebel group". An armed modifier
//! (`armed_modifiers.txt`) and a noun of organisation (`org_nouns_before.txt`) right before the mention,
//! or right after it (past a bracketed acronym), make an Organization an ArmedGroup; not after "former"
//! (`earlier_modifiers.txt`: "the former rebel movement Renamo"). An apposition right after the mention
//! headed by a militia or an armed modifier's group ("X, a militia active near …", "X, an armed group
//! that …") does too (session 17, ent2).

use super::Entities;
use crate::model::EntityType;
use crate::text::Text;
use crate::words::words;

/// Retypes as armed groups the organisations with an armed cue beside one of their mentions. One look at
/// the two tokens before and after each organisation mention, and at an apposition of a few words after
/// it (`armed_apposition`).
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
        if before
            || (after + 1 < toks.len() && cue(after, after + 1))
            || armed_apposition(text, after)
        {
            armed.push(i);
        }
    }
    for i in armed {
        ents.list[i].kind = EntityType::ArmedGroup;
    }
}

/// The most lowercase words between an apposition's article and its head ("a local militia").
const APPOSITION_REACH: usize = 3;

/// Whether an apposition opening at token `k` (", a …") is headed by a noun of an armed body
/// (`armed_apposition_heads.txt`: "X, a militia active near …") or by a noun of organisation after an
/// armed modifier ("X, an armed group that …") (issue 9, session 17, ent2). The head must come within a
/// few lowercase words; the walk stops at the first noun of organisation or a word that ends the phrase.
fn armed_apposition(text: &Text, k: usize) -> bool {
    let toks = &text.tokens;
    let w = words();
    let opens = toks.get(k).is_some_and(|t| t.text == ",")
        && toks.get(k + 1).is_some_and(|t| {
            matches!(t.text.as_str(), "a" | "an") && t.sentence == toks[k].sentence
        });
    if !opens {
        return false;
    }
    for j in k + 2..(k + 3 + APPOSITION_REACH).min(toks.len()) {
        let t = &toks[j];
        if t.sentence != toks[k].sentence
            || t.is_capitalized()
            || !t.text.chars().all(char::is_alphabetic)
        {
            return false;
        }
        // "X, a former rebel group": it laid down its arms
        if w.earlier_modifiers.contains(t.lower()) {
            return false;
        }
        if w.armed_apposition_heads.contains(&t.text) {
            return true;
        }
        if w.org_nouns_before.contains(&t.text) {
            return w.armed_modifiers.contains(&toks[j - 1].text);
        }
    }
    false
}

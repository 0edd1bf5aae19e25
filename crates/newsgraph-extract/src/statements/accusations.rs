//! Accusations as reported speech: "X accused Y of Z", "X has accused Y of Z", "X accuses Y of Z" is an
//! indirect statement of X with the cue "accused" and the content "Y of Z" (GUIDELINES: an accusation is
//! reported speech with a communication verb; the gold of sets 15, 16, 21, 24, 25 and 28 gives the object
//! and what follows; issue 9, session 16, set 28).
//!
//! A finite active form counts in a main clause, as a second verb ("said … and accused X of …", "…, but
//! accused X of …") and in a subordinate clause ("after X accused Y of …", as the gold of sets 9 and 20
//! annotates "after/when X said"); so does a participle after a comma ("X left the talks, accusing Y of
//! …", whose subject `saying_subject` finds), and the charge may be a gerund, a quotation or a noun ("of
//! fraud"; issue 9, session 16, accusations). Not a passive ("was accused of", "stands accused"), a noun
//! ("the accused", by [`super::cues::cue_is_noun`]), a participle without a comma ("a report accusing X
//! of …") or a reciprocal accusation ("each side accused the other of").

use crate::lexicon::lexicon;
use crate::text::{Text, TokKind};
use crate::words::words;

/// How many tokens the object may take before its "of": "armed groups on its side of the border of".
const OBJECT_REACH: usize = 10;

/// The token opening the content of an accusation whose verb is at `k` (its object), when `k` is a
/// finite active form of "accuse" or ", accusing", with an object of one to [`OBJECT_REACH`] words, then
/// "of" before a charge (see [`charge_follows`]).
pub(super) fn accused_object(text: &Text, k: usize) -> Option<usize> {
    let toks = &text.tokens;
    let t = &toks[k];
    let lower = t.lower();
    if lexicon()
        .cue_verb(lower)
        .is_none_or(|cv| cv.lemma != "accuse")
    {
        return None;
    }
    let same = |m: usize| toks.get(m).filter(|n| n.sentence == t.sentence);
    // ", accusing X of …" after a clause: the participle's subject is the clause's (`saying_subject`)
    let participle = lower == "accusing";
    if participle && (k == 0 || same(k - 1).is_none_or(|p| p.text != ",")) {
        return None;
    }
    if !participle && !active_verb(text, k) {
        return None;
    }
    let first = same(k + 1).filter(|n| n.kind == TokKind::Word)?;
    if matches!(first.lower(), "of" | "by") {
        return None;
    }
    let of = (k + 2..=k + 1 + OBJECT_REACH)
        .take_while(|&m| same(m).is_some_and(|n| object_token(&n.text, n.kind)))
        .find(|&m| toks[m].lower() == "of" && charge_follows(text, m))?;
    if words().reciprocal_objects.contains(toks[of - 1].lower()) {
        return None;
    }
    Some(k + 1)
}

/// The content start of an accusation at `k` when its clause search starts right after it (token
/// `j`): the object (see [`accused_object`]).
pub(super) fn accusation_content(text: &Text, k: usize, j: usize) -> Option<usize> {
    (j == k + 1).then(|| accused_object(text, k)).flatten()
}

/// Whether a token may stand inside the object: a word, a number, a possessive or a hyphen.
fn object_token(s: &str, kind: TokKind) -> bool {
    matches!(kind, TokKind::Word | TokKind::Number) || matches!(s, "'s" | "’s" | "'" | "’" | "-")
}

/// Whether the "of" at `m` opens a charge: a lowercase gerund ("of arming"), a quotation, or a
/// lowercase noun phrase with no determiner ("of corruption", "of war crimes"; "of the army" is the
/// object's own phrase, `noun_determiners.txt`; issue 9, session 16).
fn charge_follows(text: &Text, m: usize) -> bool {
    text.tokens
        .get(m + 1)
        .filter(|n| n.sentence == text.tokens[m].sentence)
        .is_some_and(|n| {
            n.kind == TokKind::Quote
                || (n.kind == TokKind::Word
                    && !n.is_capitalized()
                    && !words().noun_determiners.contains(n.lower()))
        })
}

/// Whether the verb at `k` is active: after any auxiliary, no passive word ("was accused",
/// `accusation_passives.txt`).
fn active_verb(text: &Text, k: usize) -> bool {
    let toks = &text.tokens;
    let w = words();
    let sent = toks[k].sentence;
    let mut j = k;
    while j > 0 && toks[j - 1].sentence == sent && w.auxiliaries.contains(toks[j - 1].lower()) {
        j -= 1;
    }
    let prev = (j > 0 && toks[j - 1].sentence == sent).then(|| toks[j - 1].lower());
    !prev.is_some_and(|p| w.accusation_passives.contains(p))
}

/// Whether the cue at `k` is a form of "accuse".
pub(super) fn is_accusation(text: &Text, k: usize) -> bool {
    lexicon()
        .cue_verb(text.tokens[k].lower())
        .is_some_and(|cv| cv.lemma == "accuse")
}

/// The end of the content `[cs, ce)` of an accusation at `cue_k` before an apposition naming it as a
/// charge: "Ostland accuses Valdoria of arming the rebels, a charge Valdoria denies" ends at "rebels"
/// (a comma, "a" or "an", then a noun of `complement_nouns.txt`). Other cues keep `ce`.
pub(super) fn before_charge_apposition(
    text: &Text,
    cue_k: usize,
    (cs, ce): (usize, usize),
) -> usize {
    if !is_accusation(text, cue_k) {
        return ce;
    }
    let toks = &text.tokens;
    let nouns = &words().complement_nouns;
    (text.token_at_or_after(cs)..toks.len())
        .take_while(|&m| toks[m].start < ce)
        .find(|&m| {
            toks[m].text == ","
                && toks
                    .get(m + 1)
                    .is_some_and(|a| matches!(a.lower(), "a" | "an"))
                && toks.get(m + 2).is_some_and(|n| nouns.contains(n.lower()))
        })
        .map_or(ce, |m| toks[m].start)
}

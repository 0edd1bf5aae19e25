//! Speakers named by one word (issue 9, session 6): "Zelenskiy said on Telegram that …", "On Monday,
//! Erdogan said …", "…, said Haftar." News names a well-known leader by surname alone, often before (or
//! without) the full name. An unknown capitalised word that is the subject of a speech cue verb, or the
//! subject after a postposed "said", is taken as a person; the name rules had left it out because a lone
//! unknown word may be anything.

use super::text::{Text, TokKind};
use crate::lexicon::lexicon;
use std::collections::BTreeSet;

/// Whether the one-word name at token `a` is a person speaking: a capitalised word (not in capitals, at
/// least three letters, never written lowercase in the text, not a known non-name) that is followed by a
/// cue verb form ("said", "has said", "told") or that follows "said"/"says" and ends the clause; the word
/// must open its clause (sentence start, punctuation, a quote or a conjunction before it).
pub fn is_lone_speaker(text: &Text, a: usize, lower_words: &BTreeSet<String>) -> bool {
    let lex = lexicon();
    let toks = &text.tokens;
    let t = &toks[a];
    if t.kind != TokKind::Word
        || !t.is_capitalized()
        || t.is_all_caps()
        || t.text.chars().count() < 3
        || lower_words.contains(t.lower())
        || lex.is_non_name(&t.text)
        || lex.title(&t.text).is_some()
    {
        return false;
    }
    // the name opens its clause: nothing, punctuation, a quote or a conjunction before it ("for all
    // Caribbean states" is a noun phrase; "the Pentagon said" an institution)
    let prev = a
        .checked_sub(1)
        .map(|p| &toks[p])
        .filter(|p| p.sentence == t.sentence);
    let opens_clause = prev.is_none_or(|p| {
        matches!(p.kind, TokKind::Punct | TokKind::Quote)
            || matches!(
                p.lower(),
                "and" | "but" | "while" | "as" | "when" | "after" | "said" | "says"
            )
    });
    if !opens_clause {
        return false;
    }
    let same = |k: usize| toks.get(k).filter(|x| x.sentence == t.sentence);
    let one =
        same(a + 1).is_some_and(|x| x.kind == TokKind::Word && lex.cue_verb(&x.text).is_some());
    let two = match (same(a + 1), same(a + 2)) {
        (Some(x), Some(y)) => lex.cue_verb(&format!("{} {}", x.text, y.text)).is_some(),
        _ => false,
    };
    let postposed = prev.is_some_and(|p| matches!(p.lower(), "said" | "says"))
        && same(a + 1).is_none_or(|x| x.kind == TokKind::Punct);
    one || two || postposed
}
